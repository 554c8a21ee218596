import { inTransaction, type Executor } from '../../db/executor.ts';
import { lockDurationMs, type BackoffRule } from '../../domain/access/login-backoff.ts';
import type { Clock } from '../../shared/clock.ts';
import { AppError } from '../../shared/errors.ts';
import type { AuditRecorder } from '../audit/index.ts';
import { createLoginThrottleRepository } from './login-throttle.repository.ts';

export interface ThrottleSettings {
  account: BackoffRule;
  address: BackoffRule;
}

export const DEFAULT_THROTTLE: ThrottleSettings = {
  account: { freeFailures: 5, forgetAfterMs: 24 * 3_600_000 },
  // A call centre may log in from one NAT address: more failures are free, and they are forgotten sooner.
  address: { freeFailures: 30, forgetAfterMs: 3_600_000 },
};

export interface LoginLock {
  key: string;
  kind: 'account' | 'address';
  failures: number;
  lastFailureAt: string;
  lockedUntil: string | null;
}

/** Throttle keys: the account tried (known or not, so locks reveal nothing) and the client's address. */
export function throttleKeys(username: string, address: string | null | undefined): string[] {
  return [`user:${username.trim().toLowerCase()}`, ...(address ? [`ip:${address}`] : [])];
}

/**
 * Per-account and per-address back-off on failed logins, stored in the database so that every server process
 * and a restart see the same counts.
 */
export function createLoginThrottle(deps: {
  db: Executor;
  clock: Clock;
  audit: AuditRecorder;
  settings: ThrottleSettings;
}) {
  const ruleOf = (key: string) => (key.startsWith('ip:') ? deps.settings.address : deps.settings.account);

  return {
    /** Refuses the attempt, before any password is checked, while one of its keys is locked. */
    async refuseIfLocked(username: string, address: string | null | undefined): Promise<void> {
      const now = deps.clock.now();
      const rows = await createLoginThrottleRepository(deps.db).find(throttleKeys(username, address));
      const until = rows
        .map((row) => row.locked_until)
        .filter((at): at is string => at !== null && at > now.toISOString())
        .sort()
        .at(-1);
      if (!until) return;
      const retryAfterSeconds = Math.ceil((Date.parse(until) - now.getTime()) / 1000);
      await deps.audit.record(
        deps.db,
        { userId: null, username, address: address ?? null },
        { action: 'auth.loginLocked', targetType: 'user', targetId: username, details: { until } },
      );
      throw new AppError('LOGIN_THROTTLED', `登录失败次数过多，请 ${retryAfterSeconds} 秒后再试`, {
        retryAfterSeconds,
      });
    },

    /** Counts a failure for each key and locks the keys that earned it, with the audit entry, in one go. */
    async recordFailure(db: Executor, username: string, address: string | null | undefined): Promise<void> {
      const now = deps.clock.now();
      await inTransaction(db, async (trx) => {
        const repository = createLoginThrottleRepository(trx);
        const locks: Record<string, string> = {};
        for (const key of throttleKeys(username, address)) {
          const rule = ruleOf(key);
          const forgetBefore = new Date(now.getTime() - rule.forgetAfterMs).toISOString();
          const failures = await repository.countFailure(key, now.toISOString(), forgetBefore);
          const lockMs = lockDurationMs(failures, rule);
          if (lockMs > 0) {
            locks[key] = new Date(now.getTime() + lockMs).toISOString();
            await repository.lock(key, locks[key]);
          }
        }
        await repository.prune(now.toISOString(), new Date(now.getTime() - 24 * 3_600_000).toISOString());
        await deps.audit.record(
          trx,
          { userId: null, username, address: address ?? null },
          { action: 'auth.loginFailed', targetType: 'user', targetId: username, details: { locks } },
        );
      });
    },

    /** A successful login forgets the account's failures (the address keeps its own). */
    async forgetAccount(db: Executor, username: string): Promise<void> {
      await createLoginThrottleRepository(db).clear(throttleKeys(username, null)[0]!);
    },

    async list(): Promise<LoginLock[]> {
      const now = deps.clock.now();
      const longest = Math.max(deps.settings.account.forgetAfterMs, deps.settings.address.forgetAfterMs);
      const rows = await createLoginThrottleRepository(deps.db).listActive(
        now.toISOString(),
        new Date(now.getTime() - longest).toISOString(),
      );
      return rows.map((row) => ({
        key: row.key,
        kind: row.key.startsWith('ip:') ? 'address' : 'account',
        failures: row.failures,
        lastFailureAt: row.last_failure_at,
        lockedUntil: row.locked_until && row.locked_until > now.toISOString() ? row.locked_until : null,
      }));
    },

    /** Lifts a lock and forgets its failures; false when there was nothing to lift. */
    async lift(db: Executor, key: string): Promise<boolean> {
      return (await createLoginThrottleRepository(db).clear(key)) > 0;
    },
  };
}

export type LoginThrottle = ReturnType<typeof createLoginThrottle>;
