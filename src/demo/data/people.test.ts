import { describe, expect, it } from 'vitest';
import { createRandom } from '../random.ts';
import { GIVEN_NAME_CHARS, SURNAMES, makeAddress, makeCallerName, makePhone } from './people.ts';
import { DEMO_PLACES, placesOf } from './places.ts';
import { DEMO_DISTRICTS } from './units.ts';

describe('names', () => {
  it('lists unique surnames, most common first, and unique single given-name characters', () => {
    expect(new Set(SURNAMES).size).toBe(SURNAMES.length);
    expect(SURNAMES.slice(0, 4)).toEqual(['王', '李', '张', '刘']);
    expect(SURNAMES.length).toBeGreaterThanOrEqual(80);
    expect(new Set(GIVEN_NAME_CHARS).size).toBe(GIVEN_NAME_CHARS.length);
    for (const char of GIVEN_NAME_CHARS) expect([...char]).toHaveLength(1);
  });

  it('makes names from a listed surname, as full names or as 先生/女士', () => {
    const random = createRandom('names');
    const names = Array.from({ length: 5_000 }, () => makeCallerName(random));
    let surnameOnly = 0;
    for (const name of names) {
      const surname = SURNAMES.find((s) => name.startsWith(s)) ?? '';
      expect(surname, name).not.toBe('');
      const rest = name.slice(surname.length);
      if (rest === '先生' || rest === '女士') {
        surnameOnly++;
      } else {
        expect([1, 2]).toContain([...rest].length);
        for (const char of rest) expect(GIVEN_NAME_CHARS).toContain(char);
      }
    }
    expect(surnameOnly / names.length).toBeGreaterThan(0.15);
    expect(surnameOnly / names.length).toBeLessThan(0.25);
    const wang = names.filter((n) => n.startsWith('王')).length;
    const lu = names.filter((n) => n.startsWith('鲁')).length;
    expect(wang).toBeGreaterThan(lu * 5);
  });

  it('repeats the same callers for the same seed', () => {
    const a = createRandom(9);
    const b = createRandom(9);
    const first = Array.from({ length: 20 }, () => makeCallerName(a));
    expect(Array.from({ length: 20 }, () => makeCallerName(b))).toEqual(first);
  });
});

describe('makePhone', () => {
  it('makes 11-digit mobiles on real prefixes or 0427 landlines of 7 digits', () => {
    const random = createRandom('phones');
    const phones = Array.from({ length: 3_000 }, () => makePhone(random));
    for (const phone of phones) {
      expect(phone).toMatch(/^(1(3\d|5[0-35-9]|8\d|9[135689])\d{8}|0427-[235678]\d{6})$/);
    }
    const landlines = phones.filter((p) => p.startsWith('0427-')).length / phones.length;
    expect(landlines).toBeGreaterThan(0.08);
    expect(landlines).toBeLessThan(0.16);
  });
});

describe('places', () => {
  it('covers every district and zone of the organisation', () => {
    expect(DEMO_PLACES.map((p) => p.districtName).sort()).toEqual(DEMO_DISTRICTS.map((d) => d.name).sort());
  });

  it('keeps street codes and estates unique within a district, so an estate names one street', () => {
    for (const district of DEMO_PLACES) {
      const codes = district.streets.map((s) => s.code);
      expect(new Set(codes).size, district.districtName).toBe(codes.length);
      for (const code of codes) expect(code).toMatch(/^[A-Z]+$/);
      const estates = district.streets.flatMap((s) => s.estates);
      expect(new Set(estates).size, district.districtName).toBe(estates.length);
      expect(district.roads.length).toBeGreaterThanOrEqual(4);
      for (const street of district.streets) expect(street.estates.length).toBeGreaterThanOrEqual(2);
    }
  });

  it("puts the reference case's 吉祥小区 in 双台子区", () => {
    const street = placesOf('双台子区').streets.find((s) => s.estates.includes('吉祥小区'));
    expect(street?.name).toBe('红旗街道');
    expect(() => placesOf('沈阳市')).toThrow(RangeError);
  });
});

describe('makeAddress', () => {
  it('gives an address inside the district, on one of its streets', () => {
    const random = createRandom('addresses');
    for (const district of DEMO_PLACES) {
      for (let i = 0; i < 50; i++) {
        const place = makeAddress(random, district.districtName);
        const street = district.streets.find((s) => s.name === place.street);
        expect(street).toBeDefined();
        expect(street?.estates).toContain(place.community);
        expect(district.roads).toContain(place.road);
        expect(place.address.startsWith(`盘锦市${district.districtName}`)).toBe(true);
        expect(place.address).toContain(place.community);
        if (street?.kind === 'town') {
          expect(place.address).toMatch(/村\d+组\d+号$/);
          expect(street.neighbourhoods).toContain(place.neighbourhood);
        } else {
          expect(place.address).toMatch(/\d+号楼\d单元\d+0\d室$/);
        }
      }
    }
  });

  it('keeps each estate on the same road at the same number', () => {
    const random = createRandom('same-estate');
    const seen = new Map<string, string>();
    for (let i = 0; i < 400; i++) {
      const place = makeAddress(random, '兴隆台区');
      const roadPart = place.address.slice(0, place.address.indexOf(place.community));
      const earlier = seen.get(place.community);
      if (earlier) expect(roadPart).toBe(earlier);
      seen.set(place.community, roadPart);
    }
  });

  it('sends most callers to city streets rather than towns', () => {
    const random = createRandom('towns');
    const streets = placesOf('大洼区').streets;
    const calls = Array.from({ length: 2_000 }, () => makeAddress(random, '大洼区'));
    const inTowns = calls.filter((p) => streets.find((s) => s.name === p.street)?.kind === 'town').length;
    // 10 towns at weight 1 against 5 streets at weight 3: 40% of callers live in towns.
    expect(inTowns / calls.length).toBeGreaterThan(0.35);
    expect(inTowns / calls.length).toBeLessThan(0.45);
  });

  it('refuses an unknown district', () => {
    expect(() => makeAddress(createRandom(1), '铁西区')).toThrow(RangeError);
  });
});
