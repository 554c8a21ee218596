import { parseEnvelope } from './client.ts';
import { sessionGate } from './session-gate.ts';
import { isSessionLoss } from './transport.ts';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** What a file input offers for the import files (CSV or XLSX; .txt for CSV saved under that name). */
export const SPREADSHEET_ACCEPT = `.csv,.txt,.xlsx,text/csv,${XLSX}`;

/** Where an upload stands: bytes sent, then the server reading and checking every row. */
export type UploadPhase =
  { phase: 'uploading'; loaded: number; total: number } | { phase: 'processing'; since: number };

export function contentTypeOf(fileName: string): string {
  const lower = fileName.toLowerCase();
  if (lower.endsWith('.csv') || lower.endsWith('.txt')) return 'text/csv';
  if (lower.endsWith('.xlsx')) return XLSX;
  return 'application/octet-stream';
}

function send(
  url: string,
  file: File,
  onPhase: (phase: UploadPhase) => void,
): Promise<{ status: number; body: string }> {
  // XMLHttpRequest rather than fetch: only it reports the bytes sent (upload.onprogress), and a ticket export of
  // 100 000 rows is tens of MB.
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', url);
    xhr.withCredentials = true;
    xhr.setRequestHeader('content-type', contentTypeOf(file.name));
    xhr.setRequestHeader('accept', 'application/json');
    xhr.upload.onprogress = (event) =>
      onPhase({
        phase: 'uploading',
        loaded: event.loaded,
        total: event.lengthComputable ? event.total : file.size,
      });
    xhr.upload.onload = () => onPhase({ phase: 'processing', since: Date.now() });
    xhr.onload = () => resolve({ status: xhr.status, body: xhr.responseText });
    xhr.onerror = () => reject(new TypeError('network error'));
    xhr.onabort = () => reject(new TypeError('aborted'));
    onPhase({ phase: 'uploading', loaded: 0, total: file.size });
    xhr.send(file);
  });
}

/**
 * POSTs a file as the request body and answers the parsed JSON, or throws the API's error envelope as an
 * ApiError (IMPORT_INVALID carries `details.errors`). A session that ended meanwhile is handled like every other
 * request of the console: the re-login dialog, then the same file is sent again (the server refused it before
 * reading a byte, so nothing was imported).
 */
export async function uploadWithProgress<T>(
  url: string,
  file: File,
  onPhase: (phase: UploadPhase) => void = () => undefined,
): Promise<T> {
  let answer = await send(url, file, onPhase);
  while (isSessionLoss(answer.status, answer.body) && sessionGate.recoverable()) {
    await sessionGate.waitForRelogin();
    answer = await send(url, file, onPhase);
  }
  return parseEnvelope<T>(answer);
}
