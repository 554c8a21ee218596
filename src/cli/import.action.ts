import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { ImportValidationError, type ImportResult } from '../modules/imports/index.ts';
import { systemActor } from '../domain/access/actor.ts';
import { AppError } from '../shared/errors.ts';
import { openDatabase, type Opened } from './open-database.ts';

export type ImportKind = 'tickets' | 'calls' | 'kb';

export interface ImportOptions {
  db?: string;
}

/** Every row error on its own line, then a short failure that main() turns into exit code 2. */
function reportRowErrors(error: ImportValidationError): never {
  for (const e of error.errors)
    console.error(`第 ${e.row} 行${e.column ? `「${e.column}」` : ''} ${e.code}：${e.message}`);
  throw new AppError('IMPORT_INVALID', error.message);
}

async function runImport(opened: Opened, kind: ImportKind, file: string): Promise<ImportResult> {
  const { imports, units } = opened.services;
  const actor = systemActor((await units.directory()).root()?.code ?? '');
  // Read from disk row by row: a file of 100,000 tickets is never held whole.
  const source = { path: file };
  const name = basename(file);
  if (kind === 'tickets') return imports.importTickets(actor, source, name);
  if (kind === 'calls') return imports.importCalls(actor, source, name);
  return imports.importKb(actor, source, name);
}

export async function importUnits(file: string, options: ImportOptions): Promise<void> {
  const opened = await openDatabase(options);
  try {
    const result = await opened.services.units.importUnits(
      systemActor(''),
      readFileSync(file),
      basename(file),
    );
    console.log(`导入完成：新增 ${result.created}，更新 ${result.updated}，未变 ${result.unchanged}`);
  } finally {
    await opened.close();
  }
}

export async function importRecords(kind: ImportKind, file: string, options: ImportOptions): Promise<void> {
  const opened = await openDatabase(options);
  try {
    const started = Date.now();
    const result = await runImport(opened, kind, file);
    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    console.log(`导入完成：新增 ${result.imported}，已存在跳过 ${result.skipped}（${seconds} 秒）`);
  } catch (error) {
    if (error instanceof ImportValidationError) reportRowErrors(error);
    throw error;
  } finally {
    await opened.close();
  }
}
