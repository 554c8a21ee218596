import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Role } from '../domain/access/roles.ts';
import type { Actor } from '../domain/access/actor.ts';
import { AppError } from '../shared/errors.ts';

export const SESSION_COOKIE = 'hotline_session';

/** How a request proved who it is. */
export interface RequestCredential {
  kind: 'session' | 'token';
  secret: string;
}

/** What authentication needs from the users module, and nothing more. */
export interface ActorResolver {
  actorForSession(token: string, address?: string | null): Promise<Actor | null>;
  actorForApiToken(token: string, address?: string | null): Promise<Actor | null>;
}

declare module 'fastify' {
  interface FastifyRequest {
    actor: Actor | null;
    credential: RequestCredential | null;
  }
  interface FastifyContextConfig {
    /** Routes that answer without a login (health, login itself, the API document). Deny is the default. */
    public?: boolean;
    /**
     * The roles the route admits, checked right after authentication, before the body is read or validated:
     * the answer to a role that may not act is 403 whatever it sent.
     */
    roles?: readonly Role[];
  }
}

/**
 * Session cookie for people, `Authorization: Bearer <token>` for integrations. Decided on the route that
 * matched (its `config.public`), never on the URL's text: an encoded path reaches the same route and the
 * same check (DESIGN §8 Security).
 */
export function installAuthentication(app: FastifyInstance, resolver: ActorResolver): void {
  app.decorateRequest('actor', null);
  app.decorateRequest('credential', null);
  app.addHook('onRequest', async (request) => {
    // Unknown routes answer 404 whoever asks; they hold nothing.
    if (request.is404 || request.routeOptions.config?.public) return;
    const credential = credentialOf(request);
    const actor = !credential
      ? null
      : credential.kind === 'token'
        ? await resolver.actorForApiToken(credential.secret, request.ip)
        : await resolver.actorForSession(credential.secret, request.ip);
    if (!actor || !credential) throw new AppError('UNAUTHENTICATED', '请先登录');
    request.actor = actor;
    request.credential = credential;
    const roles = request.routeOptions.config?.roles;
    if (roles && !roles.includes(actor.role))
      throw new AppError('FORBIDDEN', '当前角色无权执行此操作', { role: actor.role });
  });
}

export function credentialOf(request: FastifyRequest): RequestCredential | null {
  const bearer = /^Bearer\s+(\S+)$/i.exec(request.headers.authorization ?? '')?.[1];
  if (bearer) return { kind: 'token', secret: bearer };
  const cookie = request.cookies?.[SESSION_COOKIE];
  return cookie ? { kind: 'session', secret: cookie } : null;
}

/** The authenticated actor; routes behind the hook always have one. */
export function actorOf(request: FastifyRequest): Actor {
  if (!request.actor) throw new AppError('UNAUTHENTICATED', '请先登录');
  return request.actor;
}

export function credentialOfActor(request: FastifyRequest): RequestCredential {
  if (!request.credential) throw new AppError('UNAUTHENTICATED', '请先登录');
  return request.credential;
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
