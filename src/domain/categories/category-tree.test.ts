import { describe, expect, it } from 'vitest';
import { planCategoryChanges } from './category-changes.ts';
import { createCategoryTree, type CategoryNode } from './category-tree.ts';

const node = (code: string, name: string, parentCode: string | null, extra: Partial<CategoryNode> = {}) => ({
  code,
  name,
  parentCode,
  aliases: [],
  active: true,
  ...extra,
});

const NODES: CategoryNode[] = [
  node('010000', '城乡建设', null, { aliases: ['城建'] }),
  node('010100', '供暖', '010000', { aliases: ['暖气', '采暖'] }),
  node('010101', '室温不达标', '010100'),
  node('010102', '服务质量', '010100'),
  node('010200', '物业管理', '010000'),
  node('010201', '服务质量', '010200'),
  node('010202', '旧名称', '010200', { active: false }),
  node('010203', '新名称', '010200'),
];

describe('finding a category from what a file or a caller says', () => {
  const tree = createCategoryTree(NODES);

  it('by code, by path with aliases and any separator, full-width or spaced', () => {
    expect(tree.resolve('010101')).toEqual({
      code: '010101',
      path: '城乡建设/供暖/室温不达标',
      active: true,
    });
    expect(tree.resolve('城建/暖气/室温不达标')).toMatchObject({ code: '010101' });
    expect(tree.resolve('城乡建设>采暖>室温不达标')).toMatchObject({ code: '010101' });
    expect(tree.resolve('城乡建设／供暖 / 室温 不达标')).toMatchObject({ code: '010101' });
    expect(tree.resolve('城乡建设/供暖')).toMatchObject({ code: '010100', path: '城乡建设/供暖' });
  });

  it('by a bare name only when one node has it; retired nodes still found for history', () => {
    expect(tree.resolve('室温不达标')).toMatchObject({ code: '010101' });
    expect(tree.resolve('服务质量')).toBe('ambiguous');
    expect(tree.resolve('城乡建设/物业管理/服务质量')).toMatchObject({ code: '010201' });
    expect(tree.resolve('旧名称')).toEqual({
      code: '010202',
      path: '城乡建设/物业管理/旧名称',
      active: false,
    });
    expect(tree.resolve('城乡建设/供暖/不存在')).toBeUndefined();
    expect(tree.resolve('999999')).toBeUndefined();
    expect(tree.resolve('城乡建设//供暖')).toBeUndefined();
  });
});

describe('planning changes to the code list', () => {
  it('creates, updates and counts what is unchanged', () => {
    const plan = planCategoryChanges(NODES, [
      { code: '010101', name: '室温不达标', aliases: [], active: true },
      { code: '010102', name: '供暖服务', aliases: [], active: true },
      { code: '020000', name: '公用事业', aliases: [], active: true },
      { code: '020100', name: '供水', aliases: [], active: true, parentCode: '020000' },
    ]);
    expect(plan.problems).toEqual([]);
    expect(plan.unchanged).toBe(1);
    expect(plan.updated.map((n) => n.code)).toEqual(['010102']);
    expect(plan.created.map((n) => n.code)).toEqual(['020000', '020100']);
  });

  it('names the row and field of every problem', () => {
    const plan = planCategoryChanges(NODES, [
      { row: 2, code: '01010', name: '短', aliases: [], active: true },
      { row: 3, code: '010104', name: '室温不达标', aliases: [], active: true },
      { row: 4, code: '010105', name: '新的', aliases: ['暖气不热', '室温不达标'], active: true },
      { row: 5, code: '030100', name: '无上级', aliases: [], active: true },
      { row: 6, code: '010200', name: '物业管理', aliases: [], active: false },
      { row: 7, code: '010106', name: '供暖/收费', aliases: [], active: true },
      { row: 8, code: '010107', name: '错上级', aliases: [], active: true, parentCode: '010200' },
      { row: 9, code: '010104', name: '重复', aliases: [], active: true },
    ]);
    expect(plan.problems.map((p) => [p.row, p.field, p.code])).toEqual(
      expect.arrayContaining([
        [2, 'code', 'INVALID_VALUE'],
        [3, 'name', 'NAME_TAKEN'],
        [4, 'aliases', 'NAME_TAKEN'],
        [5, 'parentCode', 'UNKNOWN_PARENT'],
        [6, 'active', 'STILL_IN_USE'],
        [7, 'name', 'INVALID_VALUE'],
        [8, 'parentCode', 'INVALID_VALUE'],
        [9, 'code', 'DUPLICATE'],
      ]),
    );
  });
});
