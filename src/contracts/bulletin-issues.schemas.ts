import { z } from 'zod';
import { BulletinFormatSchema } from './bulletin.schemas.ts';
import { LocalTime } from './common.schemas.ts';

const Day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, '日期格式应为 YYYY-MM-DD');

/** A 典型件 as printed: the ticket it quotes (if any) and the bulletin's own wording. */
export const PrintedHighlight = z.object({
  ticketNumber: z.string().nullable(),
  title: z.string(),
  text: z.string(),
});

/** Issuing a bulletin: what decides its figures and its wording, all of it kept with the issue. */
export const IssueBulletinRequest = z.object({
  from: Day,
  to: Day,
  /** Figures as of this moment; defaults to the end of the last whole day (figures count whole days) */
  asOf: LocalTime.optional(),
  /** Scoring scheme id; its version in force is recorded */
  scheme: z.string().trim().min(1).max(64).optional(),
  publishedOn: Day.optional(),
  highlights: z
    .array(
      z.object({
        ticketNumber: z.string().trim().min(1).max(32).nullable().default(null),
        title: z.string().trim().min(1, '请填写典型件标题').max(200).optional(),
        text: z.string().trim().min(1, '请填写典型件正文').max(4000).optional(),
      }),
    )
    .max(20)
    .default([]),
});

/** An issued bulletin as recorded. */
export const BulletinIssueView = z.object({
  id: z.number().int(),
  title: z.string(),
  period: z.object({ from: z.string(), to: z.string() }),
  /** ISO 8601 */
  asOf: z.string(),
  scheme: z.object({ id: z.string(), version: z.number().int() }),
  publishedOn: z.string(),
  highlights: z.array(PrintedHighlight),
  /** SHA-256 (hex) of the DOCX handed out when it was issued */
  docxSha256: z.string(),
  /** SHA-256 (hex) of the bulletin's canonical JSON: a reproduction with the same digest has the same content */
  jsonSha256: z.string(),
  issuedBy: z.object({ userId: z.number().int().nullable(), name: z.string() }),
  /** ISO 8601 */
  issuedAt: z.string(),
});
export type BulletinIssueView = z.infer<typeof BulletinIssueView>;

export const BulletinIssueList = z.object({ items: z.array(BulletinIssueView), total: z.number().int() });

export const BulletinIssueListQuery = z.object({
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(20),
});

export const BulletinIssueParams = z.object({ id: z.coerce.number().int().min(1) });

export const BulletinIssueDocumentQuery = z.object({ format: BulletinFormatSchema.default('json') });

export const HighlightDraftParams = z.object({ number: z.string().trim().min(1).max(32) });
