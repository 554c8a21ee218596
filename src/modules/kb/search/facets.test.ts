import { describe, expect, it } from 'vitest';
import { facetMatch, facetTokensOf } from './facets.ts';

describe('facet tokens', () => {
  it('name a document’s status, unit, category with its ancestors, and districts', () => {
    const base = { status: 'published', categoryCode: '010103', unitCode: 'PJ-GTRL' };
    expect(facetTokensOf({ ...base, districtCodes: [] })).toEqual([
      'fstpublished',
      'funitpjgtrl',
      'fcat01',
      'fcat0101',
      'fcat010103',
      'fdistall',
    ]);
    expect(facetTokensOf({ ...base, categoryCode: null, districtCodes: ['PJ-DW'] })).toEqual([
      'fstpublished',
      'funitpjgtrl',
      'fdistpjdw',
    ]);
  });

  it('narrow the full-text match only for selective filters', () => {
    expect(facetMatch({}, null)).toBeNull();
    expect(facetMatch({ statuses: ['published'] }, null)).toBeNull();
    expect(facetMatch({ districtCode: 'PJ-DW', statuses: ['draft'] }, '0101')).toBe(
      'facets : ("fcat0101") AND facets : ("fstdraft") AND facets : ("fdistall" OR "fdistpjdw")',
    );
    expect(facetMatch({ unitCodes: ['PJ-GJJ', 'PJ-YB'] }, null)).toBe(
      'facets : ("funitpjgjj" OR "funitpjyb")',
    );
    expect(facetMatch({}, '01a')).toBeNull();
  });
});
