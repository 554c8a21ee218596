import type { Category } from './codes-api.ts';

/** A node of the category tree as antd's Tree takes it. */
export interface CategoryNode {
  key: string;
  category: Category;
  children?: CategoryNode[];
}

/**
 * The three-level list as a tree. With a search, only the nodes that match (name, alias or code) and the
 * ancestors leading to them are kept, and everything kept is expanded, so a match deep down is seen at once.
 */
export function categoryTree(
  categories: readonly Category[],
  options: { search: string; includeRetired: boolean },
): { nodes: CategoryNode[]; expanded: string[]; matches: number } {
  const byParent = new Map<string | null, Category[]>();
  for (const category of categories) {
    if (!options.includeRetired && !category.active) continue;
    const siblings = byParent.get(category.parentCode) ?? [];
    siblings.push(category);
    byParent.set(category.parentCode, siblings);
  }
  const words = options.search.trim().toLowerCase().split(/\s+/).filter(Boolean);
  const matches = (c: Category) => {
    const text = [c.code, c.name, ...c.aliases].join(' ').toLowerCase();
    return words.every((word) => text.includes(word));
  };
  const expanded: string[] = [];
  let count = 0;
  // Answers the nodes kept under parent and whether any of them matched (to expand the way down to it).
  const build = (parent: string | null, ancestorMatched: boolean): [CategoryNode[], boolean] => {
    let found = false;
    const nodes = (byParent.get(parent) ?? []).flatMap((category) => {
      const self = words.length > 0 && matches(category);
      if (self) count += 1;
      const [children, below] = build(category.code, ancestorMatched || self);
      const keep = words.length === 0 || self || ancestorMatched || below;
      if (!keep) return [];
      if (below) expanded.push(category.code);
      found ||= self || below;
      return [{ key: category.code, category, ...(children.length ? { children } : {}) }];
    });
    return [nodes, found];
  };
  const [nodes] = build(null, false);
  return { nodes, expanded, matches: count };
}
