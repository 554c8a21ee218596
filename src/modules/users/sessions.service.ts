import { inTransaction, type Executor } from '../../db/executor.ts';
import { roleMayAdminister } from '../../domain/access/roles.ts';
import type { Actor } from '../../domain/access/actor.ts';
import type { Clock } from '../../shared/clock.ts';
import { AppError } from '../../shared/errors.ts';
import type { AuditRecorder } from '../audit/index.ts';
import {
  digest,
  hashPassword,
  newSecret,
  passwordMatches,
  requireAcceptablePassword,
  toActor,
  toPublic,
  type Credential,
} from './credentials.ts';
import type { LoginThrottle } from './login-throttle.ts';
import { createUsersRepository, type TokenRecord } from './users.repository.ts';

export interface SessionPolicy {
  sessionHours: number;
  idleMinutes: number;
  maxSessionsPerUser: number;
}

export const DEFAULT_SESSION_POLICY: SessionPolicy = {
  sessionHours: 12,
  idleMinutes: 30,
  maxSessionsPerUser: 5,
};

/** API tokens live 90 days unless their issuer says otherwise, and never more than a year. */
export const DEFAULT_TOKEN_DAYS = 90;
export const MAX_TOKEN_DAYS = 365;
// Last-use times are written at most this often, so that an active credential does not write on every request.
const TOUCH_EVERY_MS = 60_000;

export interface TokenView {
  id: number;
  userId: number;
  username: string;
  name: string;
  createdAt: string;
  expiresAt: string | null;
  lastUsedAt: string | null;
  revokedAt: string | null;
}

function presentToken(row: TokenRecord): TokenView {
  return {
    id: Number(row.id),
    userId: row.user_id,
    username: row.username,
    name: row.name,
    createdAt: row.created_at,
    expiresAt: row.expires_at,
    lastUsedAt: row.last_used_at,
    revokedAt: row.revoked_at,
  };
}

