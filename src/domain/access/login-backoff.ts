// Failed logins earn a lock that doubles with every further failure, up to a cap: guessing becomes slow, yet
// an attacker cannot lock an account for good (OWASP Authentication Cheat Sheet, "account lockout").
export interface BackoffRule {
  /** Failures allowed before the first lock. */
  freeFailures: number;
  /** Failures older than this are forgotten: counting starts again. */
  forgetAfterMs: number;
}

export const FIRST_LOCK_MS = 30_000;
export const LONGEST_LOCK_MS = 15 * 60_000;

/** How long to lock after the given number of consecutive failures (0: no lock). */
export function lockDurationMs(failures: number, rule: BackoffRule): number {
  if (failures < rule.freeFailures) return 0;
  const doublings = Math.min(failures - rule.freeFailures, 20);
  return Math.min(FIRST_LOCK_MS * 2 ** doublings, LONGEST_LOCK_MS);
}
