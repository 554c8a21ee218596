import { z } from 'zod';
import { ADMIN_ROLES, USER_LISTING_ROLES } from '../domain/access/roles.ts';
import { OkResponse } from './common.schemas.ts';
import type { RouteContract } from './route-contract.ts';
import {
  ChangePasswordInput,
  EndedAccessView,
  LoginInput,
  LoginLockParams,
  LoginLockView,
  MeView,
  NewTokenInput,
  NewTokenView,
  NewUserInput,
  ResetPasswordInput,
  TokenListQuery,
  TokenView,
  UserIdParams,
  UserView,
} from './users.schemas.ts';

const tags = ['用户与登录 users'];

/** The administrator's actions on one account: POST /api/users/:id/<action>, answering with the account after it. */
function accountAction<P extends string>(action: P, summary: string) {
  return {
    method: 'POST',
    path: `/api/users/:id/${action}`,
    tags,
    summary,
    roles: ADMIN_ROLES,
    params: UserIdParams,
    response: { 200: UserView },
  } as const satisfies RouteContract;
}

export const usersContract = {
  login: {
    method: 'POST',
    path: '/api/auth/login',
    tags,
    summary: '登录',
    public: true,
    limit: 'login',
    body: LoginInput,
    response: { 200: UserView },
  },
  logout: {
    method: 'POST',
    path: '/api/auth/logout',
    tags,
    summary: '退出登录（结束本会话，或吊销所用的 API 令牌）',
    response: { 200: OkResponse },
  },
  me: {
    method: 'GET',
    path: '/api/auth/me',
    tags,
    summary: '当前用户',
    response: { 200: MeView },
  },
  changePassword: {
    method: 'POST',
    path: '/api/auth/password',
    tags,
    summary: '修改本人密码（结束本人的其他会话）',
    body: ChangePasswordInput,
    response: { 200: EndedAccessView },
  },
  listUsers: {
    method: 'GET',
    path: '/api/users',
    tags,
    summary: '用户列表（系统管理员；单位管理员看本单位及下级）',
    roles: USER_LISTING_ROLES,
    response: { 200: z.array(UserView) },
  },
  createUser: {
    method: 'POST',
    path: '/api/users',
    tags,
    summary: '创建用户',
    roles: ADMIN_ROLES,
    body: NewUserInput,
    response: { 201: UserView },
  },
  deactivateUser: accountAction('deactivate', '停用用户（结束其全部会话并吊销令牌）'),
  activateUser: accountAction('activate', '启用用户'),
  unlockUser: accountAction('unlock', '解除登录锁定'),
  endUserSessions: accountAction('end-sessions', '结束用户的全部会话并吊销令牌'),
  resetUserPassword: {
    method: 'POST',
    path: '/api/users/:id/password',
    tags,
    summary: '重置用户密码（结束其全部会话并吊销令牌）',
    roles: ADMIN_ROLES,
    params: UserIdParams,
    body: ResetPasswordInput,
    response: { 200: UserView },
  },
  listTokens: {
    method: 'GET',
    path: '/api/tokens',
    tags,
    summary: 'API 令牌列表（本人的；系统管理员可看全部）',
    querystring: TokenListQuery,
    response: { 200: z.array(TokenView) },
  },
  createToken: {
    method: 'POST',
    path: '/api/tokens',
    tags,
    summary: '创建 API 令牌',
    body: NewTokenInput,
    response: { 201: NewTokenView },
  },
  revokeToken: {
    method: 'DELETE',
    path: '/api/tokens/:id',
    tags,
    summary: '吊销 API 令牌',
    params: UserIdParams,
    response: { 200: OkResponse },
  },
  listLoginLocks: {
    method: 'GET',
    path: '/api/security/login-locks',
    tags,
    summary: '登录失败与锁定（系统管理员）',
    roles: ADMIN_ROLES,
    response: { 200: z.array(LoginLockView) },
  },
  liftLoginLock: {
    method: 'DELETE',
    path: '/api/security/login-locks/:key',
    tags,
    summary: '解除登录锁定（账号或地址）',
    roles: ADMIN_ROLES,
    params: LoginLockParams,
    response: { 200: OkResponse },
  },
} as const satisfies Record<string, RouteContract>;
