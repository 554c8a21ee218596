/**
 * The demo city's three-level 诉求分类 code list: 16 first-level, 56 second-level and 126 third-level
 * categories, each with who handles it, its usual mix of 诉求类型, its frequency (with a season where the
 * city's calendar drives it: heating from November to March) and texts to write tickets from.
 */
import { ECONOMY_CATEGORIES } from './categories/economy.ts';
import { LIVELIHOOD_CATEGORIES } from './categories/livelihood.ts';
import { TRANSPORT_ORDER_CATEGORIES } from './categories/transport-order.ts';
import { URBAN_CATEGORIES } from './categories/urban.ts';
import type { DemoCategory } from './category-types.ts';

export {
  APPEAL_TYPE_LABELS,
  HEATING_SEASON,
  type AppealType,
  type CategoryHandler,
  type CategorySeason,
  type CompanyKind,
  type DemoCategory,
} from './category-types.ts';

export const DEMO_CATEGORIES: readonly DemoCategory[] = [
  ...URBAN_CATEGORIES,
  ...TRANSPORT_ORDER_CATEGORIES,
  ...LIVELIHOOD_CATEGORIES,
  ...ECONOMY_CATEGORIES,
];

const byCode = new Map(DEMO_CATEGORIES.map((category) => [category.code, category]));

export function demoCategoryByCode(code: string): DemoCategory {
  const category = byCode.get(code);
  if (!category) throw new RangeError(`no demo category ${code}`);
  return category;
}

/** A category's relative frequency in a calendar month (1–12), its season factor applied. */
export function categoryWeightInMonth(category: DemoCategory, month: number): number {
  const inSeason = category.season?.months.includes(month) ?? false;
  return inSeason ? category.weight * (category.season?.factor ?? 1) : category.weight;
}
