import type { ResponseOf } from '../../../../src/contracts/client.ts';
import type { categoriesContract } from '../../../../src/contracts/categories.contract.ts';

type Category = ResponseOf<typeof categoriesContract.listCategories>[number];

/** A node of the category cascader; `search` holds what the agent may type to find it. */
export interface CategoryOption {
  value: string;
  label: string;
  search: string;
  children?: CategoryOption[];
}

/** The three-level code list as a tree of active nodes (retired ones cannot take new appeals). */
export function buildCategoryOptions(categories: readonly Category[]): CategoryOption[] {
  const byParent = new Map<string | null, Category[]>();
  for (const category of categories) {
    if (!category.active) continue;
    const siblings = byParent.get(category.parentCode) ?? [];
    siblings.push(category);
    byParent.set(category.parentCode, siblings);
  }
  const build = (parent: string | null): CategoryOption[] =>
    (byParent.get(parent) ?? [])
      .sort((a, b) => a.code.localeCompare(b.code))
      .map((category) => {
        const children = build(category.code);
        return {
          value: category.code,
          label: category.name,
          search: [category.name, ...category.aliases, category.code].join(' ').toLowerCase(),
          ...(children.length ? { children } : {}),
        };
      });
  return build(null);
}

/**
 * Adds each name's pinyin initials (室温不达标 → swbdb) to what finds it. pinyin-pro is large, so it is loaded
 * after the form is on screen, in a chunk of its own; until then names and aliases are searched.
 */
export async function withPinyinInitials(options: CategoryOption[]): Promise<CategoryOption[]> {
  const { pinyin } = await import('pinyin-pro');
  const initials = (text: string) =>
    pinyin(text, { pattern: 'first', toneType: 'none', type: 'array' }).join('').toLowerCase();
  const visit = (nodes: CategoryOption[]): CategoryOption[] =>
    nodes.map((node) => ({
      ...node,
      search: `${node.search} ${initials(node.label)}`,
      ...(node.children ? { children: visit(node.children) } : {}),
    }));
  return visit(options);
}

/** Cascader search: every word typed must be found somewhere along the path (供暖 室温, gn swbdb). */
export function matchesPath(input: string, path: readonly CategoryOption[]): boolean {
  const words = input.trim().toLowerCase().split(/\s+/).filter(Boolean);
  return words.every((word) => path.some((node) => node.search.includes(word)));
}

/** 城乡建设/供暖/室温不达标 for a path of codes. */
export function pathLabel(options: readonly CategoryOption[], codes: readonly string[]): string {
  const names: string[] = [];
  let level: readonly CategoryOption[] | undefined = options;
  for (const code of codes) {
    const node: CategoryOption | undefined = level?.find((o) => o.value === code);
    if (!node) break;
    names.push(node.label);
    level = node.children;
  }
  return names.join('/');
}
