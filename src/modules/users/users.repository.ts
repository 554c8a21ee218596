import type { Executor } from '../../db/executor.ts';
import { preparedQuery } from '../../db/prepared.ts';
import type { UserRow } from '../../db/schema.ts';

export type TokenUserRow = UserRow & { token_id: number; token_last_used_at: string | null };
export type SessionUserRow = UserRow & { session_last_seen_at: string | null; session_created_at: string };

const selectTokenUser = preparedQuery((db, _shape, tokenHash: unknown, now: unknown) =>
  db
    .selectFrom('api_tokens')
    .innerJoin('users', 'users.id', 'api_tokens.user_id')
    .selectAll('users')
    .select(['api_tokens.id as token_id', 'api_tokens.last_used_at as token_last_used_at'])
    .where('api_tokens.token_hash', '=', tokenHash as string)
    .where('api_tokens.revoked_at', 'is', null)
    .where('api_tokens.expires_at', '>', now as string)
    .where('users.active', '=', 1),
);

export interface TokenRecord {
  id: number;
  user_id: number;
  username: string;
  name: string;
  created_at: string;
  expires_at: string | null;
  last_used_at: string | null;
  revoked_at: string | null;
}

export function createUsersRepository(db: Executor) {
  return {
    findByUsername(username: string): Promise<UserRow | undefined> {
      return db.selectFrom('users').selectAll().where('username', '=', username).executeTakeFirst();
    },

    findById(id: number): Promise<UserRow | undefined> {
      return db.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirst();
    },

    list(): Promise<UserRow[]> {
      return db.selectFrom('users').selectAll().orderBy('id').execute();
    },

    async insert(user: Omit<UserRow, 'id' | 'active' | 'password_changed_at'>): Promise<number> {
      const row = await db.insertInto('users').values(user).returning('id').executeTakeFirstOrThrow();
      return Number(row.id);
    },

    async setActive(id: number, active: boolean): Promise<void> {
      await db
        .updateTable('users')
        .set({ active: active ? 1 : 0 })
        .where('id', '=', id)
        .execute();
    },

    async setPasswordHash(id: number, passwordHash: string, at: string): Promise<void> {
      await db
        .updateTable('users')
        .set({ password_hash: passwordHash, password_changed_at: at })
        .where('id', '=', id)
        .execute();
    },

    async insertSession(session: {
      token_hash: string;
      user_id: number;
      created_at: string;
      expires_at: string;
      last_seen_at: string;
      address: string | null;
    }) {
      await db.insertInto('sessions').values(session).execute();
    },

    findSessionUser(tokenHash: string, now: string): Promise<SessionUserRow | undefined> {
      return db
        .selectFrom('sessions')
        .innerJoin('users', 'users.id', 'sessions.user_id')
        .selectAll('users')
        .select([
          'sessions.last_seen_at as session_last_seen_at',
          'sessions.created_at as session_created_at',
        ])
        .where('sessions.token_hash', '=', tokenHash)
        .where('sessions.expires_at', '>', now)
        .where('users.active', '=', 1)
        .executeTakeFirst();
    },

    async touchSession(tokenHash: string, at: string): Promise<void> {
      await db
        .updateTable('sessions')
        .set({ last_seen_at: at })
        .where('token_hash', '=', tokenHash)
        .execute();
    },

    async deleteSession(tokenHash: string): Promise<number> {
      const result = await db.deleteFrom('sessions').where('token_hash', '=', tokenHash).executeTakeFirst();
      return Number(result.numDeletedRows);
    },

    /** Ends every session of a user but the one kept (the session that changed the password). */
    async deleteSessionsOf(userId: number, keepTokenHash: string | null = null): Promise<number> {
      let query = db.deleteFrom('sessions').where('user_id', '=', userId);
      if (keepTokenHash) query = query.where('token_hash', '!=', keepTokenHash);
      return Number((await query.executeTakeFirst()).numDeletedRows);
    },

    /** Sessions of a user, newest first. */
    sessionsOf(userId: number): Promise<{ token_hash: string; created_at: string; expires_at: string }[]> {
      return db
        .selectFrom('sessions')
        .select(['token_hash', 'created_at', 'expires_at'])
        .where('user_id', '=', userId)
        .orderBy('created_at', 'desc')
        .orderBy('token_hash')
        .execute();
    },

    async deleteSessionsByHash(hashes: readonly string[]): Promise<void> {
      if (hashes.length > 0) await db.deleteFrom('sessions').where('token_hash', 'in', hashes).execute();
    },

    async insertToken(token: {
      user_id: number;
      name: string;
      token_hash: string;
      created_at: string;
      expires_at: string;
    }): Promise<number> {
      const row = await db.insertInto('api_tokens').values(token).returning('id').executeTakeFirstOrThrow();
      return Number(row.id);
    },

    /** Every API request looks its token up: the statement is prepared once. */
    async findTokenUser(tokenHash: string, now: string): Promise<TokenUserRow | undefined> {
      return (await selectTokenUser<TokenUserRow>(db, 'token-user', tokenHash, now)).rows[0];
    },

    async touchToken(id: number, at: string): Promise<void> {
      await db.updateTable('api_tokens').set({ last_used_at: at }).where('id', '=', id).execute();
    },

    listTokens(userId?: number): Promise<TokenRecord[]> {
      let query = db
        .selectFrom('api_tokens')
        .innerJoin('users', 'users.id', 'api_tokens.user_id')
        .select([
          'api_tokens.id',
          'api_tokens.user_id',
          'users.username',
          'api_tokens.name',
          'api_tokens.created_at',
          'api_tokens.expires_at',
          'api_tokens.last_used_at',
          'api_tokens.revoked_at',
        ])
        .orderBy('api_tokens.id');
      if (userId !== undefined) query = query.where('api_tokens.user_id', '=', userId);
      return query.execute();
    },

    findToken(id: number): Promise<{ id: number; user_id: number; revoked_at: string | null } | undefined> {
      return db
        .selectFrom('api_tokens')
        .select(['id', 'user_id', 'revoked_at'])
        .where('id', '=', id)
        .executeTakeFirst();
    },

    async revokeToken(where: { id: number } | { tokenHash: string }, at: string): Promise<number> {
      let query = db.updateTable('api_tokens').set({ revoked_at: at }).where('revoked_at', 'is', null);
      query =
        'id' in where ? query.where('id', '=', where.id) : query.where('token_hash', '=', where.tokenHash);
      return Number((await query.executeTakeFirst()).numUpdatedRows);
    },

    async revokeTokensOf(userId: number, at: string): Promise<number> {
      const result = await db
        .updateTable('api_tokens')
        .set({ revoked_at: at })
        .where('user_id', '=', userId)
        .where('revoked_at', 'is', null)
        .executeTakeFirst();
      return Number(result.numUpdatedRows);
    },
  };
}
