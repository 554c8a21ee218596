import { z } from 'zod';
import { ROLES } from '../domain/access/roles.ts';
import { PASSWORD_MAX_LENGTH } from '../domain/access/password-policy.ts';
import { NonEmptyText, UnitCode } from './common.schemas.ts';

/** The password rule itself (length, classes, common passwords, the username) is checked by the service. */
const Password = z.string().min(1, '不能为空').max(PASSWORD_MAX_LENGTH);

export const LoginInput = z.object({
  username: NonEmptyText(64),
  password: Password,
});

export const UserView = z.object({
  id: z.number(),
  username: z.string(),
  displayName: z.string(),
  role: z.enum(ROLES),
  unitCode: z.string(),
  active: z.boolean(),
});

export const MeView = z.object({
  /** The account's id (e.g. to assign work to oneself) */
  userId: z.number().nullable(),
  username: z.string(),
  displayName: z.string(),
  role: z.enum(ROLES),
  unitCode: z.string(),
  /**
   * The routes this user's role may call, as `<contract set>.<route>` keys of the API's contracts
   * ('tickets.intake', 'ticketCommands.dispatch'): the console shows screens and actions from these.
   */
  abilities: z.array(z.string()),
});

export const NewUserInput = z.object({
  username: z
    .string()
    .trim()
    .regex(/^[A-Za-z0-9_.-]{2,64}$/, '用户名为 2–64 位字母、数字或 _ . -'),
  displayName: NonEmptyText(100),
  password: Password,
  role: z.enum(ROLES),
  unitCode: UnitCode,
});

export const UserIdParams = z.object({ id: z.coerce.number().int().positive() });

export const ChangePasswordInput = z.object({ currentPassword: Password, newPassword: Password });
export const ResetPasswordInput = z.object({ newPassword: Password });
export const EndedAccessView = z.object({ endedSessions: z.number() });

export const NewTokenInput = z.object({
  name: NonEmptyText(100),
  /** Defaults to the caller; admins may issue tokens for integration accounts. */
  userId: z.number().int().positive().optional(),
  /** 1–365 days; 90 by default. */
  expiresInDays: z.number().int().min(1).max(365).optional(),
});

export const NewTokenView = z.object({
  id: z.number(),
  /** Shown once: only its digest is stored. */
  token: z.string(),
  expiresAt: z.string(),
});

export const TokenView = z.object({
  id: z.number(),
  userId: z.number(),
  username: z.string(),
  name: z.string(),
  createdAt: z.string(),
  expiresAt: z.string().nullable(),
  lastUsedAt: z.string().nullable(),
  revokedAt: z.string().nullable(),
});

export const TokenListQuery = z.object({ userId: z.coerce.number().int().positive().optional() });

export const LoginLockView = z.object({
  key: z.string().meta({ description: "'user:NAME' or 'ip:ADDRESS'" }),
  kind: z.enum(['account', 'address']),
  failures: z.number(),
  lastFailureAt: z.string(),
  lockedUntil: z.string().nullable(),
});

export const LoginLockParams = z.object({ key: z.string().min(3).max(200) });
