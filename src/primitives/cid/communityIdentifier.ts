// spec: ceremonies §1 (CommunityIdentifier), §6.2 (JSON form); economy Appendix B (SCALE layout)
import { compareBytes, parseHex, toHex } from '../common/bytes.js';
import { InvalidInputError } from '../common/errors.js';

/** `{ geohash: [u8; 5], digest: [u8; 4] }`; SCALE is the 9 bytes one after the other. */
export interface CommunityIdentifier {
  /** ASCII bytes of the 5-character geohash of the community's first location. */
  geohash: Uint8Array;
  /** Big-endian CRC-32/CKSUM of the SCALE-encoded bootstrapper list. */
  digest: Uint8Array;
}

export const CID_GEOHASH_LENGTH = 5;
export const CID_DIGEST_LENGTH = 4;

/** The serde JSON form used by RPC: hex strings. */
export interface CommunityIdentifierJson {
  geohash: string;
  digest: string;
}

/** Derived ordering: lexicographic over the geohash bytes, then the digest bytes. */
export const compareCid = (a: CommunityIdentifier, b: CommunityIdentifier): number =>
  compareBytes(a.geohash, b.geohash) || compareBytes(a.digest, b.digest);

export const cidEquals = (a: CommunityIdentifier, b: CommunityIdentifier): boolean => compareCid(a, b) === 0;

/** `{"geohash":"0x<10 hex>","digest":"0x<8 hex>"}`. */
export const cidToJson = (cid: CommunityIdentifier): CommunityIdentifierJson => ({
  geohash: toHex(cid.geohash),
  digest: toHex(cid.digest),
});

/** Reads the JSON form; `field` names the value in error messages. Throws InvalidInputError. */
export const cidFromJson = (value: unknown, field = 'cid'): CommunityIdentifier => {
  if (typeof value !== 'object' || value === null) {
    throw new InvalidInputError(field, 'expected an object {"geohash": "0x…", "digest": "0x…"}');
  }
  const { geohash, digest } = value as Record<string, unknown>;
  if (typeof geohash !== 'string') throw new InvalidInputError(`${field}.geohash`, 'expected a hex string');
  if (typeof digest !== 'string') throw new InvalidInputError(`${field}.digest`, 'expected a hex string');
  return {
    geohash: parseHex(geohash, `${field}.geohash`, CID_GEOHASH_LENGTH),
    digest: parseHex(digest, `${field}.digest`, CID_DIGEST_LENGTH),
  };
};
