import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import type { attachmentsContract } from '../../../../src/contracts/attachments.contract.ts';
import type { ResponseOf } from '../../../../src/contracts/client.ts';
import { api, ApiError, lean } from '../../api/client.ts';
import { sessionGate } from '../../api/session-gate.ts';

export type AttachmentList = ResponseOf<typeof attachmentsContract.listForTicket>;
export type AttachmentView = AttachmentList['items'][number];

const LIST = lean<typeof attachmentsContract.listForTicket>('GET', '/api/tickets/:id/attachments');
const UPLOAD_PATH: (typeof attachmentsContract.uploadToTicket)['path'] = '/api/tickets/:id/attachments';

/** Under ['tickets', …]: a live update about the ticket refreshes its files too. */
export const attachmentsKey = (ticketId: number) => ['tickets', 'attachments', ticketId] as const;

export function useTicketAttachments(ticketId: number) {
  return useQuery({
    queryKey: attachmentsKey(ticketId),
    queryFn: () => api.call(LIST, { params: { id: ticketId } }),
    staleTime: 30_000,
  });
}

/** Adds a just-uploaded file to the cached list, then asks the server for the list as it stands. */
export function useAttachmentAdded(ticketId: number) {
  const queryClient = useQueryClient();
  return useCallback(
    (view: AttachmentView) => {
      queryClient.setQueryData<AttachmentList>(attachmentsKey(ticketId), (list) =>
        list ? { ...list, items: [...list.items.filter((item) => item.id !== view.id), view] } : list,
      );
      void queryClient.invalidateQueries({ queryKey: attachmentsKey(ticketId) });
    },
    [queryClient, ticketId],
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
 * POST /api/tickets/:id/attachments with the file's bytes as the body (the JSON client cannot send bytes). The
 * server reads the type from the bytes, so the declared type is a neutral one: a .json file must not be parsed
 * as the request's JSON. A session that ended meanwhile is renewed by the re-login dialog, as for any request.
 */
export async function uploadTicketAttachment(ticketId: number, file: File): Promise<AttachmentView> {
  const url = `${UPLOAD_PATH.replace(':id', String(ticketId))}?${new URLSearchParams({ fileName: file.name })}`;
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
