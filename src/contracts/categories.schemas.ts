import { z } from 'zod';
import { CategoryCode, NonEmptyText } from './common.schemas.ts';

export const CategoryView = z.object({
  code: z.string().meta({ description: '分类编码（六位，每级两位）' }),
  name: z.string(),
  parentCode: z.string().nullable(),
  level: z.number().int().meta({ description: '1、2 或 3' }),
  /** Names from the first level down, joined by '/' */
  path: z.string(),
  aliases: z.array(z.string()),
  active: z.boolean(),
  version: z.number().int(),
  updatedAt: z.string(),
});

export const CategoryVersionView = z.object({
  version: z.number().int(),
  name: z.string(),
  aliases: z.array(z.string()),
  active: z.boolean(),
  changedAt: z.string(),
  changedBy: z.number().nullable(),
});

export const CategoryDetail = CategoryView.extend({ versions: z.array(CategoryVersionView) });

export const CategoryListQuery = z.object({
  /** Retired categories too (for history and administration) */
  includeRetired: z
    .enum(['true', 'false'])
    .default('false')
    .transform((text) => text === 'true'),
});

export const CategoryCodeParams = z.object({ code: CategoryCode });

export const SaveCategoryInput = z.object({
  name: NonEmptyText(50),
  aliases: z.array(NonEmptyText(50)).max(20).default([]),
  /** false retires the category: it stays in history and old tickets, and new tickets cannot use it */
  active: z.boolean().default(true),
});

export const CategoryImportQuery = z.object({ fileName: z.string().max(200).optional() });

export const CategoryImportResultView = z.object({
  created: z.number().int(),
  updated: z.number().int(),
  unchanged: z.number().int(),
});

export const CategoryExportQuery = z.object({ format: z.enum(['csv', 'xlsx']).default('xlsx') });
