import { categoryCodeProblem, categoryLevel, parentCategoryCode } from './category-code.ts';
import { normalizeCategoryTerm, type CategoryNode } from './category-tree.ts';

/** A node as an admin or a file wants it to be; `row` is the file's row number, when it came from a file. */
export interface CategoryChange {
  code: string;
  name: string;
  aliases: readonly string[];
  active: boolean;
  /** When given (a file's 上级分类编码), it must be the parent the code names */
  parentCode?: string | null | undefined;
  row?: number;
}

export interface CategoryProblem {
  row?: number;
  field: 'code' | 'name' | 'parentCode' | 'aliases' | 'active';
  code: 'INVALID_VALUE' | 'UNKNOWN_PARENT' | 'DUPLICATE' | 'NAME_TAKEN' | 'STILL_IN_USE';
  message: string;
}

export interface CategoryPlan {
  created: CategoryNode[];
  updated: CategoryNode[];
  unchanged: number;
  problems: CategoryProblem[];
}

const MAX_NAME = 50;
const MAX_ALIASES = 20;
// Path text splits on these (category-tree.ts): a name holding one could not be found again by its path.
const RESERVED = /[/>|\\]/;

/**
 * Checks a batch of changes against the list as it stands, and says what it would create and update. Rules: codes
 * are six digits whose parent exists (in the list or earlier in the batch) and is the one the code names; names
 * and aliases are unique among a parent's active children, so that a path names one node; a node is retired only
 * with its active children, and an active node never sits under a retired one. Nothing is renumbered or moved:
 * a code keeps its place for life.
 */
export function planCategoryChanges(
  existing: readonly CategoryNode[],
  changes: readonly CategoryChange[],
): CategoryPlan {
  const problems: CategoryProblem[] = [];
  const report = (change: CategoryChange, problem: Omit<CategoryProblem, 'row'>) =>
    problems.push(change.row === undefined ? problem : { ...problem, row: change.row });
  const after = new Map(existing.map((node) => [node.code, node]));
  const seen = new Map<string, CategoryChange>();
  const created: CategoryNode[] = [];
  const updated: CategoryNode[] = [];
  let unchanged = 0;

  for (const change of changes) {
    const node = checkOne(change, seen, report);
    if (!node) continue;
    seen.set(node.code, change);
    const before = after.get(node.code);
    after.set(node.code, node);
    if (!before) created.push(node);
    else if (sameNode(before, node)) unchanged += 1;
    else updated.push(node);
  }
  checkTree(after, changes, report);
  return { created, updated, unchanged, problems };
}

function checkOne(
  change: CategoryChange,
  seen: Map<string, CategoryChange>,
  report: (change: CategoryChange, problem: Omit<CategoryProblem, 'row'>) => void,
): CategoryNode | undefined {
  const code = change.code.trim();
  const problem = categoryCodeProblem(code);
  if (problem) {
    report(change, {
      field: 'code',
      code: 'INVALID_VALUE',
      message: `分类编码“${code}”无效：应为六位数字，每级两位，下级为 00 时其下各级也为 00（如 010000、010200、010203）`,
    });
    return undefined;
  }
  const earlier = seen.get(code);
  if (earlier) {
    const where = earlier.row === undefined ? '' : `与第 ${earlier.row} 行`;
    report(change, { field: 'code', code: 'DUPLICATE', message: `分类编码“${code}”${where}重复` });
    return undefined;
  }
  const parentCode = parentCategoryCode(code);
  if (change.parentCode !== undefined && (change.parentCode || null) !== parentCode) {
    report(change, {
      field: 'parentCode',
      code: 'INVALID_VALUE',
      message: `分类编码“${code}”的上级应为“${parentCode ?? '（无，一级分类）'}”，而不是“${change.parentCode ?? ''}”`,
    });
  }
  const name = change.name.trim();
  if (name === '' || [...name].length > MAX_NAME || RESERVED.test(name.normalize('NFKC'))) {
    report(change, {
      field: 'name',
      code: 'INVALID_VALUE',
      message: `分类名称“${name}”无效：不能为空、不超过 ${MAX_NAME} 个字，不能含 / > | \\`,
    });
    return undefined;
  }
  const aliases = [...new Set(change.aliases.map((alias) => alias.trim()).filter((alias) => alias !== ''))];
  if (aliases.length > MAX_ALIASES || aliases.some((a) => [...a].length > MAX_NAME || RESERVED.test(a))) {
    report(change, {
      field: 'aliases',
      code: 'INVALID_VALUE',
      message: `别名最多 ${MAX_ALIASES} 个，每个不超过 ${MAX_NAME} 个字，不能含 / > | \\`,
    });
    return undefined;
  }
  return { code, name, parentCode, aliases, active: change.active };
}

