import type { Executor } from '../../db/executor.ts';
import { preparedQuery } from '../../db/prepared.ts';
import type { UserRow } from '../../db/schema.ts';

const selectTokenUser = preparedQuery((db, _shape, tokenHash: unknown) =>
  db
    .selectFrom('api_tokens')
    .innerJoin('users', 'users.id', 'api_tokens.user_id')
    .selectAll('users')
    .where('api_tokens.token_hash', '=', tokenHash as string)
    .where('api_tokens.revoked_at', 'is', null)
    .where('users.active', '=', 1),
);

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

    async insert(user: Omit<UserRow, 'id' | 'active'>): Promise<number> {
      const row = await db.insertInto('users').values(user).returning('id').executeTakeFirstOrThrow();
      return Number(row.id);
    },

    async insertSession(session: {
      token_hash: string;
      user_id: number;
      created_at: string;
      expires_at: string;
    }) {
      await db.insertInto('sessions').values(session).execute();
    },

    findSessionUser(tokenHash: string, now: string): Promise<UserRow | undefined> {
      return db
        .selectFrom('sessions')
        .innerJoin('users', 'users.id', 'sessions.user_id')
        .selectAll('users')
        .where('sessions.token_hash', '=', tokenHash)
        .where('sessions.expires_at', '>', now)
        .where('users.active', '=', 1)
        .executeTakeFirst();
    },

    async deleteSession(tokenHash: string) {
      await db.deleteFrom('sessions').where('token_hash', '=', tokenHash).execute();
    },

    async insertToken(token: { user_id: number; name: string; token_hash: string; created_at: string }) {
      await db.insertInto('api_tokens').values(token).execute();
    },

    /** Every API request looks its token up: the statement is prepared once. */
    async findTokenUser(tokenHash: string): Promise<UserRow | undefined> {
      return (await selectTokenUser<UserRow>(db, 'token-user', tokenHash)).rows[0];
    },
  };
}
