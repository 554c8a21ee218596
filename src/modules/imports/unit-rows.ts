import { UNIT_KIND_LABELS } from '../../domain/organisation/unit-kind.ts';
import type { UnitKind } from '../../domain/organisation/unit-kind.ts';
import { UNIT_COLUMNS } from './columns.ts';
import { mapColumns } from './map-columns.ts';
import type { MappedRow } from './map-columns.ts';
import { ImportValidationError, rowError } from './row-errors.ts';
import type { RowError } from './row-errors.ts';
import { formatOf, readTable, type ImportSource } from './tabular.ts';

export type { UnitKind };

/** 单位类别 of DESIGN §4/§7, the English kind names, and the synonyms legacy sheets use. */
export const UNIT_KIND_BY_LABEL: Record<string, UnitKind> = {
  中心: 'center',
  县区: 'district',
  经济区: 'zone',
  市直部门: 'department',
  公共企事业单位: 'utility',
  基层单位: 'grassroots',
  基层承办单位: 'grassroots',
  社区: 'community',
  村: 'community',
  '社区/村': 'community',
  center: 'center',
  centre: 'center',
  district: 'district',
  zone: 'zone',
  department: 'department',
  utility: 'utility',
  grassroots: 'grassroots',
  community: 'community',
};

const KIND_LABELS = Object.values(UNIT_KIND_LABELS).join('、');
const MAX_CODE_LENGTH = 64;
// Codes appear in paths and URLs of the unit tree: no whitespace, no slashes.
const FORBIDDEN_CODE_CHARACTERS = /[\s/\\]/u;

export interface UnitRow {
  rowNumber: number;
  code: string;
  name: string;
  /** the parent's code, even when the file named the parent by its full name */
  parentCode: string | null;
  kind: UnitKind;
}

export interface ExistingUnit {
  code: string;
  name: string;
  /** when known, lets a file that re-parents existing units be checked for cycles through them */
  parentCode?: string | null;
}

const COLUMN = {
  code: header('code'),
  name: header('name'),
  parentCode: header('parentCode'),
  kind: header('kind'),
};

const KEY_BY_HEADER: Record<string, string> = Object.fromEntries(
  Object.entries(COLUMN).map(([key, shown]) => [shown, key]),
);

function header(key: string): string {
  return UNIT_COLUMNS.find((column) => column.key === key)?.header ?? key;
}

interface Candidate {
  rowNumber: number;
  code: string;
  name: string;
  parentRef: string;
  kind: UnitKind | undefined;
  parentCode: string | null | undefined; // undefined: not resolved
  errors: RowError[];
}

export function unitKindOf(label: string): UnitKind | undefined {
  const trimmed = label.trim();
  // Own keys only: a cell saying 'constructor' must not find Object.prototype's.
  const key = [trimmed, trimmed.toLowerCase()].find((candidate) =>
    Object.hasOwn(UNIT_KIND_BY_LABEL, candidate),
  );
  return key === undefined ? undefined : UNIT_KIND_BY_LABEL[key];
}

/**
 * Checks every row and reports every error (DESIGN §7: a file with any invalid row imports nothing).
 * A row whose code already exists is accepted as it is: re-importing a file changes nothing, and
 * whether a changed row updates the unit is the caller's decision. Units come back parents first.
 */
export function validateUnitRows(
  rows: readonly MappedRow[],
  existing: readonly ExistingUnit[],
): { units: UnitRow[]; errors: RowError[] } {
  const candidates = rows.map(checkFields);
  checkUniqueness(candidates, existing);
  resolveParents(candidates, existing);
  checkCycles(candidates, existing);

  const errors = candidates.flatMap((candidate) => candidate.errors);
  const units = candidates.flatMap(({ rowNumber, code, name, kind, parentCode, errors: own }): UnitRow[] =>
    own.length === 0 && kind !== undefined && parentCode !== undefined
      ? [{ rowNumber, code, name, parentCode, kind }]
      : [],
  );
  return { units: parentsFirst(units), errors };
}

