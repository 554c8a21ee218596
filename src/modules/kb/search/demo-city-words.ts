import { DEMO_PLACES } from '../../../demo/data/places.ts';
import { DEMO_DISTRICTS, DEMO_UNITS } from '../../../demo/data/units.ts';

// The demo city's (盘锦) districts, 街道/镇, 小区, 社区/村, roads and units, read from the demo data so that the
// dictionary follows it. jieba knows none of 大洼区, 清河湾小区 or 广田热力集团 and would cut them into pieces that
// also match unrelated text; a deployment for another city passes its own names as `extraWords`.

let cached: string[] | undefined;

export function demoCityWords(): string[] {
  cached ??= [...new Set([...placeWords(), ...unitWords()])];
  return cached;
}

function placeWords(): string[] {
  const found = DEMO_DISTRICTS.map((district) => district.name);
  for (const district of DEMO_PLACES) {
    found.push(district.districtName, district.unitPrefix, ...district.roads);
    for (const street of district.streets)
      found.push(street.name, ...street.estates, ...street.neighbourhoods);
  }
  return found;
}

/** Unit names, and for 市公安局 also 公安局: callers drop the 市. Parenthesised parts are names of their own. */
function unitWords(): string[] {
  return DEMO_UNITS.flatMap((unit) =>
    unit.name
      .split(/[（）()\s]+/)
      .filter((part) => part.length >= 2)
      .flatMap((part) => (part.startsWith('市') && part.length > 3 ? [part, part.slice(1)] : [part])),
  );
}
