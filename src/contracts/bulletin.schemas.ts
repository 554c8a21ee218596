import { z } from 'zod';
import { LocalTime } from './common.schemas.ts';

const Day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, '日期格式应为 YYYY-MM-DD');

export const BulletinFormatSchema = z.enum(['json', 'html', 'docx', 'xlsx', 'pdf']);

export const BulletinQuery = z.object({
  /** First day of registration, YYYY-MM-DD */
  from: Day,
  /** Last day of registration, YYYY-MM-DD */
  to: Day,
  /** Figures as of this moment; defaults to now */
  asOf: LocalTime.optional(),
  /** Scoring scheme preset id */
  scheme: z.string().trim().min(1).max(64).optional(),
  format: BulletinFormatSchema.default('json'),
  /** 工单编号 of notable tickets to quote (典型件); repeat for several */
  highlight: z
    .union([z.string(), z.array(z.string())])
    .optional()
    .transform((value) => (value === undefined ? [] : Array.isArray(value) ? value : [value])),
});

export const BulletinRequest = z.object({
  from: Day,
  to: Day,
  asOf: LocalTime.optional(),
  scheme: z.string().trim().min(1).max(64).optional(),
  format: BulletinFormatSchema.default('json'),
  publishedOn: Day.optional(),
  /** Notable tickets chosen by a supervisor, with the bulletin's own wording */
  highlights: z
    .array(
      z.object({
        ticketNumber: z.string().trim().min(1).max(32).nullable().default(null),
        title: z.string().trim().min(1).max(200).optional(),
        text: z.string().trim().min(1).max(4000).optional(),
      }),
    )
    .max(20)
    .default([]),
});
