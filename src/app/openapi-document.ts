import { connectDatabase } from '../db/connection.ts';
import { systemClock } from '../shared/clock.ts';
import { buildHttpApp } from './http-app.ts';
import { createServices } from './services.ts';

/** Where the API document is committed; `npm run openapi` writes it and the tests fail when it drifts. */
export const OPENAPI_FILE = 'docs/openapi.json';

/**
 * The OpenAPI document of the API, generated from the routes' contracts as the server mounts them. Building
 * the app needs services but no data: an empty in-memory database is never queried.
 */
export async function openApiDocument(version: string): Promise<string> {
  const handle = connectDatabase(':memory:');
  try {
    const services = createServices({ db: handle.db, clock: systemClock });
    const app = await buildHttpApp(services, { logLevel: 'silent', secureCookies: true, version });
    await app.ready();
    const document = app.swagger();
    await app.close();
    return `${JSON.stringify(document, null, 2)}\n`;
  } finally {
    await handle.close();
  }
}
