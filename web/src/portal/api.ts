import { ApiError, createApiClient, type Transport } from '../../../src/contracts/client.ts';
import type { kbContract } from '../../../src/contracts/kb.contract.ts';
import type { portalContract } from '../../../src/contracts/portal.contract.ts';
import type { RouteContract } from '../../../src/contracts/route-contract.ts';
import type { RequestOf, ResponseOf } from '../../../src/contracts/client.ts';

// The portal's calls (docs/portal.md, the API of /api/public/portal/). Typed by the contracts but loading none of
// their zod schemas: a phone downloads only React and these pages.

export { ApiError };

const NETWORK_MESSAGE = '网络连接失败，请检查网络后重试';

/** Same-origin fetch; an answer that is not the API's JSON envelope (a proxy's error page) becomes one. */
const transport: Transport = async (request) => {
  let response: Response;
  try {
    response = await fetch(request.url, {
      method: request.method,
      headers: request.headers,
      ...(request.body === undefined ? {} : { body: request.body }),
      credentials: 'same-origin',
    });
  } catch {
    throw new ApiError(0, 'NETWORK', NETWORK_MESSAGE);
  }
  return { status: response.status, body: await jsonText(response) };
};

async function jsonText(response: Response): Promise<string> {
  const text = await response.text();
  try {
    if (text) JSON.parse(text);
    return text;
  } catch {
    const message =
      response.status === 429
        ? '操作太频繁，请稍后再试'
        : `服务暂时不可用（HTTP ${response.status}），请稍后再试`;
    return JSON.stringify({ error: { code: 'UNKNOWN', message } });
  }
}

const client = createApiClient(transport);

/** A route by its type only (the console's `lean`): the client reads nothing but the method and the path. */
function lean<C extends RouteContract>(method: C['method'], path: C['path']): C {
  return { method, path } as unknown as C;
}

type Portal = typeof portalContract;
const OPTIONS = lean<Portal['options']>('GET', '/api/public/portal/options');
const PLACES = lean<Portal['places']>('GET', '/api/public/portal/places');
const SUBMIT = lean<Portal['submitAppeal']>('POST', '/api/public/portal/appeals');
const TRACK_CODE = lean<Portal['trackCode']>('POST', '/api/public/portal/track/code');
const TRACK_VERIFY = lean<Portal['trackVerify']>('POST', '/api/public/portal/track/verify');
const TICKET = lean<Portal['ticket']>('GET', '/api/public/portal/tickets/:number');
const RATE = lean<Portal['rate']>('POST', '/api/public/portal/tickets/:number/rating');
const FAQ = lean<typeof kbContract.publicFaq>('GET', '/api/public/faq');

export type PortalOptions = ResponseOf<Portal['options']>;
export type PortalPlace = ResponseOf<Portal['places']>['places'][number];
export type PortalCategory = PortalOptions['categories'][number];
export type AppealInput = RequestOf<Portal['submitAppeal']>['body'];
export type TicketView = ResponseOf<Portal['ticket']>;
export type RatingInput = RequestOf<Portal['rate']>['body'];
export type FaqArticle = ResponseOf<typeof kbContract.publicFaq>[number];
export type PhotoSaved = ResponseOf<Portal['uploadPhoto']>;

let optionsOnce: Promise<PortalOptions> | undefined;
/** The form's choices change rarely: asked once per visit (and again after a failure). */
export function loadOptions(): Promise<PortalOptions> {
  optionsOnce ??= client.call(OPTIONS, {}).catch((error: unknown) => {
    optionsOnce = undefined;
    throw error;
  });
  return optionsOnce;
}

export const searchPlaces = (q: string, district?: string) =>
  client.call(PLACES, { query: { q, ...(district ? { district } : {}) } });

export const submitAppeal = (body: AppealInput) => client.call(SUBMIT, { body });

export const requestTrackCode = (number: string, phone: string) =>
  client.call(TRACK_CODE, { body: { number, phone } });

export const verifyTrackCode = (number: string, phone: string, code: string) =>
  client.call(TRACK_VERIFY, { body: { number, phone, code } });

export const loadTicket = (number: string, token: string) =>
  client.call(TICKET, { params: { number }, headers: { 'x-track-token': token } });

export const rateTicket = (number: string, token: string, body: RatingInput) =>
  client.call(RATE, { params: { number }, headers: { 'x-track-token': token }, body });

export const searchFaq = (q: string) => client.call(FAQ, { query: { q, limit: 8 } });

/** POST /api/public/portal/photos: multipart, one field `file` (the JSON client cannot send it). */
export async function uploadPhoto(file: File): Promise<PhotoSaved> {
  const form = new FormData();
  form.append('file', file, file.name);
  let response: Response;
  try {
    // No content-type: the browser writes multipart/form-data with its boundary.
    response = await fetch('/api/public/portal/photos', {
      method: 'POST',
      headers: { accept: 'application/json' },
      body: form,
      credentials: 'same-origin',
    });
  } catch {
    throw new ApiError(0, 'NETWORK', NETWORK_MESSAGE);
  }
  return parseAnswer<PhotoSaved>({ status: response.status, body: await jsonText(response) });
}

/** A photo of the ticket as a data: address (the page's CSP allows data: images, and the token is a header). */
export async function loadTicketPhoto(number: string, id: number, token: string): Promise<string> {
  const url = `/api/public/portal/tickets/${encodeURIComponent(number)}/photos/${id}`;
  let response: Response;
  try {
    response = await fetch(url, { headers: { 'x-track-token': token }, credentials: 'same-origin' });
  } catch {
    throw new ApiError(0, 'NETWORK', NETWORK_MESSAGE);
  }
  if (!response.ok) parseAnswer({ status: response.status, body: await jsonText(response) });
  return readAsDataUrl(await response.blob());
}

export function readAsDataUrl(blob: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error ?? new Error('read failed'));
    reader.readAsDataURL(blob);
  });
}

function parseAnswer<T>(answer: { status: number; body: string }): T {
  const parsed: unknown = answer.body ? JSON.parse(answer.body) : undefined;
  if (answer.status >= 400) {
    const error = (parsed as { error?: { code?: string; message?: string; details?: unknown } })?.error;
    throw new ApiError(answer.status, error?.code ?? 'UNKNOWN', error?.message ?? '', error?.details);
  }
  return parsed as T;
}

/** The fields an error names: `details.fields[]` (validation) or `details.field` (a single refusal). */
export function fieldErrors(error: unknown): Record<string, string> {
  if (!(error instanceof ApiError) || !error.details || typeof error.details !== 'object') return {};
  const details = error.details as { fields?: unknown; field?: unknown };
  const found: Record<string, string> = {};
  if (Array.isArray(details.fields)) {
    for (const item of details.fields as { field?: unknown; message?: unknown }[]) {
      if (typeof item?.field === 'string') found[item.field] ??= String(item.message ?? error.message);
    }
  } else if (typeof details.field === 'string') {
    found[details.field] = error.message;
  }
  return found;
}

/** One sentence for the citizen: the server's Chinese message, or a plain one when there is none. */
export function messageOf(error: unknown): string {
  if (error instanceof ApiError) {
    if (error.message) return error.message;
    if (error.status === 429) return '操作太频繁，请稍后再试';
    return `操作未成功（${error.code}），请稍后再试`;
  }
  return NETWORK_MESSAGE;
}
