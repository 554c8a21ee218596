/**
 * How many unanswered callbacks a missed call gets. 国办函〔2025〕66号 asks centres to call missed callers back
 * but sets no count; local 12345 rules commonly take a number off the callback list after three attempts that
 * found no one, and this platform follows them.
 */
export const CALLBACK_ATTEMPTS = 3;

export type CallbackOutcome = 'reached' | 'unreachable' | 'noNeed';

/**
 * Whether this attempt settles the missed call (takes it off the list): the caller was reached, needs nothing
 * more, or this was the last allowed attempt that found no one.
 */
export function callbackSettles(outcome: CallbackOutcome, attempt: number): boolean {
  return outcome !== 'unreachable' || attempt >= CALLBACK_ATTEMPTS;
}
