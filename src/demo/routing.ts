import { DEMO_CATEGORIES, categoryWeightInMonth } from './data/categories.ts';
import type { DemoCategory } from './data/category-types.ts';
import { DEMO_UNITS, districtOf, type DemoUnit } from './data/units.ts';
import type { Random } from './random.ts';

/** Units that handle dispatched tickets themselves, with the categories that fit each. */
export interface Handler {
  unit: DemoUnit;
  /** The chain from the first-level unit the centre dispatches to down to this unit (二级派单). */
  chain: DemoUnit[];
  categories: DemoCategory[];
}

const byCode = new Map(DEMO_UNITS.map((u) => [u.code, u]));

function chainOf(unit: DemoUnit): DemoUnit[] {
  const chain: DemoUnit[] = [];
  let current: DemoUnit | undefined = unit;
  while (current && current.parentCode !== null) {
    chain.unshift(current);
    current = byCode.get(current.parentCode);
  }
  return chain;
}

function categoriesFor(unit: DemoUnit): DemoCategory[] {
  if (unit.kind === 'department' || unit.kind === 'utility') {
    const own = DEMO_CATEGORIES.filter((c) => c.handler.unitNames?.includes(unit.name));
    return own.length > 0 ? own : DEMO_CATEGORIES.filter((c) => c.handler.kind !== 'district');
  }
  const districtCategories = DEMO_CATEGORIES.filter((c) => c.handler.kind === 'district');
  const own = districtCategories.filter((c) =>
    c.handler.grassrootsKeywords?.some((word) => unit.name.includes(word)),
  );
  return own.length > 0 ? own : districtCategories;
}

export const HANDLERS: readonly Handler[] = DEMO_UNITS.filter(
  (u) => u.volumeWeight > 0 && u.parentCode !== null,
).map((unit) => ({
  unit,
  chain: chainOf(unit),
  categories: categoriesFor(unit),
}));

export function pickHandler(random: Random): Handler {
  return random.weighted(HANDLERS, (h) => h.unit.volumeWeight);
}

export function pickCategory(
  random: Random,
  categories: readonly DemoCategory[],
  month: number,
): DemoCategory {
  return random.weighted(categories, (c) => categoryWeightInMonth(c, month));
}

export const DISTRICTS = DEMO_UNITS.filter((u) => u.kind === 'district' || u.kind === 'zone');

/** The district a caller lives in: the handler's own, or (for city-wide units) by the districts' volumes. */
export function callerDistrict(random: Random, handler: DemoUnit | null): DemoUnit {
  const own = handler ? districtOf(handler) : null;
  return own ?? random.weighted(DISTRICTS, (d) => (d.name.includes('高新') ? 0.2 : 1));
}
