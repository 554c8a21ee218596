import { z } from 'zod';

export const ATTACHMENT_OWNER_KINDS = ['ticket', 'kbArticle'] as const;
export type AttachmentOwnerKind = (typeof ATTACHMENT_OWNER_KINDS)[number];

export const AttachmentOwnerParams = z.object({ id: z.coerce.number().int().positive() });
export const AttachmentIdParams = z.object({ id: z.coerce.number().int().positive() });

/** The file's bytes are the request body; its name and a short note travel in the query. */
export const AttachmentUploadQuery = z.object({
  fileName: z
    .string({ error: '请提供文件名 fileName' })
    .trim()
    .min(1, '请提供文件名 fileName')
    .max(255, '文件名不超过 255 个字符'),
  note: z.string().trim().max(200, '说明不超过 200 个字符').optional(),
});

export const WithdrawAttachmentInput = z.object({
  reason: z.string().trim().min(1, '请填写撤回原因').max(200, '撤回原因不超过 200 个字符'),
});

export const AttachmentView = z.object({
  id: z.number(),
  ownerKind: z.enum(ATTACHMENT_OWNER_KINDS),
  ownerId: z.number(),
  fileName: z.string(),
  /** Detected from the bytes, not from what the client declared */
  mediaType: z.string(),
  sizeBytes: z.number(),
  sha256: z.string(),
  note: z.string().nullable(),
  uploadedBy: z.string(),
  uploaderUnitCode: z.string(),
  uploadedAt: z.string(),
  /** A withdrawn file stays on record (nothing is lost) but no longer counts as evidence */
  withdrawnAt: z.string().nullable(),
  /** Where the bytes are read: GET with the same session */
  contentUrl: z.string(),
});
export type AttachmentView = z.output<typeof AttachmentView>;

export const AttachmentList = z.object({
  items: z.array(AttachmentView),
  /** The limits the server enforces, for the upload control to show before a byte is sent */
  limits: z.object({ maxBytes: z.number(), maxFiles: z.number(), accepted: z.string() }),
});
