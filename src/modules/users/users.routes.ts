import type { FastifyInstance } from 'fastify';
import { ADMIN_ROLES, USER_LISTING_ROLES } from '../../domain/access/roles.ts';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { UsersService } from './users.service.ts';
import { actorOf, clearSessionCookie, credentialOfActor, setSessionCookie } from '../../http/auth.ts';
import { OkResponse } from '../../shared/schemas.ts';
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

export function registerUserRoutes(
  instance: FastifyInstance,
  services: { users: UsersService },
  options: { secureCookies: boolean },
) {
  const app = instance.withTypeProvider<ZodTypeProvider>();
  const tags = ['用户与登录 users'];
  const { users } = services;

  app.post(
    '/api/auth/login',
    {
      config: { public: true, limit: 'login' },
      schema: { tags, summary: '登录', body: LoginInput, response: { 200: UserView } },
    },
    async (request, reply) => {
      const { token, user, expiresAt } = await users.login(
        request.body.username,
        request.body.password,
        request.ip,
      );
      setSessionCookie(reply, token, expiresAt, options.secureCookies);
      return user;
    },
  );

  app.post(
    '/api/auth/logout',
    {
      schema: {
        tags,
        summary: '退出登录（结束本会话，或吊销所用的 API 令牌）',
        response: { 200: OkResponse },
      },
    },
    async (request, reply) => {
      await users.logout(actorOf(request), credentialOfActor(request));
      clearSessionCookie(reply);
      return { ok: true as const };
    },
  );

  app.get(
    '/api/auth/me',
    { schema: { tags, summary: '当前用户', response: { 200: MeView } } },
    async (request) => actorOf(request),
  );

  app.post(
    '/api/auth/password',
    {
      schema: {
        tags,
        summary: '修改本人密码（结束本人的其他会话）',
        body: ChangePasswordInput,
        response: { 200: EndedAccessView },
      },
    },
    async (request) => users.changePassword(actorOf(request), credentialOfActor(request), request.body),
  );

  app.get(
    '/api/users',
    {
      config: { roles: USER_LISTING_ROLES },
      schema: {
        tags,
        summary: '用户列表（系统管理员；单位管理员看本单位及下级）',
        response: { 200: z.array(UserView) },
      },
    },
    async (request) => users.listUsers(actorOf(request)),
  );

  app.post(
    '/api/users',
    {
      config: { roles: ADMIN_ROLES },
      schema: { tags, summary: '创建用户', body: NewUserInput, response: { 201: UserView } },
    },
    async (request, reply) => reply.status(201).send(await users.createUser(actorOf(request), request.body)),
  );

  const accountActions = {
    deactivate: ['停用用户（结束其全部会话并吊销令牌）', users.deactivateUser],
    activate: ['启用用户', users.activateUser],
    unlock: ['解除登录锁定', users.unlockUser],
    'end-sessions': ['结束用户的全部会话并吊销令牌', users.endSessions],
  } as const;
  for (const [path, [summary, action]] of Object.entries(accountActions)) {
    app.post(
      `/api/users/:id/${path}`,
      {
        config: { roles: ADMIN_ROLES },
        schema: { tags, summary, params: UserIdParams, response: { 200: UserView } },
      },
      async (request) => action(actorOf(request), request.params.id),
    );
  }

  app.post(
    '/api/users/:id/password',
    {
      config: { roles: ADMIN_ROLES },
      schema: {
        tags,
        summary: '重置用户密码（结束其全部会话并吊销令牌）',
        params: UserIdParams,
        body: ResetPasswordInput,
        response: { 200: UserView },
      },
    },
    async (request) => users.resetPassword(actorOf(request), request.params.id, request.body.newPassword),
  );

  app.get(
    '/api/tokens',
    {
      schema: {
        tags,
        summary: 'API 令牌列表（本人的；系统管理员可看全部）',
        querystring: TokenListQuery,
        response: { 200: z.array(TokenView) },
      },
    },
    async (request) => users.listTokens(actorOf(request), request.query.userId),
  );

  app.post(
    '/api/tokens',
    { schema: { tags, summary: '创建 API 令牌', body: NewTokenInput, response: { 201: NewTokenView } } },
    async (request, reply) =>
      reply.status(201).send(await users.createApiToken(actorOf(request), request.body)),
  );

  app.delete(
    '/api/tokens/:id',
    { schema: { tags, summary: '吊销 API 令牌', params: UserIdParams, response: { 200: OkResponse } } },
    async (request) => {
      await users.revokeToken(actorOf(request), request.params.id);
      return { ok: true as const };
    },
  );

  app.get(
    '/api/security/login-locks',
    {
      config: { roles: ADMIN_ROLES },
      schema: { tags, summary: '登录失败与锁定（系统管理员）', response: { 200: z.array(LoginLockView) } },
    },
    async (request) => users.listLoginLocks(actorOf(request)),
  );

  app.delete(
    '/api/security/login-locks/:key',
    {
      config: { roles: ADMIN_ROLES },
      schema: {
        tags,
        summary: '解除登录锁定（账号或地址）',
        params: LoginLockParams,
        response: { 200: OkResponse },
      },
    },
    async (request) => {
      await users.liftLoginLock(actorOf(request), request.params.key);
      return { ok: true as const };
    },
  );
}
