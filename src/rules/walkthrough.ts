/**
 * The guided walkthrough as data: which questions a partner is asked, which
 * Partner Center steps follow from the answers, and which article section each
 * step comes from. The island only renders this; tests walk every branch.
 *
 * Facts come from "Buy or renew a Microsoft Action Pack subscription": the
 * roles the article lists as appropriate (listed, not required), the renewal
 * window (decided by {@link renewalStatus} on the reader's calendar), the payment
 * branch, the bill-to address, turning off automatic renewal, cancelling through
 * a support request, and the invoice. Whether buying and renewing are still
 * possible comes from the later sources: Microsoft sold and renewed Action Pack
 * through {@link LAST_RENEWAL_DAY} only, so from then on buying and renewing
 * end on a `retired` outcome.
 */
import { LAST_RENEWAL_DAY, RulesError, autoRenewsOnLastDay, parseCalendarDate, renewalStatus, retiredEverywhereFrom } from './renewal.ts';
import { answerKeys, isFlowId, sharedAnswers, type AnswerKey, type Answers, type FlowId } from './walkthrough-keys.ts';

export { answerKeys, flowForSection, flowIds, isFlowId, sharedAnswers, type AnswerKey, type Answers, type FlowId } from './walkthrough-keys.ts';

/** The values each choice question accepts; `expires` is a date and is checked by the renewal rules. */
export const answerChoices = {
  member: ['yes', 'no'],
  auto: ['on', 'off'],
  pay: ['card', 'bank'],
  billto: ['yes', 'no'],
} as const satisfies Record<Exclude<AnswerKey, 'expires'>, readonly string[]>;

/**
 * Renewal facts a screen's text states, filled in by the island from the same
 * rules and sentences as the calculator: `status` is the calendar-day answer and
 * its edge notice (`{{status}}`), `next-renewal` the date automatic renewal
 * follows a renewal made today (`{{nextRenewal}}`), `retirement` the last day
 * to buy or renew and the day sales ended (`{{lastDay}}`, `{{noSaleFrom}}`).
 */
export type NodeFacts = 'status' | 'next-renewal' | 'retirement';

/**
 * One screen of the walkthrough. `id` is also its text key and its `step=` value
 * in the URL; `anchor` is the article section or step it comes from (empty for
 * the top of the article); `labels` are the glossary labels its text names. A
 * screen with `retiredText` has a second text (`textRetired`) for when Action
 * Pack is no longer sold ({@link saleBranch}).
 */
export type WalkthroughNode =
  | { kind: 'question'; id: string; answer: AnswerKey; anchor: string; labels: readonly string[] }
  | { kind: 'step'; id: string; anchor: string; labels: readonly string[]; warning?: boolean; facts?: NodeFacts; retiredText?: true }
  | { kind: 'outcome'; id: string; anchor: string; labels: readonly string[]; tone: 'done' | 'stop'; facts?: NodeFacts; recommendation?: true; retiredText?: true };

/**
 * The renewal branches: the calculator's states, except that a window closed by
 * the reader's calendar but possibly still open in Partner Center's zone goes on
 * to the renewal steps, because the reader should try now.
 */
export type RenewalBranch = 'auto-renews' | 'too-early' | 'renew' | 'lapsed' | 'retired';

/** Whether Partner Center still sells Action Pack at a moment; see {@link saleBranch}. */
export type SaleBranch = 'sold' | 'retired';

type Branch =
  | { on: Exclude<AnswerKey, 'expires'>; cases: Record<string, Sequence> }
  | { on: 'renewal'; cases: Record<RenewalBranch, Sequence> }
  | { on: 'sale'; cases: Record<SaleBranch, Sequence> };
type Sequence = readonly (WalkthroughNode | Branch)[];

const renewSection = 'to-renew-a-microsoft-action-pack-subscription-in-the-partner-center';

const step = (id: string, anchor: string, labels: readonly string[] = [], extra: { warning?: boolean; facts?: NodeFacts; retiredText?: true } = {}): WalkthroughNode => ({ kind: 'step', id, anchor, labels, ...extra });
const question = (id: string, answer: AnswerKey, anchor: string, labels: readonly string[] = []): WalkthroughNode => ({ kind: 'question', id, answer, anchor, labels });
const outcome = (id: string, anchor: string, tone: 'done' | 'stop', labels: readonly string[] = [], facts?: NodeFacts, extra: { retiredText?: true } = {}): WalkthroughNode =>
  facts ? { kind: 'outcome', id, anchor, tone, labels, facts, ...extra } : { kind: 'outcome', id, anchor, tone, labels, ...extra };