/** Logins, sessions, API tokens and a user's own password. */
export function createSessionsService(deps: {
  db: Executor;
  clock: Clock;
  audit: AuditRecorder;
  throttle: LoginThrottle;
  policy: SessionPolicy;
}) {
  const nowIso = () => deps.clock.now().toISOString();

  async function login(username: string, password: string, address: string | null = null) {
    await deps.throttle.refuseIfLocked(username, address);
    const row = await createUsersRepository(deps.db).findByUsername(username);
    const ok = await passwordMatches(row, password);
    if (!row || !ok || row.active !== 1) {
      await deps.throttle.recordFailure(deps.db, username, address);
      throw new AppError('INVALID_CREDENTIALS', '用户名或密码错误');
    }
    const token = newSecret();
    const now = deps.clock.now();
    const expiresAt = new Date(now.getTime() + deps.policy.sessionHours * 3_600_000);
    await inTransaction(deps.db, async (trx) => {
      const repository = createUsersRepository(trx);
      await repository.insertSession({
        token_hash: digest(token),
        user_id: row.id,
        created_at: now.toISOString(),
        expires_at: expiresAt.toISOString(),
        last_seen_at: now.toISOString(),
        address,
      });
      // Beyond the limit the oldest sessions end: a stolen session cannot hide among dozens.
      // The session just opened always stays, even when others began in the same millisecond.
      const others = (await repository.sessionsOf(row.id)).filter((s) => s.token_hash !== digest(token));
      const ended = others.slice(deps.policy.maxSessionsPerUser - 1).map((s) => s.token_hash);
      await repository.deleteSessionsByHash(ended);
      await deps.throttle.forgetAccount(trx, username);
      await deps.audit.record(trx, toActor(row, address), {
        action: 'auth.login',
        targetType: 'user',
        targetId: row.id,
        details: { endedSessions: ended.length },
      });
    });
    return { token, user: toPublic(row), expiresAt };
  }

  /** Ends the credential the request came with: its session, or its API token. */
  async function logout(actor: Actor, credential: Credential): Promise<void> {
    await inTransaction(deps.db, async (trx) => {
      const repository = createUsersRepository(trx);
      if (credential.kind === 'session') await repository.deleteSession(digest(credential.secret));
      else await repository.revokeToken({ tokenHash: digest(credential.secret) }, nowIso());
      await deps.audit.record(trx, actor, {
        action: 'auth.logout',
        targetType: credential.kind,
        targetId: actor.userId,
      });
    });
  }

  async function actorForSession(token: string, address?: string | null): Promise<Actor | null> {
    const now = deps.clock.now();
    const repository = createUsersRepository(deps.db);
    const hash = digest(token);
    const row = await repository.findSessionUser(hash, now.toISOString());
    if (!row) return null;
    const lastSeen = Date.parse(row.session_last_seen_at ?? row.session_created_at);
    if (now.getTime() - lastSeen > deps.policy.idleMinutes * 60_000) {
      await repository.deleteSession(hash);
      return null;
    }
    if (now.getTime() - lastSeen > TOUCH_EVERY_MS) await repository.touchSession(hash, now.toISOString());
    return toActor(row, address);
  }

  async function actorForApiToken(token: string, address?: string | null): Promise<Actor | null> {
    const now = deps.clock.now();
    const repository = createUsersRepository(deps.db);
    const row = await repository.findTokenUser(digest(token), now.toISOString());
    if (!row) return null;
    const lastUsed = row.token_last_used_at ? Date.parse(row.token_last_used_at) : 0;
    if (now.getTime() - lastUsed > TOUCH_EVERY_MS)
      await repository.touchToken(row.token_id, now.toISOString());
    return toActor(row, address);
  }

  /** API tokens let integrations (upper platforms, the load generator) act as a user without a session. */
  async function createApiToken(
    actor: Actor,
    input: { name: string; userId?: number | undefined; expiresInDays?: number | undefined },
  ): Promise<{ id: number; token: string; expiresAt: string }> {
    const target = input.userId ?? actor.userId;
    if (target === null) throw new AppError('VALIDATION_FAILED', '需要指定用户', { field: 'userId' });
    if (target !== actor.userId && !roleMayAdminister(actor.role)) {
      throw new AppError('FORBIDDEN', '只有系统管理员可以为其他用户创建令牌');
    }
    const days = input.expiresInDays ?? DEFAULT_TOKEN_DAYS;
    if (!Number.isInteger(days) || days < 1 || days > MAX_TOKEN_DAYS) {
      throw new AppError('VALIDATION_FAILED', `令牌有效期应为 1–${MAX_TOKEN_DAYS} 天`, {
        field: 'expiresInDays',
      });
    }
    const now = deps.clock.now();
    const expiresAt = new Date(now.getTime() + days * 86_400_000).toISOString();
    const token = `hl_${newSecret()}`;
    const id = await inTransaction(deps.db, async (trx) => {
      const repository = createUsersRepository(trx);
      const user = await repository.findById(target);
      if (!user || user.active !== 1)
        throw new AppError('USER_NOT_FOUND', '用户不存在或已停用', { field: 'userId' });
      const tokenId = await repository.insertToken({
        user_id: target,
        name: input.name,
        token_hash: digest(token),
        created_at: now.toISOString(),
        expires_at: expiresAt,
      });
      await deps.audit.record(trx, actor, {
        action: 'token.created',
        targetType: 'token',
        targetId: tokenId,
        details: { userId: target, name: input.name, expiresAt },
      });
      return tokenId;
    });
    return { id, token, expiresAt };
  }

  /** A user's own tokens; an administrator sees everyone's, or one user's. */
  async function listTokens(actor: Actor, userId?: number): Promise<TokenView[]> {
    const admin = roleMayAdminister(actor.role);
    if (userId !== undefined && userId !== actor.userId && !admin) {
      throw new AppError('FORBIDDEN', '只有系统管理员可以查看其他用户的令牌');
    }
    const owner = userId ?? (admin ? undefined : (actor.userId ?? -1));
    return (await createUsersRepository(deps.db).listTokens(owner)).map(presentToken);
  }

  async function revokeToken(actor: Actor, tokenId: number): Promise<void> {
    await inTransaction(deps.db, async (trx) => {
      const repository = createUsersRepository(trx);
      const token = await repository.findToken(tokenId);
      // Another user's token is "not found" for a non-admin: its existence is not theirs to learn.
      if (!token || (token.user_id !== actor.userId && !roleMayAdminister(actor.role))) {
        throw new AppError('TOKEN_NOT_FOUND', `令牌 ${tokenId} 不存在`, { field: 'id' });
      }
      await repository.revokeToken({ id: tokenId }, nowIso());
      await deps.audit.record(trx, actor, {
        action: 'token.revoked',
        targetType: 'token',
        targetId: tokenId,
        details: { userId: token.user_id },
      });
    });
  }

  /** Changes one's own password; every other session of the user ends (a thief's included). */
  async function changePassword(
    actor: Actor,
    credential: Credential,
    input: { currentPassword: string; newPassword: string },
  ): Promise<{ endedSessions: number }> {
    if (actor.userId === null) throw new AppError('FORBIDDEN', '系统账号没有密码');
    const repository = createUsersRepository(deps.db);
    const row = await repository.findById(actor.userId);
    await deps.throttle.refuseIfLocked(actor.username, actor.address);
    if (!row || !(await passwordMatches(row, input.currentPassword))) {
      await deps.throttle.recordFailure(deps.db, actor.username, actor.address);
      throw new AppError('INVALID_CREDENTIALS', '当前密码错误', { field: 'currentPassword' });
    }
    requireAcceptablePassword(input.newPassword, row.username, 'newPassword');
    const passwordHash = await hashPassword(input.newPassword);
    return inTransaction(deps.db, async (trx) => {
      const users = createUsersRepository(trx);
      await users.setPasswordHash(row.id, passwordHash, nowIso());
      const keep = credential.kind === 'session' ? digest(credential.secret) : null;
      const endedSessions = await users.deleteSessionsOf(row.id, keep);
      await deps.audit.record(trx, actor, {
        action: 'auth.passwordChanged',
        targetType: 'user',
        targetId: row.id,
        details: { endedSessions },
      });
      return { endedSessions };
    });
  }

  return {
    login,
    logout,
    actorForSession,
    actorForApiToken,
    createApiToken,
    listTokens,
    revokeToken,
    changePassword,
  };
}

export type SessionsService = ReturnType<typeof createSessionsService>;
