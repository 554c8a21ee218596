/**
 * The shape of the demo city's knowledge-base articles (知识库): what a unit writes and keeps up to date so that
 * agents can answer on the spot (直接答复). Numbers are stable across releases: the search-quality set in
 * test/kb-search/ names its expected answers by them.
 */
export type DemoKbStatus = 'published' | 'expired' | 'draft';

export interface DemoKbArticle {
  /** 'ZSK' + six digits: the first-level category's two digits, then a serial; never reused. */
  number: string;
  title: string;
  /** Plain text; paragraphs separated by a line break. */
  body: string;
  /** A code of the bundled 诉求分类 list (src/modules/categories/bundled-categories.ts), any level. */
  categoryCode: string;
  /** The owning unit, a code of the demo organisation tree (src/demo/data/units.ts). */
  unitCode: string;
  keywords: string[];
  /** District unit codes ('PJ-DW' …) where the article alone applies; empty: the whole city. */
  districtCodes: string[];
  /** 'expired': an old policy a newer article replaces; 'draft': not yet approved. */
  status: DemoKbStatus;
  /** 'YYYY-MM-DD' */
  updatedAt: string;
  /** 'YYYY-MM-DD', the first day the article no longer holds; null: until revised. */
  expiresAt: string | null;
}

type DemoKbInput = Omit<DemoKbArticle, 'districtCodes' | 'status' | 'expiresAt'> &
  Partial<Pick<DemoKbArticle, 'districtCodes' | 'status' | 'expiresAt'>>;

/** One article; city-wide, published and open-ended unless told otherwise. */
export function kb(input: DemoKbInput): DemoKbArticle {
  return {
    number: input.number,
    title: input.title,
    body: input.body,
    categoryCode: input.categoryCode,
    unitCode: input.unitCode,
    keywords: input.keywords,
    districtCodes: input.districtCodes ?? [],
    status: input.status ?? 'published',
    updatedAt: input.updatedAt,
    expiresAt: input.expiresAt ?? null,
  };
}
