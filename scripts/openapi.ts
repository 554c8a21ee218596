// Writes the API document generated from the routes' contracts (docs/openapi.json):
//   npm run openapi
import { writeFile } from 'node:fs/promises';
import { OPENAPI_FILE, openApiDocument } from '../src/app/openapi-document.ts';
import { VERSION } from '../src/cli/version.ts';

await writeFile(OPENAPI_FILE, await openApiDocument(VERSION));
console.log(`已写入 ${OPENAPI_FILE}`);
