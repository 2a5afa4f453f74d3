// spec: economy §1.2 (fixed point on the wire), ceremonies §1 (CommunityIdentifier, AccountId), tooling §1.4
/**
 * Conversions between papi's dynamic values and the project's primitive types. papi gives fixed-size byte arrays
 * as hex strings, byte vectors as Uint8Array, accounts as SS58 strings, enums as `{ type, value }`, and unwraps
 * `{ bits }` of fixed-point numbers to a bare bigint.
 */
import { parseCid } from '../../primitives/cid/cidString.js';
import type { CommunityIdentifier } from '../../primitives/cid/communityIdentifier.js';
import { fromHex, toHex } from '../../primitives/common/bytes.js';
import { InvalidInputError } from '../../primitives/common/errors.js';
import { ss58Decode, ss58Encode } from '../../primitives/common/ss58.js';
import type { Location } from '../../primitives/geo/location.js';
import type { AccountInput, Address, CidInput, HexString } from './types.js';

/** The papi value of a `CommunityIdentifier`. */
export interface PapiCid {
  geohash: HexString;
  digest: HexString;
}

/** A cid argument (value or string form) as the primitive type; strings are parsed (InvalidCidError). */
export const toCid = (cid: CidInput, field = 'cid'): CommunityIdentifier =>
  typeof cid === 'string' ? parseCid(cid, field) : cid;

export const toPapiCid = (cid: CidInput): PapiCid => {
  const c = toCid(cid);
  return { geohash: toHex(c.geohash) as HexString, digest: toHex(c.digest) as HexString };
};

/** Bytes from papi: a hex string (fixed-size arrays) or a Uint8Array (vectors). */
export const papiBytes = (value: unknown): Uint8Array => {
  if (value instanceof Uint8Array) return value;
  if (typeof value === 'string') return fromHex(value);
  if (Array.isArray(value)) return Uint8Array.from(value as number[]);
  throw new TypeError(`expected bytes from the chain, got ${typeof value}`);
};

export const fromPapiCid = (value: unknown): CommunityIdentifier => {
  const v = value as { geohash: unknown; digest: unknown };
  return { geohash: papiBytes(v.geohash), digest: papiBytes(v.digest) };
};

/** Raw bits of a fixed-point value, whether papi unwrapped `{ bits }` or not. */
export const fixedBits = (value: unknown): bigint => {
  if (typeof value === 'bigint') return value;
  if (typeof value === 'number') return BigInt(value);
  if (typeof value === 'object' && value !== null && 'bits' in value) return fixedBits(value.bits);
  throw new TypeError(`expected a fixed-point number from the chain, got ${JSON.stringify(value)}`);
};

export const fromPapiLocation = (value: unknown): Location => {
  const v = value as { lat: unknown; lon: unknown };
  return { lat: fixedBits(v.lat), lon: fixedBits(v.lon) };
};

export const toPapiLocation = (l: Location): { lat: bigint; lon: bigint } => ({ lat: l.lat, lon: l.lon });

/** The 32-byte account id of an account argument (SS58 of any prefix, or bytes). */
export const toAccountId = (account: AccountInput, field = 'account'): Uint8Array => {
  if (typeof account === 'string') return ss58Decode(account, field);
  if (account.length !== 32) {
    throw new InvalidInputError(field, `expected a 32-byte account id, got ${account.length} bytes`);
  }
  return account;
};

/** An account argument as the SS58 string papi encodes (the prefix does not matter to papi's codec). */
export const toAddress = (account: AccountInput, field = 'account'): Address => {
  if (typeof account !== 'string') return ss58Encode(toAccountId(account, field));
  ss58Decode(account, field);
  return account;
};

/** Account id bytes of an SS58 string that papi decoded. */
export const accountIdOf = (address: Address): Uint8Array => ss58Decode(address, 'address');

/** Same account, whatever the SS58 prefix. */
export const sameAccount = (a: AccountInput, b: AccountInput): boolean => {
  const x = toAccountId(a);
  const y = toAccountId(b);
  return x.length === y.length && x.every((byte, i) => byte === y[i]);
};

/** The variant name of a papi enum value (`{ type: 'Registering' }` → `'Registering'`). */
export const enumType = <T extends string>(value: unknown): T => (value as { type: T }).type;

/** UTF-8 text of a byte vector (lossy for invalid UTF-8, which the chain does not forbid). */
export const bytesToText = (value: unknown): string => new TextDecoder().decode(papiBytes(value));

export const textToBytes = (text: string): Uint8Array => new TextEncoder().encode(text);

/**
 * A field of a single-field struct, which papi unwraps to the bare value (`OfferingData { url }` → `url`).
 * Accepts both shapes, so a runtime that declares the struct differently still reads.
 */
export const soleField = (value: unknown, name: string): unknown =>
  typeof value === 'object' && value !== null && !(value instanceof Uint8Array) && name in value
    ? (value as Record<string, unknown>)[name]
    : value;

/** A papi `Option`: `undefined` is None. */
export const optional = <T, U>(value: T | undefined, f: (v: T) => U): U | undefined =>
  value === undefined ? undefined : f(value);
