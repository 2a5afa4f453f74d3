import { fc, test } from '@fast-check/vitest';
import { v14Lookup } from '@polkadot-api/substrate-bindings';
import * as scale from 'scale-ts';
import { describe, expect, it } from 'vitest';
import { toHex } from '../common/bytes.js';
import {
  BoundExceededError,
  boundedBytes,
  bytes,
  compactU32,
  compactU128,
  DecodeError,
  EncodeError,
  encodeCompact,
  enumType,
  fixedBytes,
  i16,
  i64,
  lazy,
  mapType,
  newtype,
  option,
  result,
  struct,
  tuple,
  u8,
  u32,
  u64,
  u128,
  unitEnum,
  vec,
} from './describe.js';
import { TypeRegistry } from './registry.js';
import type { Type } from './types.js';

const AccountId = newtype(['sp_core', 'crypto', 'AccountId32'], fixedBytes(32));
const Cid = struct(['encointer_primitives', 'communities', 'CommunityIdentifier'], {
  geohash: fixedBytes(5),
  digest: fixedBytes(4),
});
const Phase = unitEnum(
  ['encointer_primitives', 'scheduler', 'CeremonyPhaseType'],
  ['Registering', 'Assigning', 'Attesting'],
);

describe('described codecs encode as SCALE', () => {
  it.each([
    ['u32', u32, 1, '0x01000000'],
    ['Compact<u32> 1', compactU32, 1, '0x04'],
    ['Compact<u32> 64', compactU32, 64, '0x0101'],
    ['Compact<u128> 2^30', compactU128, 1n << 30n, '0x0300000040'],
    ['Vec<u8>', bytes, Uint8Array.of(1, 2), '0x080102'],
    ['Option None', option(u8), undefined, '0x00'],
    ['Option Some', option(u8), 7, '0x0107'],
    ['unit enum', Phase, 'Attesting', '0x02'],
    ['tuple (u8, u64)', tuple(u8, u64), [1, 2n], '0x010200000000000000'],
    [
      'struct CID',
      Cid,
      { geohash: Uint8Array.of(1, 2, 3, 4, 5), digest: Uint8Array.of(6, 7, 8, 9) },
      '0x010203040506070809',
    ],
  ] as [string, Type<unknown>, unknown, string][])('%s', (_name, type, value, hex) => {
    expect(toHex(type.enc(value))).toBe(hex);
    expect(type.dec(hex)).toEqual(value);
  });

  it('encodes enums with sparse indices and named or unnamed fields', () => {
    const Call = enumType(['pallet', 'Call'], {
      remark: { index: 0, fields: { remark: bytes } },
      transfer: { index: 7, fields: { dest: AccountId, value: compactU128 } },
      bump: { index: 9, fields: u32 },
      noop: { index: 3 },
    });
    expect(toHex(Call.enc({ tag: 'bump', value: 5 }))).toBe('0x0905000000');
    expect(toHex(Call.enc({ tag: 'noop', value: undefined }))).toBe('0x03');
    const transfer = { tag: 'transfer' as const, value: { dest: new Uint8Array(32).fill(1), value: 3n } };
    const encoded = Call.enc(transfer);
    expect(encoded[0]).toBe(7);
    expect(encoded[encoded.length - 1]).toBe(0x0c);
    expect(Call.dec(encoded)).toEqual(transfer);
    expect(() => Call.dec('0x05')).toThrow(DecodeError);
  });

  it('rejects trailing bytes, short input and wrong lengths', () => {
    expect(() => u32.dec('0x0100000000')).toThrow(/trailing/);
    expect(() => u32.dec('0x0100')).toThrow(DecodeError);
    expect(() => fixedBytes(4).enc(Uint8Array.of(1))).toThrow(EncodeError);
    const bounded = boundedBytes(3, 'PalletString');
    expect(() => bounded.enc(Uint8Array.of(1, 2, 3, 4))).toThrow(/PalletString.*bound of 3/);
    expect(() => bounded.dec('0x1001020304')).toThrow(BoundExceededError);
    expect(bounded.dec('0x0c010203')).toEqual(Uint8Array.of(1, 2, 3));
  });

  it('decodes from a subarray view (scale-ts alone would read from the buffer start)', () => {
    const buffer = Uint8Array.of(0xff, 0xff, 0x2a, 0, 0, 0);
    expect(u32.dec(buffer.subarray(2))).toBe(42);
  });

  test.prop([
    fc.array(fc.tuple(fc.bigInt({ min: 0n, max: (1n << 128n) - 1n }), fc.option(fc.nat(2 ** 32 - 1)))),
  ])('Vec<(u128, Option<u32>)> round-trips', (values) => {
    const type = vec(tuple(u128, option(u32)));
    const normalised = values.map(([a, b]) => [a, b ?? undefined]);
    expect(type.dec(type.enc(normalised as [bigint, number | undefined][]))).toEqual(normalised);
  });

  it('maps values while keeping the metadata type', () => {
    const u32AsBigint = mapType(u32, (v: bigint) => Number(v), BigInt);
    expect(u32AsBigint.dec(u32AsBigint.enc(5n))).toBe(5n);
    const registry = new TypeRegistry();
    expect(registry.id(u32AsBigint)).toBe(registry.id(u32));
  });
});

