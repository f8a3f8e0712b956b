import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { locales } from '../../../src/i18n/locales.ts';
import { renewalStatus } from '../../../src/rules/renewal.ts';
import {
  answerChoices,
  answerKeys,
  flowForSection,
  flowIds,
  flowLabels,
  flows,
  flowsDocumentedBeforeRetirement,
  flowsFromEarlierVersion,
  isFlowId,
  questionsOn,
  readAnswers,
  renewalBranch,
  resolveWalkthrough,
  saleBranch,
  sharedAnswers,
  walkthroughPath,
  type AnswerKey,
  type Answers,
  type FlowId,
  type RenewalBranch,
  type WalkthroughNode,
} from '../../../src/rules/walkthrough.ts';
import { headingIds, stepIds } from '../../support/articles.ts';
import { projectRoot } from '../../support/paths.ts';

/** Every date and count below is relative to this instant: 1 July 2023, 14:00 for a reader in Berlin, while Action Pack was still sold. */
const now = new Date('2023-07-01T12:00:00Z');
/** A reader after the last day to buy or renew (21 January 2025): this session's date. */
const afterRetirement = new Date('2026-12-05T12:00:00Z');
const zone = 'Europe/Berlin';

/**
 * Expiration dates around `now`, each named after the state it gives with
 * automatic renewal off (with it on, the first two are `auto-renews`). On the
 * window's last day it is past 12:00 in Berlin, so the window may have closed;
 * the day after, it is past 14:00, so Partner Center no longer accepts renewal.
 */
const expiries = [
  ['too-early (in 45 days)', '2023-08-15'],
  ['too-early (expires today)', '2023-07-01'],
  ['open (first day)', '2023-06-30'],
  ['open (mid-window)', '2023-06-20'],
  ['open (last day)', '2023-06-01'],
  ['lapsed (closed yesterday)', '2023-05-31'],
  ['lapsed (months ago)', '2023-01-01'],
  ['retired (window opens after the last day)', '2025-03-01'],
] as const;

/** Every combination of answers: each choice answered either way or not at all, each expiry or none. */
const combinations: Answers[] = (() => {
  const options: Record<AnswerKey, readonly (string | undefined)[]> = {
    member: [undefined, ...answerChoices.member],
    expires: [undefined, ...expiries.map(([, day]) => day)],
    auto: [undefined, ...answerChoices.auto],
    pay: [undefined, ...answerChoices.pay],
    billto: [undefined, ...answerChoices.billto],
  };
  let all: Record<string, string>[] = [{}];
  for (const key of answerKeys) {
    all = all.flatMap((partial) => options[key].map((value) => (value === undefined ? partial : { ...partial, [key]: value })));
  }
  return all as Answers[];
})();

type Entry = (typeof flows)[FlowId][number];

/** Every node a flow can show, on any branch, in data order (an id may occur more than once). */
function nodesOf(sequence: readonly Entry[]): WalkthroughNode[] {
  return sequence.flatMap((entry) => ('kind' in entry ? [entry] : Object.values(entry.cases as Record<string, readonly Entry[]>).flatMap(nodesOf)));
}

const nodesByFlow = Object.fromEntries(flowIds.map((flow) => [flow, nodesOf(flows[flow])])) as Record<FlowId, WalkthroughNode[]>;
const allNodes = flowIds.flatMap((flow) => nodesByFlow[flow]);
/** One node per id (nodes sharing an id are checked to be interchangeable below). */
const uniqueNodes = [...new Map(allNodes.map((node) => [node.id, node])).values()];

const ids = (path: readonly WalkthroughNode[]) => path.map((node) => node.id);
const pick = (answers: Answers, keys: readonly AnswerKey[]): Answers =>
  Object.fromEntries(Object.entries(answers).filter(([key]) => keys.includes(key as AnswerKey))) as Answers;
const branchOf = (answers: Answers): RenewalBranch => renewalBranch(answers, now, zone)!;

/** The node each renewal branch starts with. */
const firstNodeFor: Record<RenewalBranch, string> = {
  'auto-renews': 'renew-auto-renews',
  'too-early': 'renew-too-early',
  renew: 'renew-offers',
  lapsed: 'renew-lapsed',
  retired: 'renew-retired',
};

