import { registerConsole } from '../http/console-static.ts';
import { createHttpServer, type App } from '../http/server.ts';
import type { ApiOptions } from './api-options.ts';
import { ERROR_KINDS } from './error-kinds.ts';
import { MODULE_ROUTES } from './module-routes.ts';
import type { Services } from './services.ts';

export type { App, ApiOptions };

/** The HTTP API: the server of src/http with every module's routes mounted (src/app/module-routes.ts). */
export async function buildHttpApp(services: Services, options: ApiOptions): Promise<App> {
  const app = await createHttpServer(services.users, { ...options, errorKinds: ERROR_KINDS });
  for (const mount of MODULE_ROUTES) await mount(app, services, options);
  await registerConsole(app);
  return app;
}
