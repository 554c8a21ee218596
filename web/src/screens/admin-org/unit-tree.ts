import type { Unit } from '../../api/reference.ts';

export interface UnitNode {
  key: string;
  title: string;
  unit: Unit;
  children: UnitNode[];
}

/**
 * The tree from GET /api/units (ordered by path: a parent always comes before its children). With a search,
 * only the units that match and their ancestors are kept, so that each match is shown where it sits.
 */
export function buildUnitTree(units: readonly Unit[], search: string): UnitNode[] {
  const needle = search.trim().toLowerCase();
  const byCode = new Map(units.map((unit) => [unit.code, unit]));
  let keep: Set<string> | null = null;
  if (needle) {
    keep = new Set();
    for (const unit of units) {
      if (!unit.name.toLowerCase().includes(needle) && !unit.code.toLowerCase().includes(needle)) continue;
      for (let at: Unit | undefined = unit; at && !keep.has(at.code); at = byCode.get(at.parentCode ?? '')) {
        keep.add(at.code);
      }
    }
  }
  const nodes = new Map<string, UnitNode>();
  const roots: UnitNode[] = [];
  for (const unit of units) {
    if (keep && !keep.has(unit.code)) continue;
    const node: UnitNode = { key: unit.code, title: unit.name, unit, children: [] };
    nodes.set(unit.code, node);
    const parent = unit.parentCode ? nodes.get(unit.parentCode) : undefined;
    if (parent) parent.children.push(node);
    else roots.push(node);
  }
  return roots;
}

/** The codes of a unit and everything below it: where it cannot be moved to. */
export function subtreeOf(units: readonly Unit[], code: string): Set<string> {
  const inside = new Set([code]);
  for (const unit of units) if (unit.parentCode && inside.has(unit.parentCode)) inside.add(unit.code);
  return inside;
}
