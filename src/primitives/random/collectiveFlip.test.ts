import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { toHex } from '../common/bytes.js';
import { InvalidInputError } from '../common/errors.js';
import { collectiveFlipSeed, nextRandomMaterial, RANDOM_MATERIAL_LEN, tripletMix } from './collectiveFlip.js';

const filled = (byte: number): Uint8Array => new Uint8Array(32).fill(byte);

describe('collective-flip random_seed (ceremonies §3, §9.1 derived)', () => {
  it('empty RandomMaterial gives 32 zero bytes', () => {
    expect(collectiveFlipSeed([], 1)).toEqual(new Uint8Array(32));
    expect(collectiveFlipSeed([], 12345)).toEqual(new Uint8Array(32));
  });

  it.each([
    {
      block: 1,
      material: [filled(0x45)],
      seed: '0x49fc9988583a6cc5bcb86ff51d9893635a05828979bb282e9fcb46053c5af26b',
    },
    {
      block: 3,
      material: [filled(0x00), filled(0x01), filled(0x02)],
      seed: '0xb1e493af0127512589e8a9bba4cf9a50d98cdab5749b5732d0bccb2608aee872',
    },
  ])('block $block', ({ block, material, seed }) => {
    expect(toHex(collectiveFlipSeed(material, block))).toBe(seed);
  });

  it('the cyclic read starts at (N−1) mod 81: block 3 and block 6 read a 3-list from the same slot', () => {
    const material = [filled(0), filled(1), filled(2)];
    expect(collectiveFlipSeed(material, 6)).toEqual(collectiveFlipSeed(material, 3));
    expect(collectiveFlipSeed(material, 1)).not.toEqual(collectiveFlipSeed(material, 3));
  });

  it('a non-empty subject changes the seed', () => {
    const material = [filled(7)];
    expect(collectiveFlipSeed(material, 1, Uint8Array.of(1))).not.toEqual(collectiveFlipSeed(material, 1));
  });

  test.prop([
    fc.array(fc.uint8Array({ minLength: 32, maxLength: 32 }), { minLength: 81, maxLength: 81 }),
    fc.integer({ min: 0, max: 80 }),
    fc.integer({ min: 100, max: 10_000 }),
  ])('rotating a full list by k equals reading it k blocks later', (material, k, block) => {
    const rotated = material.map((_, j) => material[(j + k) % RANDOM_MATERIAL_LEN]!);
    expect(collectiveFlipSeed(rotated, block - k)).toEqual(collectiveFlipSeed(material, block));
  });

  it('rejects block 0, wrong hash sizes and more than 81 hashes', () => {
    expect(() => collectiveFlipSeed([filled(1)], 0)).toThrow(InvalidInputError);
    expect(() => collectiveFlipSeed([new Uint8Array(31)], 1)).toThrow(InvalidInputError);
    expect(() => collectiveFlipSeed(Array(82).fill(filled(1)), 1)).toThrow(InvalidInputError);
  });
});

describe('safe_mix triplet_mix (ceremonies §3)', () => {
  it('one triple: bitwise majority, e.g. maj(0x0f, 0x33, 0x55) = 0x17', () => {
    expect(
      tripletMix([Uint8Array.of(0x0f, 0xff), Uint8Array.of(0x33, 0x00), Uint8Array.of(0x55, 0xf0)]),
    ).toEqual(Uint8Array.of(0x17, 0xf0));
  });

  it('nine items: majority of the three level-1 majorities', () => {
    const b = (x: number) => Uint8Array.of(x);
    // level 1: maj(1,1,0)=1, maj(2,0,0)=0, maj(1,3,2)=3; level 2: maj(1,0,3)=1
    expect(tripletMix([b(1), b(1), b(0), b(2), b(0), b(0), b(1), b(3), b(2)])).toEqual(b(1));
  });

  it('a single item is returned as is; other non-powers of 3 are rejected', () => {
    expect(tripletMix([Uint8Array.of(9)])).toEqual(Uint8Array.of(9));
    expect(() => tripletMix([])).toThrow(InvalidInputError);
    expect(() => tripletMix([Uint8Array.of(1), Uint8Array.of(2)])).toThrow(InvalidInputError);
  });
});

describe('RandomMaterial update in on_initialize (ceremonies §3)', () => {
  it('appends parent hashes until 81, then overwrites slot (N−1) mod 81', () => {
    let material: Uint8Array[] = [];
    for (let n = 1; n <= 81; n++) material = nextRandomMaterial(material, filled(n), n);
    expect(material.length).toBe(81);
    expect(material[80]).toEqual(filled(81));
    const next = nextRandomMaterial(material, filled(200), 82);
    expect(next.length).toBe(81);
    expect(next[0]).toEqual(filled(200));
    expect(next[1]).toEqual(filled(2));
    expect(material[0]).toEqual(filled(1));
    expect(nextRandomMaterial(next, filled(201), 84)[2]).toEqual(filled(201));
  });
});
