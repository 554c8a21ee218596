import { hash, verify } from '@node-rs/argon2';
import { createHash, randomBytes } from 'node:crypto';
import type { UserRow } from '../../db/schema.ts';
import { passwordProblem } from '../../domain/access/password-policy.ts';
import type { Role } from '../../domain/access/roles.ts';
import type { Actor } from '../../domain/access/actor.ts';
import { AppError } from '../../shared/errors.ts';

/** How a request proved who it is: the session cookie of a person, or an integration's API token. */
export interface Credential {
  kind: 'session' | 'token';
  secret: string;
}

/** Session and API tokens are random; only their SHA-256 is stored, so a database leak yields no token. */
export function digest(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

export function newSecret(): string {
  return randomBytes(32).toString('base64url');
}

/** argon2id (the library's default algorithm) with its default cost. */
export const hashPassword = (password: string) => hash(password);

// A valid argon2id hash of a random string, for constant-time failures.
const DUMMY_HASH =
  '$argon2id$v=19$m=19456,t=2,p=1$c29tZXNhbHRzb21lc2FsdA$Yr4nQ1b6bqpt8eJuh8GF2E7mqFjKsQmLRtQ3cX6JW0E';

/** Verifies even for an unknown account, so response time does not reveal which usernames exist. */
export async function passwordMatches(row: UserRow | undefined, password: string): Promise<boolean> {
  if (!row) return verify(DUMMY_HASH, password).then(() => false);
  return verify(row.password_hash, password);
}

export function requireAcceptablePassword(password: string, username: string, field: string): void {
  const problem = passwordProblem(password, username);
  if (problem) throw new AppError('PASSWORD_POLICY', problem, { field });
}

export function toActor(row: UserRow, address?: string | null): Actor {
  return {
    userId: row.id,
    username: row.username,
    displayName: row.display_name,
    role: row.role as Role,
    unitCode: row.unit_code,
    ...(address ? { address } : {}),
  };
}

export interface PublicUser {
  id: number;
  username: string;
  displayName: string;
  role: Role;
  unitCode: string;
  active: boolean;
}

export function toPublic(row: UserRow): PublicUser {
  return {
    id: row.id,
    username: row.username,
    displayName: row.display_name,
    role: row.role as Role,
    unitCode: row.unit_code,
    active: row.active === 1,
  };
}
