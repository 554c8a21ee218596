import { inTransaction, type Executor } from '../../db/executor.ts';
import { isUniqueViolation } from '../../db/dialect.ts';
import type { UserRow } from '../../db/schema.ts';
import { ROLES, roleMayAdminister, type Role } from '../../domain/access/roles.ts';
import type { Actor } from '../../domain/access/actor.ts';
import type { Clock } from '../../shared/clock.ts';
import { AppError } from '../../shared/errors.ts';
import type { AuditEntry, AuditRecorder } from '../audit/index.ts';
import type { UnitsService } from '../units/index.ts';
import {
  hashPassword,
  requireAcceptablePassword,
  toActor,
  toPublic,
  type PublicUser,
} from './credentials.ts';
import {
  createLoginThrottle,
  DEFAULT_THROTTLE,
  throttleKeys,
  type ThrottleSettings,
} from './login-throttle.ts';
import { createSessionsService, DEFAULT_SESSION_POLICY, type SessionPolicy } from './sessions.service.ts';
import { createUsersRepository } from './users.repository.ts';
import { cachedAbilitiesOf } from './abilities.ts';

export { toActor, type PublicUser };

export interface NewUser {
  username: string;
  displayName: string;
  password: string;
  role: Role;
  unitCode: string;
}

function requireAdmin(actor: Actor, message: string): void {
  if (!roleMayAdminister(actor.role)) throw new AppError('FORBIDDEN', message);
}

