import type { CategoryTree } from '../../domain/categories/category-tree.ts';
import { header, type Cells } from './ticket-row-cells.ts';

export type TicketRowCategories = Pick<CategoryTree, 'resolve'>;

/** Legacy sheets often lack a category: such appeals are counted under 其他 rather than refused. */
const DEFAULT_CATEGORY = '其他/其他/其他';

/**
 * 诉求分类 by code (010101), by path (城乡建设/供暖/室温不达标, aliases allowed at each level) or by a name found once
 * in the list. A retired category is accepted: the file is history, and the ticket keeps the path as it read.
 */
export function categoryOf(
  cells: Cells,
  categories: TicketRowCategories,
): { path: string; code: string } | undefined {
  const text = cells.text('category');
  const found = categories.resolve(text === '' ? DEFAULT_CATEGORY : text);
  const column = header('category');
  if (found === 'ambiguous') {
    cells.fail(
      'category',
      'INVALID_VALUE',
      `「${column}」“${text}”对应多个分类，请写明完整路径（如 城乡建设/供暖/室温不达标）或分类编码`,
    );
    return undefined;
  }
  if (!found) {
    const message =
      text === ''
        ? `「${column}」为空，且分类代码表中没有“${DEFAULT_CATEGORY}”`
        : `「${column}」“${text}”不在分类代码表中：应为分类编码（如 010101）或分类路径（如 城乡建设/供暖/室温不达标）`;
    cells.fail('category', text === '' ? 'REQUIRED' : 'INVALID_VALUE', message);
    return undefined;
  }
  return { path: found.path, code: found.code };
}
