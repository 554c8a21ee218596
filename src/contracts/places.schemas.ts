import { z } from 'zod';
import { Pagination } from './common.schemas.ts';

// Named points of the city (squares, stations, schools) a citizen picks on the portal instead of typing an
// address. Administrators keep them as a spreadsheet: export, edit, import (docs/portal.md).

export const PlaceView = z.object({
  id: z.number(),
  name: z.string(),
  /** Pinyin initials of the name, derived (人民广场 → rmgc): what a phone keyboard searches */
  initials: z.string(),
  address: z.string(),
  districtCode: z.string().nullable(),
  districtName: z.string().nullable(),
  lat: z.number().nullable(),
  long: z.number().nullable(),
  active: z.boolean(),
});
export type PlaceView = z.output<typeof PlaceView>;

export const PlaceListQuery = Pagination.extend({
  q: z.string().trim().max(50).optional(),
  district: z.string().trim().max(64).optional(),
  /** Retired places too */
  includeInactive: z
    .enum(['true', 'false'])
    .default('false')
    .transform((text) => text === 'true'),
});

export const PlaceList = z.object({
  items: z.array(PlaceView),
  total: z.number(),
  page: z.number(),
  pageSize: z.number(),
});

export const PlaceImportQuery = z.object({ fileName: z.string().max(200).optional() });

export const PlaceImportResult = z.object({
  created: z.number().int(),
  updated: z.number().int(),
  unchanged: z.number().int(),
});
export type PlaceImportResult = z.output<typeof PlaceImportResult>;

export const PlaceExportQuery = z.object({ format: z.enum(['csv', 'xlsx']).default('xlsx') });
