import { z } from 'zod';
import { ROLES } from '../../domain/access/roles.ts';
import { NonEmptyText, UnitCode } from '../../shared/schemas.ts';

export const LoginInput = z.object({
  username: NonEmptyText(64),
  password: z.string().min(1, '不能为空').max(200),
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
  username: z.string(),
  displayName: z.string(),
  role: z.enum(ROLES),
  unitCode: z.string(),
});

export const NewUserInput = z.object({
  username: z
    .string()
    .trim()
    .regex(/^[A-Za-z0-9_.-]{2,64}$/, '用户名为 2–64 位字母、数字或 _ . -'),
  displayName: NonEmptyText(100),
  password: z.string().min(8, '密码至少 8 位').max(200),
  role: z.enum(ROLES),
  unitCode: UnitCode,
});

export const NewTokenInput = z.object({
  name: NonEmptyText(100),
  /** Defaults to the caller; admins may issue tokens for integration accounts. */
  userId: z.number().int().positive().optional(),
});
