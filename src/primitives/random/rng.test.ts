import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { fromHex, toHex } from '../common/bytes.js';
import { InvalidInputError } from '../common/errors.js';
import { blake2_256 } from '../common/hashing.js';
import { RandomNumberGenerator, randomPermutation, U32_MAX } from './rng.js';

const seedOf = (text: string): Uint8Array => blake2_256(new TextEncoder().encode(text));
const ZERO_SEED = new Uint8Array(32);
const ENCOINTER_SEED = fromHex('0xc99e635ccf5cb922349838610c360563af999e2d9bf9232c10241216bdf1c70e');
const oneToTen = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];
const draws = (rng: RandomNumberGenerator, max: number, count: number): number[] =>
  Array.from({ length: count }, () => rng.pickU32(max));

describe('RandomNumberGenerator and permutation: verified vectors (ceremonies §9.1)', () => {
  it('Sixty-nine: pick_u32(100) = 59, then pick_item([1,2,3]) = 1', () => {
    const rng = new RandomNumberGenerator(seedOf('Sixty-nine'));
    expect(rng.pickU32(100)).toBe(59);
    expect(rng.pickItem([1, 2, 3])).toBe(1);
  });

  it('my_seed: two permutations from the same RNG', () => {
    const rng = new RandomNumberGenerator(seedOf('my_seed'));
    expect(randomPermutation(oneToTen, rng)).toEqual([5, 9, 7, 4, 6, 8, 2, 3, 1, 10]);
    expect(randomPermutation(oneToTen, rng)).toEqual([9, 8, 3, 5, 6, 2, 10, 4, 7, 1]);
  });

  it('my_seed2: permutation', () => {
    const rng = new RandomNumberGenerator(seedOf('my_seed2'));
    expect(randomPermutation(oneToTen, rng)).toEqual([1, 7, 8, 9, 2, 3, 10, 5, 4, 6]);
  });

  it('perm([]) is None and consumes nothing', () => {
    const rng = new RandomNumberGenerator(ZERO_SEED);
    expect(randomPermutation([], rng)).toBeUndefined();
    expect(rng.offset).toBe(0);
  });

  it('pick_u32(u32::MAX) does not fail', () => {
    const rng = new RandomNumberGenerator(seedOf('my_seed'));
    for (let i = 0; i < 20; i++) {
      const v = rng.pickU32(U32_MAX);
      expect(v).toBeGreaterThanOrEqual(0);
      expect(v).toBeLessThanOrEqual(U32_MAX);
    }
  });
});

describe('RandomNumberGenerator: derived vectors (ceremonies §9.1)', () => {
  it('blake2_256 of 32 zero bytes (the first re-hash of the zero seed)', () => {
    expect(toHex(blake2_256(ZERO_SEED))).toBe(
      '0x89eb0d6a8a691dae2cd15ed0369931ce0a949ecafa5c3f93f8121833646e15c3',
    );
  });

  it('zero seed: pick_u32(255) ×35 = 32 zeros, then 137, 235, 13', () => {
    const rng = new RandomNumberGenerator(ZERO_SEED);
    expect(draws(rng, 255, 35)).toEqual([...Array(32).fill(0), 137, 235, 13]);
  });

  it('zero seed: pick_u32(65535) ×18 = 16 zeros, then 60297, 27149', () => {
    const rng = new RandomNumberGenerator(ZERO_SEED);
    expect(draws(rng, 65535, 18)).toEqual([...Array(16).fill(0), 60297, 27149]);
  });

  it("seed blake2_256('encointer')", () => {
    expect(seedOf('encointer')).toEqual(ENCOINTER_SEED);
  });

  it.each([
    { max: 10, expected: [3, 4, 0, 4, 9, 4, 9, 1, 8, 9] },
    { max: 1000, expected: [609, 628, 736, 881, 926, 864, 823, 324, 304, 667] },
    { max: U32_MAX, expected: [1550032585, 582573263, 1631098932, 1661285900] },
  ])("'encointer' seed: pick_u32($max) ×n", ({ max, expected }) => {
    const rng = new RandomNumberGenerator(ENCOINTER_SEED);
    expect(draws(rng, max, expected.length)).toEqual(expected);
  });
});

