import type { z } from 'zod';
import type { bulletinContract } from '../../../../src/contracts/bulletin.contract.ts';
import type { BulletinRequest } from '../../../../src/contracts/bulletin.schemas.ts';
import type { RequestOf } from '../../../../src/contracts/client.ts';
import { ApiError, api, lean } from '../../api/client.ts';
import { fetchTransport } from '../../api/transport.ts';

// The bulletin screen's requests. The contracts come by type only (lean), so no zod schema enters the chunk.

export type DraftRequest = z.input<typeof BulletinRequest>;
export type PrintedHighlight = { ticketNumber: string | null; title: string; text: string };

const HIGHLIGHT_DRAFT = lean<typeof bulletinContract.highlightDraft>(
  'GET',
  '/api/bulletin/highlights/:number',
);
const LIST_ISSUES = lean<typeof bulletinContract.listIssues>('GET', '/api/bulletins');
const ISSUE = lean<typeof bulletinContract.issueBulletin>('POST', '/api/bulletins');

export const bulletinKeys = {
  issues: (page: number) => ['bulletin-issues', page] as const,
  allIssues: ['bulletin-issues'] as const,
  preview: (request: DraftRequest) => ['bulletin-preview', request] as const,
};

export const fetchHighlightDraft = (number: string) => api.call(HIGHLIGHT_DRAFT, { params: { number } });
export const fetchIssues = (page: number, pageSize: number) =>
  api.call(LIST_ISSUES, { query: { page, pageSize } });
export const issueBulletin = (body: RequestOf<typeof ISSUE>['body']) => api.call(ISSUE, { body });

export const issueDocumentUrl = (id: number, format: string) =>
  `/api/bulletins/${id}/document?format=${encodeURIComponent(format)}`;

function errorOf(status: number, body: string): ApiError {
  let error: { code?: string; message?: string; details?: unknown } = {};
  try {
    error = (JSON.parse(body) as { error?: typeof error }).error ?? {};
  } catch {
    // not the JSON envelope: keep the status only
  }
  return new ApiError(status, error.code ?? 'UNKNOWN', error.message ?? `HTTP ${status}`, error.details);
}

/** The draft as the HTML document reads (POST /api/bulletin, format html), for a sandboxed frame. */
export async function fetchPreviewHtml(request: DraftRequest): Promise<string> {
  const answer = await fetchTransport({
    method: 'POST',
    url: '/api/bulletin',
    headers: { 'content-type': 'application/json', accept: 'text/html' },
    body: JSON.stringify({ ...request, format: 'html' }),
  });
  if (answer.status !== 200) throw errorOf(answer.status, answer.body);
  return answer.body;
}

/** An issued bulletin drawn again from its record, as HTML. */
export async function fetchIssueHtml(id: number): Promise<string> {
  const answer = await fetchTransport({
    method: 'GET',
    url: issueDocumentUrl(id, 'html'),
    headers: { accept: 'text/html' },
  });
  if (answer.status !== 200) throw errorOf(answer.status, answer.body);
  return answer.body;
}
