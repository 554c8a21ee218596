import { writeFileSync } from 'node:fs';
import { basename, extname } from 'node:path';
import { UpperExportQuery } from '../contracts/exchange.schemas.ts';
import { systemActor } from '../domain/access/actor.ts';
import { ImportValidationError } from '../modules/imports/index.ts';
import { AppError } from '../shared/errors.ts';
import { encodingOf, reportRowErrors, type ImportOptions } from './import.action.ts';
import { openDatabase, type Opened } from './open-database.ts';

export type UpperImportOptions = ImportOptions;
export interface UpperExportOptions {
  db?: string;
  from: string;
  to: string;
  out: string;
}

async function rootActor(opened: Opened) {
  return systemActor((await opened.services.units.directory()).root()?.code ?? '');
}

export async function importUpper(file: string, options: UpperImportOptions): Promise<void> {
  const encoding = encodingOf(options);
  const opened = await openDatabase(options);
  try {
    const result = await opened.services.exchange.importUpper(
      await rootActor(opened),
      encoding === undefined ? { path: file } : { path: file, encoding },
      basename(file),
    );
    console.log(`导入完成：新登记 ${result.imported}，已导入跳过 ${result.skipped}`);
    for (const ticket of result.tickets) console.log(`${ticket.upperNumber}\t${ticket.ticketNumber}`);
  } catch (error) {
    if (error instanceof ImportValidationError) reportRowErrors(error);
    throw error;
  } finally {
    await opened.close();
  }
}

export async function exportUpper(options: UpperExportOptions): Promise<void> {
  const parsed = UpperExportQuery.safeParse({
    from: options.from,
    to: options.to,
    format: extname(options.out).toLowerCase() === '.csv' ? 'csv' : 'xlsx',
  });
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new AppError('VALIDATION_FAILED', `--${String(issue.path[0])}：${issue.message}`, {
      field: String(issue.path[0]),
    });
  }
  const opened = await openDatabase(options);
  try {
    const file = await opened.services.exchange.exportUpper(await rootActor(opened), parsed.data);
    writeFileSync(options.out, file.body);
    console.log(`已写入 ${options.out}`);
  } finally {
    await opened.close();
  }
}
