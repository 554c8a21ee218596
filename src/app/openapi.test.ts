import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { VERSION } from '../cli/version.ts';
import { OPENAPI_FILE, openApiDocument } from './openapi-document.ts';

describe('the committed API document', () => {
  it(`matches the routes' contracts (run \`npm run openapi\` after changing a route)`, async () => {
    const committed = await readFile(OPENAPI_FILE, 'utf8').catch(() => '');
    const generated = await openApiDocument(VERSION);
    expect(committed, `${OPENAPI_FILE} is out of date: run npm run openapi`).toBe(generated);
  });

  it('documents a response for every route it lists', async () => {
    const document = JSON.parse(await openApiDocument(VERSION)) as {
      paths: Record<string, Record<string, { responses?: Record<string, unknown> }>>;
    };
    const missing = Object.entries(document.paths).flatMap(([path, methods]) =>
      Object.entries(methods)
        .filter(([, operation]) => !Object.keys(operation.responses ?? {}).some((s) => /^2/.test(s)))
        .map(([method]) => `${method.toUpperCase()} ${path}`),
    );
    expect(missing).toEqual([]);
  });
});
