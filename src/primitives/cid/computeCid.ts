// spec: ceremonies §6.2 (CommunityIdentifier::new)
import { compact } from 'scale-ts';
import { concatBytes } from '../common/bytes.js';
import { InvalidInputError } from '../common/errors.js';
import { encodeGeohash } from '../geo/geohash.js';
import type { Location } from '../geo/location.js';
import type { CommunityIdentifier } from './communityIdentifier.js';
import { crc32Cksum } from './crc32Cksum.js';

/** SCALE `Vec<AccountId32>`: compact length, then the 32-byte accounts in the given order. */
export const encodeAccountList = (accounts: readonly Uint8Array[]): Uint8Array => {
  accounts.forEach((a, i) => {
    if (a.length !== 32)
      throw new InvalidInputError(`bootstrappers[${i}]`, `expected 32 bytes, got ${a.length}`);
  });
  return concatBytes(compact.enc(accounts.length), ...accounts);
};

/** Big-endian CRC-32/CKSUM of the SCALE-encoded bootstrapper list. The order of bootstrappers matters. */
export const bootstrapperDigest = (bootstrappers: readonly Uint8Array[]): Uint8Array => {
  const crc = crc32Cksum(encodeAccountList(bootstrappers));
  const out = new Uint8Array(4);
  new DataView(out.buffer).setUint32(0, crc, false);
  return out;
};

/**
 * The CID of a community whose first location is `location`.
 * Throws InvalidCoordinateRangeError (the pallet's `InvalidLocation`) outside the geohash range.
 */
export const computeCid = (
  location: Location,
  bootstrappers: readonly Uint8Array[],
): CommunityIdentifier => ({
  geohash: new TextEncoder().encode(encodeGeohash(location)),
  digest: bootstrapperDigest(bootstrappers),
});
