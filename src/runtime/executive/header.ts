// spec: substrate-compat §5.1 (header encoding, block hash = blake2_256(SCALE(header)))
import { blake2_256 } from '../../primitives/common/hashing.js';
import { Header, type HeaderValue } from '../pallets/system/types.js';

/** The SCALE encoding of a header. */
export const encodeHeader = (header: HeaderValue): Uint8Array => Header.enc(header);

/** The block hash: blake2_256 of the encoded header. */
export const blockHash = (header: HeaderValue): Uint8Array => blake2_256(Header.enc(header));
