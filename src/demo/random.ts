/**
 * A seeded random source for the demo city. The same seed always yields the same city and the same
 * tickets, so a demo database, a screenshot or a failing test can be reproduced exactly.
 *
 * The generator is sfc32 (Chris Doty-Humphrey's Small Fast Counting generator, as in PractRand): 128 bits
 * of state, passes BigCrush, and needs only 32-bit integer arithmetic. The seed text is spread over the
 * four state words with cyrb128, so nearby seeds ('demo-1', 'demo-2') give unrelated streams.
 */
export interface Random {
  /** A float in [0, 1). */
  next(): number;
  /** An integer in [min, max], both ends included. */
  int(min: number, max: number): number;
  /** True with probability p (p ≤ 0 never, p ≥ 1 always). */
  chance(p: number): boolean;
  pick<T>(items: readonly T[]): T;
  /** One item, chosen with probability proportional to weight(item); weights must be finite and ≥ 0. */
  weighted<T>(items: readonly T[], weight: (item: T) => number): T;
  /** A normally distributed number (Box–Muller). */
  normal(mean: number, sd: number): number;
  /**
   * An independent stream derived from this stream's seed and the label — not from how many numbers
   * this stream has already drawn, so adding a draw in one part of the simulation never shifts another.
   */
  fork(label: string): Random;
}

const WARM_UP_ROUNDS = 15;
const TWO_POW_32 = 4294967296;

export function createRandom(seed: number | string): Random {
  return createFromKey(String(seed));
}

function createFromKey(key: string): Random {
  const nextUint32 = sfc32(cyrb128(key));
  for (let i = 0; i < WARM_UP_ROUNDS; i++) nextUint32();
  const next = (): number => nextUint32() / TWO_POW_32;

  const random: Random = {
    next,
    int(min, max) {
      if (!Number.isInteger(min) || !Number.isInteger(max) || min > max) {
        throw new RangeError(`int(${min}, ${max}): bounds must be integers with min ≤ max`);
      }
      return min + Math.floor(next() * (max - min + 1));
    },
    chance(p) {
      return next() < p;
    },
    pick(items) {
      if (items.length === 0) throw new RangeError('pick() needs at least one item');
      return items[Math.floor(next() * items.length)] as (typeof items)[number];
    },
    weighted(items, weight) {
      const weights = items.map((item) => {
        const w = weight(item);
        if (!Number.isFinite(w) || w < 0) throw new RangeError(`weighted(): invalid weight ${w}`);
        return w;
      });
      const total = weights.reduce((sum, w) => sum + w, 0);
      if (total <= 0) throw new RangeError('weighted() needs at least one positive weight');
      let threshold = next() * total;
      for (let i = 0; i < items.length; i++) {
        threshold -= weights[i] ?? 0;
        if (threshold < 0 && (weights[i] ?? 0) > 0) return items[i] as (typeof items)[number];
      }
      // Rounding can leave a sliver above the last cumulative sum: fall back to the last positive item.
      const lastPositive = weights.findLastIndex((w) => w > 0);
      return items[lastPositive] as (typeof items)[number];
    },
    normal(mean, sd) {
      const u1 = 1 - next(); // (0, 1]: log(0) would be -Infinity
      const u2 = next();
      return mean + sd * Math.sqrt(-2 * Math.log(u1)) * Math.cos(2 * Math.PI * u2);
    },
    fork(label) {
      return createFromKey(`${key}\u0000${label}`);
    },
  };
  return random;
}

/** cyrb128 string hash (bryc, public domain): four 32-bit words to seed sfc32. */
function cyrb128(text: string): [number, number, number, number] {
  let h1 = 1779033703;
  let h2 = 3144134277;
  let h3 = 1013904242;
  let h4 = 2773480762;
  for (let i = 0; i < text.length; i++) {
    const k = text.charCodeAt(i);
    h1 = h2 ^ Math.imul(h1 ^ k, 597399067);
    h2 = h3 ^ Math.imul(h2 ^ k, 2869860233);
    h3 = h4 ^ Math.imul(h3 ^ k, 951274213);
    h4 = h1 ^ Math.imul(h4 ^ k, 2716044179);
  }
  h1 = Math.imul(h3 ^ (h1 >>> 18), 597399067);
  h2 = Math.imul(h4 ^ (h2 >>> 22), 2869860233);
  h3 = Math.imul(h1 ^ (h3 >>> 17), 951274213);
  h4 = Math.imul(h2 ^ (h4 >>> 19), 2716044179);
  h1 ^= h2 ^ h3 ^ h4;
  h2 ^= h1;
  h3 ^= h1;
  h4 ^= h1;
  return [h1 >>> 0, h2 >>> 0, h3 >>> 0, h4 >>> 0];
}

function sfc32([seedA, seedB, seedC, seedD]: [number, number, number, number]): () => number {
  let a = seedA;
  let b = seedB;
  let c = seedC;
  let d = seedD;
  return () => {
    a |= 0;
    b |= 0;
    c |= 0;
    d |= 0;
    const t = (((a + b) | 0) + d) | 0;
    d = (d + 1) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    c = (c + t) | 0;
    return t >>> 0;
  };
}
