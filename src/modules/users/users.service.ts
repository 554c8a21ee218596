import { hash, verify } from '@node-rs/argon2';
import { createHash, randomBytes } from 'node:crypto';
import type { Executor } from '../../db/executor.ts';
import { isUniqueViolation } from '../../db/dialect.ts';
import type { UserRow } from '../../db/schema.ts';
import { ROLES, roleMayAdminister, type Role } from '../../domain/access/roles.ts';
import type { Actor } from '../../shared/actor.ts';
import type { Clock } from '../../shared/clock.ts';
import { AppError } from '../../shared/errors.ts';
import type { UnitsService } from '../units/index.ts';
import { createUsersRepository } from './users.repository.ts';

export interface NewUser {
  username: string;
  displayName: string;
  password: string;
  role: Role;
  unitCode: string;
}

export interface PublicUser {
  id: number;
  username: string;
  displayName: string;
  role: Role;
  unitCode: string;
  active: boolean;
}

/** Session and API tokens are random; only their SHA-256 is stored, so a database leak yields no token. */
function digest(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

function newToken(): string {
  return randomBytes(32).toString('base64url');
}

export function toActor(row: UserRow): Actor {
  return {
    userId: row.id,
    username: row.username,
    displayName: row.display_name,
    role: row.role as Role,
    unitCode: row.unit_code,
  };
}

function toPublic(row: UserRow): PublicUser {
  return {
    id: row.id,
    username: row.username,
    displayName: row.display_name,
    role: row.role as Role,
    unitCode: row.unit_code,
    active: row.active === 1,
  };
}

export function createUsersService(deps: {
  db: Executor;
  clock: Clock;
  units: UnitsService;
  sessionHours: number;
}) {
  const repository = createUsersRepository(deps.db);

  return {
    /** argon2id (the library's default algorithm) with its default cost. */
    hashPassword: (password: string) => hash(password),

    async createUser(actor: Actor | null, input: NewUser, passwordHash?: string): Promise<PublicUser> {
      if (actor && !roleMayAdminister(actor.role))
        throw new AppError('FORBIDDEN', '只有系统管理员可以创建用户');
      if (!ROLES.includes(input.role)) throw new AppError('VALIDATION_FAILED', '角色无效', { field: 'role' });
      await deps.units.getUnit(input.unitCode);
      try {
        const id = await repository.insert({
          username: input.username,
          display_name: input.displayName,
          password_hash: passwordHash ?? (await hash(input.password)),
          role: input.role,
          unit_code: input.unitCode,
          created_at: deps.clock.now().toISOString(),
        });
        const row = await repository.findById(id);
        return toPublic(row!);
      } catch (error) {
        if (isUniqueViolation(error)) {
          throw new AppError('USERNAME_TAKEN', `用户名 ${input.username} 已存在`, { field: 'username' });
        }
        throw error;
      }
    },

    async listUsers(): Promise<PublicUser[]> {
      return (await repository.list()).map(toPublic);
    },

    async login(
      username: string,
      password: string,
    ): Promise<{ token: string; user: PublicUser; expiresAt: Date }> {
      const row = await repository.findByUsername(username);
      // Verify even for an unknown name, so response time does not reveal which usernames exist.
      const ok = row
        ? await verify(row.password_hash, password)
        : await verify(DUMMY_HASH, password).then(() => false);
      if (!row || !ok || row.active !== 1) throw new AppError('INVALID_CREDENTIALS', '用户名或密码错误');
      const token = newToken();
      const now = deps.clock.now();
      const expiresAt = new Date(now.getTime() + deps.sessionHours * 3_600_000);
      await repository.insertSession({
        token_hash: digest(token),
        user_id: row.id,
        created_at: now.toISOString(),
        expires_at: expiresAt.toISOString(),
      });
      return { token, user: toPublic(row), expiresAt };
    },

    async logout(token: string): Promise<void> {
      await repository.deleteSession(digest(token));
    },

    async actorForSession(token: string): Promise<Actor | null> {
      const row = await repository.findSessionUser(digest(token), deps.clock.now().toISOString());
      return row ? toActor(row) : null;
    },

    async actorForApiToken(token: string): Promise<Actor | null> {
      const row = await repository.findTokenUser(digest(token));
      return row ? toActor(row) : null;
    },

    /** API tokens let integrations (upper platforms, the load generator) act as a user without a session. */
    async createApiToken(actor: Actor, name: string, userId?: number): Promise<{ token: string }> {
      const target = userId ?? actor.userId;
      if (target === null) throw new AppError('VALIDATION_FAILED', '需要指定用户', { field: 'userId' });
      if (target !== actor.userId && !roleMayAdminister(actor.role)) {
        throw new AppError('FORBIDDEN', '只有系统管理员可以为其他用户创建令牌');
      }
      if (!(await repository.findById(target)))
        throw new AppError('USER_NOT_FOUND', '用户不存在', { field: 'userId' });
      const token = `hl_${newToken()}`;
      await repository.insertToken({
        user_id: target,
        name,
        token_hash: digest(token),
        created_at: deps.clock.now().toISOString(),
      });
      return { token };
    },
  };
}

// A valid argon2id hash of a random string, for constant-time failures.
const DUMMY_HASH =
  '$argon2id$v=19$m=19456,t=2,p=1$c29tZXNhbHRzb21lc2FsdA$Yr4nQ1b6bqpt8eJuh8GF2E7mqFjKsQmLRtQ3cX6JW0E';

export type UsersService = ReturnType<typeof createUsersService>;
