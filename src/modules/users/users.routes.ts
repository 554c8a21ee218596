import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Services } from '../../app/services.ts';
import { actorOf, clearSessionCookie, setSessionCookie, SESSION_COOKIE } from '../../http/auth.ts';
import { OkResponse } from '../../shared/schemas.ts';
import { LoginInput, MeView, NewTokenInput, NewUserInput, UserView } from './users.schemas.ts';

export function registerUserRoutes(
  instance: FastifyInstance,
  services: Services,
  options: { secureCookies: boolean },
) {
  const app = instance.withTypeProvider<ZodTypeProvider>();
  const tags = ['用户与登录 users'];

  app.post(
    '/api/auth/login',
    {
      config: { public: true },
      schema: { tags, summary: '登录', body: LoginInput, response: { 200: UserView } },
    },
    async (request, reply) => {
      const { token, user, expiresAt } = await services.users.login(
        request.body.username,
        request.body.password,
      );
      setSessionCookie(reply, token, expiresAt, options.secureCookies);
      return user;
    },
  );

  app.post(
    '/api/auth/logout',
    { schema: { tags, summary: '退出登录', response: { 200: OkResponse } } },
    async (request, reply) => {
      const token = request.cookies[SESSION_COOKIE];
      if (token) await services.users.logout(token);
      clearSessionCookie(reply);
      return { ok: true as const };
    },
  );

  app.get(
    '/api/auth/me',
    { schema: { tags, summary: '当前用户', response: { 200: MeView } } },
    async (request) => actorOf(request),
  );

  app.get(
    '/api/users',
    { schema: { tags, summary: '用户列表', response: { 200: z.array(UserView) } } },
    async () => services.users.listUsers(),
  );

  app.post(
    '/api/users',
    { schema: { tags, summary: '创建用户', body: NewUserInput, response: { 201: UserView } } },
    async (request, reply) =>
      reply.status(201).send(await services.users.createUser(actorOf(request), request.body)),
  );

  app.post(
    '/api/tokens',
    {
      schema: {
        tags,
        summary: '创建 API 令牌',
        body: NewTokenInput,
        response: { 201: z.object({ token: z.string() }) },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(await services.users.createApiToken(actorOf(request), request.body.name, request.body.userId)),
  );
}
