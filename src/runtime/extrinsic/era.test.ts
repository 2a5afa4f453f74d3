// spec: substrate-compat §5.4 (Era encoding table, birth/death, validity of decoded eras)
import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { toHex } from '../../primitives/common/bytes.js';
import { Era, eraBirth, eraDeath, IMMORTAL, mortalEra } from './era.js';

describe('Era encoding (substrate-compat §5.4 table)', () => {
  it.each([
    [64, 42, '0xa502', 64, 42],
    [4, 6, '0x2100', 4, 2],
    [2400, 100_000, '0x0b6a', 4096, 1696],
    [32768, 20_000, '0x4e9c', 32768, 20_000],
    [200, 513, '0x1700', 256, 1],
  ])('mortal(period %i, current %i) encodes %s', (period, current, hex, p, phase) => {
    const era = mortalEra(period, current);
    expect(era).toEqual({ type: 'Mortal', period: p, phase });
    expect(toHex(Era.enc(era))).toBe(hex);
    expect(Era.dec(hex)).toEqual(era);
  });

  it('immortal encodes as 00', () => {
    expect(toHex(Era.enc(IMMORTAL))).toBe('0x00');
    expect(Era.dec('0x00')).toEqual(IMMORTAL);
  });

  it('rejects a decoded era with phase ≥ period, and truncated input', () => {
    // e = 0x0ff1: period 2 << 1 = 4, phase (0xff1 >> 4) = 255 ≥ 4
    expect(() => Era.dec('0xf10f')).toThrow(/invalid mortal era/);
    expect(() => Era.dec('0xa5')).toThrow();
  });

  it('has the 256-variant metadata shape at sp_runtime::generic::era::Era', () => {
    const def = Era.def();
    expect(Era.path).toEqual(['sp_runtime', 'generic', 'era', 'Era']);
    expect(def.tag).toBe('variant');
    const variants = def.value as unknown as { name: string; index: number; fields: unknown[] }[];
    expect(variants).toHaveLength(256);
    expect(variants[0]).toMatchObject({ name: 'Immortal', index: 0, fields: [] });
    expect(variants[255]).toMatchObject({ name: 'Mortal255', index: 255 });
    expect(variants[255]!.fields).toHaveLength(1);
  });
});

describe('Era birth and death (substrate-compat §5.4)', () => {
  it('V2 era (64, phase 42): born at 42 whatever the current block below it, dies at 106', () => {
    const era = mortalEra(64, 42);
    expect(eraBirth(era, 2)).toBe(42);
    expect(eraBirth(era, 100)).toBe(42);
    expect(eraBirth(era, 106)).toBe(106);
    expect(eraDeath(era, 100)).toBe(106n);
  });

  it('immortal: birth 0, death u64::MAX', () => {
    expect(eraBirth(IMMORTAL, 1234)).toBe(0);
    expect(eraDeath(IMMORTAL, 1234)).toBe(2n ** 64n - 1n);
  });
});

describe('Era properties', () => {
  test.prop([fc.integer({ min: 1, max: 70_000 }), fc.integer({ min: 0, max: 2 ** 32 - 1 })])(
    'mortal eras round-trip and contain the block they were made at',
    (period, current) => {
      const era = mortalEra(period, current);
      expect(Era.dec(Era.enc(era))).toEqual(era);
      const birth = eraBirth(era, current);
      expect(birth).toBeLessThanOrEqual(current);
      expect(BigInt(current)).toBeLessThan(eraDeath(era, current));
    },
  );
});
