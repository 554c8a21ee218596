import { ApiError, type Transport } from '../../../src/contracts/client.ts';
import { sessionGate } from './session-gate.ts';

type Request = Parameters<Transport>[0];

const LOGIN_PATH = '/api/auth/login';

async function send(request: Request): Promise<{ status: number; body: string }> {
  const response = await fetch(request.url, {
    method: request.method,
    headers: request.headers,
    ...(request.body === undefined ? {} : { body: request.body }),
    credentials: 'same-origin',
  });
  return { status: response.status, body: await response.text() };
}

/** A 401 that says the session ended (not a wrong password or a refused token): the re-login dialog applies. */
export function isSessionLoss(status: number, body: string): boolean {
  if (status !== 401) return false;
  try {
    return (JSON.parse(body) as { error?: { code?: string } }).error?.code === 'UNAUTHENTICATED';
  } catch {
    return false;
  }
}

/**
 * Same-origin fetch with the session cookie. A 401 during an active session waits for the re-login dialog and
 * sends the request again: the server refused it before doing anything (authentication runs first), so a
 * repeated POST cannot act twice.
 */
export const fetchTransport: Transport = async (request) => {
  let answer = await send(request);
  while (
    isSessionLoss(answer.status, answer.body) &&
    request.url !== LOGIN_PATH &&
    sessionGate.recoverable()
  ) {
    await sessionGate.waitForRelogin();
    answer = await send(request);
  }
  return answer;
};

/**
 * Downloads a file (exports): the same session handling, then the browser's save dialog. `post` sends a JSON
 * body instead of a GET, for documents whose request does not fit an address (a bulletin's edited 典型件).
 */
export async function downloadFile(url: string, fallbackName: string, post?: unknown): Promise<void> {
  const get = () =>
    fetch(url, {
      credentials: 'same-origin',
      ...(post === undefined
        ? {}
        : {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify(post),
          }),
    });
  let response = await get();
  while (response.status === 401 && sessionGate.recoverable()) {
    await sessionGate.waitForRelogin();
    response = await get();
  }
  if (!response.ok) {
    const body = await response.text();
    let error: { code?: string; message?: string; details?: unknown } = {};
    try {
      error = (JSON.parse(body) as { error?: typeof error }).error ?? {};
    } catch {
      // not the JSON envelope: keep the status only
    }
    throw new ApiError(response.status, error.code ?? 'UNKNOWN', error.message ?? '', error.details);
  }
  const disposition = response.headers.get('content-disposition') ?? '';
  const encoded = /filename\*=UTF-8''([^;]+)/i.exec(disposition)?.[1];
  const plain = /filename="?([^";]+)"?/i.exec(disposition)?.[1];
  const name = encoded ? decodeURIComponent(encoded) : (plain ?? fallbackName);
  const link = document.createElement('a');
  link.href = URL.createObjectURL(await response.blob());
  link.download = name;
  link.click();
  setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
}
