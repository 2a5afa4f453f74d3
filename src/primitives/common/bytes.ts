import { fromHex, mergeUint8, toHex } from '@polkadot-api/utils';
import { InvalidInputError } from './errors.js';

export { fromHex, toHex };

/** Concatenates byte arrays. */
export const concatBytes = (...parts: Uint8Array[]): Uint8Array => mergeUint8(parts);

export const bytesEqual = (a: Uint8Array, b: Uint8Array): boolean => {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
};

/** Lexicographic byte comparison, the order Rust derives for `[u8; N]` and `Vec<u8>`. */
export const compareBytes = (a: Uint8Array, b: Uint8Array): number => {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const d = a[i]! - b[i]!;
    if (d !== 0) return d;
  }
  return a.length - b.length;
};

/** Parses `0x`-prefixed hex of an exact length (in bytes, when given), naming the field on failure. */
export const parseHex = (text: string, field: string, length?: number): Uint8Array => {
  if (!/^0x([0-9a-fA-F]{2})*$/.test(text))
    throw new InvalidInputError(field, `expected 0x-prefixed hex, got '${text}'`);
  const bytes = fromHex(text);
  if (length !== undefined && bytes.length !== length) {
    throw new InvalidInputError(field, `expected ${length} bytes, got ${bytes.length}`);
  }
  return bytes;
};

/** Little-endian unsigned integer of the given byte width. */
export const uintToLe = (value: bigint, width: number): Uint8Array => {
  const out = new Uint8Array(width);
  let v = value;
  for (let i = 0; i < width; i++) {
    out[i] = Number(v & 0xffn);
    v >>= 8n;
  }
  return out;
};

export const leToUint = (bytes: Uint8Array): bigint => {
  let v = 0n;
  for (let i = bytes.length - 1; i >= 0; i--) v = (v << 8n) | BigInt(bytes[i]!);
  return v;
};
