import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Services } from '../app/services.ts';
import type { Actor } from '../shared/actor.ts';
import { AppError } from '../shared/errors.ts';

export const SESSION_COOKIE = 'hotline_session';

declare module 'fastify' {
  interface FastifyRequest {
    actor: Actor | null;
  }
  interface FastifyContextConfig {
    /** Routes that answer without a login (health, login itself). */
    public?: boolean;
  }
}

/** Session cookie for people, `Authorization: Bearer <token>` for integrations. */
export function installAuthentication(app: FastifyInstance, services: Services): void {
  app.decorateRequest('actor', null);
  app.addHook('onRequest', async (request) => {
    if (!request.url.startsWith('/api/') || request.routeOptions.config?.public) return;
    const bearer = /^Bearer\s+(\S+)$/i.exec(request.headers.authorization ?? '')?.[1];
    const cookie = request.cookies?.[SESSION_COOKIE];
    const actor = bearer
      ? await services.users.actorForApiToken(bearer)
      : cookie
        ? await services.users.actorForSession(cookie)
        : null;
    if (!actor) throw new AppError('UNAUTHENTICATED', '请先登录');
    request.actor = actor;
  });
}

/** The authenticated actor; routes behind the hook always have one. */
export function actorOf(request: FastifyRequest): Actor {
  if (!request.actor) throw new AppError('UNAUTHENTICATED', '请先登录');
  return request.actor;
}

export function setSessionCookie(reply: FastifyReply, token: string, expiresAt: Date, secure: boolean): void {
  reply.setCookie(SESSION_COOKIE, token, {
    path: '/',
    httpOnly: true,
    sameSite: 'strict',
    secure,
    expires: expiresAt,
  });
}

export function clearSessionCookie(reply: FastifyReply): void {
  reply.clearCookie(SESSION_COOKIE, { path: '/' });
}
