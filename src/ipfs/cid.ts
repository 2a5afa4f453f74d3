// spec: tooling §7.1 — only CIDv0 (`Qm…`, 46 base58 characters) is accepted on chain: base58btc of the sha2-256
// multihash of a dag-pb block.
import { sha256 } from '@noble/hashes/sha2.js';
import { base32nopad, base58 } from '@scure/base';
import { InvalidInputError } from '../primitives/common/errors.js';

const SHA2_256 = 0x12;
const DIGEST_LENGTH = 32;
const CID_V1 = 0x01;
const DAG_PB = 0x70;

/** A CIDv0 string: `Qm…`, 46 base58btc characters. */
export type CidV0 = string;

/** The CIDv0 of a dag-pb block. */
export function cidV0OfBlock(block: Uint8Array): CidV0 {
  const multihash = new Uint8Array(2 + DIGEST_LENGTH);
  multihash[0] = SHA2_256;
  multihash[1] = DIGEST_LENGTH;
  multihash.set(sha256(block), 2);
  return base58.encode(multihash);
}

/** The 34 multihash bytes (0x12 0x20 ‖ sha2-256 digest) a CIDv0 stands for. */
export function cidV0Multihash(cid: CidV0): Uint8Array {
  return base58.decode(normalizeCid(cid));
}

/** CIDv0 from its 34 multihash bytes (as found in a dag-pb link). */
export function cidV0FromMultihash(multihash: Uint8Array, field = 'cid'): CidV0 {
  if (multihash.length !== 2 + DIGEST_LENGTH || multihash[0] !== SHA2_256 || multihash[1] !== DIGEST_LENGTH) {
    throw new InvalidInputError(field, 'only sha2-256 multihashes (CIDv0) are supported');
  }
  return base58.encode(multihash);
}

/** True if `text` is a syntactically valid CIDv0 (the check the chain applies to community assets). */
export function isCidV0(text: string): boolean {
  if (text.length !== 46 || !text.startsWith('Qm')) return false;
  try {
    const mh = base58.decode(text);
    return mh.length === 34 && mh[0] === SHA2_256 && mh[1] === DIGEST_LENGTH;
  } catch {
    return false;
  }
}

/**
 * Accepts a CIDv0 or a base32 CIDv1 of a dag-pb sha2-256 block (`bafy…`) and returns the CIDv0, so that every
 * value written on chain is in the only form the chain accepts.
 */
export function normalizeCid(text: string, field = 'cid'): CidV0 {
  if (isCidV0(text)) return text;
  if (text.startsWith('b')) {
    let bytes: Uint8Array;
    try {
      bytes = base32nopad.decode(text.slice(1).toUpperCase());
    } catch {
      throw new InvalidInputError(field, `'${text}' is not a valid base32 CIDv1`);
    }
    if (bytes[0] !== CID_V1) throw new InvalidInputError(field, `'${text}' is not a CIDv1`);
    if (bytes[1] !== DAG_PB) {
      throw new InvalidInputError(
        field,
        `'${text}' is not a dag-pb CID (raw leaves cannot be expressed as CIDv0)`,
      );
    }
    return cidV0FromMultihash(bytes.subarray(2), field);
  }
  throw new InvalidInputError(
    field,
    `'${text}' is not a CIDv0 (Qm…, 46 base58 characters) or a dag-pb CIDv1`,
  );
}

/** The base32 CIDv1 (`bafy…`) of a CIDv0, as gateways show it in subdomain URLs. */
export function cidV0ToV1(cid: CidV0): string {
  const mh = cidV0Multihash(cid);
  const bytes = new Uint8Array(2 + mh.length);
  bytes[0] = CID_V1;
  bytes[1] = DAG_PB;
  bytes.set(mh, 2);
  return `b${base32nopad.encode(bytes).toLowerCase()}`;
}
