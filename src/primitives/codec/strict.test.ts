// Strictness of the described-type combinators (ceremonies §0: SCALE as parity-scale-codec accepts it).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fromHex, toHex } from '../common/bytes.js';
import {
  BoundExceededError,
  bigInt,
  bool,
  boundedBytes,
  boundedVec,
  bytes,
  compactU32,
  compactU64,
  compactU128,
  DecodeError,
  EncodeError,
  enumType,
  fixedBytes,
  i8,
  i16,
  i32,
  i64,
  i128,
  int,
  option,
  result,
  str,
  struct,
  tuple,
  u8,
  u16,
  u32,
  u64,
  u128,
  unitEnum,
  vec,
} from './describe.js';
import type { AnyType } from './types.js';

const Pair = struct(['test', 'Pair'], { a: u8, b: fixedBytes(4) });
const Kind = unitEnum(['test', 'Kind'], ['A', 'B']);
const Data = enumType(['test', 'Data'], { Empty: { index: 0 }, Num: { index: 2, fields: u32 } });

describe('strict encoding (ceremonies §0: fixed-width integers, fixed byte arrays, enum variants)', () => {
  const rejects = [
    ['u8 256', () => u8.enc(256)],
    ['u8 −1', () => u8.enc(-1)],
    ['u16 2^16', () => u16.enc(2 ** 16)],
    ['u32 −1', () => u32.enc(-1)],
    ['u32 2^32', () => u32.enc(2 ** 32)],
    ['u32 1.5', () => u32.enc(1.5)],
    ['u32 NaN', () => u32.enc(Number.NaN)],
    ['u32 as bigint', () => u32.enc(1n as unknown as number)],
    ['i8 128', () => i8.enc(128)],
    ['i16 −2^15 − 1', () => i16.enc(-(2 ** 15) - 1)],
    ['i32 2^31', () => i32.enc(2 ** 31)],
    ['u64 −1', () => u64.enc(-1n)],
    ['u64 2^64', () => u64.enc(1n << 64n)],
    ['u64 as number', () => u64.enc(1 as unknown as bigint)],
    ['i64 2^63', () => i64.enc(1n << 63n)],
    ['u128 2^128', () => u128.enc(1n << 128n)],
    ['i128 2^127', () => i128.enc(1n << 127n)],
    ['i128 −2^127 − 1', () => i128.enc(-(1n << 127n) - 1n)],
    ['bool from a number', () => bool.enc(1 as unknown as boolean)],
    ['compact −1', () => compactU32.enc(-1)],
    ['compact 1.5', () => compactU32.enc(1.5)],
    ['Compact<u32> 2^32', () => compactU32.enc(2 ** 32)],
    ['Compact<u64> 2^64', () => compactU64.enc(1n << 64n)],
    ['Compact<u128> −1', () => compactU128.enc(-1n)],
    ['[u8; 4] of 3 bytes', () => fixedBytes(4).enc(new Uint8Array(3))],
    ['[u8; 4] of 5 bytes (scale-ts would truncate)', () => fixedBytes(4).enc(new Uint8Array(5))],
    ['[u8; 4] from an array', () => fixedBytes(4).enc([1, 2, 3, 4] as unknown as Uint8Array)],
    ['Vec<u8> from text', () => bytes.enc('abc' as unknown as Uint8Array)],
    ['str from bytes', () => str.enc(new Uint8Array(1) as unknown as string)],
    ['struct field out of range', () => Pair.enc({ a: 300, b: new Uint8Array(4) })],
    ['struct without a field', () => Pair.enc({ a: 1 } as never)],
    ['struct from undefined', () => Pair.enc(undefined as never)],
    ['unknown unit variant', () => Kind.enc('C' as never)],
    ['unknown data variant', () => Data.enc({ tag: 'Other', value: undefined } as never)],
    ['enum from a string', () => Data.enc('Empty' as never)],
    ['Vec<u32> from a non-array', () => vec(u32).enc(3 as never)],
    ['Option<u8> of 256', () => option(u8).enc(256)],
  ] as const;

  it.each(rejects)('rejects %s with a typed error', (_label, run) => {
    expect(run).toThrow(EncodeError);
  });

  it('names the type in the message, a Rust alias included', () => {
    expect(() => int('u32', 'CeremonyIndex').enc(-1)).toThrow(/cannot encode CeremonyIndex: -1 is not a u32/);
    expect(() => bigInt('u64', 'Moment').enc(-1n)).toThrow(/cannot encode Moment: -1 is not a u64/);
    expect(() => fixedBytes(32, 'AccountId').enc(new Uint8Array(31))).toThrow(
      /cannot encode AccountId: expected 32 bytes, got 31/,
    );
    expect(() => Kind.enc('C' as never)).toThrow(/cannot encode Kind: unknown variant 'C'/);
    expect(() => Pair.enc(undefined as never)).toThrow(/cannot encode Pair/);
  });

  it('returns a copy for a fixed byte array, not the caller’s buffer', () => {
    const value = new Uint8Array(4).fill(7);
    const out = fixedBytes(4).enc(value);
    out[0] = 0;
    expect(value[0]).toBe(7);
  });
});

