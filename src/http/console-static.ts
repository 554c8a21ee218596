import fastifyStatic from '@fastify/static';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { consoleDirOverride } from '../config.ts';

/**
 * The built console (npm run build:web); from dist/cli/ too, as the build keeps import.meta.url.
 * HOTLINE_CONSOLE_DIR points at a build made elsewhere (the same variable tells vite.config.ts where to build).
 */
export const CONSOLE_DIR = consoleDirOverride() ?? fileURLToPath(new URL('../../dist/web/', import.meta.url));

const YEAR_SECONDS = 365 * 24 * 3600;

const NOT_BUILT_PAGE = `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>12345 热线工作台尚未构建</title></head>
<body style="font-family: sans-serif; max-width: 40em; margin: 4em auto; line-height: 1.7">
<h1 style="font-size: 1.4em">网页工作台尚未构建</h1>
<p>服务已启动，API 可以使用（接口文档见 <a href="/docs">/docs</a>），但还没有网页工作台的构建结果（dist/web/）。</p>
<p>请在项目目录运行 <code>npm run build:web</code>，然后重新启动服务。</p>
</body></html>
`;

/** Paths the console never claims: the API and its document answer for themselves (a JSON 404 if unknown). */
function isServerPath(url: string): boolean {
  let path = url;
  try {
    // As the router sees it: /%61pi/ is /api/.
    path = decodeURIComponent(url);
  } catch {
    // malformed encoding: the router has refused it already
  }
  return /^\/(api|docs)(\/|\?|$)/i.test(path);
}

const PORTAL_NOT_BUILT_PAGE = `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>12345 网上诉求</title></head>
<body style="font-family: sans-serif; max-width: 40em; margin: 2em auto; padding: 0 1em; line-height: 1.7">
<h1 style="font-size: 1.3em">网上诉求页面暂时无法使用</h1>
<p>请直接拨打 <a href="tel:12345">12345</a> 热线（7×24 小时）反映问题或查询进度。</p>
</body></html>
`;

function wantsHtml(request: FastifyRequest): boolean {
  return (request.headers.accept ?? '').includes('text/html');
}

/**
 * Serves the web console at `/`: hashed files under /assets/ cached for a year (their names change with their
 * content), index.html never cached (so a deployment is picked up at once), and any other page address that
 * a browser asks for as HTML answers index.html, where the console's router takes over (/queues/toDispatch,
 * /tickets/…). Public, as the login page must load before a login: the files hold no data.
 */
export async function registerConsole(app: FastifyInstance, options: { dir?: string } = {}): Promise<void> {
  const dir = options.dir ?? CONSOLE_DIR;
  const built = existsSync(join(dir, 'index.html'));
  await app.register(async (site) => {
    site.addHook('onRoute', (route) => {
      route.config = { ...route.config, public: true };
      route.schema = { ...route.schema, hide: true };
    });
    if (built && existsSync(join(dir, 'assets'))) {
      await site.register(fastifyStatic, {
        root: join(dir, 'assets'),
        prefix: '/assets/',
        index: false,
        immutable: true,
        maxAge: YEAR_SECONDS * 1000,
      });
    }
    const page = async (request: FastifyRequest, reply: FastifyReply) => {
      if (isServerPath(request.url) || (request.url !== '/' && !wantsHtml(request)))
        return reply.callNotFound();
      if (!built) return reply.status(503).type('text/html; charset=utf-8').send(NOT_BUILT_PAGE);
      reply.header('cache-control', 'no-cache');
      return reply.sendFile('index.html', dir, { cacheControl: false });
    };
    site.get('/', page);
    site.get('/*', page);
    // The citizens' portal (web/portal.html, docs/portal.md): its own page, without the console's shell; its
    // router takes over /portal/submit, /portal/track and the rest.
    const portalBuilt = existsSync(join(dir, 'portal.html'));
    const portalPage = async (request: FastifyRequest, reply: FastifyReply) => {
      if (!/^\/portal\/?(\?|$)/.test(request.url) && !wantsHtml(request)) return reply.callNotFound();
      if (!portalBuilt) return reply.status(503).type('text/html; charset=utf-8').send(PORTAL_NOT_BUILT_PAGE);
      reply.header('cache-control', 'no-cache');
      return reply.sendFile('portal.html', dir, { cacheControl: false });
    };
    site.get('/portal', portalPage);
    site.get('/portal/*', portalPage);
  });
}