/** Accounts (administered) and authentication (sessions, tokens, passwords). */
export function createUsersService(deps: {
  db: Executor;
  clock: Clock;
  units: UnitsService;
  audit: AuditRecorder;
  sessionPolicy?: Partial<SessionPolicy>;
  throttle?: Partial<ThrottleSettings>;
}) {
  const throttle = createLoginThrottle({ ...deps, settings: { ...DEFAULT_THROTTLE, ...deps.throttle } });
  const sessions = createSessionsService({
    ...deps,
    throttle,
    policy: { ...DEFAULT_SESSION_POLICY, ...deps.sessionPolicy },
  });
  const nowIso = () => deps.clock.now().toISOString();

  async function existing(db: Executor, id: number): Promise<UserRow> {
    const row = await createUsersRepository(db).findById(id);
    if (!row) throw new AppError('USER_NOT_FOUND', `用户 ${id} 不存在`, { field: 'id' });
    return row;
  }

  /** An administrative change to one account, checked, applied and recorded in one transaction. */
  async function administer(
    actor: Actor,
    id: number,
    change: (db: Executor, row: UserRow) => Promise<Omit<AuditEntry, 'targetType' | 'targetId'>>,
  ): Promise<PublicUser> {
    requireAdmin(actor, '只有系统管理员可以管理用户');
    return inTransaction(deps.db, async (trx) => {
      const entry = await change(trx, await existing(trx, id));
      await deps.audit.record(trx, actor, { ...entry, targetType: 'user', targetId: id });
      return toPublic(await existing(trx, id));
    });
  }

  /** Ends every session and revokes every token of the account. */
  async function endAccess(db: Executor, userId: number) {
    const repository = createUsersRepository(db);
    return {
      endedSessions: await repository.deleteSessionsOf(userId),
      revokedTokens: await repository.revokeTokensOf(userId, nowIso()),
    };
  }

  return {
    ...sessions,
    hashPassword,

    /** `passwordHash` lets seeding reuse one hash for many accounts; the password rule is then its business. */
    async createUser(actor: Actor, input: NewUser, passwordHash?: string): Promise<PublicUser> {
      requireAdmin(actor, '只有系统管理员可以创建用户');
      if (!ROLES.includes(input.role)) throw new AppError('VALIDATION_FAILED', '角色无效', { field: 'role' });
      if (!passwordHash) requireAcceptablePassword(input.password, input.username, 'password');
      await deps.units.getUnit(input.unitCode);
      const hashed = passwordHash ?? (await hashPassword(input.password));
      try {
        return await inTransaction(deps.db, async (trx) => {
          const repository = createUsersRepository(trx);
          const id = await repository.insert({
            username: input.username,
            display_name: input.displayName,
            password_hash: hashed,
            role: input.role,
            unit_code: input.unitCode,
            created_at: nowIso(),
          });
          await deps.audit.record(trx, actor, {
            action: 'user.created',
            targetType: 'user',
            targetId: id,
            details: { username: input.username, role: input.role, unitCode: input.unitCode },
          });
          return toPublic((await repository.findById(id))!);
        });
      } catch (error) {
        if (isUniqueViolation(error)) {
          throw new AppError('USERNAME_TAKEN', `用户名 ${input.username} 已存在`, { field: 'username' });
        }
        throw error;
      }
    },

    /** The logged-in user, with the routes their role may call (the console's navigation and actions). */
    describeMe(actor: Actor) {
      const { userId, username, displayName, role, unitCode } = actor;
      return { userId, username, displayName, role, unitCode, abilities: cachedAbilitiesOf(role) };
    },

    /** Administrators see every account; a unit administrator the accounts of the unit's subtree. */
    async listUsers(actor: Actor): Promise<PublicUser[]> {
      const rows = await createUsersRepository(deps.db).list();
      if (roleMayAdminister(actor.role)) return rows.map(toPublic);
      if (actor.role !== 'unitAdmin')
        throw new AppError('FORBIDDEN', '只有系统管理员和单位管理员可以查看用户');
      const directory = await deps.units.directory();
      return rows.filter((row) => directory.isWithin(row.unit_code, actor.unitCode)).map(toPublic);
    },

    /** Deactivation ends every session and token of the account at once. */
    deactivateUser: (actor: Actor, id: number) =>
      administer(actor, id, async (db, row) => {
        if (row.id === actor.userId) throw new AppError('FORBIDDEN', '不能停用自己的账号');
        await createUsersRepository(db).setActive(id, false);
        return { action: 'user.deactivated', details: await endAccess(db, id) };
      }),

    activateUser: (actor: Actor, id: number) =>
      administer(actor, id, async (db) => {
        await createUsersRepository(db).setActive(id, true);
        return { action: 'user.activated' };
      }),

    /** An administrator sets a new password (a forgotten one): the account's sessions and tokens end. */
    async resetPassword(actor: Actor, id: number, newPassword: string): Promise<PublicUser> {
      requireAdmin(actor, '只有系统管理员可以重置密码');
      const row = await existing(deps.db, id);
      requireAcceptablePassword(newPassword, row.username, 'newPassword');
      const hashed = await hashPassword(newPassword);
      return administer(actor, id, async (db) => {
        await createUsersRepository(db).setPasswordHash(id, hashed, nowIso());
        return { action: 'user.passwordReset', details: await endAccess(db, id) };
      });
    },

    /** Ends every session and revokes every token of an account (a lost phone, a suspected theft). */
    endSessions: (actor: Actor, id: number) =>
      administer(actor, id, async (db) => ({
        action: 'auth.sessionsEnded',
        details: await endAccess(db, id),
      })),

    /** Lifts the account's login lock and forgets its failures. */
    unlockUser: (actor: Actor, id: number) =>
      administer(actor, id, async (db, row) => {
        await throttle.lift(db, throttleKeys(row.username, null)[0]!);
        return { action: 'user.unlocked' };
      }),

    async listLoginLocks(actor: Actor) {
      requireAdmin(actor, '只有系统管理员可以查看登录锁定');
      return throttle.list();
    },

    /** Lifts any lock by its key ('user:NAME' or 'ip:ADDRESS'). */
    async liftLoginLock(actor: Actor, key: string): Promise<void> {
      requireAdmin(actor, '只有系统管理员可以解除登录锁定');
      await inTransaction(deps.db, async (trx) => {
        if (!(await throttle.lift(trx, key))) {
          throw new AppError('LOGIN_LOCK_NOT_FOUND', `没有登录锁定 ${key}`, { field: 'key' });
        }
        await deps.audit.record(trx, actor, {
          action: 'loginLock.lifted',
          targetType: 'loginLock',
          targetId: key,
        });
      });
    },
  };
}

export type UsersService = ReturnType<typeof createUsersService>;
