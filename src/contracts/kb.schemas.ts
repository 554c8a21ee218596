import { z } from 'zod';
import { KB_STATUSES } from '../domain/kb/article-workflow.ts';
import { isLocalDate } from '../domain/time.ts';
import { CategoryCode, NonEmptyText, Pagination, UnitCode } from './common.schemas.ts';

const LocalDay = z
  .string()
  .refine(isLocalDate, { message: '日期格式应为 YYYY-MM-DD' })
  .meta({ example: '2024-01-01' });

export const KbArticleInput = z.object({
  /** 标题 */
  title: NonEmptyText(300),
  /** 正文 (Markdown; raw HTML is shown as text, never run) */
  content: NonEmptyText(100_000),
  /** 诉求分类编码 */
  categoryCode: CategoryCode.nullable().default(null),
  keywords: z.array(NonEmptyText(30)).max(20).default([]),
  /** 适用区县 (district unit codes); empty: the whole city */
  districtCodes: z.array(UnitCode).max(30).default([]),
  effectiveFrom: LocalDay.nullable().default(null),
  expiresOn: LocalDay.nullable().default(null),
  /** 维护单位; unit staff default to their own unit */
  unitCode: UnitCode.optional(),
  /** For the centre and the unit only: never shown to citizens */
  internalNote: z.string().trim().max(2000).nullable().default(null),
  /** 修改说明, kept with the revision */
  changeNote: z.string().trim().max(500).nullable().default(null),
});
export type KbArticleInput = z.output<typeof KbArticleInput>;

export const KbReviseInput = KbArticleInput.extend({
  /** The article version the editor started from (optimistic lock) */
  version: z.number().int().positive(),
});

export const KbActionInput = z.object({
  version: z.number().int().positive(),
  /** Required when returning or withdrawing: the reason */
  comment: z.string().trim().max(1000).nullable().default(null),
});

export const KbArticleIdParams = z.object({ id: z.coerce.number().int().positive() });
export const KbActionParams = KbArticleIdParams.extend({
  action: z.enum(['submit', 'approve', 'return', 'withdraw']),
});

const Abilities = z.object({
  edit: z.boolean(),
  submit: z.boolean(),
  approve: z.boolean(),
  return: z.boolean(),
  withdraw: z.boolean(),
});

export const KbArticleView = z.object({
  id: z.number(),
  number: z.string().meta({ description: '知识编号' }),
  title: z.string(),
  content: z.string(),
  unitCode: z.string(),
  status: z.enum(KB_STATUSES),
  /** The stored state, or expired once the 失效日期 has come */
  shownStatus: z.enum([...KB_STATUSES, 'expired']),
  version: z.number(),
  categoryCode: z.string().nullable(),
  keywords: z.array(z.string()),
  districtCodes: z.array(z.string()),
  effectiveFrom: z.string().nullable(),
  expiresOn: z.string().nullable(),
  reviewDueOn: z.string().nullable(),
  internalNote: z.string().nullable(),
  reviewComment: z.string().nullable(),
  /** The live revision; null until first approved */
  publishedVersion: z.number().nullable(),
  publishedAt: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
  abilities: Abilities,
});

export const KbRevisionView = z.object({
  version: z.number(),
  unitCode: z.string(),
  title: z.string(),
  content: z.string(),
  categoryCode: z.string().nullable(),
  keywords: z.array(z.string()),
  districtCodes: z.array(z.string()),
  effectiveFrom: z.string().nullable(),
  expiresOn: z.string().nullable(),
  authorUserId: z.number().nullable(),
  changeNote: z.string().nullable(),
  revisedAt: z.string(),
});

export const KbArticleDetail = KbArticleView.extend({ revisions: z.array(KbRevisionView) });

export const KbArticleListQuery = Pagination.extend({
  status: z
    .string()
    .optional()
    .transform((text) => (text ? text.split(',') : undefined))
    .pipe(z.array(z.enum(KB_STATUSES)).optional()),
  /** Articles of this unit and below it */
  unitCode: UnitCode.optional(),
  /** This category and below it */
  categoryCode: CategoryCode.optional(),
  q: z.string().trim().max(100).optional(),
});

export const KbArticleList = z.object({
  items: z.array(KbArticleView),
  total: z.number(),
  page: z.number(),
  pageSize: z.number(),
});

export const KbDiffQuery = z.object({
  from: z.coerce.number().int().positive(),
  to: z.coerce.number().int().positive(),
});

const DiffPart = z.object({ kind: z.enum(['same', 'added', 'removed']), text: z.string() });
export const KbDiffView = z.object({
  from: z.number(),
  to: z.number(),
  /** Field by field; only fields that changed are listed */
  fields: z.array(z.object({ field: z.string(), label: z.string(), parts: z.array(DiffPart) })),
});

export const KbDueQuery = z.object({ days: z.coerce.number().int().min(0).max(365).default(30) });

export const KbSearchQuery = z.object({
  q: NonEmptyText(500),
  categoryCode: CategoryCode.optional(),
  /** Articles of this unit and below it */
  unitCode: UnitCode.optional(),
  /** Articles that apply in this district (city-wide ones too) */
  districtCode: UnitCode.optional(),
  /** Default: published only; expired ones rank last */
  status: z
    .string()
    .optional()
    .transform((text) => (text ? text.split(',') : undefined))
    .pipe(z.array(z.enum(KB_STATUSES)).optional()),
  limit: z.coerce.number().int().min(1).max(50).default(10),
});

const Highlights = z.object({
  /** HTML-escaped, matched words in <mark> */
  title: z.string(),
  snippet: z.string(),
});

export const KbSearchResult = z.object({
  id: z.number(),
  number: z.string(),
  title: z.string(),
  unitCode: z.string(),
  categoryCode: z.string().nullable(),
  expiresOn: z.string().nullable(),
  expired: z.boolean(),
  score: z.number(),
  matched: z.array(z.string()),
  highlights: Highlights,
});

export const PublicFaqQuery = z.object({
  q: NonEmptyText(200),
  limit: z.coerce.number().int().min(1).max(20).default(10),
});

export const PublicFaqArticle = z.object({
  number: z.string(),
  title: z.string(),
  /** Markdown of the approved revision */
  content: z.string(),
  categoryCode: z.string().nullable(),
  districtCodes: z.array(z.string()),
  updatedAt: z.string(),
  highlights: Highlights,
});

export const KbExportQuery = z.object({ format: z.enum(['csv', 'xlsx']).default('xlsx') });
export const KbFromTicketParams = z.object({ ticketId: z.coerce.number().int().positive() });

export const KbUsageView = z.object({
  /** Tickets answered directly with the article */
  answered: z.number(),
  /** Of those, revisited; reached; and how the reached callers rated */
  revisited: z.number(),
  reached: z.number(),
  satisfied: z.number(),
  basic: z.number(),
  dissatisfied: z.number(),
});

export const KbUsageQuery = z.object({
  /** 'YYYY-MM-DD', first and last day */
  from: LocalDay,
  to: LocalDay,
});

export const KbUnitUsage = z.object({ unitCode: z.string(), answered: z.number() });
