import { z } from 'zod';
import { UNIT_KINDS } from '../domain/organisation/unit-kind.ts';
import { NonEmptyText, UnitCode } from './common.schemas.ts';

export const UnitView = z.object({
  code: z.string(),
  name: z.string(),
  parentCode: z.string().nullable(),
  kind: z.string(),
  kindLabel: z.string(),
  peerGroup: z.string().nullable(),
  depth: z.number(),
  active: z.boolean(),
});

export const UnitCodeParams = z.object({ code: UnitCode });

export const SaveUnitInput = z.object({
  name: NonEmptyText(200),
  parentCode: UnitCode.nullable(),
  kind: z.enum(UNIT_KINDS),
});

export const UnitImportQuery = z.object({ fileName: z.string().max(200).optional() });

export const UnitImportResultView = z.object({
  created: z.number(),
  updated: z.number(),
  unchanged: z.number(),
});
