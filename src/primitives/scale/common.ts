// spec: ceremonies §1 (types and encodings), economy §1.2 and Appendix B (fixed point, CID, Location);
// scale-info paths from reference-metadata-spec30 (type appendix).
import {
  bigInt,
  boundedBytes,
  byteVec,
  enumType,
  fixedBytes,
  int,
  newtype,
  option,
  struct,
  tuple,
  unitStruct,
} from '../codec/describe.js';
import type { AnyType, ValueOf } from '../codec/types.js';

/**
 * `AccountId32`: 32 raw bytes, no prefix. The one declaration of `sp_core::crypto::AccountId32` (clients
 * recognise accounts only if the lookup holds exactly one such type).
 */
export const AccountId = newtype(['sp_core', 'crypto', 'AccountId32'], {
  type: fixedBytes(32, 'AccountId'),
  typeName: '[u8; 32]',
});
export type AccountId = ValueOf<typeof AccountId>;

/** `H256`: a 32-byte hash. */
export const H256 = newtype(['primitive_types', 'H256'], {
  type: fixedBytes(32, 'H256'),
  typeName: '[u8; 32]',
});
export type H256 = ValueOf<typeof H256>;

/** `ed25519::Signature`: 64 bytes. */
export const Ed25519Signature = newtype(['sp_core', 'ed25519', 'Signature'], {
  type: fixedBytes(64, 'ed25519::Signature'),
  typeName: '[u8; 64]',
});
/** `sr25519::Signature`: 64 bytes. */
export const Sr25519Signature = newtype(['sp_core', 'sr25519', 'Signature'], {
  type: fixedBytes(64, 'sr25519::Signature'),
  typeName: '[u8; 64]',
});
/** `ecdsa::Signature`: 65 bytes. */
export const EcdsaSignature = newtype(['sp_core', 'ecdsa', 'Signature'], {
  type: fixedBytes(65, 'ecdsa::Signature'),
  typeName: '[u8; 65]',
});

/** `MultiSignature`: `Ed25519([u8;64])`=0, `Sr25519([u8;64])`=1, `Ecdsa([u8;65])`=2. */
export const MultiSignature = enumType(['sp_runtime', 'MultiSignature'], {
  Ed25519: { index: 0, fields: Ed25519Signature },
  Sr25519: { index: 1, fields: Sr25519Signature },
  Ecdsa: { index: 2, fields: EcdsaSignature },
});
export type MultiSignature = ValueOf<typeof MultiSignature>;

/** `GeoHash` of the fixed resolution 5: the 5 ASCII bytes, no length prefix (ceremonies §6.1). */
export const GeoHash = newtype(['geohash', 'GeoHash'], {
  type: fixedBytes(5, 'GeoHash'),
  typeName: '[u8; LEN]',
});
export type GeoHash = ValueOf<typeof GeoHash>;

/**
 * `CommunityIdentifier`: 5 geohash bytes then 4 digest bytes, 9 bytes in all (ceremonies §6.2). The geohash is
 * not validated: the reference accepts any 5 bytes there.
 */
export const CommunityIdentifier = struct(['encointer_primitives', 'communities', 'CommunityIdentifier'], {
  geohash: { type: fixedBytes(5, 'CommunityIdentifier.geohash'), typeName: '[u8; 5]' },
  digest: { type: fixedBytes(4, 'CommunityIdentifier.digest'), typeName: '[u8; 4]' },
});
export type CommunityIdentifier = ValueOf<typeof CommunityIdentifier>;

/** `Option<CommunityIdentifier>`: `00`, or `01` and the 9 bytes (economy §7: global vs community treasury). */
export const MaybeCommunityIdentifier = option(CommunityIdentifier);
export type MaybeCommunityIdentifier = ValueOf<typeof MaybeCommunityIdentifier>;

// Fixed point travels as its raw bits (value = bits / 2^64): the 16 bytes of the i128/u128, little-endian. The
// metadata wraps them as `{ bits }` with the fractional-bit count as the typenum parameter `Frac` = U64.
const B0 = unitStruct(['typenum', 'bit', 'B0']);
const B1 = unitStruct(['typenum', 'bit', 'B1']);
const typenumUInt = (msb: AnyType, lsb: AnyType): AnyType =>
  struct(
    ['typenum', 'uint', 'UInt'],
    { msb: { type: msb, typeName: 'U' }, lsb: { type: lsb, typeName: 'B' } },
    {
      params: [
        { name: 'U', type: msb },
        { name: 'B', type: lsb },
      ],
    },
  );