describe('bounded vectors refuse over-long input with BoundExceededError (typeName, max, actual)', () => {
  const Names = boundedVec(u32, 2, 'Names');
  const Label = boundedBytes(3, 'Label');

  it('accepts exactly the bound', () => {
    expect(toHex(Names.enc([1, 2]))).toBe('0x080100000002000000');
    expect(Names.dec('0x080100000002000000')).toEqual([1, 2]);
    expect(Label.dec(Label.enc(Uint8Array.of(1, 2, 3)))).toEqual(Uint8Array.of(1, 2, 3));
  });

  it.each([
    ['encode Names', () => Names.enc([1, 2, 3]), 'Names', 2],
    ['decode Names', () => Names.dec('0x0c010000000200000003000000'), 'Names', 2],
    ['encode Label', () => Label.enc(Uint8Array.of(1, 2, 3, 4)), 'Label', 3],
    ['decode Label', () => Label.dec('0x1001020304'), 'Label', 3],
  ] as const)('%s: bound + 1', (_label, run, typeName, max) => {
    expect(run).toThrow(BoundExceededError);
    expect(run).toThrow(new RegExp(`${typeName}: ${max + 1} elements exceed its bound of ${max}`));
    try {
      run();
    } catch (e) {
      expect(e).toMatchObject({ name: 'BoundExceeded', typeName, max, actual: max + 1 });
    }
  });

  it('refuses the bound before reading the items (a huge length prefix is not allocated)', () => {
    expect(() => Names.dec('0x03ffffffff')).toThrow(BoundExceededError);
  });
});

