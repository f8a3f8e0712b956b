import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { locales } from '../../../src/i18n/locales.ts';
import { nextRenewalOn, renewalStatus, type RenewalStatus } from '../../../src/rules/renewal.ts';
import {
  answerChoices,
  flowForSection,
  flowIds,
  flowLabels,
  flows,
  isFlowId,
  outcomeFacts,
  questionsOn,
  readAnswers,
  renewsAgainOn,
  resolveWalkthrough,
  sharedAnswers,
  walkthroughPath,
  type AnswerKey,
  type Answers,
  type FlowId,
  type WalkthroughNode,
} from '../../../src/rules/walkthrough.ts';
import { headingIds, stepIds } from '../../support/articles.ts';
import { projectRoot } from '../../support/paths.ts';

/** Every date and count below is relative to this instant: 2025-07-01 in the policy zone (UTC). */
const now = new Date('2025-07-01T12:00:00Z');

const answerKeys = ['member', 'role', 'expires', 'auto', 'pay', 'billto'] as const satisfies readonly AnswerKey[];

/**
 * Expiration dates around `now`, each named after the state it gives with
 * automatic renewal off (with it on, the first two are `auto-renews`).
 */
const expiries = [
  ['too-early (in 45 days)', '2025-08-15'],
  ['too-early (expires today)', '2025-07-01'],
  ['open (first day)', '2025-06-30'],
  ['open (mid-window)', '2025-06-20'],
  ['open (last day)', '2025-06-01'],
  ['lapsed (closed yesterday)', '2025-05-31'],
  ['lapsed (months ago)', '2025-01-01'],
] as const;

