// spec: ceremonies §6.2 (string form and parse), §10 item 22
import { base58 } from '@scure/base';
import { InvalidInputError } from '../common/errors.js';
import { CID_DIGEST_LENGTH, CID_GEOHASH_LENGTH, type CommunityIdentifier } from './communityIdentifier.js';

/** Bitcoin Base58 alphabet, as used for the digest part of the string form. */
export const BASE58_ALPHABET = '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz';

export type CidParseFailure = 'TooShort' | 'NotCharBoundary' | 'InvalidCharacter' | 'InvalidDigestLength';

/** A string that is not a CID. `reason` says why; `index` is the character position for `InvalidCharacter`. */
export class InvalidCidError extends InvalidInputError {
  readonly reason: CidParseFailure;
  readonly index: number | undefined;

  constructor(field: string, text: string, reason: CidParseFailure, detail: string, index?: number) {
    super(field, `'${text}' is not a community identifier: ${detail}`);
    this.reason = reason;
    this.index = index;
  }
}

/** The string form: the 5 geohash characters followed by Base58 of the 4 digest bytes (e.g. `gbsuv7YXq9G`). */
export const formatCid = (cid: CommunityIdentifier): string =>
  new TextDecoder().decode(cid.geohash) + base58.encode(cid.digest);

/**
 * Parses the string form. Throws InvalidCidError (never panics like the reference).
 * QUIRK: ceremonies §10 item 22 — the geohash part is taken verbatim and not checked against the geohash alphabet.
 */
export const parseCid = (text: string, field = 'cid'): CommunityIdentifier => {
  const bytes = new TextEncoder().encode(text);
  if (bytes.length < CID_GEOHASH_LENGTH) {
    throw new InvalidCidError(
      field,
      text,
      'TooShort',
      `expected at least ${CID_GEOHASH_LENGTH} geohash characters`,
    );
  }
  // A UTF-8 continuation byte at offset 5 means the geohash part would split a character.
  if (bytes.length > CID_GEOHASH_LENGTH && (bytes[CID_GEOHASH_LENGTH]! & 0xc0) === 0x80) {
    throw new InvalidCidError(
      field,
      text,
      'NotCharBoundary',
      'the geohash part must be 5 single-byte characters',
    );
  }
  const geohash = bytes.slice(0, CID_GEOHASH_LENGTH);
  const rest = new TextDecoder().decode(bytes.slice(CID_GEOHASH_LENGTH));
  for (let i = 0; i < rest.length; i++) {
    if (!BASE58_ALPHABET.includes(rest[i]!)) {
      // A byte index into the whole string: the reference shifts the Base58 decoder's byte index by 5.
      const index = CID_GEOHASH_LENGTH + new TextEncoder().encode(rest.slice(0, i)).length;
      throw new InvalidCidError(
        field,
        text,
        'InvalidCharacter',
        `invalid Base58 character '${rest[i]}' at index ${index}`,
        index,
      );
    }
  }
  const digest = base58.decode(rest);
  if (digest.length !== CID_DIGEST_LENGTH) {
    // QUIRK: ceremonies §10 item 22 — the reference panics here; we reject the input instead.
    throw new InvalidCidError(
      field,
      text,
      'InvalidDigestLength',
      `the Base58 part decodes to ${digest.length} bytes, expected ${CID_DIGEST_LENGTH}`,
    );
  }
  return { geohash, digest };
};