/** An outcome for a purchase or renewal that is no longer possible: it links to what Microsoft recommends instead. */
const retiredOutcome = (id: string, anchor: string, facts: NodeFacts): WalkthroughNode => ({ kind: 'outcome', id, anchor, tone: 'stop', labels: [], facts, recommendation: true });

const roles = ['roleGlobalAdmin', 'roleUserAdmin', 'roleMpnPartnerAdmin', 'roleAdminAgent', 'roleSalesAgent'];

/** Reviewing the bill-to address. "After you select Submit" belongs to paying by bank transfer, so only that branch says it. */
const reviewBillTo = step('bill-to-review', 'update-your-bill-to-address-step-1', ['update']);
const reviewBillToAfterSubmit = step('bill-to-review-bank', 'update-your-bill-to-address-step-1', ['submit', 'update']);
const updateProfile = step('bill-to-profile', 'update-your-bill-to-address-step-2', ['partnerProfile']);

/** Each flow, in the order the partner meets it. */
export const flows: Readonly<Record<FlowId, Sequence>> = {
  buy: [
    {
      on: 'sale',
      cases: {
        sold: [
          question('buy-member', 'member', 'buy-microsoft-action-pack-for-the-first-time'),
          {
            on: 'member',
            cases: {
              no: [step('buy-join', 'buy-microsoft-action-pack-for-the-first-time', ['enrollNow'])],
              yes: [],
            },
          },
          outcome('buy-instructions', 'buy-microsoft-action-pack-for-the-first-time', 'done', [], 'retirement'),
        ],
        retired: [retiredOutcome('buy-retired', 'buy-microsoft-action-pack-for-the-first-time', 'retirement')],
      },
    },
  ],
  renew: [
    // Once nothing can be renewed, the roles that could renew are no longer a step.
    { on: 'sale', cases: { sold: [step('renew-roles', '', roles)], retired: [] } },
    question('renew-expires', 'expires', 'check-your-renewal-eligibility', ['membershipOffers']),
    question('renew-auto', 'auto', 'check-your-renewal-eligibility'),
    {
      on: 'renewal',
      cases: {
        retired: [retiredOutcome('renew-retired', 'check-your-renewal-eligibility', 'status')],
        'auto-renews': [outcome('renew-auto-renews', 'check-your-renewal-eligibility', 'done', [], 'status')],
        'too-early': [outcome('renew-too-early', 'check-your-renewal-eligibility', 'stop', ['renewSubscription'], 'status')],
        lapsed: [outcome('renew-lapsed', 'check-your-renewal-eligibility', 'stop', [], 'status')],
        renew: [
          step('renew-offers', `${renewSection}-step-1`, ['membershipOffers', 'actionPackSubscription'], { facts: 'status' }),
          step('renew-select', `${renewSection}-step-2`, ['renewSubscription']),
          question('renew-pay', 'pay', `${renewSection}-step-2`),
          {
            on: 'pay',
            cases: {
              card: [step('renew-pay-card', `${renewSection}-step-3`)],
              bank: [step('renew-pay-bank', `${renewSection}-step-3`, ['submit'])],
            },
          },
          question('renew-billto', 'billto', 'update-your-bill-to-address'),
          {
            on: 'billto',
            cases: {
              yes: [{ on: 'pay', cases: { card: [reviewBillTo], bank: [reviewBillToAfterSubmit] } }, updateProfile],
              no: [],
            },
          },
          step('renew-buy', `${renewSection}-step-4`, ['buy']),
          step('renew-close', `${renewSection}-step-5`, ['close']),
          outcome('renew-done', renewSection, 'done', ['purchased'], 'next-renewal'),
        ],
      },
    },
  ],
  'turn-off': [
    step('turn-off-offers', 'turn-off-automatic-action-pack-subscription-renewal-step-1', ['membershipOffers', 'actionPackSubscription']),
    // Its warning ("renew again to turn it back on") no longer holds once nothing can be renewed: then it says that instead.
    step('turn-off-warning', 'turn-off-automatic-action-pack-subscription-renewal-step-2', [], { warning: true, facts: 'retirement', retiredText: true }),
    outcome('turn-off-select', 'turn-off-automatic-action-pack-subscription-renewal-step-2', 'done', ['turnOffAutomaticRenewal'], undefined, { retiredText: true }),
  ],
  cancel: [
    step('cancel-offers', 'cancel-your-action-pack-subscription-step-1', ['membershipOffers', 'actionPackSubscription']),
    step('cancel-select', 'cancel-your-action-pack-subscription-step-2', ['cancelSubscription']),
    step('cancel-request', 'cancel-your-action-pack-subscription-step-3', ['reportProblems', 'newRequest']),
    step('cancel-problem-type', 'cancel-your-action-pack-subscription-step-3', ['typeOfProblem', 'helpWithInvoice']),
    step('cancel-submit', 'cancel-your-action-pack-subscription-step-4', ['submit']),
    outcome('cancel-status', 'cancel-your-action-pack-subscription', 'done', ['partnerCenterRequests', 'support', 'open']),
  ],
  invoice: [
    step('invoice-offers', 'download-your-action-pack-invoice-step-1', ['membershipOffers', 'actionPackSubscription']),
    outcome('invoice-download', 'download-your-action-pack-invoice-step-2', 'done', ['downloadInvoice']),
  ],
  // The documentation reaches Update only while buying or renewing, so once neither is possible the flow says so.
  'bill-to': [
    {
      on: 'sale',
      cases: {
        sold: [reviewBillTo, outcome('bill-to-profile', 'update-your-bill-to-address-step-2', 'done', ['partnerProfile'])],
        retired: [outcome('bill-to-retired', 'update-your-bill-to-address', 'stop', [], 'retirement')],
      },
    },
  ],
};

