import fastifyCookie from '@fastify/cookie';
import fastifySwagger from '@fastify/swagger';
import fastifySwaggerUi from '@fastify/swagger-ui';
import Fastify, { type FastifyInstance } from 'fastify';
import {
  jsonSchemaTransform,
  serializerCompiler,
  validatorCompiler,
  type ZodTypeProvider,
} from 'fastify-type-provider-zod';
import { installAuthentication, type ActorResolver } from './auth.ts';
import { FILE_TYPES } from './file-types.ts';
import { installChineseMessages } from '../contracts/zod-messages.ts';
import type { ErrorKinds } from './error-status.ts';
import { clientErrorHandler, frameworkErrors, installErrorHandling } from './error-handler.ts';
import { installSecurity } from './security.ts';
import { installTextValidity } from './text-validity.ts';

export interface HttpOptions {
  /** Every error code's kind, so that each answers with its status */
  errorKinds: ErrorKinds;
  logLevel: string;
  secureCookies: boolean;
  version: string;
  /** Origins besides the server's own allowed to change data with a session cookie (ALLOWED_ORIGINS). */
  allowedOrigins?: readonly string[];
  /** Requests per minute and user on routes listing or exporting citizens' data (LIST_RATE_LIMIT). */
  listRateLimit?: number;
  /** Login attempts per minute and client address. */
  loginPerMinute?: number;
  /** Requests per minute and client address on public routes (PUBLIC_RATE_LIMIT). */
  publicPerMinute?: number;
  /** Reverse proxies whose X-Forwarded-For names the client (TRUST_PROXY). */
  trustedProxies?: readonly string[];
}

/** Request bodies beyond this are refused unread; the import routes declare larger limits of their own. */
export const DEFAULT_BODY_LIMIT = 1024 * 1024;

export type App = FastifyInstance;

/**
 * The HTTP server every module's routes are mounted on: parsing, errors, security headers and limits, the API
 * document and authentication. It knows no module; src/app/http-app.ts mounts them.
 */
export async function createHttpServer(actors: ActorResolver, options: HttpOptions): Promise<App> {
  installChineseMessages();
  const app = Fastify({
    logger: options.logLevel === 'silent' ? false : { level: options.logLevel },
    bodyLimit: DEFAULT_BODY_LIMIT,
    ...(options.trustedProxies?.length ? { trustProxy: [...options.trustedProxies] } : {}),
    frameworkErrors,
    clientErrorHandler,
    // 'idle' closes keep-alive connections that carry no request (a browser's pre-connections, a client's spare
    // socket) when the server stops; requests in flight, event streams included, end as they do today. Without
    // it `hotline serve` could wait forever on shutdown.
    forceCloseConnections: 'idle',
  }).withTypeProvider<ZodTypeProvider>();
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.addContentTypeParser(FILE_TYPES, { parseAs: 'buffer' }, (_request, body, done) => done(null, body));
  installErrorHandling(app, options.errorKinds);

  await app.register(fastifyCookie);
  await installSecurity(app, {
    secureCookies: options.secureCookies,
    allowedOrigins: options.allowedOrigins ?? [],
    personalDataPerMinute: options.listRateLimit ?? 120,
    loginPerMinute: options.loginPerMinute ?? 30,
    publicPerMinute: options.publicPerMinute ?? 60,
  });
  installTextValidity(app);
  await app.register(fastifySwagger, {
    openapi: {
      info: { title: '12345 政务服务便民热线 API', version: options.version },
      components: {
        securitySchemes: {
          session: { type: 'apiKey', in: 'cookie', name: 'hotline_session' },
          token: { type: 'http', scheme: 'bearer' },
        },
      },
      security: [{ session: [] }, { token: [] }],
    },
    transform: jsonSchemaTransform,
  });
  // The API document is public (it describes routes, it holds no data); everything else needs a login.
  await app.register(async (docs) => {
    docs.addHook('onRoute', (route) => {
      route.config = { ...route.config, public: true };
    });
    await docs.register(fastifySwaggerUi, { routePrefix: '/docs' });
  });
  installAuthentication(app, actors);
  app.get('/api/health', { config: { public: true }, schema: { hide: true } }, async () => ({ ok: true }));
  return app;
}
