import type { UnitRecord } from './units.repository.ts';

/** The organisation tree in memory: small (thousands of units) and read by every scope check. */
export interface UnitDirectory {
  all(): readonly UnitRecord[];
  get(code: string): UnitRecord | undefined;
  byName(name: string): UnitRecord | undefined;
  /** Resolves a unit named by its code or by its full name (DESIGN §7). */
  resolve(codeOrName: string): UnitRecord | undefined;
  /** True when `code` is `ancestorCode` or lies below it. */
  isWithin(code: string, ancestorCode: string): boolean;
  isStrictlyBelow(code: string, ancestorCode: string): boolean;
  children(code: string): UnitRecord[];
  /** The codes of a unit and of every unit below it (empty for an unknown code). */
  subtreeCodes(code: string): string[];
  root(): UnitRecord | undefined;
}

export function createUnitDirectory(units: readonly UnitRecord[]): UnitDirectory {
  const byCode = new Map(units.map((u) => [u.code, u]));
  const byName = new Map(units.map((u) => [u.name, u]));
  const childrenOf = new Map<string, UnitRecord[]>();
  for (const unit of units) {
    if (!unit.parentCode) continue;
    const list = childrenOf.get(unit.parentCode) ?? [];
    list.push(unit);
    childrenOf.set(unit.parentCode, list);
  }
  const isWithin = (code: string, ancestorCode: string) => {
    const unit = byCode.get(code);
    const ancestor = byCode.get(ancestorCode);
    return Boolean(unit && ancestor && unit.path.startsWith(ancestor.path));
  };
  return {
    all: () => units,
    get: (code) => byCode.get(code),
    byName: (name) => byName.get(name),
    resolve: (codeOrName) => byCode.get(codeOrName) ?? byName.get(codeOrName),
    isWithin,
    isStrictlyBelow: (code, ancestorCode) => code !== ancestorCode && isWithin(code, ancestorCode),
    children: (code) => childrenOf.get(code) ?? [],
    subtreeCodes: (code) => {
      const top = byCode.get(code);
      return top ? units.filter((u) => u.path.startsWith(top.path)).map((u) => u.code) : [];
    },
    root: () => units.find((u) => u.parentCode === null),
  };
}
