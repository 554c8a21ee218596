import { categoryStem } from '../../src/domain/categories/category-code.ts';
import { createCategoryTree, type CategoryNode } from '../../src/domain/categories/category-tree.ts';
import { bundledCategoryNodes } from '../../src/modules/categories/index.ts';
import { catalogCategoryPaths } from './appeal-catalog.ts';
import { HIGHLIGHT_CATEGORY } from './ticket-rows.ts';

export const CATEGORY_HEADER = ['分类编码', '分类名称', '上级分类编码'] as const;

/**
 * The reference city's categories that the bundled code list lacks, with codes that extend it: what a centre
 * does when it adopts the bundled list and adds its own lines of business. A path the list already has is left
 * out; a level the list already has (城乡建设) is reused.
 */
export function generateCategoryRows(): string[][] {
  const nodes: CategoryNode[] = bundledCategoryNodes();
  const rows: string[][] = [];
  for (const path of [...catalogCategoryPaths(), HIGHLIGHT_CATEGORY]) {
    let parent: CategoryNode | undefined;
    for (const name of path.split('/')) {
      const siblings = nodes.filter((node) => node.parentCode === (parent?.code ?? null));
      let node = siblings.find((sibling) => sibling.name === name);
      if (!node) {
        node = {
          code: nextCode(parent, siblings),
          name,
          parentCode: parent?.code ?? null,
          aliases: [],
          active: true,
        };
        nodes.push(node);
        rows.push([node.code, node.name, node.parentCode ?? '']);
      }
      parent = node;
    }
  }
  // Every path must now resolve: the file and the tickets agree.
  const tree = createCategoryTree(nodes);
  for (const path of catalogCategoryPaths()) if (!tree.resolve(path)) throw new Error(`unresolved ${path}`);
  return rows;
}

function nextCode(parent: CategoryNode | undefined, siblings: readonly CategoryNode[]): string {
  const stem = parent ? categoryStem(parent.code) : '';
  const used = siblings.map((sibling) => Number(sibling.code.slice(stem.length, stem.length + 2)));
  // 99 is the bundled list's 其他: new first-level lines stay below it.
  const next = Math.max(0, ...used.filter((n) => n < 99)) + 1;
  return `${stem}${String(next).padStart(2, '0')}`.padEnd(6, '0');
}
