import type { categoriesContract } from '../../../../../src/contracts/categories.contract.ts';
import type { ResponseOf } from '../../../../../src/contracts/client.ts';
import { ApiError } from '../../../api/client.ts';
import { sessionGate } from '../../../api/session-gate.ts';

export type CategoryImportResult = ResponseOf<typeof categoriesContract.importCategories>;

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

function contentTypeOf(fileName: string): string {
  const lower = fileName.toLowerCase();
  if (lower.endsWith('.csv') || lower.endsWith('.txt')) return 'text/csv';
  if (lower.endsWith('.xlsx')) return XLSX;
  return 'application/octet-stream';
}

function send(file: File): Promise<Response> {
  return fetch(`/api/categories/import?fileName=${encodeURIComponent(file.name)}`, {
    method: 'POST',
    headers: { 'content-type': contentTypeOf(file.name), accept: 'application/json' },
    body: file,
    credentials: 'same-origin',
  });
}

/**
 * Sends a category file (CSV or XLSX) as the request body. The file is a few hundred rows at most, so a plain
 * fetch with a spinner is enough. A session that ended meanwhile gets the re-login dialog, then the same file
 * is sent again: the server refused it before reading it, so nothing was imported twice.
 */
export async function importCategoryFile(file: File): Promise<CategoryImportResult> {
  let response = await send(file);
  while (response.status === 401 && sessionGate.recoverable()) {
    await sessionGate.waitForRelogin();
    response = await send(file);
  }
  const text = await response.text();
  let parsed: unknown;
  try {
    parsed = text ? JSON.parse(text) : undefined;
  } catch {
    throw new ApiError(response.status, 'UNKNOWN', `服务器返回了无法识别的内容（HTTP ${response.status}）`);
  }
  if (!response.ok) {
    const error = (parsed as { error?: { code?: string; message?: string; details?: unknown } })?.error;
    throw new ApiError(response.status, error?.code ?? 'UNKNOWN', error?.message ?? '', error?.details);
  }
  return parsed as CategoryImportResult;
}
