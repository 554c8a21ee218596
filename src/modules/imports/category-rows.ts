import {
  planCategoryChanges,
  type CategoryChange,
  type CategoryProblem,
} from '../../domain/categories/category-changes.ts';
import type { CategoryNode } from '../../domain/categories/category-tree.ts';
import type { ColumnSpec } from './columns.ts';
import { mapColumns, type MappedRow } from './map-columns.ts';
import { ImportValidationError, rowError, type RowError } from './row-errors.ts';
import { formatOf, readTable, type ImportSource } from './tabular.ts';

/** The category code list file (issue: 分类编码, 分类名称, 上级分类编码), with the aliases and state it exports. */
export const CATEGORY_COLUMNS: readonly ColumnSpec[] = [
  {
    key: 'code',
    header: '分类编码',
    aliases: ['code', 'category code', 'category_code', '编码'],
    required: true,
  },
  {
    key: 'name',
    header: '分类名称',
    aliases: ['name', 'category name', 'category_name', '名称'],
    required: true,
  },
  {
    key: 'parentCode',
    header: '上级分类编码',
    aliases: ['parent code', 'parent_code', 'parentCode', '上级编码'],
    required: false,
  },
  { key: 'aliases', header: '别名', aliases: ['aliases', 'alias', '同义词'], required: false },
  { key: 'state', header: '状态', aliases: ['state', 'status', 'active', '是否启用'], required: false },
  // What the export adds for people reading the sheet; the import derives it and ignores the column.
  { key: 'path', header: '分类路径', aliases: ['path'], required: false },
];

const HEADER: Record<CategoryProblem['field'], string> = {
  code: '分类编码',
  name: '分类名称',
  parentCode: '上级分类编码',
  aliases: '别名',
  active: '状态',
};
const ACTIVE = new Map([
  ...['启用', '有效', '正常', '是', '1', 'true', 'yes', 'active', ''].map((text) => [text, true] as const),
  ...['停用', '无效', '作废', '否', '0', 'false', 'no', 'retired', 'inactive'].map(
    (text) => [text, false] as const,
  ),
]);
const ALIAS_SEPARATORS = /[、,，;；]/;

function changeOf(row: MappedRow, errors: RowError[]): CategoryChange | undefined {
  const cell = (key: string) => (row.fields[key] ?? '').normalize('NFKC').trim();
  const active = ACTIVE.get(cell('state').toLowerCase());
  if (active === undefined)
    errors.push(
      rowError(row.rowNumber, '状态', 'INVALID_VALUE', `「状态」“${cell('state')}”无效，应为：启用、停用`),
    );
  for (const key of ['code', 'name'] as const)
    if (cell(key) === '')
      errors.push(rowError(row.rowNumber, HEADER[key], 'REQUIRED', `「${HEADER[key]}」不能为空`));
  if (active === undefined || cell('code') === '' || cell('name') === '') return undefined;
  return {
    row: row.rowNumber,
    code: cell('code'),
    name: cell('name'),
    aliases: cell('aliases').split(ALIAS_SEPARATORS),
    active,
    // A column left out says nothing about parents; an empty cell says "first level".
    ...(Object.hasOwn(row.fields, 'parentCode') ? { parentCode: cell('parentCode') || null } : {}),
  };
}

/** Reads and checks a category file against the list as it stands; throws ImportValidationError listing every error. */
export async function parseCategoryFile(
  source: ImportSource,
  existing: readonly CategoryNode[],
  fileName?: string,
): Promise<CategoryChange[]> {
  const table = await readTable(source, await formatOf(source, fileName));
  const mapped = mapColumns(table, CATEGORY_COLUMNS);
  if (mapped.errors.some((error) => error.code === 'MISSING_COLUMN'))
    throw new ImportValidationError(mapped.errors);
  const errors: RowError[] = [...mapped.errors];
  const changes = mapped.rows.flatMap((row) => changeOf(row, errors) ?? []);
  const plan = planCategoryChanges(existing, changes);
  for (const problem of plan.problems)
    errors.push(rowError(problem.row ?? 1, HEADER[problem.field], problem.code, problem.message));
  if (errors.length > 0) throw new ImportValidationError(errors);
  return changes;
}
