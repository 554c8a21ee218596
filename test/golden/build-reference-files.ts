/**
 * Writes the golden interchange files (DESIGN §7) from which the platform must reproduce the reference
 * bulletin: units, tickets, calls and knowledge-base revisions, as UTF-8 CSV with a BOM. The output is
 * byte-identical on every run (seeded generators, no clock).
 *
 *   node --import tsx test/golden/build-reference-files.ts OUTDIR
 */
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { generateCallRows, CALL_HEADER } from './call-rows.ts';
import { CATEGORY_HEADER, generateCategoryRows } from './category-rows.ts';
import { writeCsv } from './csv-file.ts';
import { createRandom } from './golden-random.ts';
import { generateKbRows, KB_HEADER } from './kb-rows.ts';
import { GOLDEN_UNITS } from './reference-units.ts';
import { generateTicketRows, TICKET_HEADER } from './ticket-rows.ts';

export { HIGHLIGHT_TICKET_NUMBER, REFERENCE_PERIOD } from './reference.ts';
export { UNIT_CODES } from './reference-units.ts';

export const UNIT_HEADER = ['单位编码', '单位名称', '上级单位编码', '单位类别'] as const;

/** One seed per file, so that changing one generator leaves the other files as they were. */
const SEEDS = { tickets: 20230609, calls: 20230610, kb: 20230611 } as const;

export interface ReferenceFiles {
  units: string;
  categories: string;
  tickets: string;
  calls: string;
  kb: string;
}

export async function buildReferenceFiles(dir: string): Promise<ReferenceFiles> {
  mkdirSync(dir, { recursive: true });
  const files: ReferenceFiles = {
    units: join(dir, 'units.csv'),
    categories: join(dir, 'categories.csv'),
    tickets: join(dir, 'tickets.csv'),
    calls: join(dir, 'calls.csv'),
    kb: join(dir, 'kb.csv'),
  };
  writeCsv(
    files.units,
    UNIT_HEADER,
    GOLDEN_UNITS.map((unit) => [unit.code, unit.name, unit.parentCode ?? '', unit.kind]),
  );
  writeCsv(files.categories, CATEGORY_HEADER, generateCategoryRows());
  writeCsv(files.tickets, TICKET_HEADER, generateTicketRows(createRandom(SEEDS.tickets)));
  writeCsv(files.calls, CALL_HEADER, generateCallRows(createRandom(SEEDS.calls)));
  writeCsv(files.kb, KB_HEADER, generateKbRows(createRandom(SEEDS.kb)));
  return files;
}

const invokedPath = process.argv[1];
if (invokedPath !== undefined && import.meta.url === pathToFileURL(resolve(invokedPath)).href) {
  const outDir = process.argv[2];
  if (!outDir) {
    console.error('usage: node --import tsx test/golden/build-reference-files.ts OUTDIR');
    process.exit(2);
  }
  const files = await buildReferenceFiles(resolve(outDir));
  for (const [kind, path] of Object.entries(files)) console.log(`${kind}: ${path}`);
}
