import type { Unit } from '../../api/reference.ts';

/** A node of the unit picker; `search` holds everything a dispatcher may type to find the unit. */
export interface UnitNode {
  value: string;
  title: string;
  search: string;
  disabled?: boolean;
  children?: UnitNode[];
}

/**
 * The organisation tree below `root` (the centre when null: one dispatches to its first-level units and below),
 * active units only. `initials` gives a name's pinyin initials once pinyin-pro has loaded.
 */
export function buildUnitTree(
  units: readonly Unit[],
  root: string | null,
  initials: (name: string) => string = () => '',
): UnitNode[] {
  const children = new Map<string | null, Unit[]>();
  for (const unit of units) {
    if (!unit.active) continue;
    const siblings = children.get(unit.parentCode) ?? [];
    siblings.push(unit);
    children.set(unit.parentCode, siblings);
  }
  const top = root ?? units.find((unit) => unit.parentCode === null)?.code ?? null;
  const build = (parent: string | null): UnitNode[] =>
    (children.get(parent) ?? []).map((unit) => {
      const below = build(unit.code);
      return {
        value: unit.code,
        title: unit.name,
        search: `${unit.name} ${unit.code} ${initials(unit.name)}`.toLowerCase(),
        ...(below.length ? { children: below } : {}),
      };
    });
  return build(top);
}

/** Every word typed must be in the unit's name, code or initials (东区 住建, dq zj). */
export function matchesUnit(input: string, node: { search?: unknown }): boolean {
  const search = typeof node.search === 'string' ? node.search : '';
  return input
    .trim()
    .toLowerCase()
    .split(/\s+/)
    .filter(Boolean)
    .every((word) => search.includes(word));
}

/**
 * pinyin-pro is large: loaded in a chunk of its own once a picker is on screen; until then names and codes are
 * searched.
 */
export async function loadInitials(): Promise<(name: string) => string> {
  const { pinyin } = await import('pinyin-pro');
  return (name) => pinyin(name, { pattern: 'first', toneType: 'none', type: 'array' }).join('');
}