describe('TypeRegistry builds a lookup clients can decode', () => {
  it('numbers ids in order, shares anonymous types, and resolves recursion', () => {
    const Call: Type<any> = enumType(['node_runtime', 'RuntimeCall'], {
      Sudo: { index: 5, fields: { call: lazy(() => Call) } },
      Bytes: { index: 6, fields: { a: bytes, b: vec(u8) } },
    });
    const registry = new TypeRegistry();
    const callId = registry.id(Call);
    const optionCid = registry.id(option(Cid));
    expect(registry.id(option(Cid))).toBe(optionCid);
    const lookup = registry.lookup();
    expect(lookup.map((e) => e.id)).toEqual(lookup.map((_, i) => i));
    const call = lookup[callId]!;
    expect(call.def.tag).toBe('variant');
    const variants = (call.def as { value: { name: string; fields: { type: number }[] }[] }).value;
    expect(variants[0]!.fields[0]!.type).toBe(callId);
    // `bytes` and `vec(u8)` are the same anonymous type.
    expect(variants[1]!.fields[0]!.type).toBe(variants[1]!.fields[1]!.type);
    const optionEntry = lookup[optionCid]!;
    expect(optionEntry.path).toEqual(['Option']);
    expect(optionEntry.params).toEqual([{ name: 'T', type: registry.id(Cid) }]);

    // The lookup encodes with polkadot-api's own metadata codec and decodes back unchanged.
    const encoded = v14Lookup.enc(lookup as Parameters<typeof v14Lookup.enc>[0]);
    expect(v14Lookup.dec(encoded)).toEqual(lookup);
  });

  it('describes Result with its T and E parameters', () => {
    const registry = new TypeRegistry();
    const id = registry.id(result(u32, Phase));
    const entry = registry.lookup()[id]!;
    expect(entry.path).toEqual(['Result']);
    expect(entry.params.map((p) => p.name)).toEqual(['T', 'E']);
    const r = result(u32, Phase);
    expect(r.dec(r.enc({ success: false, value: 'Assigning' }))).toEqual({
      success: false,
      value: 'Assigning',
    });
  });
});

describe('encodeCompact (fast path of the compact encoder)', () => {
  const edges = [0, 63, 64, 16383, 16384, 2 ** 30 - 1, 2 ** 30, 2 ** 32 - 1, 2 ** 32, 2 ** 48, 2 ** 53 - 1];
  it.each(edges)('encodes %d as scale-ts does, as a number and as a bigint', (n) => {
    expect(toHex(encodeCompact(n))).toBe(toHex(scale.compact.enc(n)));
    expect(toHex(encodeCompact(BigInt(n)))).toBe(toHex(scale.compact.enc(BigInt(n))));
  });

  test.prop([fc.bigInt({ min: 0n, max: (1n << 128n) - 1n })])('any u128 as a bigint', (v) => {
    expect(toHex(encodeCompact(v))).toBe(toHex(scale.compact.enc(v)));
  });

  test.prop([fc.maxSafeNat()])('any safe integer as a number', (n) => {
    expect(toHex(encodeCompact(n))).toBe(toHex(scale.compact.enc(n)));
  });
});

describe('structs of fixed-width fields (encoded into one buffer)', () => {
  const Inner = struct(['test', 'Inner'], { free: u128, flags: u128, small: i16 });
  const Fixed = struct(['test', 'Fixed'], { nonce: u32, who: AccountId, inner: Inner, at: i64, tag: u8 });
  const value = fc.record({
    nonce: fc.nat({ max: 2 ** 32 - 1 }),
    who: fc.uint8Array({ minLength: 32, maxLength: 32 }),
    inner: fc.record({
      free: fc.bigInt({ min: 0n, max: (1n << 128n) - 1n }),
      flags: fc.constantFrom(0n, 1n << 127n, (1n << 128n) - 1n),
      small: fc.integer({ min: -0x8000, max: 0x7fff }),
    }),
    at: fc.bigInt({ min: -(1n << 63n), max: (1n << 63n) - 1n }),
    tag: fc.nat({ max: 255 }),
  });

  test.prop([value])('encode as the concatenation of their fields, and decode back', (v) => {
    const fields = [u32.enc(v.nonce), AccountId.enc(v.who), u128.enc(v.inner.free), u128.enc(v.inner.flags)];
    fields.push(i16.enc(v.inner.small), i64.enc(v.at), u8.enc(v.tag));
    expect(toHex(Fixed.enc(v))).toBe(`0x${fields.map((f) => toHex(f).slice(2)).join('')}`);
    expect(Fixed.dec(Fixed.enc(v))).toEqual(v);
  });

  it('reject a bad field with the error of the field’s type', () => {
    const ok = {
      nonce: 1,
      who: new Uint8Array(32),
      inner: { free: 1n, flags: 0n, small: 0 },
      at: 0n,
      tag: 0,
    };
    expect(() => Fixed.enc({ ...ok, inner: { ...ok.inner, free: -1n } })).toThrow(/cannot encode u128/);
    expect(() => Fixed.enc({ ...ok, who: new Uint8Array(31) })).toThrow(/expected 32 bytes, got 31/);
    expect(() => Fixed.enc({ ...ok, inner: undefined } as never)).toThrow(EncodeError);
  });
});
