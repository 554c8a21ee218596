import { isCategoryCode } from './category-code.ts';

/** One node of the 诉求分类 code list as it stands now. */
export interface CategoryNode {
  code: string;
  name: string;
  parentCode: string | null;
  /** Other names callers and legacy systems use for this node (暖气 for 供暖) */
  aliases: readonly string[];
  active: boolean;
}

export interface ResolvedCategory {
  code: string;
  /** Names from the first level down, joined by '/': what a ticket keeps as it read at intake */
  path: string;
  active: boolean;
}

export const PATH_SEPARATOR = '/';
// Legacy exports join levels with '/', '>', '|' or '\' (full-width forms fold to these under NFKC).
const SEPARATORS = /[/>|\\]/;

/** How names are compared: full-width folded to half-width (NFKC), case and white space ignored. */
export function normalizeCategoryTerm(text: string): string {
  return text.normalize('NFKC').replace(/\s+/gu, '').toLowerCase();
}

/**
 * The code list as a tree, for finding a node from what a file or a caller says: its code, its path of names
 * ('城乡建设/供暖/室温不达标', any level may be an alias), or a name unique in the whole list ('室温不达标').
 * Active nodes are preferred to retired ones of the same name.
 */
export function createCategoryTree(nodes: readonly CategoryNode[]) {
  const byCode = new Map(nodes.map((node) => [node.code, node]));
  const children = new Map<string | null, CategoryNode[]>();
  const byTerm = new Map<string, CategoryNode[]>();
  const terms = new Map<string, string[]>();
  for (const node of nodes) {
    children.set(node.parentCode, [...(children.get(node.parentCode) ?? []), node]);
    terms.set(node.code, [node.name, ...node.aliases].map(normalizeCategoryTerm));
    for (const term of terms.get(node.code)!) byTerm.set(term, [...(byTerm.get(term) ?? []), node]);
  }
  // Files repeat a few hundred category texts over thousands of rows.
  const resolved = new Map<string, ResolvedCategory | 'ambiguous' | undefined>();

  function pathOf(code: string): string {
    const names: string[] = [];
    for (let node = byCode.get(code); node; node = node.parentCode ? byCode.get(node.parentCode) : undefined)
      names.unshift(node.name);
    return names.join(PATH_SEPARATOR);
  }

  function view(node: CategoryNode): ResolvedCategory {
    return { code: node.code, path: pathOf(node.code), active: node.active };
  }

  function named(candidates: readonly CategoryNode[], term: string): CategoryNode | undefined {
    const matches = candidates.filter((node) => terms.get(node.code)!.includes(term));
    return matches.find((node) => node.active) ?? matches[0];
  }

  function byPath(segments: readonly string[]): CategoryNode | undefined {
    let node: CategoryNode | undefined;
    for (const segment of segments) {
      node = named(children.get(node?.code ?? null) ?? [], segment);
      if (!node) return undefined;
    }
    return node;
  }

  return {
    get: (code: string) => byCode.get(code),
    childrenOf: (code: string | null) => children.get(code) ?? [],
    pathOf,
    /** The node a text names, or undefined; 'ambiguous' when a bare name fits several nodes. */
    resolve(text: string): ResolvedCategory | 'ambiguous' | undefined {
      if (resolved.has(text)) return resolved.get(text);
      const found = find(text);
      if (resolved.size < 10_000) resolved.set(text, found);
      return found;
    },
  };

  function find(text: string): ResolvedCategory | 'ambiguous' | undefined {
    const trimmed = text.normalize('NFKC').trim();
    if (isCategoryCode(trimmed)) {
      const node = byCode.get(trimmed);
      return node && view(node);
    }
    const segments = trimmed.split(SEPARATORS).map(normalizeCategoryTerm);
    if (segments.some((segment) => segment === '')) return undefined;
    const found = byPath(segments);
    if (found || segments.length > 1) return found && view(found);
    const anywhere = byTerm.get(segments[0]!) ?? [];
    const active = anywhere.filter((node) => node.active);
    const candidates = active.length > 0 ? active : anywhere;
    if (candidates.length > 1) return 'ambiguous';
    return candidates[0] && view(candidates[0]);
  }
}

export type CategoryTree = ReturnType<typeof createCategoryTree>;