/** Every combination of answers: each choice answered either way or not at all, each expiry or none. */
const combinations: Answers[] = (() => {
  const options: Record<AnswerKey, readonly (string | undefined)[]> = {
    member: [undefined, ...answerChoices.member],
    role: [undefined, ...answerChoices.role],
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
const statusOf = (answers: Answers): RenewalStatus => renewalStatus({ expiresOn: answers.expires!, now, autoRenew: answers.auto === 'on' });

/** The node the renewal branch starts with for each state. */
const firstNodeFor: Record<RenewalStatus['state'], string> = {
  'auto-renews': 'renew-auto-renews',
  'too-early': 'renew-too-early',
  open: 'renew-offers',
  lapsed: 'renew-lapsed',
};

describe('the test data', () => {
  it('lets every renewal state occur at the fixed now', () => {
    const states = new Set(expiries.flatMap(([, expiresOn]) => [false, true].map((autoRenew) => renewalStatus({ expiresOn, now, autoRenew }).state)));
    expect([...states].sort()).toEqual(['auto-renews', 'lapsed', 'open', 'too-early']);
    for (const [name, expiresOn] of expiries) expect(name.startsWith(renewalStatus({ expiresOn, now }).state), `${name}: ${expiresOn}`).toBe(true);
  });

  it('covers every combination of answers', () => {
    expect(combinations).toHaveLength(3 ** 5 * (expiries.length + 1));
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
  const paths = flowIds.flatMap((flow) => combinations.map((answers) => ({ flow, answers, path: walkthroughPath(flow, answers, now) })));
  const describeCase = (flow: FlowId, answers: Answers) => `${flow} ${JSON.stringify(answers)}`;

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
    for (const { flow, answers, path } of paths) {
      const used = walkthroughPath(flow, pick(answers, questionsOn(path)), now);
      if (ids(used).join() !== ids(path).join()) wrong.push(describeCase(flow, answers));
    }
    expect(wrong).toEqual([]);
  });

  it('only grows when the open question is answered', () => {
    const wrong: string[] = [];
    for (const { flow, answers, path } of paths) {
      const last = path.at(-1)!;
      if (last.kind !== 'question' || last.answer === 'expires') continue;
      for (const value of answerChoices[last.answer]) {
        const longer = walkthroughPath(flow, { ...answers, [last.answer]: value }, now);
        if (longer.length <= path.length || ids(longer.slice(0, path.length)).join() !== ids(path).join()) wrong.push(`${describeCase(flow, answers)} + ${last.answer}=${value}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('reaches every node of every flow with some combination', () => {
    for (const flow of flowIds) {
      const reached = new Set(paths.filter((entry) => entry.flow === flow).flatMap(({ path }) => ids(path)));
      expect([...new Set(ids(nodesByFlow[flow]))].filter((id) => !reached.has(id)), flow).toEqual([]);
    }
  });

  it('follows renewalStatus on the renew flow', () => {
    const wrong: string[] = [];
    for (const { flow, answers, path } of paths) {
      if (flow !== 'renew') continue;
      const expected = ['renew-role'];
      if (answers.role === 'no') expected.push('renew-ask-admin');
      if (answers.role === 'yes') expected.push('renew-expires');
      if (answers.role === 'yes' && answers.expires) expected.push('renew-auto');
      if (answers.role === 'yes' && answers.expires && answers.auto) expected.push(firstNodeFor[statusOf(answers).state]);
      if (ids(path.slice(0, expected.length)).join() !== expected.join()) wrong.push(`${describeCase(flow, answers)} → ${ids(path).join(' > ')}`);
      if (path.length > expected.length && statusOf(answers).state !== 'open') wrong.push(`${describeCase(flow, answers)} goes on past a closed window`);
    }
    expect(wrong).toEqual([]);
  });

  it('goes through payment, address and purchase when the window is open', () => {
    const open = { role: 'yes', expires: '2025-06-20', auto: 'off' } as const;
    expect(ids(walkthroughPath('renew', { ...open, pay: 'bank', billto: 'yes' }, now))).toEqual([
      'renew-role',
      'renew-expires',
      'renew-auto',
      'renew-offers',
      'renew-select',
      'renew-pay',
      'renew-pay-bank',
      'renew-billto',
      'bill-to-review',
      'bill-to-profile',
      'renew-buy',
      'renew-close',
      'renew-done',
    ]);
    expect(ids(walkthroughPath('renew', { ...open, pay: 'card', billto: 'no' }, now)).slice(6)).toEqual(['renew-pay-card', 'renew-billto', 'renew-buy', 'renew-close', 'renew-done']);
    expect(ids(walkthroughPath('renew', open, now)).at(-1)).toBe('renew-pay');
    expect(ids(walkthroughPath('buy', { member: 'yes' }, now))).toEqual(['buy-member', 'buy-instructions']);
    expect(ids(walkthroughPath('buy', { member: 'no' }, now))).toEqual(['buy-member', 'buy-join', 'buy-instructions']);
    expect(ids(walkthroughPath('bill-to', {}, now))).toEqual(['bill-to-review', 'bill-to-profile']);
  });

  it('decides the window on the UTC date of now, whatever the machine’s zone', () => {
    const answers = { role: 'yes', expires: '2025-06-30', auto: 'off' } as const;
    expect(walkthroughPath('renew', answers, new Date('2025-06-30T23:59:59.999Z')).at(-1)!.id).toBe('renew-too-early');
    expect(walkthroughPath('renew', answers, new Date('2025-06-30T17:00:00-07:00')).at(-1)!.id).toBe('renew-pay');
    expect(walkthroughPath('renew', answers, new Date('2025-07-31T00:00:00+14:00')).at(-1)!.id).toBe('renew-pay');
    expect(walkthroughPath('renew', answers, new Date('2025-07-30T17:00:00-07:00')).at(-1)!.id).toBe('renew-lapsed');
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
  if (node.kind !== 'question') return [['nodes', node.id, 'text']];
  const options = node.answer === 'expires' ? [] : answerChoices[node.answer].map((value) => ['nodes', node.id, 'options', value]);
  return [['nodes', node.id, 'question'], ...options];
}

/**
 * For each node id, the values outcomeFacts always gives it wherever it is shown
 * (over every reachable path), i.e. the `{{date}}`/`{{days}}` its text may use.
 */
const factsAlwaysGiven: Map<string, { date: boolean; days: boolean }> = (() => {
  const given = new Map<string, { date: boolean; days: boolean }>();
  for (const flow of flowIds) {
    for (const answers of combinations) {
      const path = walkthroughPath(flow, answers, now);
      const used = pick(answers, questionsOn(path));
      for (const node of path) {
        const facts = outcomeFacts(node, used, now);
        const before = given.get(node.id) ?? { date: true, days: true };
        given.set(node.id, { date: before.date && facts.date !== undefined, days: before.days && facts.count !== undefined });
      }
    }
  }
  return given;
})();

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
    const missing = uniqueNodes.flatMap((node) => node.labels.filter((label) => typeof labels[label] !== 'string').map((label) => `${node.id}: ${label}`));
    expect(missing).toEqual([]);
  });

  it('uses only placeholders the node can fill: its own labels, or {{date}}/{{days}} where outcomeFacts gives them', () => {
    const wrong: string[] = [];
    for (const node of uniqueNodes) {
      const facts = factsAlwaysGiven.get(node.id) ?? { date: false, days: false };
      for (const key of textKeys(node)) {
        const text = stringAt(key);
        if (text === undefined) continue;
        for (const { name, raw } of placeholders(text)) {
          const isQuestionText = key.at(-1) === 'question' || key.at(-1) === 'text';
          const fillable =
            name !== undefined &&
            (node.labels.includes(name) || (isQuestionText && name === 'date' && facts.date) || (isQuestionText && name === 'days' && facts.days));
          if (!fillable) wrong.push(`${key.join('.')}: ${raw}`);
        }
      }
    }
    expect(wrong).toEqual([]);
  });

  it('names every label a node lists in that node’s text', () => {
    const wrong: string[] = [];
    for (const node of uniqueNodes) {
      const used = new Set(textKeys(node).flatMap((key) => placeholders(stringAt(key) ?? '').flatMap(({ name }) => (name ? [name] : []))));
      for (const label of node.labels) if (!used.has(label)) wrong.push(`${node.id}: ${label}`);
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

  it('has a heading or step for every node’s anchor', () => {
    expect([...new Set(allNodes.filter((node) => !targets.has(node.anchor)).map((node) => `${node.id} → #${node.anchor}`))]).toEqual([]);
  });

  it('has a heading or step for every section that starts a flow', () => {
    expect(Object.keys(flowForSection).filter((section) => !targets.has(section))).toEqual([]);
  });
});

/* ------------------------------------------------------------------------------------------ */

describe('readAnswers', () => {
  it('keeps valid answers and lists invalid ones in a fixed order', () => {
    expect(readAnswers({ billto: 'maybe', member: 'yes', role: 'YES', expires: '2025-06-20', auto: 'off', pay: 'cash' })).toEqual({
      answers: { member: 'yes', expires: '2025-06-20', auto: 'off' },
      rejected: ['role', 'pay', 'billto'],
    });
  });

  it('ignores absent and empty values', () => {
    expect(readAnswers({ member: null, role: undefined, expires: '', guide: 'renew', step: 'x' })).toEqual({ answers: {}, rejected: [] });
  });

  it('stores a date in the canonical form parseCalendarDate returns', () => {
    const query = Object.fromEntries(new URLSearchParams('expires=2025-06-20+&auto=off'));
    expect(query.expires).toBe('2025-06-20 ');
    expect(readAnswers(query).answers).toEqual({ expires: '2025-06-20', auto: 'off' });
    expect(readAnswers({ expires: '\t2025-06-20\n' }).answers).toEqual({ expires: '2025-06-20' });
  });

  it.each(['2025-02-30', '1999-12-31', '2101-01-30', '<script>alert(1)</script>', '20.06.2025', '   '])('rejects the expiry %j', (expires) => {
    expect(readAnswers({ expires })).toEqual({ answers: {}, rejected: ['expires'] });
  });

  it('accepts exactly the listed choices', () => {
    for (const key of ['member', 'role', 'auto', 'pay', 'billto'] as const) {
      for (const value of answerChoices[key]) expect(readAnswers({ [key]: value }).answers).toEqual({ [key]: value });
      for (const value of [' yes', 'Yes', 'on ', 'true', '1', 'constructor', '__proto__', 'toString']) {
        if (!(answerChoices[key] as readonly string[]).includes(value)) expect(readAnswers({ [key]: value }).rejected, `${key}=${value}`).toEqual([key]);
      }
    }
  });
});

describe('resolveWalkthrough', () => {
  const resolve = (query: string, when = now) => resolveWalkthrough(Object.fromEntries(new URLSearchParams(query)), when);

  it.each(['guide=nope', 'guide=Renew', 'guide=toString', 'guide=__proto__&role=yes&step=renew-role'])('shows the flow choice for an unknown guide (%s)', (query) => {
    expect(resolve(query)).toEqual({ flow: null, answers: {}, path: [], position: -1, corrections: ['flow'] });
  });

  it('shows the flow choice without a correction when no guide is given', () => {
    expect(resolve('')).toEqual({ flow: null, answers: {}, path: [], position: -1, corrections: [] });
    expect(resolve('guide=&role=yes')).toEqual({ flow: null, answers: {}, path: [], position: -1, corrections: [] });
  });

  it('starts a flow at its first screen', () => {
    const state = resolve('guide=cancel');
    expect(state).toMatchObject({ flow: 'cancel', answers: {}, position: 0, corrections: [] });
    expect(ids(state.path)).toEqual(ids(walkthroughPath('cancel', {}, now)));
  });

  it.each([
    ['pay=cash', 'pay'],
    ['expires=2025-02-30', 'expires'],
    ['expires=%3Cscript%3Ealert(1)%3C/script%3E', 'expires'],
    ['expires=2101-01-01', 'expires'],
    ['role=admin', 'role'],
    ['auto=yes', 'auto'],
    ['billto=true', 'billto'],
  ])('drops and lists the invalid answer %s', (value, key) => {
    const state = resolve(`guide=renew&role=yes&auto=off&${value}`);
    expect(state.corrections).toContain(key);
    expect(Object.keys(state.answers)).not.toContain(key);
  });

  it('drops invalid answers and stops at the question they leave open', () => {
    const state = resolve('guide=renew&role=yes&expires=2025-02-30&auto=off&pay=cash');
    expect(state.answers).toEqual({ role: 'yes' });
    expect(state.corrections).toEqual(['expires', 'pay']);
    expect(ids(state.path)).toEqual(['renew-role', 'renew-expires']);
    expect(state.position).toBe(0);
  });

  it.each([
    ['guide=cancel&pay=bank', 'cancel', ['pay']],
    ['guide=invoice&member=yes&role=no&expires=2025-06-20&auto=on&pay=card&billto=no', 'invoice', ['member', 'role', 'pay', 'billto']],
    ['guide=buy&member=no&role=yes', 'buy', ['role']],
    ['guide=renew&role=no&member=yes', 'renew', ['member']],
    ['guide=renew&role=yes&expires=2025-08-15&auto=off&pay=bank&billto=yes', 'renew', ['pay', 'billto']],
    ['guide=renew&role=yes&expires=2025-08-15&auto=on&pay=card', 'renew', ['pay']],
    ['guide=renew&role=yes&expires=2025-01-01&auto=off&pay=card&billto=no', 'renew', ['pay', 'billto']],
    ['guide=renew&role=yes&expires=2025-06-20&pay=bank', 'renew', ['pay']],
    ['guide=renew&role=yes&expires=2025-06-20&auto=off&billto=yes', 'renew', ['billto']],
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
    ['guide=cancel&expires=2025-06-20&auto=on', []],
    ['guide=renew&role=no&expires=2025-06-20&auto=off', []],
    ['guide=renew&role=yes&auto=off', []],
    ['guide=invoice&expires=2025-06-20&pay=bank', ['pay']],
  ])('drops the calculator’s shared answers where the path does not ask them, without calling them a correction (%s)', (query, corrections) => {
    const state = resolve(query);
    expect(state.corrections).toEqual(corrections);
    expect(Object.keys(state.answers).every((key) => questionsOn(state.path).includes(key as AnswerKey))).toBe(true);
  });

  it('still lists an invalid shared answer', () => {
    expect(resolve('guide=cancel&expires=2025-02-30&auto=maybe').corrections).toEqual(['expires', 'auto']);
  });

  it('lands exactly on the step of a valid deep link, with no corrections', () => {
    const state = resolve('guide=renew&role=yes&expires=2025-06-20&auto=off&pay=bank&step=renew-pay-bank');
    expect(state.corrections).toEqual([]);
    expect(state.answers).toEqual({ role: 'yes', expires: '2025-06-20', auto: 'off', pay: 'bank' });
    expect(state.path[state.position]!.id).toBe('renew-pay-bank');
    expect(ids(state.path).at(-1)).toBe('renew-billto');
  });

  it.each([
    ['guide=renew&role=yes&step=renew-pay-bank', 'renew-expires'],
    ['guide=renew&role=yes&expires=2025-06-20&auto=off&pay=card&step=renew-pay-bank', 'renew-billto'],
    ['guide=renew&role=yes&expires=2025-08-15&auto=off&step=renew-pay', 'renew-too-early'],
    ['guide=renew&role=no&step=renew-done', 'renew-ask-admin'],
    ['guide=cancel&step=renew-role', 'cancel-status'],
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
    const query = 'guide=renew&role=yes&expires=2025-06-20&auto=off&pay=bank&step=renew-pay-bank';
    expect(resolve(query, new Date('2025-06-20T12:00:00Z'))).toMatchObject({ corrections: ['pay', 'step'] });
    expect(resolve(query, new Date('2025-06-20T12:00:00Z')).path.at(-1)!.id).toBe('renew-too-early');
    expect(resolve(query, new Date('2025-07-20T12:00:00Z')).corrections).toEqual([]);
    expect(resolve(query, new Date('2025-07-21T00:00:00Z')).path.at(-1)!.id).toBe('renew-lapsed');
  });

  it('gives a consistent state for every flow, combination of answers and step (exhaustive)', () => {
    const wrong: string[] = [];
    for (const flow of flowIds) {
      const steps = [undefined, 'no-such-step', ...new Set(ids(nodesByFlow[flow]))];
      for (const answers of combinations) {
        const expectedPath = walkthroughPath(flow, answers, now);
        const asked = questionsOn(expectedPath);
        const kept = pick(answers, asked);
        const dropped = answerKeys.filter((key) => answers[key] !== undefined && !asked.includes(key) && !sharedAnswers.includes(key));
        for (const step of steps) {
          const raw = { guide: flow, step, ...answers };
          const state = resolveWalkthrough(raw, now);
          const index = step === undefined ? 0 : ids(expectedPath).indexOf(step);
          const position = index >= 0 ? index : expectedPath.length - 1;
          const corrections = index >= 0 ? dropped : [...dropped, 'step'];
          const ok =
            state.flow === flow &&
            ids(state.path).join() === ids(expectedPath).join() &&
            ids(walkthroughPath(flow, state.answers, now)).join() === ids(expectedPath).join() &&
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

describe('outcomeFacts', () => {
  const node = (id: string) => uniqueNodes.find((candidate) => candidate.id === id)!;

  it.each(expiries.flatMap(([name, expires]) => (['on', 'off'] as const).map((auto) => [name, expires, auto] as const)))(
    '%s: expiry %s with automatic renewal %s states the renewalStatus date and count',
    (_name, expires, auto) => {
      const answers: Answers = { role: 'yes', expires, auto };
      const status = statusOf(answers);
      const outcome = walkthroughPath('renew', answers, now).find((item) => item.id === firstNodeFor[status.state])!;
      const facts = outcomeFacts(outcome, answers, now);
      if (status.state === 'auto-renews') expect(facts).toEqual({ date: status.renewsOn });
      if (status.state === 'too-early') expect(facts).toEqual({ date: status.opensOn, count: status.daysUntilOpen });
      if (status.state === 'open') expect(facts).toEqual({ date: status.closesOn, count: status.daysLeft });
      if (status.state === 'lapsed') expect(facts).toEqual({ date: status.closedOn, count: status.daysSinceClose });
    },
  );

  it('gives the values of Microsoft’s example at fixed days', () => {
    const facts = (expires: string, auto: 'on' | 'off', when: string) => outcomeFacts(node('renew-too-early'), { expires, auto }, new Date(when));
    expect(facts('2025-06-22', 'off', '2025-06-22T12:00:00Z')).toEqual({ date: '2025-06-23', count: 1 });
    expect(facts('2025-06-22', 'on', '2025-06-22T12:00:00Z')).toEqual({ date: '2025-06-23' });
    expect(facts('2025-06-22', 'off', '2025-06-23T00:00:00Z')).toEqual({ date: '2025-07-22', count: 30 });
    expect(facts('2025-06-22', 'on', '2025-07-22T23:59:59.999Z')).toEqual({ date: '2025-07-22', count: 1 });
    expect(facts('2025-06-22', 'off', '2025-07-23T00:00:00Z')).toEqual({ date: '2025-07-22', count: 1 });
  });

  it('gives the fixed now’s counts for the test expiries', () => {
    const facts = (expires: string, auto: 'on' | 'off') => outcomeFacts(node('renew-lapsed'), { expires, auto }, now);
    expect(facts('2025-08-15', 'off')).toEqual({ date: '2025-08-16', count: 46 });
    expect(facts('2025-08-15', 'on')).toEqual({ date: '2025-08-16' });
    expect(facts('2025-07-01', 'off')).toEqual({ date: '2025-07-02', count: 1 });
    expect(facts('2025-06-30', 'off')).toEqual({ date: '2025-07-30', count: 30 });
    expect(facts('2025-06-20', 'on')).toEqual({ date: '2025-07-20', count: 20 });
    expect(facts('2025-06-01', 'off')).toEqual({ date: '2025-07-01', count: 1 });
    expect(facts('2025-05-31', 'off')).toEqual({ date: '2025-06-30', count: 1 });
    expect(facts('2025-01-01', 'off')).toEqual({ date: '2025-01-31', count: 151 });
  });

  it('gives the next automatic renewal date on the last renewal screen, whatever the answers', () => {
    const done = node('renew-done');
    expect(outcomeFacts(done, { role: 'yes', expires: '2025-06-20', auto: 'off', pay: 'card', billto: 'no' }, now)).toEqual({ date: nextRenewalOn('2025-07-01') });
    expect(outcomeFacts(done, {}, now)).toEqual({ date: '2026-07-01' });
  });

  it('gives nothing before both the expiry and the automatic renewal setting are known', () => {
    for (const id of ['renew-too-early', 'renew-ask-admin', 'cancel-status', 'buy-instructions']) {
      expect(outcomeFacts(node(id), {}, now)).toEqual({});
      expect(outcomeFacts(node(id), { expires: '2025-06-20' }, now)).toEqual({});
      expect(outcomeFacts(node(id), { auto: 'on' }, now)).toEqual({});
    }
  });
});

describe('renewsAgainOn', () => {
  it.each([
    ['2025-07-01T12:00:00Z', '2026-07-01'],
    ['2025-07-01T23:59:59.999Z', '2026-07-01'],
    ['2025-07-02T00:00:00Z', '2026-07-02'],
    ['2025-07-01T17:00:00-07:00', '2026-07-02'],
    ['2025-07-02T09:00:00+14:00', '2026-07-01'],
    ['2028-02-29T12:00:00Z', '2029-02-28'],
    ['2027-02-28T12:00:00Z', '2028-02-28'],
    ['2025-12-31T12:00:00Z', '2026-12-31'],
  ])('renews a subscription renewed at %s again on %s (the UTC date a year later)', (when, expected) => {
    expect(renewsAgainOn(new Date(when))).toBe(expected);
  });
});
