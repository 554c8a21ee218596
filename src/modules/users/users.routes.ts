import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { usersContract as c } from '../../contracts/users.contract.ts';
import { actorOf, clearSessionCookie, credentialOfActor, setSessionCookie } from '../../http/auth.ts';
import { routeOptions } from '../../http/contract-route.ts';
import type { UsersService } from './users.service.ts';

export function registerUserRoutes(
  instance: FastifyInstance,
  services: { users: UsersService },
  options: { secureCookies: boolean },
) {
  const app = instance.withTypeProvider<ZodTypeProvider>();
  const { users } = services;

  app.post(c.login.path, routeOptions(c.login), async (request, reply) => {
    const { token, user, expiresAt } = await users.login(
      request.body.username,
      request.body.password,
      request.ip,
    );
    setSessionCookie(reply, token, expiresAt, options.secureCookies);
    return user;
  });

  app.post(c.logout.path, routeOptions(c.logout), async (request, reply) => {
    await users.logout(actorOf(request), credentialOfActor(request));
    clearSessionCookie(reply);
    return { ok: true as const };
  });

  app.get(c.me.path, routeOptions(c.me), async (request) => users.describeMe(actorOf(request)));

  app.post(c.changePassword.path, routeOptions(c.changePassword), async (request) =>
    users.changePassword(actorOf(request), credentialOfActor(request), request.body),
  );

  app.get(c.listUsers.path, routeOptions(c.listUsers), async (request) => users.listUsers(actorOf(request)));

  app.post(c.createUser.path, routeOptions(c.createUser), async (request, reply) =>
    reply.status(201).send(await users.createUser(actorOf(request), request.body)),
  );

  const accountActions = [
    [c.deactivateUser, users.deactivateUser],
    [c.activateUser, users.activateUser],
    [c.unlockUser, users.unlockUser],
    [c.endUserSessions, users.endSessions],
  ] as const;
  for (const [contract, action] of accountActions) {
    app.post(contract.path, routeOptions(contract), async (request) =>
      action(actorOf(request), request.params.id),
    );
  }

  app.post(c.resetUserPassword.path, routeOptions(c.resetUserPassword), async (request) =>
    users.resetPassword(actorOf(request), request.params.id, request.body.newPassword),
  );

  app.get(c.listTokens.path, routeOptions(c.listTokens), async (request) =>
    users.listTokens(actorOf(request), request.query.userId),
  );

  app.post(c.createToken.path, routeOptions(c.createToken), async (request, reply) =>
    reply.status(201).send(await users.createApiToken(actorOf(request), request.body)),
  );

  app.delete(c.revokeToken.path, routeOptions(c.revokeToken), async (request) => {
    await users.revokeToken(actorOf(request), request.params.id);
    return { ok: true as const };
  });

  app.get(c.listLoginLocks.path, routeOptions(c.listLoginLocks), async (request) =>
    users.listLoginLocks(actorOf(request)),
  );

  app.delete(c.liftLoginLock.path, routeOptions(c.liftLoginLock), async (request) => {
    await users.liftLoginLock(actorOf(request), request.params.key);
    return { ok: true as const };
  });
}
