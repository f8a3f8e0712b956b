/**
 * The walkthrough's names, apart from its flows: which flows exist, where in
 * the article each starts, and which answers a link can carry. Kept apart so
 * the walkthrough island can show its choice of flows, and read a link,
 * without loading the flows themselves.
 */

export const flowIds = ['buy', 'renew', 'turn-off', 'cancel', 'invoice', 'bill-to'] as const;
export type FlowId = (typeof flowIds)[number];

export function isFlowId(value: unknown): value is FlowId {
  return (flowIds as readonly unknown[]).includes(value);
}

/**
 * The article section where each flow starts; its heading offers "Guide me
 * through this", and without JavaScript the walkthrough links to it.
 */
export const flowForSection: Readonly<Record<string, FlowId>> = {
  'buy-microsoft-action-pack-for-the-first-time': 'buy',
  'to-renew-a-microsoft-action-pack-subscription-in-the-partner-center': 'renew',
  'update-your-bill-to-address': 'bill-to',
  'turn-off-automatic-action-pack-subscription-renewal': 'turn-off',
  'cancel-your-action-pack-subscription': 'cancel',
  'download-your-action-pack-invoice': 'invoice',
};

/** Answers a partner can give, by the URL parameter that carries each. */
export interface Answers {
  member?: 'yes' | 'no';
  expires?: string;
  auto?: 'on' | 'off';
  pay?: 'card' | 'bank';
  billto?: 'yes' | 'no';
}
export type AnswerKey = keyof Answers;

/** Every answer key, in the order the URL lists them. */
export const answerKeys: readonly AnswerKey[] = ['member', 'expires', 'auto', 'pay', 'billto'];

/**
 * Answers that are also the renewal calculator's inputs (same URL parameters,
 * same fact). The walkthrough never clears them and does not call them
 * contradictory when its current flow does not ask for them.
 */
export const sharedAnswers: readonly AnswerKey[] = ['expires', 'auto'];
