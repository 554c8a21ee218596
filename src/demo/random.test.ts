import { describe, expect, it } from 'vitest';
import { createRandom } from './random.ts';

function draw(seed: number | string, count: number): number[] {
  const random = createRandom(seed);
  return Array.from({ length: count }, () => random.next());
}

describe('createRandom', () => {
  it('repeats the same stream for the same seed', () => {
    expect(draw('panjin-2023', 50)).toEqual(draw('panjin-2023', 50));
    expect(draw(42, 50)).toEqual(draw(42, 50));
  });

  it('gives unrelated streams for nearby seeds, and treats 7 and "7" alike', () => {
    expect(draw('demo-1', 20)).not.toEqual(draw('demo-2', 20));
    expect(draw(7, 20)).toEqual(draw('7', 20));
  });

  it('stays in [0, 1) with a mean near one half', () => {
    const values = draw('range', 20_000);
    expect(Math.min(...values)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...values)).toBeLessThan(1);
    const mean = values.reduce((sum, v) => sum + v, 0) / values.length;
    expect(mean).toBeGreaterThan(0.49);
    expect(mean).toBeLessThan(0.51);
  });

  it('int() covers both bounds and nothing outside them', () => {
    const random = createRandom('dice');
    const seen = new Set<number>();
    for (let i = 0; i < 2_000; i++) seen.add(random.int(1, 6));
    expect([...seen].sort()).toEqual([1, 2, 3, 4, 5, 6]);
    expect(random.int(3, 3)).toBe(3);
    expect(() => random.int(5, 1)).toThrow(RangeError);
    expect(() => random.int(0.5, 2)).toThrow(RangeError);
  });

  it('chance() follows its probability', () => {
    const random = createRandom('coin');
    let hits = 0;
    for (let i = 0; i < 10_000; i++) if (random.chance(0.3)) hits++;
    expect(hits / 10_000).toBeGreaterThan(0.28);
    expect(hits / 10_000).toBeLessThan(0.32);
    expect(random.chance(0)).toBe(false);
    expect(random.chance(1)).toBe(true);
  });

  it('pick() returns members and refuses an empty list', () => {
    const random = createRandom('pick');
    const items = ['供暖', '供水', '燃气'] as const;
    const seen = new Set<string>();
    for (let i = 0; i < 300; i++) seen.add(random.pick(items));
    expect(seen).toEqual(new Set(items));
    expect(() => random.pick([])).toThrow(RangeError);
  });

  it('weighted() picks in proportion to the weights and never picks a zero weight', () => {
    const random = createRandom('weights');
    const items = [
      { name: '兴隆台区', weight: 6530 },
      { name: '大洼区', weight: 4226 },
      { name: '高新技术开发区', weight: 0 },
      { name: '盘山县', weight: 1922 },
    ];
    const counts = new Map<string, number>();
    const draws = 40_000;
    for (let i = 0; i < draws; i++) {
      const item = random.weighted(items, (it) => it.weight);
      counts.set(item.name, (counts.get(item.name) ?? 0) + 1);
    }
    const total = 6530 + 4226 + 1922;
    for (const item of items) {
      const share = (counts.get(item.name) ?? 0) / draws;
      expect(Math.abs(share - item.weight / total)).toBeLessThan(0.01);
    }
    expect(counts.has('高新技术开发区')).toBe(false);
  });

  it('weighted() refuses lists with no positive weight or a bad weight', () => {
    const random = createRandom('bad-weights');
    expect(() => random.weighted([1, 2], () => 0)).toThrow(RangeError);
    expect(() => random.weighted([1, 2], () => -1)).toThrow(RangeError);
    expect(() => random.weighted([1, 2], () => Number.NaN)).toThrow(RangeError);
    expect(() => random.weighted([], () => 1)).toThrow(RangeError);
  });

  it('normal() has the requested mean and spread', () => {
    const random = createRandom('bell');
    const values = Array.from({ length: 20_000 }, () => random.normal(10, 2));
    const mean = values.reduce((sum, v) => sum + v, 0) / values.length;
    const variance = values.reduce((sum, v) => sum + (v - mean) ** 2, 0) / values.length;
    expect(mean).toBeGreaterThan(9.95);
    expect(mean).toBeLessThan(10.05);
    expect(Math.sqrt(variance)).toBeGreaterThan(1.95);
    expect(Math.sqrt(variance)).toBeLessThan(2.05);
    expect(values.every(Number.isFinite)).toBe(true);
  });
});

describe('fork', () => {
  it('is determined by the seed and the label, not by what the parent has drawn', () => {
    const fresh = createRandom('city').fork('tickets');
    const used = createRandom('city');
    for (let i = 0; i < 100; i++) used.next();
    const late = used.fork('tickets');
    const a = Array.from({ length: 10 }, () => fresh.next());
    const b = Array.from({ length: 10 }, () => late.next());
    expect(a).toEqual(b);
  });

  it('gives different streams for different labels, and differs from the parent', () => {
    const root = createRandom('city');
    const calls = root.fork('calls');
    const tickets = root.fork('tickets');
    const parent = createRandom('city');
    const seqCalls = Array.from({ length: 10 }, () => calls.next());
    const seqTickets = Array.from({ length: 10 }, () => tickets.next());
    const seqParent = Array.from({ length: 10 }, () => parent.next());
    expect(seqCalls).not.toEqual(seqTickets);
    expect(seqCalls).not.toEqual(seqParent);
  });

  it('does not disturb the parent stream', () => {
    const withFork = createRandom('city');
    withFork.fork('side').next();
    expect(Array.from({ length: 5 }, () => withFork.next())).toEqual(draw('city', 5));
  });

  it('nests: a fork of a fork depends on the whole path', () => {
    const ab = createRandom('s').fork('a').fork('b');
    const ba = createRandom('s').fork('b').fork('a');
    expect(ab.next()).not.toBe(ba.next());
    expect(createRandom('s').fork('a').fork('b').next()).toBe(createRandom('s').fork('a').fork('b').next());
  });

  it('yields streams that are uncorrelated with each other', () => {
    const root = createRandom('corr');
    const x = root.fork('x');
    const y = root.fork('y');
    const n = 10_000;
    const xs = Array.from({ length: n }, () => x.next() - 0.5);
    const ys = Array.from({ length: n }, () => y.next() - 0.5);
    const covariance = xs.reduce((sum, v, i) => sum + v * (ys[i] ?? 0), 0) / n;
    // Uniform(-0.5, 0.5) has variance 1/12: the correlation is covariance × 12.
    expect(Math.abs(covariance * 12)).toBeLessThan(0.05);
  });
});
