// spec: substrate-compat §5.4 (Era encoding, birth/death), §7.5 (Era as a 256-variant enum in metadata)
/**
 * Transaction mortality (`sp_runtime::generic::era::Era`). Block numbers are u32 here; `death` of an immortal
 * era is u64::MAX, so birth and death are carried as bigint.
 */
import { createCodec, createDecoder } from 'scale-ts';
import { DecodeError, EncodeError, makeType, u8 } from '../../primitives/codec/describe.js';
import type { VariantDef } from '../../primitives/codec/types.js';
import { InvalidInputError } from '../../primitives/common/errors.js';

export type EraValue =
  | { readonly type: 'Immortal' }
  | { readonly type: 'Mortal'; readonly period: number; readonly phase: number };

export const IMMORTAL: EraValue = { type: 'Immortal' };

const U64_MAX = (1n << 64n) - 1n;

const nextPowerOfTwo = (n: number): number => {
  let p = 1;
  while (p < n) p *= 2;
  return p;
};

/**
 * The mortal era valid for about `period` blocks from block `current`, as clients build it: the period is
 * rounded up to a power of two and clamped to [4, 65536]; the phase is `current mod period` (quantized).
 *
 * @example
 * mortalEra(64, 42); // { type: 'Mortal', period: 64, phase: 42 }, encoded a502
 */
export const mortalEra = (period: number, current: number): EraValue => {
  if (!Number.isInteger(period) || period < 1)
    throw new InvalidInputError('period', `expected a positive integer, got ${period}`);
  const p = Math.min(Math.max(nextPowerOfTwo(period), 4), 1 << 16);
  const quantize = Math.max(p >> 12, 1);
  const phase = (current % p) - ((current % p) % quantize);
  return { type: 'Mortal', period: p, phase };
};

/** The two-byte (mortal) or one-byte (immortal) encoding. */
export const encodeEra = (era: EraValue): Uint8Array => {
  if (era.type === 'Immortal') return Uint8Array.of(0);
  const { period, phase } = era;
  if (period < 4 || period > 1 << 16 || (period & (period - 1)) !== 0 || phase < 0 || phase >= period) {
    throw new EncodeError(
      'Era',
      `period ${period} must be a power of two in [4, 65536] and phase ${phase} below it`,
    );
  }
  const quantize = Math.max(period >> 12, 1);
  const log2 = Math.log2(period);
  const encoded = Math.min(Math.max(log2 - 1, 1), 15) | ((phase / quantize) << 4);
  return Uint8Array.of(encoded & 0xff, encoded >> 8);
};

/** Decodes from two bytes `b0`, `b1` (the mortal form); throws when period < 4 or phase ≥ period. */
const decodeMortal = (b0: number, b1: number): EraValue => {
  const e = b0 + 256 * b1;
  const period = 2 << (e % 16);
  const quantize = Math.max(period >> 12, 1);
  const phase = (e >> 4) * quantize;
  if (period < 4 || phase >= period) throw new DecodeError('Era', `invalid mortal era bytes ${b0}, ${b1}`);
  return { type: 'Mortal', period, phase };
};

interface Cursor {
  i: number;
}

const eraCodec = createCodec(
  encodeEra,
  createDecoder((bytes) => {
    const cursor = bytes as unknown as Cursor & Uint8Array;
    const b0 = cursor[cursor.i];
    if (b0 === undefined) throw new DecodeError('Era', 'input too short');
    cursor.i += 1;
    if (b0 === 0) return IMMORTAL;
    const b1 = cursor[cursor.i];
    if (b1 === undefined) throw new DecodeError('Era', 'input too short');
    cursor.i += 1;
    return decodeMortal(b0, b1);
  }),
);

// scale-info describes Era as `Immortal` plus `Mortal1(u8)` … `Mortal255(u8)`: the first byte is the variant.
const eraVariants = (): VariantDef[] => [
  { name: 'Immortal', index: 0, fields: [], docs: [] },
  ...Array.from({ length: 255 }, (_, i) => ({
    name: `Mortal${i + 1}`,
    index: i + 1,
    fields: [{ name: undefined, type: u8, typeName: undefined, docs: [] }],
    docs: [],
  })),
];

/** `sp_runtime::generic::era::Era` (a path polkadot-js maps to its own Era codec). */
export const Era = makeType(eraCodec, () => ({ tag: 'variant', value: eraVariants() }), {
  path: ['sp_runtime', 'generic', 'era', 'Era'],
});

/** The first block of the era's validity window, seen from block `current`. */
export const eraBirth = (era: EraValue, current: number): number => {
  if (era.type === 'Immortal') return 0;
  const { period, phase } = era;
  return Math.floor((Math.max(current, phase) - phase) / period) * period + phase;
};

/** The first block at which the transaction is no longer valid (u64::MAX when immortal). */
export const eraDeath = (era: EraValue, current: number): bigint =>
  era.type === 'Immortal' ? U64_MAX : BigInt(eraBirth(era, current) + era.period);
