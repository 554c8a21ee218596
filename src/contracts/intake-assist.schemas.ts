import { z } from 'zod';
import { CategoryCode, UnitCode } from './common.schemas.ts';
import { TicketSummary } from './tickets.schemas.ts';

// What the agent's desk asks while a call is being registered (受理): who else reported this, and who usually
// handles it. Every answer is small and index-backed: the desk asks as the agent types.

const Phone = z
  .string()
  .trim()
  .regex(/^[0-9+\-() ]{3,32}$/, '联系电话只能包含数字和 + - ( )');

export const PossibleDuplicatesQuery = z.object({
  /** 诉求分类编码 of the appeal being registered */
  categoryCode: CategoryCode.optional(),
  /** 所属区县 (a district or zone unit code) */
  district: UnitCode.optional(),
  /** 诉求地址 as typed so far: narrows same-place tickets to similar addresses */
  address: z.string().trim().max(300).optional(),
  /** 联系电话: open tickets of the same caller in the last 30 days */
  phone: Phone.optional(),
});
export type PossibleDuplicatesQuery = z.output<typeof PossibleDuplicatesQuery>;

export const DUPLICATE_REASONS = ['samePlace', 'similarAddress', 'sameCaller'] as const;

export const PossibleDuplicate = TicketSummary.extend({
  address: z.string().nullable(),
  /**
   * samePlace: same category and district; similarAddress: its address is close to the one typed;
   * sameCaller: the same number called about it in the last 30 days
   */
  reasons: z.array(z.enum(DUPLICATE_REASONS)),
  /** 0–1, how alike the two addresses read; null when either is missing */
  addressSimilarity: z.number().nullable(),
});
export type PossibleDuplicate = z.infer<typeof PossibleDuplicate>;

export const PossibleDuplicateList = z.object({ items: z.array(PossibleDuplicate) });
export type PossibleDuplicateList = z.infer<typeof PossibleDuplicateList>;

export const CallerTicketsQuery = z.object({
  /** 联系电话 exactly as registered (the desk sends digits only) */
  phone: Phone,
  limit: z.coerce.number().int().min(1).max(50).default(10),
});

export const CallerTicketList = z.object({
  items: z.array(TicketSummary),
  /** All tickets registered with this number, however many are listed */
  total: z.number(),
});
export type CallerTicketList = z.infer<typeof CallerTicketList>;

export const SuggestedUnitsQuery = z.object({
  categoryCode: CategoryCode,
  /** 所属区县; without it the whole city's history is used */
  district: UnitCode.optional(),
});

export const SuggestedUnit = z.object({
  unitCode: z.string(),
  unitName: z.string(),
  /** Tickets of this category (in this district) the unit was lead unit for in the last 90 days */
  count: z.number(),
  /** district: history in the district asked; city: the category's history across the city */
  basis: z.enum(['district', 'city']),
});

export const SuggestedUnitList = z.object({
  items: z.array(SuggestedUnit),
  /** The window counted, in days */
  days: z.number(),
});
export type SuggestedUnitList = z.infer<typeof SuggestedUnitList>;
