import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { CsvEncoding } from '../contracts/imports.schemas.ts';
import { ImportValidationError, withNamedEncoding, type ImportResult } from '../modules/imports/index.ts';
import { systemActor } from '../domain/access/actor.ts';
import { AppError } from '../shared/errors.ts';
import { openDatabase, type Opened } from './open-database.ts';

export type ImportKind = 'tickets' | 'calls' | 'kb';

export interface ImportOptions {
  db?: string;
  /** utf8 or gb18030 (gbk): a CSV's encoding, when detection should not decide */
  encoding?: string;
}

/** The encoding named by --encoding, the same names ?encoding= takes (GBK and GB2312 read as GB18030). */
export function encodingOf(options: ImportOptions): CsvEncoding | undefined {
  if (options.encoding === undefined) return undefined;
  const parsed = CsvEncoding.safeParse(options.encoding.toLowerCase());
  if (!parsed.success)
    throw new AppError(
      'VALIDATION_FAILED',
      `--encoding 应为 utf8、gb18030 或 gbk，而不是 ${options.encoding}`,
      {
        field: 'encoding',
      },
    );
  return parsed.data;
}

/** The file on disk, read row by row by the import; a file of 100,000 tickets is never held whole. */
function sourceOf(file: string, options: ImportOptions): { path: string; encoding?: CsvEncoding } {
  const encoding = encodingOf(options);
  return encoding === undefined ? { path: file } : { path: file, encoding };
}

/** Every row error on its own line, then a short failure that main() turns into exit code 2. */
export function reportRowErrors(error: ImportValidationError): never {
  for (const e of error.errors)
    console.error(`第 ${e.row} 行${e.column ? `「${e.column}」` : ''} ${e.code}：${e.message}`);
  throw new AppError('IMPORT_INVALID', error.message);
}

async function runImport(
  opened: Opened,
  kind: ImportKind,
  source: { path: string; encoding?: CsvEncoding },
): Promise<ImportResult> {
  const { imports, units } = opened.services;
  const actor = systemActor((await units.directory()).root()?.code ?? '');
  const name = basename(source.path);
  if (kind === 'tickets') return imports.importTickets(actor, source, name);
  if (kind === 'calls') return imports.importCalls(actor, source, name);
  return imports.importKb(actor, source, name);
}

export async function importUnits(file: string, options: ImportOptions): Promise<void> {
  const bytes = withNamedEncoding(readFileSync(file), encodingOf(options), basename(file));
  const opened = await openDatabase(options);
  try {
    const result = await opened.services.units.importUnits(systemActor(''), bytes, basename(file));
    console.log(`导入完成：新增 ${result.created}，更新 ${result.updated}，未变 ${result.unchanged}`);
  } catch (error) {
    if (error instanceof ImportValidationError) reportRowErrors(error);
    throw error;
  } finally {
    await opened.close();
  }
}

/** The 诉求分类 code list (分类编码, 分类名称, 上级分类编码 …): any invalid row imports nothing. */
export async function importCategories(file: string, options: ImportOptions): Promise<void> {
  const source = sourceOf(file, options);
  const opened = await openDatabase(options);
  try {
    const actor = systemActor((await opened.services.units.directory()).root()?.code ?? '');
    const result = await opened.services.categories.importFile(actor, source, basename(file));
    console.log(`导入完成：新增 ${result.created}，更新 ${result.updated}，未变 ${result.unchanged}`);
  } catch (error) {
    if (error instanceof ImportValidationError) reportRowErrors(error);
    throw error;
  } finally {
    await opened.close();
  }
}

export async function importRecords(kind: ImportKind, file: string, options: ImportOptions): Promise<void> {
  // A misspelt --encoding is refused before the database is opened (and perhaps migrated).
  const source = sourceOf(file, options);
  const opened = await openDatabase(options);
  try {
    const started = Date.now();
    const result = await runImport(opened, kind, source);
    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    console.log(`导入完成：新增 ${result.imported}，已存在跳过 ${result.skipped}（${seconds} 秒）`);
  } catch (error) {
    if (error instanceof ImportValidationError) reportRowErrors(error);
    throw error;
  } finally {
    await opened.close();
  }
}