// 64 = 0b1000000: UInt<UInt<…UInt<UTerm, B1>, B0>…, B0> with six B0.
const U64_FRAC = [B0, B0, B0, B0, B0, B0].reduce(
  (acc, bit) => typenumUInt(acc, bit),
  typenumUInt(unitStruct(['typenum', 'uint', 'UTerm']), B1),
);
const FRAC_PARAMS = [{ name: 'Frac', type: U64_FRAC }];

/** substrate-fixed `I64F64` (`FixedI128<U64>`), carried as its raw bits. */
export const I64F64 = newtype(
  ['substrate_fixed', 'FixedI128'],
  { type: bigInt('i128', 'I64F64'), typeName: 'i128' },
  { fieldName: 'bits', params: FRAC_PARAMS },
);
export type I64F64 = ValueOf<typeof I64F64>;
/** substrate-fixed `U64F64` (`FixedU128<U64>`), carried as its raw bits. */
export const U64F64 = newtype(
  ['substrate_fixed', 'FixedU128'],
  { type: bigInt('u128', 'U64F64'), typeName: 'u128' },
  { fieldName: 'bits', params: FRAC_PARAMS },
);
export type U64F64 = ValueOf<typeof U64F64>;

// Rust aliases of the fixed-point types are the same metadata type, so they are the same object here.
/** `Degree` (latitude/longitude) = I64F64 bits. */
export const Degree = I64F64;
export type Degree = I64F64;
/** `Demurrage` (per-block decay rate) = I64F64 bits. */
export const Demurrage = I64F64;
export type Demurrage = I64F64;
/** `BalanceType` (community-currency amount) = U64F64 bits (economy §1.1; encointer-js still says i128). */
export const BalanceType = U64F64;
export type BalanceType = U64F64;
/** `NominalIncome` = U64F64 bits. */
export const NominalIncome = U64F64;
export type NominalIncome = U64F64;

/** `Location { lat, lon }`: 32 bytes, lat then lon (I64F64 bits each). */
export const Location = struct(['encointer_primitives', 'communities', 'Location'], {
  lat: { type: Degree, typeName: 'Degree' },
  lon: { type: Degree, typeName: 'Degree' },
});
export type Location = ValueOf<typeof Location>;

/** `Moment`: u64 milliseconds since the Unix epoch. */
export const Moment = bigInt('u64', 'Moment');
export type Moment = ValueOf<typeof Moment>;
/** `CeremonyIndexType`: u32. */
export const CeremonyIndex = int('u32', 'CeremonyIndex');
export type CeremonyIndex = ValueOf<typeof CeremonyIndex>;
/** `BlockNumber`: u32 in both runtimes (economy §0). */
export const BlockNumber = int('u32', 'BlockNumber');
export type BlockNumber = ValueOf<typeof BlockNumber>;
/** Native-token `Balance`: u128 plancks. */
export const NativeBalance = bigInt('u128', 'NativeBalance');
export type NativeBalance = ValueOf<typeof NativeBalance>;

/** `CommunityCeremony = (CommunityIdentifier, CeremonyIndexType)`: 9 + 4 bytes. */
export const CommunityCeremony = tuple(CommunityIdentifier, CeremonyIndex);
export type CommunityCeremony = ValueOf<typeof CommunityCeremony>;

/** Bound of `PalletString` (`BoundedVec<u8, ConstU32<256>>`). */
export const PALLET_STRING_MAX = 256;
/** `PalletString`: compact length + at most 256 bytes; longer input is refused (never truncated). */
export const PalletString = boundedBytes(PALLET_STRING_MAX, 'PalletString');
export type PalletString = ValueOf<typeof PalletString>;

/** Unbounded `Vec<u8>`. */
export const ByteVec = byteVec('Vec<u8>');
export type ByteVec = ValueOf<typeof ByteVec>;