describe('the test data', () => {
  it('lets every renewal state and branch occur at the fixed now', () => {
    const states = new Set(expiries.flatMap(([, expiresOn]) => [false, true].map((autoRenew) => renewalStatus({ expiresOn, now, timeZone: zone, autoRenew }).state)));
    expect([...states].sort()).toEqual(['auto-renews', 'lapsed', 'open', 'retired', 'too-early']);
    const branches = new Set(expiries.flatMap(([, expires]) => (['on', 'off'] as const).map((auto) => branchOf({ expires, auto }))));
    expect([...branches].sort()).toEqual(['auto-renews', 'lapsed', 'renew', 'retired', 'too-early']);
    for (const [name, expiresOn] of expiries) expect(name.startsWith(renewalStatus({ expiresOn, now, timeZone: zone }).state), `${name}: ${expiresOn}`).toBe(true);
  });

  it('covers every combination of answers', () => {
    expect(combinations).toHaveLength(3 ** 4 * (expiries.length + 1));
    expect(new Set(combinations.map((answers) => JSON.stringify(answers))).size).toBe(combinations.length);
  });
});

describe('flow data', () => {
  it('lists each flow once and knows its ids', () => {
    expect(new Set(flowIds).size).toBe(flowIds.length);
    expect(Object.keys(flows).sort()).toEqual([...flowIds].sort());
    for (const flow of flowIds) expect(isFlowId(flow)).toBe(true);
    for (const value of ['', 'Renew', 'renew ', 'toString', '__proto__', null, undefined, 1]) expect(isFlowId(value)).toBe(false);
  });

  it('gives nodes that share an id the same text key and labels', () => {
    for (const node of allNodes) {
      const first = uniqueNodes.find((candidate) => candidate.id === node.id)!;
      expect(node.kind === 'question', node.id).toBe(first.kind === 'question');
      if (node.kind === 'question' && first.kind === 'question') expect(node.answer, node.id).toBe(first.answer);
      expect(node.labels, node.id).toEqual(first.labels);
      expect(node.anchor, node.id).toBe(first.anchor);
    }
  });

  it('asks each answer at most once per flow', () => {
    for (const flow of flowIds) {
      const asked = nodesByFlow[flow].flatMap((node) => (node.kind === 'question' ? [node.answer] : []));
      expect(new Set(asked).size, flow).toBe(asked.length);
    }
  });

  it('hands the island exactly the labels the flows name (flowLabels)', () => {
    expect(flowLabels().sort()).toEqual([...new Set(allNodes.flatMap((node) => node.labels))].sort());
  });

  it('starts every flow from one article section', () => {
    for (const flow of Object.values(flowForSection)) expect(isFlowId(flow), flow).toBe(true);
    expect(Object.values(flowForSection).sort()).toEqual([...flowIds].sort());
  });
});