function checkFields(row: MappedRow): Candidate {
  const field = (key: string) => (row.fields[key] ?? '').trim();
  const candidate: Candidate = {
    rowNumber: row.rowNumber,
    code: field('code'),
    name: field('name'),
    parentRef: field('parentCode'),
    kind: undefined,
    parentCode: undefined,
    errors: [],
  };
  const fail = (column: string, code: string, message: string) =>
    candidate.errors.push(
      rowError(row.rowNumber, column, code, message, row.fields[KEY_BY_HEADER[column] ?? '']),
    );

  if (candidate.code === '') fail(COLUMN.code, 'REQUIRED', `「${COLUMN.code}」不能为空`);
  else if ([...candidate.code].length > MAX_CODE_LENGTH) {
    fail(COLUMN.code, 'INVALID_VALUE', `「${COLUMN.code}」不能超过 ${MAX_CODE_LENGTH} 个字符`);
  } else if (FORBIDDEN_CODE_CHARACTERS.test(candidate.code)) {
    fail(COLUMN.code, 'INVALID_VALUE', `「${COLUMN.code}」“${candidate.code}”不能包含空格或斜杠`);
  }

  if (candidate.name === '') fail(COLUMN.name, 'REQUIRED', `「${COLUMN.name}」不能为空`);

  const kindLabel = field('kind');
  if (kindLabel === '') fail(COLUMN.kind, 'REQUIRED', `「${COLUMN.kind}」不能为空`);
  else {
    candidate.kind = unitKindOf(kindLabel);
    if (candidate.kind === undefined) {
      fail(COLUMN.kind, 'INVALID_VALUE', `「${COLUMN.kind}」“${kindLabel}”无效，应为：${KIND_LABELS}`);
    }
  }

  // Only the centre is the root of the tree (DESIGN §4).
  if (candidate.parentRef === '' && candidate.kind !== undefined && candidate.kind !== 'center') {
    fail(
      COLUMN.parentCode,
      'REQUIRED',
      `「${COLUMN.parentCode}」不能为空：只有类别为“中心”的单位可以没有上级`,
    );
  }
  return candidate;
}

function checkUniqueness(candidates: Candidate[], existing: readonly ExistingUnit[]): void {
  const rowByCode = new Map<string, number>();
  const rowByName = new Map<string, number>();
  const fileCodes = new Set(candidates.map((c) => c.code));
  const existingCodeByName = new Map(existing.map((unit) => [unit.name, unit.code]));

  for (const candidate of candidates) {
    const { rowNumber, code, name } = candidate;
    const fail = (column: string, message: string) =>
      candidate.errors.push(rowError(rowNumber, column, 'DUPLICATE', message));

    if (code !== '') {
      const first = rowByCode.get(code);
      if (first === undefined) rowByCode.set(code, rowNumber);
      else fail(COLUMN.code, `「${COLUMN.code}」“${code}”与第 ${first} 行重复`);
    }
    if (name === '') continue;
    const first = rowByName.get(name);
    if (first === undefined) rowByName.set(name, rowNumber);
    else fail(COLUMN.name, `「${COLUMN.name}」“${name}”与第 ${first} 行重复`);

    // A name held by another existing unit is free only if this file renames that unit.
    const holder = existingCodeByName.get(name);
    if (holder !== undefined && holder !== code && !fileCodes.has(holder)) {
      fail(COLUMN.name, `「${COLUMN.name}」“${name}”已被现有单位（编码 ${holder}）使用`);
    }
  }
}

