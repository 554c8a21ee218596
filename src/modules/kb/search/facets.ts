import { categoryLevel, isCategoryCode } from '../../../domain/categories/category-code.ts';
import type { SearchFilters } from './search-filters.ts';

// Filters as tokens of the full-text index (SQLite). A filter that keeps few articles (one category, one unit,
// one district) makes SQLite walk a common word's whole posting list, looking each article up to test the
// filter: 100 ms and more at 100,000 articles. With the filter's tokens in the FTS5 table, the MATCH intersects
// posting lists instead. The SQL conditions stay as well and decide: facet tokens only narrow, so a facet that
// two codes share after sanitising (PJ-DW, PJDW) costs a little speed, never a wrong result. PostgreSQL's
// planner combines its GIN index with the row filters by itself and does without.

/** Beyond this many units (a large subtree) the unit list is left to the SQL condition alone. */
const MAX_UNIT_FACETS = 50;

const sanitize = (text: string) => text.toLowerCase().replace(/[^a-z0-9]/g, '');

const categoryFacet = (stem: string) => `fcat${stem}`;
const statusFacet = (status: string) => `fst${sanitize(status)}`;
const unitFacet = (code: string) => `funit${sanitize(code)}`;
const districtFacet = (code: string) => `fdist${sanitize(code)}`;
const CITY_WIDE = 'fdistall';

export interface FacetSource {
  status: string;
  categoryCode: string | null;
  unitCode: string;
  districtCodes: readonly string[];
}

/** The facet tokens of one document: its category and every ancestor, status, unit, districts (or city-wide). */
export function facetTokensOf(doc: FacetSource): string[] {
  const tokens = [statusFacet(doc.status), unitFacet(doc.unitCode)];
  if (doc.categoryCode && isCategoryCode(doc.categoryCode)) {
    for (let level = 1; level <= categoryLevel(doc.categoryCode); level++) {
      tokens.push(categoryFacet(doc.categoryCode.slice(0, level * 2)));
    }
  }
  if (doc.districtCodes.length === 0) tokens.push(CITY_WIDE);
  for (const code of doc.districtCodes) tokens.push(districtFacet(code));
  return [...new Set(tokens)];
}

/**
 * FTS5 conditions on the facets column for the selective filters, or null. Published-only (the default) is
 * no narrowing worth a posting list of nine articles in ten; other status sets are.
 */
export function facetMatch(filters: SearchFilters, categoryStem: string | null): string | null {
  const conditions: string[][] = [];
  if (categoryStem !== null && /^(\d\d){1,3}$/.test(categoryStem))
    conditions.push([categoryFacet(categoryStem)]);
  const statuses = filters.statuses ?? [];
  if (statuses.length > 0 && !statuses.includes('published')) conditions.push(statuses.map(statusFacet));
  const units = filters.unitCodes;
  if (units && units.length > 0 && units.length <= MAX_UNIT_FACETS) conditions.push(units.map(unitFacet));
  if (filters.districtCode) conditions.push([CITY_WIDE, districtFacet(filters.districtCode)]);
  if (conditions.length === 0) return null;
  return conditions
    .map((tokens) => `facets : (${tokens.map((token) => `"${token}"`).join(' OR ')})`)
    .join(' AND ');
}
