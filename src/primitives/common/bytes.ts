import { mergeUint8, fromHex as papiFromHex, toHex as papiToHex } from '@polkadot-api/utils';
import { InvalidInputError } from './errors.js';

// Hex conversion runs several times per transaction (keys, hashes, RPC payloads). Node's native hex codec is
// several times faster than a JS loop beyond a few bytes; results are the same as @polkadot-api/utils'.
const NATIVE_HEX_FROM = 16;

/** Lowercase `0x` hex of `bytes`. */
export const toHex = (bytes: Uint8Array): string =>
  bytes.length < NATIVE_HEX_FROM
    ? papiToHex(bytes)
    : `0x${Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('hex')}`;

/**
 * The bytes of a hex string (`0x` optional). Malformed input decodes as @polkadot-api/utils does (callers that
 * must reject it validate first, e.g. `parseHex`).
 */
export const fromHex = (hex: string): Uint8Array => {
  const digits = hex[1] === 'x' ? 2 : 0;
  const n = (hex.length - digits) / 2;
  if (Number.isInteger(n) && n >= NATIVE_HEX_FROM) {
    const out = new Uint8Array(n);
    // Node stops at the first pair that is not hex: then the lenient decoder decides.
    if (Buffer.from(out.buffer).write(hex.slice(digits), 'hex') === n) return out;
  }
  return papiFromHex(hex);
};

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
