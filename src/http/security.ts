import fastifyHelmet from '@fastify/helmet';
import fastifyRateLimit from '@fastify/rate-limit';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { AppError } from '../shared/errors.ts';
import { SESSION_COOKIE } from './auth.ts';

declare module 'fastify' {
  interface FastifyContextConfig {
    /**
     * 'login': attempts per client address (the accounts' back-off is in the users module);
     * 'personalData': lists and exports of citizens' data, per user;
     * 'public': routes open to everyone (the citizens' FAQ), per client address;
     * 'portalWrite': the citizens' portal's routes that write or send a text message, per client address.
     */
    limit?: 'login' | 'personalData' | 'public' | 'portalWrite';
  }
}

export interface SecurityOptions {
  secureCookies: boolean;
  /** Origins allowed besides the server's own for cookie-authenticated state changes. */
  allowedOrigins: readonly string[];
  /** Requests per minute and user on 'personalData' routes. */
  personalDataPerMinute: number;
  /** Login attempts per minute and address, before any password is checked. */
  loginPerMinute: number;
  /** Requests per minute and address on public routes. */
  publicPerMinute: number;
  /** Requests per minute and address on the portal's writing routes (photos, appeals, codes, ratings). */
  portalWritePerMinute?: number;
}

/**
 * A citizen sends one appeal with up to three photos, or asks for a code and verifies it: a handful of requests.
 * Twenty a minute leaves room for a family behind one home router and stops a script at once.
 */
export const DEFAULT_PORTAL_WRITE_PER_MINUTE = 20;

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

function originOf(url: string | undefined): string | null {
  if (!url) return null;
  try {
    return new URL(url).origin;
  } catch {
    return 'null';
  }
}

/**
 * Cross-site request forgery: a state-changing request that names a foreign Origin (or Referer) is refused,
 * and so is a cookie-authenticated one that names none (browsers send Origin on every cross-site POST;
 * integrations use tokens, which a foreign page cannot attach). OWASP CSRF Prevention Cheat Sheet,
 * "Verifying Origin with standard headers".
 */
function refuseForeignOrigin(request: FastifyRequest, allowed: readonly string[]): void {
  if (SAFE_METHODS.has(request.method)) return;
  const claimed = originOf(request.headers.origin) ?? originOf(request.headers.referer);
  // Through URL, as the claimed origin is: "http://host:80" and "http://host" are one origin.
  const own = originOf(`${request.protocol}://${request.host}`);
  if (claimed !== null) {
    if (claimed !== own && !allowed.includes(claimed)) {
      throw new AppError('CROSS_ORIGIN_REQUEST', `拒绝来自其他网站（${claimed}）的请求`, { origin: claimed });
    }
    return;
  }
  const byCookie = !request.headers.authorization && Boolean(request.cookies?.[SESSION_COOKIE]);
  if (byCookie) throw new AppError('CROSS_ORIGIN_REQUEST', '使用登录会话修改数据的请求须带 Origin 请求头');
}

/** Security headers, origin checks, no caching of API answers, and rate limits declared by routes. */
export async function installSecurity(app: FastifyInstance, options: SecurityOptions): Promise<void> {
  await app.register(fastifyHelmet, {
    // /docs (Swagger UI) loads its own scripts and styles from this server only.
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        // Inline styles, never inline scripts: the web console's antd writes its CSS-in-JS into <style>
        // elements at run time and React sets style attributes; a style cannot run code.
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:'],
        frameAncestors: ["'none'"],
        formAction: ["'self'"],
        upgradeInsecureRequests: options.secureCookies ? [] : null,
      },
    },
    frameguard: { action: 'deny' },
    referrerPolicy: { policy: 'same-origin' },
    // HSTS only where the site is served over HTTPS: on plain HTTP it would lock browsers out.
    hsts: options.secureCookies ? { maxAge: 31_536_000, includeSubDomains: true } : false,
  });
  app.addHook('onRequest', async (request) => refuseForeignOrigin(request, options.allowedOrigins));
  // Answers carry citizens' data: no browser or proxy keeps a copy unless a route says otherwise.
  app.addHook('onSend', async (_request, reply, payload) => {
    if (!reply.hasHeader('cache-control')) reply.header('cache-control', 'no-store');
    return payload;
  });

  // Routes declare a limit by name; the plugin reads `config.rateLimit`, so translate before it sees the route.
  app.addHook('onRoute', (route) => {
    const limit = route.config?.limit;
    if (!limit) return;
    if (limit === 'portalWrite') {
      route.config = {
        ...route.config,
        rateLimit: {
          max: options.portalWritePerMinute ?? DEFAULT_PORTAL_WRITE_PER_MINUTE,
          timeWindow: 60_000,
          keyGenerator: (r: FastifyRequest) => `portalWrite:${r.ip}`,
        },
      } as typeof route.config;
      return;
    }
    route.config = {
      ...route.config,
      rateLimit:
        limit === 'login' || limit === 'public'
          ? {
              max: limit === 'login' ? options.loginPerMinute : options.publicPerMinute,
              timeWindow: 60_000,
              keyGenerator: (r: FastifyRequest) => `${limit}:${r.ip}`,
            }
          : {
              max: options.personalDataPerMinute,
              timeWindow: 60_000,
              keyGenerator: (r: FastifyRequest) => `user:${r.actor?.userId ?? r.ip}`,
            },
    } as typeof route.config;
  });
  await app.register(fastifyRateLimit, {
    global: false,
    // After authentication, so that the limit is counted per user rather than per shared office address.
    hook: 'preHandler',
    errorResponseBuilder: (_request, context) =>
      new AppError('RATE_LIMITED', `请求过于频繁，请 ${Math.ceil(context.ttl / 1000)} 秒后再试`, {
        retryAfterSeconds: Math.ceil(context.ttl / 1000),
        limit: context.max,
      }),
  });
}