describe('walkthroughPath, for every flow and every combination of answers', () => {
  const paths = [now, afterRetirement].flatMap((at) => flowIds.flatMap((flow) => combinations.map((answers) => ({ flow, answers, at, path: walkthroughPath(flow, answers, at, zone) }))));
  const describeCase = (flow: FlowId, answers: Answers, at = now) => `${flow} ${JSON.stringify(answers)} at ${at.toISOString()}`;

  it(`is never empty (${paths.length} paths)`, () => {
    expect(paths.filter(({ path }) => path.length === 0).map(({ flow, answers }) => describeCase(flow, answers))).toEqual([]);
  });

  it('ends at the first unanswered question or at an outcome', () => {
    const wrong: string[] = [];
    for (const { flow, answers, path } of paths) {
      const last = path.at(-1)!;
      const unanswered = path.findIndex((node) => node.kind === 'question' && answers[node.answer] === undefined);
      const ok = last.kind === 'question' ? unanswered === path.length - 1 : last.kind === 'outcome' && unanswered === -1;
      if (!ok) wrong.push(`${describeCase(flow, answers)} → ${ids(path).join(' > ')}`);
    }
    expect(wrong).toEqual([]);
  });

  it('ends at an outcome when every question on it is answered', () => {
    const wrong: string[] = [];
    for (const { flow, answers, path } of paths) {
      const allAnswered = questionsOn(path).every((key) => answers[key] !== undefined);
      if (allAnswered && path.at(-1)!.kind !== 'outcome') wrong.push(`${describeCase(flow, answers)} → ${ids(path).join(' > ')}`);
    }
    expect(wrong).toEqual([]);
  });

  it('shows no node twice', () => {
    const wrong = paths.filter(({ path }) => new Set(ids(path)).size !== path.length).map(({ flow, answers, path }) => `${describeCase(flow, answers)} → ${ids(path).join(' > ')}`);
    expect(wrong).toEqual([]);
  });

  it('depends only on the answers to the questions it asks', () => {
    const wrong: string[] = [];
    for (const { flow, answers, at, path } of paths) {
      const used = walkthroughPath(flow, pick(answers, questionsOn(path)), at, zone);
      if (ids(used).join() !== ids(path).join()) wrong.push(describeCase(flow, answers, at));
    }
    expect(wrong).toEqual([]);
  });

  it('only grows when the open question is answered', () => {
    const wrong: string[] = [];
    for (const { flow, answers, at, path } of paths) {
      const last = path.at(-1)!;
      if (last.kind !== 'question' || last.answer === 'expires') continue;
      for (const value of answerChoices[last.answer]) {
        const longer = walkthroughPath(flow, { ...answers, [last.answer]: value }, at, zone);
        if (longer.length <= path.length || ids(longer.slice(0, path.length)).join() !== ids(path).join()) wrong.push(`${describeCase(flow, answers, at)} + ${last.answer}=${value}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('reaches every node of every flow with some combination, before or after the retirement', () => {
    for (const flow of flowIds) {
      const reached = new Set(paths.filter((entry) => entry.flow === flow).flatMap(({ path }) => ids(path)));
      expect([...new Set(ids(nodesByFlow[flow]))].filter((id) => !reached.has(id)), flow).toEqual([]);
    }
  });

  it('follows renewalStatus on the renew flow, after listing the roles without asking for one while Action Pack is sold', () => {
    const wrong: string[] = [];
    for (const { flow, answers, at, path } of paths) {
      if (flow !== 'renew') continue;
      const branch = renewalBranch(answers, at, zone);
      const expected = at === now ? ['renew-roles', 'renew-expires'] : ['renew-expires'];
      if (answers.expires) expected.push('renew-auto');
      if (branch) expected.push(firstNodeFor[branch]);
      if (ids(path.slice(0, expected.length)).join() !== expected.join()) wrong.push(`${describeCase(flow, answers, at)} → ${ids(path).join(' > ')}`);
      if (path.length > expected.length && branch !== 'renew') wrong.push(`${describeCase(flow, answers, at)} goes on past a closed window`);
    }
    expect(wrong).toEqual([]);
  });

  it('ends buying and renewing on a retired outcome once the last day has ended everywhere, whatever the answers', () => {
    const wrong: string[] = [];
    for (const { flow, answers, at, path } of paths) {
      if (at !== afterRetirement || (flow !== 'buy' && flow !== 'renew')) continue;
      const last = path.at(-1)!;
      const expected = flow === 'buy' ? 'buy-retired' : answers.expires && answers.auto ? 'renew-retired' : last.kind === 'question' ? last.id : 'renew-retired';
      if (last.id !== expected || path.some((node) => node.id === 'renew-offers' || node.id === 'buy-instructions')) wrong.push(`${describeCase(flow, answers, at)} → ${ids(path).join(' > ')}`);
    }
    expect(wrong).toEqual([]);
    expect(ids(walkthroughPath('buy', { member: 'no' }, afterRetirement, zone))).toEqual(['buy-retired']);
  });

  it('stops selling at 2025-01-22 12:00 UTC, when the last day has ended on every clock', () => {
    expect(saleBranch(new Date('2025-01-22T11:59:59.999Z'))).toBe('sold');
    expect(saleBranch(new Date('2025-01-22T12:00:00.000Z'))).toBe('retired');
    expect(saleBranch(new Date())).toBe('retired');
    expect(ids(walkthroughPath('buy', { member: 'yes' }, new Date('2025-01-22T11:59:59.999Z'), zone))).toEqual(['buy-member', 'buy-instructions']);
  });

  it('goes through payment, address and purchase when the window is open, saying "after you select Submit" only to bank payers', () => {
    const open = { expires: '2023-06-20', auto: 'off' } as const;
    expect(ids(walkthroughPath('renew', { ...open, pay: 'bank', billto: 'yes' }, now, zone))).toEqual([
      'renew-roles',
      'renew-expires',
      'renew-auto',
      'renew-offers',
      'renew-select',
      'renew-pay',
      'renew-pay-bank',
      'renew-billto',
      'bill-to-review-bank',
      'bill-to-profile',
      'renew-buy',
      'renew-close',
      'renew-done',
    ]);
    expect(ids(walkthroughPath('renew', { ...open, pay: 'card', billto: 'yes' }, now, zone)).slice(6)).toEqual(['renew-pay-card', 'renew-billto', 'bill-to-review', 'bill-to-profile', 'renew-buy', 'renew-close', 'renew-done']);
    expect(ids(walkthroughPath('renew', { ...open, pay: 'card', billto: 'no' }, now, zone)).slice(6)).toEqual(['renew-pay-card', 'renew-billto', 'renew-buy', 'renew-close', 'renew-done']);
    expect(ids(walkthroughPath('renew', open, now, zone)).at(-1)).toBe('renew-pay');
    expect(ids(walkthroughPath('buy', { member: 'yes' }, now, zone))).toEqual(['buy-member', 'buy-instructions']);
    expect(ids(walkthroughPath('buy', { member: 'no' }, now, zone))).toEqual(['buy-member', 'buy-join', 'buy-instructions']);
    expect(ids(walkthroughPath('bill-to', {}, now, zone))).toEqual(['bill-to-review', 'bill-to-profile']);
    const submit = uniqueNodes.filter((node) => node.labels.includes('submit')).map((node) => node.id);
    expect(submit.filter((id) => id.startsWith('bill-to'))).toEqual(['bill-to-review-bank']);
  });

  it('decides the window on the reader’s calendar day', () => {
    const answers = { expires: '2023-06-30', auto: 'off' } as const;
    const evening = new Date('2023-06-30T20:00:00-07:00');
    expect(walkthroughPath('renew', answers, evening, 'America/Los_Angeles').at(-1)!.id).toBe('renew-too-early');
    expect(walkthroughPath('renew', answers, evening, 'Europe/Berlin').at(-1)!.id).toBe('renew-pay');
    expect(walkthroughPath('renew', answers, new Date('2023-07-31T10:00:00+02:00'), 'Europe/Berlin').at(-1)!.id).toBe('renew-pay');
    expect(walkthroughPath('renew', answers, new Date('2023-07-31T15:00:00+02:00'), 'Europe/Berlin').at(-1)!.id).toBe('renew-lapsed');
  });

  it('goes on to the renewal steps while Partner Center may still accept renewal, and stops once it surely does not', () => {
    const answers = { expires: '2023-06-30', auto: 'off' } as const;
    const morningAfter = new Date('2023-07-31T09:00:00+02:00');
    expect(renewalStatus({ expiresOn: '2023-06-30', now: morningAfter, timeZone: 'Europe/Berlin' })).toMatchObject({ state: 'lapsed', daysSinceClose: 1 });
    expect(renewalBranch(answers, morningAfter, 'Europe/Berlin')).toBe('renew');
    expect(renewalBranch(answers, new Date('2023-07-31T14:00:00+02:00'), 'Europe/Berlin')).toBe('lapsed');
    expect(renewalBranch({ expires: '2023-06-30' }, morningAfter, 'Europe/Berlin')).toBeUndefined();
    expect(renewalBranch({ auto: 'on' }, morningAfter, 'Europe/Berlin')).toBeUndefined();
  });
});

/* ------------------------------------------------------------------------------------------ */
/* Locale files and articles. A missing or unreadable file is one failing test for its locale. */

type Json = { [key: string]: unknown };
type Loaded<T> = { ok: true; value: T } | { ok: false; problem: string };

function load<T>(relative: string, parse: (text: string) => T): Loaded<T> {
  let text: string;
  try {
    text = readFileSync(join(projectRoot, relative), 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return { ok: false, problem: `${relative} ${code === 'ENOENT' ? 'does not exist (yet)' : `cannot be read: ${String(error)}`}` };
  }
  try {
    return { ok: true, value: parse(text) };
  } catch (error) {
    return { ok: false, problem: `${relative} cannot be parsed: ${String(error)}` };
  }
}

const parseJson = (text: string) => {
  const value: unknown = JSON.parse(text);
  if (!value || typeof value !== 'object' || Array.isArray(value)) throw new Error('not a JSON object');
  return value as Json;
};

/** The value at a dotted key, with each segment taken literally (node ids contain hyphens, not dots). */
function at(json: Json, path: readonly string[]): unknown {
  return path.reduce<unknown>((node, part) => (node && typeof node === 'object' && Object.hasOwn(node, part) ? (node as Json)[part] : undefined), json);
}

/** Every `{{…}}` in a text: its name when well formed (as the island fills it), else the raw text. */
function placeholders(text: string): { name: string | undefined; raw: string }[] {
  return [...text.matchAll(/\{\{([^}]*)\}\}/g)].map((match) => ({ name: /^\s*(\w+)\s*$/.exec(match[1]!)?.[1], raw: match[0] }));
}

/** The strings a node shows, by dotted key: its question or text, and a question's options. */
function textKeys(node: WalkthroughNode): string[][] {
  if (node.kind !== 'question') {
    // A step may have a text for once Action Pack is no longer sold; a closing screen stating the next renewal, one for when automatic renewal can't renew again.
    const retired = node.retiredText ? [['nodes', node.id, 'textRetired']] : [];
    const last = node.facts === 'next-renewal' ? [['nodes', node.id, 'textLast']] : [];
    return [['nodes', node.id, 'text'], ...retired, ...last];
  }
  const options = node.answer === 'expires' ? [] : answerChoices[node.answer].map((value) => ['nodes', node.id, 'options', value]);
  return [['nodes', node.id, 'question'], ...options];
}

/** The placeholders each kind of facts fills (see NodeFacts); the text must use the first. */
const placeholdersOfFacts = { status: ['status'], 'next-renewal': ['nextRenewal'], retirement: ['lastDay', 'noSaleFrom', 'partnerSuccessCore', 'partnerSuccessExpanded'] } as const;

/** The facts placeholders a node fills, if any. */
const factsPlaceholders = (node: WalkthroughNode): readonly string[] => (node.kind !== 'question' && node.facts ? placeholdersOfFacts[node.facts] : []);
/** The one a node's text must name. */
const factsPlaceholder = (node: WalkthroughNode): string | undefined => factsPlaceholders(node)[0];

describe.each(locales.map((locale) => [locale.path] as const))('locales/%s', (path) => {
  const walkthrough = load(`locales/${path}/walkthrough.json`, parseJson);
  const glossary = load(`locales/${path}/glossary.json`, parseJson);

  if (!walkthrough.ok || !glossary.ok) {
    it('has readable walkthrough.json and glossary.json', () => {
      expect([walkthrough, glossary].flatMap((file) => (file.ok ? [] : [file.problem]))).toEqual([]);
    });
    return;
  }
  const messages = walkthrough.value;
  const labels = glossary.value;
  const stringAt = (key: readonly string[]) => {
    const value = at(messages, key);
    return typeof value === 'string' && value.trim() !== '' ? value : undefined;
  };

  it('names every flow (flows.<id>)', () => {
    expect(flowIds.filter((flow) => stringAt(['flows', flow]) === undefined).map((flow) => `flows.${flow}`)).toEqual([]);
  });

  it('has the question and options, or the text, of every node', () => {
    const missing = uniqueNodes.flatMap((node) => textKeys(node).filter((key) => stringAt(key) === undefined).map((key) => key.join('.')));
    expect(missing).toEqual([]);
  });

  it('has no node text for a node the flows do not have', () => {
    const known = new Set(uniqueNodes.map((node) => node.id));
    expect(Object.keys((at(messages, ['nodes']) ?? {}) as Json).filter((id) => !known.has(id))).toEqual([]);
  });

  it('lists only labels its glossary.json has', () => {
    const missing = uniqueNodes.flatMap((node) => node.labels.filter((label) => typeof (labels[label] as { label?: unknown } | undefined)?.label !== 'string').map((label) => `${node.id}: ${label}`));
    expect(missing).toEqual([]);
  });

  it('uses only placeholders the node can fill: its own labels, and {{status}}, {{nextRenewal}} or the retirement’s dates and offers where it states those facts', () => {
    const wrong: string[] = [];
    for (const node of uniqueNodes) {
      for (const key of textKeys(node)) {
        const text = stringAt(key);
        if (text === undefined) continue;
        for (const { name, raw } of placeholders(text)) {
          const fillable = name !== undefined && (node.labels.includes(name) || (key.at(-1)!.startsWith('text') && factsPlaceholders(node).includes(name)));
          if (!fillable) wrong.push(`${key.join('.')}: ${raw}`);
        }
      }
    }
    expect(wrong).toEqual([]);
  });

  it('names every label a node lists, and the facts it states, in that node’s text', () => {
    const wrong: string[] = [];
    for (const node of uniqueNodes) {
      const used = new Set(textKeys(node).flatMap((key) => placeholders(stringAt(key) ?? '').flatMap(({ name }) => (name ? [name] : []))));
      for (const name of [...node.labels, factsPlaceholder(node) ?? []].flat()) if (!used.has(name)) wrong.push(`${node.id}: ${name}`);
    }
    expect(wrong).toEqual([]);
  });
});

describe.each(locales.map((locale) => [locale.path] as const))('content/articles/%s/buy-or-renew-action-pack.mdx', (path) => {
  const article = load(`content/articles/${path}/buy-or-renew-action-pack.mdx`, (text) => new Set([...headingIds(text), ...stepIds(text)]));

  if (!article.ok) {
    it('exists', () => {
      expect([article.problem]).toEqual([]);
    });
    return;
  }
  const targets = article.value;

  it('has a heading or step for every node’s anchor (an empty anchor is the top of the article)', () => {
    expect([...new Set(allNodes.filter((node) => node.anchor !== '' && !targets.has(node.anchor)).map((node) => `${node.id} → #${node.anchor}`))]).toEqual([]);
  });

  it('has a heading or step for every section that starts a flow', () => {
    expect(Object.keys(flowForSection).filter((section) => !targets.has(section))).toEqual([]);
  });
});

/* ------------------------------------------------------------------------------------------ */

describe('readAnswers', () => {
  it('keeps valid answers and lists invalid ones in a fixed order', () => {
    expect(readAnswers({ billto: 'maybe', member: 'yes', auto: 'on ', expires: '2023-06-20', pay: 'cash' })).toEqual({
      answers: { member: 'yes', expires: '2023-06-20' },
      rejected: ['auto', 'pay', 'billto'],
    });
  });

  it('ignores absent and empty values', () => {
    expect(readAnswers({ member: null, pay: undefined, expires: '', guide: 'renew', step: 'x', role: 'yes' })).toEqual({ answers: {}, rejected: [] });
  });

  it('trims a date as a form would, and stores the strict form the rules take', () => {
    const query = Object.fromEntries(new URLSearchParams('expires=2023-06-20+&auto=off'));
    expect(query.expires).toBe('2023-06-20 ');
    expect(readAnswers(query).answers).toEqual({ expires: '2023-06-20', auto: 'off' });
    expect(readAnswers({ expires: '\t2023-06-20\n' }).answers).toEqual({ expires: '2023-06-20' });
  });

  it.each(['2023-02-30', '1999-12-31', '2101-01-30', '<script>alert(1)</script>', '20.06.2025', '   '])('rejects the expiry %j', (expires) => {
    expect(readAnswers({ expires })).toEqual({ answers: {}, rejected: ['expires'] });
  });

  it('accepts exactly the listed choices', () => {
    for (const key of ['member', 'auto', 'pay', 'billto'] as const) {
      for (const value of answerChoices[key]) expect(readAnswers({ [key]: value }).answers).toEqual({ [key]: value });
      for (const value of [' yes', 'Yes', 'on ', 'true', '1', 'constructor', '__proto__', 'toString']) {
        if (!(answerChoices[key] as readonly string[]).includes(value)) expect(readAnswers({ [key]: value }).rejected, `${key}=${value}`).toEqual([key]);
      }
    }
  });
});

describe('resolveWalkthrough', () => {
  const resolve = (query: string, when = now) => resolveWalkthrough(Object.fromEntries(new URLSearchParams(query)), when, zone);

  it.each(['guide=nope', 'guide=Renew', 'guide=toString', 'guide=__proto__&auto=on&step=renew-roles'])('shows the flow choice for an unknown guide (%s)', (query) => {
    expect(resolve(query)).toEqual({ flow: null, answers: {}, path: [], position: -1, corrections: ['flow'] });
  });

  it('shows the flow choice without a correction when no guide is given', () => {
    expect(resolve('')).toEqual({ flow: null, answers: {}, path: [], position: -1, corrections: [] });
    expect(resolve('guide=&member=yes')).toEqual({ flow: null, answers: {}, path: [], position: -1, corrections: [] });
  });

  it('starts a flow at its first screen', () => {
    const state = resolve('guide=cancel');
    expect(state).toMatchObject({ flow: 'cancel', answers: {}, position: 0, corrections: [] });
    expect(ids(state.path)).toEqual(ids(walkthroughPath('cancel', {}, now, zone)));
  });

  it.each([
    ['pay=cash', 'pay'],
    ['expires=2023-02-30', 'expires'],
    ['expires=%3Cscript%3Ealert(1)%3C/script%3E', 'expires'],
    ['expires=2101-01-01', 'expires'],
    ['auto=yes', 'auto'],
    ['billto=true', 'billto'],
  ])('drops and lists the invalid answer %s', (value, key) => {
    const state = resolve(`guide=renew&auto=off&${value}`);
    expect(state.corrections).toContain(key);
    expect(Object.keys(state.answers)).not.toContain(key);
  });

  it('drops invalid answers and stops at the question they leave open', () => {
    const state = resolve('guide=renew&expires=2023-02-30&auto=off&pay=cash');
    expect(state.answers).toEqual({});
    expect(state.corrections).toEqual(['expires', 'pay']);
    expect(ids(state.path)).toEqual(['renew-roles', 'renew-expires']);
    expect(state.position).toBe(0);
  });

  it('ignores the role answer older links carried, now that the roles are listed rather than asked', () => {
    const state = resolve('guide=renew&role=no&expires=2023-06-20&auto=off');
    expect(state.corrections).toEqual([]);
    expect(ids(state.path).at(-1)).toBe('renew-pay');
  });

  it.each([
    ['guide=cancel&pay=bank', 'cancel', ['pay']],
    ['guide=invoice&member=yes&expires=2023-06-20&auto=on&pay=card&billto=no', 'invoice', ['member', 'pay', 'billto']],
    ['guide=buy&member=no&pay=card', 'buy', ['pay']],
    ['guide=renew&member=yes', 'renew', ['member']],
    ['guide=renew&expires=2023-08-15&auto=off&pay=bank&billto=yes', 'renew', ['pay', 'billto']],
    ['guide=renew&expires=2023-08-15&auto=on&pay=card', 'renew', ['pay']],
    ['guide=renew&expires=2023-01-01&auto=off&pay=card&billto=no', 'renew', ['pay', 'billto']],
    ['guide=renew&expires=2023-06-20&pay=bank', 'renew', ['pay']],
    ['guide=renew&expires=2023-06-20&auto=off&billto=yes', 'renew', ['billto']],
  ])('drops and lists answers the path does not ask (%s)', (query, flow, dropped) => {
    const state = resolve(query);
    expect(state.flow).toBe(flow);
    expect(state.corrections).toEqual(dropped);
    for (const key of dropped) expect(Object.keys(state.answers)).not.toContain(key);
    expect(Object.keys(state.answers).every((key) => questionsOn(state.path).includes(key as AnswerKey))).toBe(true);
  });

  it('shares only the calculator’s inputs, expires and auto', () => {
    expect([...sharedAnswers].sort()).toEqual(['auto', 'expires']);
  });

  it.each([
    ['guide=cancel&expires=2023-06-20&auto=on', []],
    ['guide=buy&member=no&expires=2023-06-20&auto=off', []],
    ['guide=renew&auto=off', []],
    ['guide=invoice&expires=2023-06-20&pay=bank', ['pay']],
  ])('drops the calculator’s shared answers where the path does not ask them, without calling them a correction (%s)', (query, corrections) => {
    const state = resolve(query);
    expect(state.corrections).toEqual(corrections);
    expect(Object.keys(state.answers).every((key) => questionsOn(state.path).includes(key as AnswerKey))).toBe(true);
  });

  it('still lists an invalid shared answer', () => {
    expect(resolve('guide=cancel&expires=2023-02-30&auto=maybe').corrections).toEqual(['expires', 'auto']);
  });

  it('lands exactly on the step of a valid deep link, with no corrections', () => {
    const state = resolve('guide=renew&expires=2023-06-20&auto=off&pay=bank&step=renew-pay-bank');
    expect(state.corrections).toEqual([]);
    expect(state.answers).toEqual({ expires: '2023-06-20', auto: 'off', pay: 'bank' });
    expect(state.path[state.position]!.id).toBe('renew-pay-bank');
    expect(ids(state.path).at(-1)).toBe('renew-billto');
  });

  it.each([
    ['guide=renew&step=renew-pay-bank', 'renew-expires'],
    ['guide=renew&expires=2023-06-20&auto=off&pay=card&step=renew-pay-bank', 'renew-billto'],
    ['guide=renew&expires=2023-06-20&auto=off&pay=card&billto=yes&step=bill-to-review-bank', 'renew-done'],
    ['guide=renew&expires=2023-08-15&auto=off&step=renew-pay', 'renew-too-early'],
    ['guide=cancel&step=renew-roles', 'cancel-status'],
    ['guide=buy&step=buy-join', 'buy-member'],
    ['guide=buy&member=yes&step=buy-join', 'buy-instructions'],
    ['guide=bill-to&step=no-such-step', 'bill-to-profile'],
    ['guide=invoice&step=toString', 'invoice-download'],
    ['guide=invoice&step=__proto__', 'invoice-download'],
  ])('falls back from a step not on the path to the first unanswered question or the last screen (%s)', (query, expected) => {
    const state = resolve(query);
    expect(state.corrections).toContain('step');
    expect(state.path[state.position]!.id).toBe(expected);
    const unanswered = state.path.findIndex((node) => node.kind === 'question' && state.answers[node.answer] === undefined);
    expect(state.position).toBe(unanswered >= 0 ? unanswered : state.path.length - 1);
  });

  it('judges the window at the given now, not at the time of the link', () => {
    const query = 'guide=renew&expires=2023-06-20&auto=off&pay=bank&step=renew-pay-bank';
    expect(resolve(query, new Date('2023-06-20T12:00:00Z'))).toMatchObject({ corrections: ['pay', 'step'] });
    expect(resolve(query, new Date('2023-06-20T12:00:00Z')).path.at(-1)!.id).toBe('renew-too-early');
    expect(resolve(query, new Date('2023-07-20T12:00:00Z')).corrections).toEqual([]);
    expect(resolve(query, new Date('2023-07-21T12:00:00Z')).path.at(-1)!.id).toBe('renew-lapsed');
  });

  it('gives a consistent state for every flow, combination of answers and step (exhaustive)', () => {
    const wrong: string[] = [];
    for (const flow of flowIds) {
      const steps = [undefined, 'no-such-step', ...new Set(ids(nodesByFlow[flow]))];
      for (const answers of combinations) {
        const expectedPath = walkthroughPath(flow, answers, now, zone);
        const asked = questionsOn(expectedPath);
        const kept = pick(answers, asked);
        const dropped = answerKeys.filter((key) => answers[key] !== undefined && !asked.includes(key) && !sharedAnswers.includes(key));
        for (const step of steps) {
          const raw = { guide: flow, step, ...answers };
          const state = resolveWalkthrough(raw, now, zone);
          const index = step === undefined ? 0 : ids(expectedPath).indexOf(step);
          const position = index >= 0 ? index : expectedPath.length - 1;
          const corrections = index >= 0 ? dropped : [...dropped, 'step'];
          const ok =
            state.flow === flow &&
            ids(state.path).join() === ids(expectedPath).join() &&
            ids(walkthroughPath(flow, state.answers, now, zone)).join() === ids(expectedPath).join() &&
            JSON.stringify(state.answers) === JSON.stringify(kept) &&
            JSON.stringify(state.corrections) === JSON.stringify(corrections) &&
            state.position === position;
          if (!ok) wrong.push(`${JSON.stringify(raw)} → ${JSON.stringify({ ...state, path: ids(state.path) })}`);
        }
      }
    }
    expect(wrong.slice(0, 20)).toEqual([]);
  });
});

describe('after the retirement, and where the documentation is older', () => {
  it('ends the bill-to flow on its retired screen once nothing can be bought or renewed, and keeps its steps before', () => {
    expect(ids(walkthroughPath('bill-to', {}, afterRetirement, zone))).toEqual(['bill-to-retired']);
    expect(ids(walkthroughPath('bill-to', {}, new Date('2025-01-22T11:59:59.999Z'), zone))).toEqual(['bill-to-review', 'bill-to-profile']);
  });

  it('sends a January 21, 2025 expiry with automatic renewal on to "no action needed" until that day ends, and off to the retired screen', () => {
    const autumn2024 = new Date('2024-10-01T12:00:00Z');
    expect(renewalBranch({ expires: '2025-01-21', auto: 'on' }, autumn2024, zone)).toBe('auto-renews');
    expect(renewalBranch({ expires: '2025-01-21', auto: 'off' }, autumn2024, zone)).toBe('retired');
    expect(renewalBranch({ expires: '2025-01-21', auto: 'on' }, afterRetirement, zone)).toBe('retired');
    expect(ids(walkthroughPath('renew', { expires: '2025-01-21', auto: 'on' }, autumn2024, zone)).at(-1)).toBe('renew-auto-renews');
  });

  it('dates the turn-off steps by the June 2019 version alone, which the November 2020 version dropped; every such flow is one documented before the retirement', () => {
    expect(flowsFromEarlierVersion).toEqual({ 'turn-off': '2019-06-01' });
    for (const flow of Object.keys(flowsFromEarlierVersion)) expect(flowsDocumentedBeforeRetirement).toContain(flow);
  });
});

describe('the turn-off flow once nothing can be renewed', () => {
  it('has a retired text for its warning and its last screen only', () => {
    const retired = uniqueNodes.filter((node) => node.kind !== 'question' && node.retiredText).map((node) => node.id);
    expect(retired).toEqual(['turn-off-warning', 'turn-off-select']);
  });
});