/**
 * Flows whose steps Microsoft documented before Action Pack was retired and
 * that a partner may still look up (a past invoice, a cancellation); each of
 * their screens says so. Buying and renewing end on a `retired` outcome instead.
 */
export const flowsDocumentedBeforeRetirement: readonly FlowId[] = ['turn-off', 'cancel', 'invoice', 'bill-to'];

/**
 * Flows whose steps only an earlier version of the article has, by that
 * version's month: the November 2020 version, which the article follows,
 * dropped "Turn off automatic renewal" (seeds README), so those steps are
 * Microsoft's of June 2019, and their screens say so.
 */
export const flowsFromEarlierVersion: Readonly<Partial<Record<FlowId, string>>> = { 'turn-off': '2019-06-01' };

/**
 * The answer as the walkthrough stores it, or `undefined` if it is not valid. A
 * date is trimmed first, as a form would, so a link's `expires=2025-06-22+` (a
 * trailing space) is kept as `2025-06-22`, the value a date field and the
 * rewritten URL expect.
 */
function validAnswer(key: AnswerKey, value: string): string | undefined {
  if (key === 'expires') {
    try {
      return parseCalendarDate(value.trim());
    } catch (error) {
      if (error instanceof RulesError) return undefined;
      throw error;
    }
  }
  return (answerChoices[key] as readonly string[]).includes(value) ? value : undefined;
}

/** The answers a flow can use, each checked (dates normalised); anything else is reported so the reader can be told. */
export function readAnswers(raw: Readonly<Record<string, string | null | undefined>>): { answers: Answers; rejected: AnswerKey[] } {
  const answers: Record<string, string> = {};
  const rejected: AnswerKey[] = [];
  for (const key of answerKeys) {
    const value = raw[key];
    if (value === null || value === undefined || value === '') continue;
    const valid = validAnswer(key, value);
    if (valid === undefined) rejected.push(key);
    else answers[key] = valid;
  }
  return { answers: answers as Answers, rejected };
}

/**
 * Whether Action Pack can still be bought at `now`: `sold` until the last day
 * ({@link LAST_RENEWAL_DAY}) has ended in every zone, `retired` from then on.
 */
export function saleBranch(now: Date): SaleBranch {
  return now.getTime() >= retiredEverywhereFrom().getTime() ? 'retired' : 'sold';
}

