import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { ImportValidationError, type CsvEncoding, type ImportResult } from '../modules/imports/index.ts';
import { systemActor } from '../domain/access/actor.ts';
import { AppError } from '../shared/errors.ts';
import { openDatabase, type Opened } from './open-database.ts';

export type ImportKind = 'tickets' | 'calls' | 'kb';

export interface ImportOptions {
  db?: string;
  /** utf-8 or gb18030 (gbk): a CSV's encoding, when detection should not decide */
  encoding?: string;
}

const ENCODING_NAMES: Record<string, CsvEncoding> = {
  'utf-8': 'utf-8',
  utf8: 'utf-8',
  gb18030: 'gb18030',
  gbk: 'gb18030',
  gb2312: 'gb18030',
};

/** The file on disk, with the encoding the user named (GBK and GB2312 are read as their superset GB18030). */
function sourceOf(file: string, options: ImportOptions): { path: string; encoding?: CsvEncoding } {
  if (options.encoding === undefined) return { path: file };
  const encoding = ENCODING_NAMES[options.encoding.toLowerCase()];
  if (!encoding)
    throw new AppError(
      'VALIDATION_FAILED',
      `--encoding 应为 utf-8、gb18030 或 gbk，而不是 ${options.encoding}`,
      {
        field: 'encoding',
      },
    );
  return { path: file, encoding };
}

/** Every row error on its own line, then a short failure that main() turns into exit code 2. */
function reportRowErrors(error: ImportValidationError): never {
  for (const e of error.errors)
    console.error(`第 ${e.row} 行${e.column ? `「${e.column}」` : ''} ${e.code}：${e.message}`);
  throw new AppError('IMPORT_INVALID', error.message);
}

async function runImport(
  opened: Opened,
  kind: ImportKind,
  file: string,
  options: ImportOptions,
): Promise<ImportResult> {
  const { imports, units } = opened.services;
  const actor = systemActor((await units.directory()).root()?.code ?? '');
  // Read from disk row by row: a file of 100,000 tickets is never held whole.
  const source = sourceOf(file, options);
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

/** The 诉求分类 code list (分类编码, 分类名称, 上级分类编码 …): any invalid row imports nothing. */
export async function importCategories(file: string, options: ImportOptions): Promise<void> {
  const opened = await openDatabase(options);
  try {
    const actor = systemActor((await opened.services.units.directory()).root()?.code ?? '');
    const result = await opened.services.categories.importFile(
      actor,
      sourceOf(file, options),
      basename(file),
    );
    console.log(`导入完成：新增 ${result.created}，更新 ${result.updated}，未变 ${result.unchanged}`);
  } catch (error) {
    if (error instanceof ImportValidationError) reportRowErrors(error);
    throw error;
  } finally {
    await opened.close();
  }
}

export async function importRecords(kind: ImportKind, file: string, options: ImportOptions): Promise<void> {
  const opened = await openDatabase(options);
  try {
    const started = Date.now();
    const result = await runImport(opened, kind, file, options);
    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    console.log(`导入完成：新增 ${result.imported}，已存在跳过 ${result.skipped}（${seconds} 秒）`);
  } catch (error) {
    if (error instanceof ImportValidationError) reportRowErrors(error);
    throw error;
  } finally {
    await opened.close();
  }
}
