import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { categoryIds, HOME_TASKS, SIDEBAR_ARTICLES, sidebarSelection, topTasks } from '../../src/content/categories.ts';
import { pageWindow } from '../../src/content/page-window.ts';
import { locales } from '../../src/i18n/locales.ts';
import { localesDir } from '../support/paths.ts';

const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, index) => from + index);

describe('categories', () => {
  it('are a non-empty list of distinct lower-case ids', () => {
    expect(categoryIds.length).toBeGreaterThan(0);
    expect(new Set(categoryIds).size).toBe(categoryIds.length);
    for (const id of categoryIds) expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });

  it.each(locales.map((locale) => [locale.path]))('each has a title and a description in locales/%s/categories.json, and nothing else is named there', (localePath) => {
    const names = JSON.parse(readFileSync(join(localesDir, localePath, 'categories.json'), 'utf8')) as Record<string, unknown>;
    for (const id of categoryIds) {
      expect(names[id], `${localePath}: ${id}`).toEqual({ title: expect.any(String), description: expect.any(String) });
    }
    const objects = Object.entries(names).filter(([, value]) => typeof value === 'object').map(([key]) => key);
    expect(objects.sort()).toEqual([...categoryIds].sort());
  });
});

describe('sidebarSelection', () => {
  const articles = range(1, 30);

  it('takes the first articles in order when the current one is among them', () => {
    expect(sidebarSelection(articles, (n) => n === 3, 5)).toEqual([1, 2, 3, 4, 5]);
    expect(sidebarSelection(articles, (n) => n === 5, 5)).toEqual([1, 2, 3, 4, 5]);
  });

  it('puts the current article in the last place when it lies further on', () => {
    expect(sidebarSelection(articles, (n) => n === 6, 5)).toEqual([1, 2, 3, 4, 6]);
    expect(sidebarSelection(articles, (n) => n === 30, 5)).toEqual([1, 2, 3, 4, 30]);
  });

  it('takes the first articles when none is current (home and category pages)', () => {
    expect(sidebarSelection(articles, () => false, 5)).toEqual([1, 2, 3, 4, 5]);
  });

  it('never exceeds its limit, whatever the length of the category', () => {
    for (const length of [0, 1, SIDEBAR_ARTICLES - 1, SIDEBAR_ARTICLES, SIDEBAR_ARTICLES + 1, 1000]) {
      const list = range(1, length);
      for (const current of [undefined, 1, length, Math.ceil(length / 2)]) {
        const shown = sidebarSelection(list, (n) => n === current);
        expect(shown.length).toBe(Math.min(length, SIDEBAR_ARTICLES));
        if (current !== undefined && length > 0) expect(shown).toContain(current);
      }
    }
  });

  it('shows nothing with a limit below one', () => {
    expect(sidebarSelection(articles, (n) => n === 1, 0)).toEqual([]);
  });
});

describe('topTasks', () => {
  const tasks: Record<string, string[]> = { a: ['a1', 'a2', 'a3'], archived: [], b: ['b1', 'b2'], c: ['c1'] };
  const read: string[] = [];
  const tasksOf = (article: string) => {
    read.push(article);
    return tasks[article] ?? [];
  };

  it('takes tasks in article order up to the limit, skipping articles without tasks', () => {
    expect(topTasks(['a', 'archived', 'b', 'c'], tasksOf, 4)).toEqual([
      { article: 'a', tasks: ['a1', 'a2', 'a3'] },
      { article: 'b', tasks: ['b1'] },
    ]);
  });

  it('reads no article after the limit is reached', () => {
    read.length = 0;
    topTasks(['a', 'b', 'c', 'd', 'e'], tasksOf, 3);
    expect(read).toEqual(['a']);
  });

  it('returns what there is when the category has fewer tasks', () => {
    expect(topTasks(['c', 'archived'], tasksOf)).toEqual([{ article: 'c', tasks: ['c1'] }]);
    expect(topTasks([], tasksOf)).toEqual([]);
  });

  it('shows at most HOME_TASKS tasks by default', () => {
    const many = range(1, 50).map(String);
    const result = topTasks(many, (n) => [`${n}.1`, `${n}.2`, `${n}.3`]);
    expect(result.flatMap((entry) => entry.tasks)).toHaveLength(HOME_TASKS);
  });
});

describe('pageWindow', () => {
  it('lists every page when there are few', () => {
    expect(pageWindow(1, 1)).toEqual([1]);
    expect(pageWindow(2, 3)).toEqual([1, 2, 3]);
    expect(pageWindow(4, 7)).toEqual([1, 2, 3, 4, 5, 6, 7]);
  });

  it('keeps the first and last page and two either side of the current one, with gaps between', () => {
    expect(pageWindow(1, 50)).toEqual([1, 2, 3, 'gap', 50]);
    expect(pageWindow(25, 50)).toEqual([1, 'gap', 23, 24, 25, 26, 27, 'gap', 50]);
    expect(pageWindow(50, 50)).toEqual([1, 'gap', 48, 49, 50]);
  });

  it('shows a single left-out page as its number, not as a gap', () => {
    expect(pageWindow(4, 50)).toEqual([1, 2, 3, 4, 5, 6, 'gap', 50]);
    expect(pageWindow(47, 50)).toEqual([1, 'gap', 45, 46, 47, 48, 49, 50]);
  });

  it('for every page of every length up to 60: starts at 1, ends at the last, ascends, includes the current page and stays short', () => {
    for (let last = 1; last <= 60; last++) {
      for (let current = 1; current <= last; current++) {
        const pages = pageWindow(current, last);
        const numbers = pages.filter((page): page is number => page !== 'gap');
        expect(numbers[0]).toBe(1);
        expect(numbers.at(-1)).toBe(last);
        expect(numbers).toContain(current);
        for (let index = 1; index < numbers.length; index++) expect(numbers[index]!).toBeGreaterThan(numbers[index - 1]!);
        expect(pages.length).toBeLessThanOrEqual(9);
        // A gap stands for at least two pages.
        pages.forEach((page, index) => {
          if (page === 'gap') expect((pages[index + 1] as number) - (pages[index - 1] as number)).toBeGreaterThan(2);
        });
      }
    }
  });

  it('rejects a page that does not exist', () => {
    expect(() => pageWindow(0, 5)).toThrow(RangeError);
    expect(() => pageWindow(6, 5)).toThrow(RangeError);
    expect(() => pageWindow(1, 0)).toThrow(RangeError);
    expect(() => pageWindow(1.5, 5)).toThrow(RangeError);
  });
});