describe('strict decoding (as parity-scale-codec: exact input, canonical forms, known variants)', () => {
  const rejects: readonly (readonly [string, AnyType, string, RegExp])[] = [
    ['Option byte 0x02', option(u8), '0x0205', /invalid option byte 0x02/],
    ['Result byte 0x02', result(u8, u8), '0x0205', /invalid result byte 0x02/],
    ['bool byte 0x02', bool, '0x02', /invalid byte 0x02/],
    ['unit enum index 2', Kind, '0x02', /Kind: unknown variant index 2/],
    ['data enum index 1 (a gap)', Data, '0x01', /Data: unknown variant index 1/],
    ['enum without its index byte', Data, '0x', /unexpected end of input/],
    ['trailing byte', Kind, '0x0000', /1 trailing bytes/],
    ['u32 of 2 bytes', u32, '0x0100', /unexpected end of input/],
    ['u128 of 15 bytes', u128, `0x${'00'.repeat(15)}`, /unexpected end of input/],
    ['[u8; 4] of 3 bytes', fixedBytes(4), '0x010203', /expected 4 bytes, the input ends after 3/],
    ['struct cut inside a field', Pair, '0x010203', /expected 4 bytes/],
    ['Vec<u8> shorter than its prefix', bytes, '0x0c6162', /expected 3 bytes/],
    ['Vec<u32> shorter than its prefix', vec(u32), '0x0801000000', /unexpected end of input/],
    ['str with invalid UTF-8', str, '0x04ff', /invalid UTF-8/],
    ['compact 0 in two-byte mode', compactU32, '0x0100', /non-canonical compact encoding of 0/],
    ['compact 63 in four-byte mode', compactU32, '0xfe000000', /non-canonical compact encoding of 63/],
    ['compact 2^30 − 1 in big mode', compactU32, '0x03ffffff3f', /non-canonical/],
    ['compact 2^32 in a 6-byte big mode', compactU64, '0x0b000000000100', /non-canonical/],
    ['compact wider than u32', compactU32, '0x070000000001', /does not fit in a u32/],
    ['compact wider than u64', compactU64, `0x17${'ff'.repeat(9)}`, /does not fit in a u64/],
    ['Vec length not canonical', vec(u8), '0x0100', /non-canonical/],
    ['hex without 0x', u32, '01000000', /expected 0x-prefixed hex/],
    ['odd-length hex', u32, '0x0100000', /expected 0x-prefixed hex/],
    ['non-hex characters', u32, '0x0100000g', /expected 0x-prefixed hex/],
  ];

  it.each(rejects)('rejects %s', (_label, type, hex, message) => {
    expect(() => type.dec(hex)).toThrow(DecodeError);
    expect(() => type.dec(hex)).toThrow(message);
  });

  it('the codec of a described type is as strict at the top level as the type itself', () => {
    expect(() => u32.codec.dec('0x0100000000')).toThrow(/1 trailing bytes/);
    expect(() => option(u8).codec.dec('0x02')).toThrow(DecodeError);
  });

  it('accepts canonical compact lengths at every mode boundary', () => {
    const cases = [
      [0, '0x00'],
      [63, '0xfc'],
      [64, '0x0101'],
      [16383, '0xfdff'],
      [16384, '0x02000100'],
      [2 ** 30 - 1, '0xfeffffff'],
      [2 ** 30, '0x0300000040'],
      [2 ** 32 - 1, '0x03ffffffff'],
    ] as const;
    for (const [n, hex] of cases) {
      expect(toHex(compactU32.enc(n))).toBe(hex);
      expect(compactU32.dec(hex)).toBe(n);
    }
    expect(toHex(compactU64.enc(1n << 32n))).toBe('0x070000000001');
    expect(compactU64.dec('0x070000000001')).toBe(1n << 32n);
    expect(toHex(compactU128.enc((1n << 128n) - 1n))).toBe(`0x33${'ff'.repeat(16)}`);
    expect(compactU128.dec(`0x33${'ff'.repeat(16)}`)).toBe((1n << 128n) - 1n);
  });

  it('decodes a subarray, a pooled Node Buffer and an ArrayBuffer by their own bytes', () => {
    const type = tuple(fixedBytes(2), u32);
    const backing = fromHex('0xeeeeabcd07000000eeee');
    const view = backing.subarray(2, 8);
    expect(type.dec(view)).toEqual([Uint8Array.of(0xab, 0xcd), 7]);
    const pooled = Buffer.from('abcd07000000', 'hex');
    expect(type.dec(pooled)).toEqual([Uint8Array.of(0xab, 0xcd), 7]);
    expect(type.dec(view.slice().buffer)).toEqual([Uint8Array.of(0xab, 0xcd), 7]);
  });
});