/** Which renewal branch the answers lead to at `now` on the reader's calendar, or undefined before both are answered. */
export function renewalBranch(answers: Answers, now: Date, timeZone: string): RenewalBranch | undefined {
  if (!answers.expires || !answers.auto) return undefined;
  const status = renewalStatus({ expiresOn: answers.expires, now, timeZone, autoRenew: answers.auto === 'on' });
  if (status.state === 'open' || (status.state === 'lapsed' && status.mayStillBeOpenUntil)) return 'renew';
  if (autoRenewsOnLastDay(status)) return 'auto-renews';
  return status.state;
}

/**
 * The screens a partner sees for a flow with these answers, in order. It stops at
 * the first question not answered yet, so it ends either at that question or at
 * an outcome. `now` in the reader's `timeZone` decides the renewal window (see
 * {@link renewalStatus}).
 */
export function walkthroughPath(flow: FlowId, answers: Answers, now: Date, timeZone: string): WalkthroughNode[] {
  const path: WalkthroughNode[] = [];
  const walk = (sequence: Sequence): boolean => {
    for (const entry of sequence) {
      if ('kind' in entry) {
        path.push(entry);
        if (entry.kind === 'question' && answers[entry.answer] === undefined) return false;
        continue;
      }
      const value = entry.on === 'renewal' ? renewalBranch(answers, now, timeZone) : entry.on === 'sale' ? saleBranch(now) : answers[entry.on];
      const next = value === undefined ? undefined : (entry.cases as Record<string, Sequence>)[value];
      if (!next || !walk(next)) return false;
    }
    return true;
  };
  walk(flows[flow]);
  return path;
}

/** Answer keys a flow's path actually asks, so unrelated URL values can be dropped. */
export function questionsOn(path: readonly WalkthroughNode[]): AnswerKey[] {
  return path.flatMap((node) => (node.kind === 'question' ? [node.answer] : []));
}

/** What the walkthrough shows for a URL: the flow, its path, where the reader is, and what had to be corrected. */
export interface WalkthroughState {
  flow: FlowId | null;
  answers: Answers;
  path: WalkthroughNode[];
  /** Index into `path`; -1 while no flow is chosen. */
  position: number;
  /** Why URL values were not used as given: `flow`, `step`, or an answer key. */
  corrections: string[];
}

/**
 * Turns URL values into a valid walkthrough state. An unknown flow shows the flow
 * choice; an invalid or unrelated answer is dropped; a step not on the path for
 * these answers falls back to the nearest valid one: the first unanswered
 * question before it, else the last screen reached.
 */
export function resolveWalkthrough(raw: Readonly<Record<string, string | null | undefined>>, now: Date, timeZone: string): WalkthroughState {
  const corrections: string[] = [];
  const flowValue = raw.guide;
  if (!isFlowId(flowValue)) {
    if (flowValue) corrections.push('flow');
    return { flow: null, answers: {}, path: [], position: -1, corrections };
  }
  const { answers: candidate, rejected } = readAnswers(raw);
  corrections.push(...rejected);
  const path = walkthroughPath(flowValue, candidate, now, timeZone);
  const asked = new Set(questionsOn(path));
  const answers: Answers = {};
  for (const [key, value] of Object.entries(candidate) as [AnswerKey, string][]) {
    if (asked.has(key)) (answers as Record<string, string>)[key] = value;
    else if (!sharedAnswers.includes(key)) corrections.push(key);
  }
  const requested = raw.step ? path.findIndex((node) => node.id === raw.step) : 0;
  let position = requested;
  if (requested < 0) {
    corrections.push('step');
    const unanswered = path.findIndex((node) => node.kind === 'question' && answers[node.answer] === undefined);
    position = unanswered >= 0 ? unanswered : path.length - 1;
  }
  return { flow: flowValue, answers, path, position, corrections };
}

/** Every glossary label any flow names, so the island receives exactly the labels it can show. */
export function flowLabels(): string[] {
  const collect = (sequence: Sequence): string[] =>
    sequence.flatMap((entry) => ('kind' in entry ? [...entry.labels] : Object.values(entry.cases as Record<string, Sequence>).flatMap(collect)));
  return [...new Set(Object.values(flows).flatMap(collect))];
}