/** Parents are named by code or by full name, among the file's rows and the existing units. */
function resolveParents(candidates: Candidate[], existing: readonly ExistingUnit[]): void {
  const knownCodes = new Set([...existing.map((unit) => unit.code), ...candidates.map((c) => c.code)]);
  knownCodes.delete('');
  const codeByName = new Map<string, string>();
  for (const c of candidates)
    if (c.name !== '' && c.code !== '' && !codeByName.has(c.name)) codeByName.set(c.name, c.code);
  const fileCodes = new Set(candidates.map((c) => c.code));
  for (const unit of existing) {
    // An existing unit that the file lists is known under the file's name for it.
    if (!fileCodes.has(unit.code) && !codeByName.has(unit.name)) codeByName.set(unit.name, unit.code);
  }

  for (const candidate of candidates) {
    const ref = candidate.parentRef;
    if (ref === '') {
      candidate.parentCode = null;
      continue;
    }
    const parentCode = knownCodes.has(ref) ? ref : codeByName.get(ref);
    if (parentCode === undefined) {
      candidate.errors.push(
        rowError(
          candidate.rowNumber,
          COLUMN.parentCode,
          'UNKNOWN_PARENT',
          `「${COLUMN.parentCode}」“${ref}”既不是本文件中的单位，也不是已有单位的编码或全称`,
        ),
      );
    } else if (parentCode === candidate.code) {
      candidate.errors.push(
        rowError(candidate.rowNumber, COLUMN.parentCode, 'CYCLE', `「${COLUMN.parentCode}」不能是本单位自己`),
      );
    } else {
      candidate.parentCode = parentCode;
    }
  }
}

/** A parent chain that comes back to where it started: every file row on the loop gets an error. */
function checkCycles(candidates: Candidate[], existing: readonly ExistingUnit[]): void {
  const parentOf = new Map<string, string>();
  for (const unit of existing) if (unit.parentCode) parentOf.set(unit.code, unit.parentCode);
  const rowOfCode = new Map<string, Candidate>();
  for (const c of candidates) {
    if (c.code === '' || rowOfCode.has(c.code)) continue;
    rowOfCode.set(c.code, c);
    // The file's parent replaces the stored one; an unresolved parent ends the chain.
    if (c.parentCode) parentOf.set(c.code, c.parentCode);
    else parentOf.delete(c.code);
  }

  const settled = new Set<string>();
  for (const start of rowOfCode.keys()) {
    const path: string[] = [];
    const onPath = new Map<string, number>();
    for (
      let code: string | undefined = start;
      code !== undefined && !settled.has(code);
      code = parentOf.get(code)
    ) {
      const loopStart = onPath.get(code);
      if (loopStart !== undefined) {
        const loop = path.slice(loopStart);
        const shown = [...loop, code].join(' → ');
        for (const member of loop) {
          const row = rowOfCode.get(member);
          if (row === undefined) continue;
          row.parentCode = undefined;
          row.errors.push(
            rowError(row.rowNumber, COLUMN.parentCode, 'CYCLE', `「${COLUMN.parentCode}」形成循环：${shown}`),
          );
        }
        break;
      }
      onPath.set(code, path.length);
      path.push(code);
    }
    for (const code of path) settled.add(code);
  }
}

/** Orders units so that a unit of the file comes after its parent, otherwise keeping file order. */
function parentsFirst(units: readonly UnitRow[]): UnitRow[] {
  const byCode = new Map(units.map((unit) => [unit.code, unit]));
  const ordered: UnitRow[] = [];
  const placed = new Set<string>();
  for (const unit of units) {
    const chain: UnitRow[] = [];
    for (let next: UnitRow | undefined = unit; next !== undefined && !placed.has(next.code);) {
      chain.push(next);
      placed.add(next.code);
      next = next.parentCode === null ? undefined : byCode.get(next.parentCode);
    }
    ordered.push(...chain.reverse());
  }
  return ordered;
}

/** Reads, maps and validates a units file; throws ImportValidationError listing every error. */
export async function parseUnitFile(
  source: ImportSource,
  existing: readonly ExistingUnit[],
  fileName?: string,
): Promise<UnitRow[]> {
  const table = await readTable(source, await formatOf(source, fileName));
  const mapped = mapColumns(table, UNIT_COLUMNS);
  // Without a required column every row would repeat the same error: report the header alone.
  if (mapped.errors.some((error) => error.code === 'MISSING_COLUMN'))
    throw new ImportValidationError(mapped.errors);
  const { units, errors } = validateUnitRows(mapped.rows, existing);
  const all = [...mapped.errors, ...errors];
  if (all.length > 0) throw new ImportValidationError(all);
  return units;
}
