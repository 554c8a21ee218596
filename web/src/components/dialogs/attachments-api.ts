import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import type { attachmentsContract } from '../../../../src/contracts/attachments.contract.ts';
import type { ResponseOf } from '../../../../src/contracts/client.ts';
import { api, ApiError, lean } from '../../api/client.ts';
import { sessionGate } from '../../api/session-gate.ts';

export type AttachmentList = ResponseOf<typeof attachmentsContract.listForTicket>;
export type AttachmentView = AttachmentList['items'][number];

/** What the files belong to: a ticket (evidence of handling) or a knowledge-base article. */
export type AttachmentOwner = { kind: 'ticket' | 'kbArticle'; id: number };

const LIST = {
  ticket: lean<typeof attachmentsContract.listForTicket>('GET', '/api/tickets/:id/attachments'),
  kbArticle: lean<typeof attachmentsContract.listForArticle>('GET', '/api/kb/articles/:id/attachments'),
};
const UPLOAD_PATH: Record<AttachmentOwner['kind'], string> = {
  ticket: '/api/tickets/:id/attachments' satisfies (typeof attachmentsContract.uploadToTicket)['path'],
  kbArticle:
    '/api/kb/articles/:id/attachments' satisfies (typeof attachmentsContract.uploadToArticle)['path'],
};

/** A ticket's under ['tickets', …]: a live update about the ticket refreshes its files too. */
export const attachmentsKey = (owner: AttachmentOwner) =>
  [owner.kind === 'ticket' ? 'tickets' : 'kb', 'attachments', owner.id] as const;

export function useAttachments(owner: AttachmentOwner) {
  return useQuery({
    queryKey: attachmentsKey(owner),
    queryFn: () => api.call(LIST[owner.kind], { params: { id: owner.id } }),
    staleTime: 30_000,
  });
}

export const useTicketAttachments = (ticketId: number) => useAttachments({ kind: 'ticket', id: ticketId });

/** Adds a just-uploaded file to the cached list, then asks the server for the list as it stands. */
export function useAttachmentAdded(owner: AttachmentOwner) {
  const queryClient = useQueryClient();
  const { kind, id } = owner;
  return useCallback(
    (view: AttachmentView) => {
      const key = attachmentsKey({ kind, id });
      queryClient.setQueryData<AttachmentList>(key, (list) =>
        list ? { ...list, items: [...list.items.filter((item) => item.id !== view.id), view] } : list,
      );
      void queryClient.invalidateQueries({ queryKey: key });
    },
    [queryClient, kind, id],
  );
}

async function errorOf(response: Response): Promise<ApiError> {
  const text = await response.text();
  let error: { code?: string; message?: string; details?: unknown } = {};
  try {
    error = (JSON.parse(text) as { error?: typeof error }).error ?? {};
  } catch {
    // a proxy's page, not the API's envelope: the status says enough
  }
  return new ApiError(response.status, error.code ?? 'UNKNOWN', error.message ?? '', error.details);
}

/**
 * POST /api/tickets/:id/attachments (or an article's) with the file's bytes as the body (the JSON client cannot send bytes). The
 * server reads the type from the bytes, so the declared type is a neutral one: a .json file must not be parsed
 * as the request's JSON. A session that ended meanwhile is renewed by the re-login dialog, as for any request.
 */
export async function uploadAttachment(owner: AttachmentOwner, file: File): Promise<AttachmentView> {
  const path = UPLOAD_PATH[owner.kind].replace(':id', String(owner.id));
  const url = `${path}?${new URLSearchParams({ fileName: file.name })}`;
  const send = () =>
    fetch(url, {
      method: 'POST',
      body: file,
      credentials: 'same-origin',
      headers: { accept: 'application/json', 'content-type': 'application/octet-stream' },
    });
  let response = await send();
  while (response.status === 401 && sessionGate.recoverable()) {
    await sessionGate.waitForRelogin();
    response = await send();
  }
  if (!response.ok) throw await errorOf(response);
  return (await response.json()) as AttachmentView;
}

/** 20 MB, 512 KB, 980 B */
export function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${Math.round((bytes / 1024 / 1024) * 10) / 10} MB`;
  if (bytes >= 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${bytes} B`;
}