describe('primitives round-trip over their whole range (fast-check)', () => {
  const uint = (bits: number) => fc.bigInt({ min: 0n, max: (1n << BigInt(bits)) - 1n });
  const sint = (bits: number) =>
    fc.bigInt({ min: -(1n << BigInt(bits - 1)), max: (1n << BigInt(bits - 1)) - 1n });
  const cases: readonly (readonly [string, AnyType, fc.Arbitrary<unknown>])[] = [
    ['u8', u8, fc.integer({ min: 0, max: 0xff })],
    ['u16', u16, fc.integer({ min: 0, max: 0xffff })],
    ['u32', u32, fc.integer({ min: 0, max: 0xffff_ffff })],
    ['i8', i8, fc.integer({ min: -128, max: 127 })],
    ['i16', i16, fc.integer({ min: -(2 ** 15), max: 2 ** 15 - 1 })],
    ['i32', i32, fc.integer({ min: -(2 ** 31), max: 2 ** 31 - 1 })],
    ['u64', u64, uint(64)],
    ['u128', u128, uint(128)],
    ['i64', i64, sint(64)],
    ['i128', i128, sint(128)],
    ['bool', bool, fc.boolean()],
    ['str', str, fc.string({ unit: 'grapheme' })],
    ['Compact<u32>', compactU32, fc.integer({ min: 0, max: 0xffff_ffff })],
    ['Compact<u64>', compactU64, uint(64)],
    ['Compact<u128>', compactU128, uint(128)],
  ];

  it.each(cases)('%s round-trips, also from a subarray, and rejects a trailing byte', (_name, type, arb) => {
    fc.assert(
      fc.property(arb, (value) => {
        const encoded = type.enc(value);
        expect(type.dec(encoded)).toEqual(value);
        const framed = new Uint8Array(encoded.length + 3);
        framed.set(encoded, 1);
        expect(type.dec(framed.subarray(1, 1 + encoded.length))).toEqual(value);
        expect(() => type.dec(framed.subarray(1, 2 + encoded.length))).toThrow(/trailing bytes/);
      }),
      { numRuns: 100 },
    );
  });
});

describe('fixed-width integers are little-endian two’s complement (ceremonies §0), on every encoding path', () => {
  // The encoders take a shortcut for values that fit a double; the bytes must not depend on it.
  const le = (value: bigint, width: number): string => {
    let v = value < 0n ? (1n << BigInt(8 * width)) + value : value;
    let hex = '0x';
    for (let k = 0; k < width; k++, v >>= 8n)
      hex += Number(v & 0xffn)
        .toString(16)
        .padStart(2, '0');
    return hex;
  };
  const near = (bits: number) =>
    fc.oneof(
      fc.bigInt({ min: 0n, max: 1n << 60n }),
      fc.constantFrom(0n, 1n, 255n, 256n, (1n << 32n) - 1n, 1n << 32n, (1n << 53n) - 1n, 1n << 53n),
      fc.bigInt({ min: 0n, max: (1n << BigInt(bits)) - 1n }),
    );
  it.each([
    ['u64', u64, 8],
    ['u128', u128, 16],
    ['u256', bigInt('u256'), 32],
  ] as const)('%s', (_name, type, width) => {
    fc.assert(
      fc.property(near(8 * width), (v) => {
        expect(toHex(type.enc(v))).toBe(le(v, width));
      }),
    );
  });
  it.each([
    ['u8', u8, 1, 0, 0xff],
    ['u16', u16, 2, 0, 0xffff],
    ['u32', u32, 4, 0, 0xffff_ffff],
    ['i8', i8, 1, -128, 127],
    ['i16', i16, 2, -(2 ** 15), 2 ** 15 - 1],
    ['i32', i32, 4, -(2 ** 31), 2 ** 31 - 1],
  ] as const)('%s', (_name, type, width, min, max) => {
    fc.assert(
      fc.property(fc.integer({ min, max }), (v) => {
        expect(toHex(type.enc(v))).toBe(le(BigInt(v), width));
      }),
    );
  });
});