function checkTree(
  nodes: Map<string, CategoryNode>,
  changes: readonly CategoryChange[],
  report: (change: CategoryChange, problem: Omit<CategoryProblem, 'row'>) => void,
): void {
  // The first row of a code is the one applied; a later duplicate was reported already.
  const changed = new Map<string, CategoryChange>();
  for (const change of changes) if (!changed.has(change.code.trim())) changed.set(change.code.trim(), change);
  const activeChildren = new Map<string | null, CategoryNode[]>();
  for (const node of nodes.values()) {
    if (!node.active) continue;
    activeChildren.set(node.parentCode, [...(activeChildren.get(node.parentCode) ?? []), node]);
  }
  for (const [code, change] of changed) {
    const node = nodes.get(code);
    if (!node || categoryCodeProblem(code)) continue;
    const parent = node.parentCode === null ? undefined : nodes.get(node.parentCode);
    if (node.parentCode !== null && !parent) {
      report(change, {
        field: 'parentCode',
        code: 'UNKNOWN_PARENT',
        message: `分类“${node.name}”（${code}）的上级分类 ${node.parentCode} 不存在：请先建立上级分类（第 ${categoryLevel(code) - 1} 级）`,
      });
      continue;
    }
    if (node.active && parent && !parent.active)
      report(change, {
        field: 'active',
        code: 'INVALID_VALUE',
        message: `上级分类“${parent.name}”已停用，其下级“${node.name}”不能启用`,
      });
    if (!node.active && (activeChildren.get(code)?.length ?? 0) > 0)
      report(change, {
        field: 'active',
        code: 'STILL_IN_USE',
        message: `分类“${node.name}”还有启用的下级分类（${activeChildren
          .get(code)!
          .map((c) => c.name)
          .join('、')}），请一并停用`,
      });
    if (node.active) checkSiblings(node, activeChildren.get(node.parentCode) ?? [], change, report);
  }
}

function checkSiblings(
  node: CategoryNode,
  siblings: readonly CategoryNode[],
  change: CategoryChange,
  report: (change: CategoryChange, problem: Omit<CategoryProblem, 'row'>) => void,
): void {
  const mine = [node.name, ...node.aliases].map(normalizeCategoryTerm);
  for (const sibling of siblings) {
    if (sibling.code === node.code) continue;
    const theirs = new Set([sibling.name, ...sibling.aliases].map(normalizeCategoryTerm));
    const clash = mine.find((term) => theirs.has(term));
    if (clash === undefined) continue;
    report(change, {
      field: mine[0] === clash ? 'name' : 'aliases',
      code: 'NAME_TAKEN',
      message: `同一上级下已有分类“${sibling.name}”（${sibling.code}）使用名称或别名“${clash}”`,
    });
    return;
  }
}

function sameNode(a: CategoryNode, b: CategoryNode): boolean {
  return (
    a.name === b.name &&
    a.active === b.active &&
    a.aliases.length === b.aliases.length &&
    a.aliases.every((alias, index) => alias === b.aliases[index])
  );
}