describe('RandomNumberGenerator: byte accounting (ceremonies §3.1)', () => {
  it.each([
    { max: 0, needed: 0 },
    { max: 1, needed: 1 },
    { max: 255, needed: 1 },
    { max: 256, needed: 2 },
    { max: 65535, needed: 2 },
    { max: 65536, needed: 3 },
    { max: 2 ** 24 - 1, needed: 3 },
    { max: 2 ** 24, needed: 4 },
    { max: U32_MAX, needed: 4 },
  ])('pick_u32($max) consumes $needed bytes from a zero seed', ({ max, needed }) => {
    const rng = new RandomNumberGenerator(ZERO_SEED);
    expect(rng.pickU32(max)).toBe(0);
    expect(rng.offset).toBe(needed);
  });

  it('re-hashes when the remaining bytes are too few, discarding the tail', () => {
    const rng = new RandomNumberGenerator(ZERO_SEED);
    draws(rng, 65535, 15); // 30 bytes used, 2 left
    expect(rng.offset).toBe(30);
    rng.pickU32(2 ** 24 - 1); // needs 3 > 2 left
    expect(rng.offset).toBe(3);
    expect(rng.current).toEqual(blake2_256(ZERO_SEED));
  });

  it('reads little-endian: the first two bytes of hash(0) are 0x89 0xeb', () => {
    const rng = new RandomNumberGenerator(ZERO_SEED);
    draws(rng, U32_MAX, 8); // exhaust the zero block
    expect(rng.pickU32(0xffff)).toBe(0xeb89);
  });

  it('rejects raw values above top: pick_u32(200) skips the byte 0xeb (235 > 200)', () => {
    const rng = new RandomNumberGenerator(ZERO_SEED);
    draws(rng, 255, 32);
    // bytes 0x89 = 137 accepted, 0xeb = 235 rejected, 0x0d = 13 accepted
    expect(draws(rng, 200, 2)).toEqual([137, 13]);
    expect(rng.offset).toBe(3);
  });

  it('pick_non_zero_u32(1) is always 1 and consumes nothing; pick_non_zero_u32(0) is rejected', () => {
    const rng = new RandomNumberGenerator(ENCOINTER_SEED);
    expect(rng.pickNonZeroU32(1)).toBe(1);
    expect(rng.offset).toBe(0);
    expect(() => rng.pickNonZeroU32(0)).toThrow(InvalidInputError);
  });

  it('pick_non_zero_u32(max) = pick_u32(max − 1) + 1', () => {
    const a = new RandomNumberGenerator(ENCOINTER_SEED);
    const b = new RandomNumberGenerator(ENCOINTER_SEED);
    // 'encointer' pick_u32(10) sequence starts 3, 4, 0
    expect([a.pickNonZeroU32(11), a.pickNonZeroU32(11), a.pickNonZeroU32(11)]).toEqual([4, 5, 1]);
    expect(b.pickUsize(10)).toBe(3);
  });

  it('rejects bad seeds and out-of-range maxima', () => {
    expect(() => new RandomNumberGenerator(new Uint8Array(31))).toThrow(InvalidInputError);
    const rng = new RandomNumberGenerator(ZERO_SEED);
    expect(() => rng.pickU32(-1)).toThrow(InvalidInputError);
    expect(() => rng.pickU32(U32_MAX + 1)).toThrow(InvalidInputError);
    expect(() => rng.pickU32(1.5)).toThrow(InvalidInputError);
  });

  it('current is a copy, so callers cannot disturb the state', () => {
    const rng = new RandomNumberGenerator(ZERO_SEED);
    rng.current.fill(0xff);
    expect(rng.pickU32(255)).toBe(0);
  });
});

describe('random permutation: properties (ceremonies §3.2)', () => {
  const seed = fc.uint8Array({ minLength: 32, maxLength: 32 });

  test.prop([seed, fc.array(fc.integer(), { minLength: 1, maxLength: 60 })])(
    'is a permutation of its input and leaves the input untouched',
    (s, list) => {
      const before = [...list];
      const out = randomPermutation(list, new RandomNumberGenerator(s))!;
      expect(list).toEqual(before);
      expect([...out].sort((a, b) => a - b)).toEqual([...list].sort((a, b) => a - b));
    },
  );

  test.prop([seed, fc.integer({ min: 0, max: 5000 })])('pick_u32(max) stays in [0, max]', (s, max) => {
    const rng = new RandomNumberGenerator(s);
    for (let i = 0; i < 40; i++) {
      const v = rng.pickU32(max);
      expect(v >= 0 && v <= max).toBe(true);
    }
  });
});
