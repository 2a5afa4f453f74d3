import { fromBufferToBase58, getSs58AddressInfo } from '@polkadot-api/substrate-bindings';
import { InvalidInputError } from './errors.js';

/** The generic Substrate SS58 prefix, used by the Encointer dev chain and its tools. */
export const GENERIC_SS58_PREFIX = 42;

/** Decodes an SS58 address to its 32-byte account id; any prefix is accepted, the checksum must hold. */
export const ss58Decode = (address: string, field = 'address'): Uint8Array => {
  const info = getSs58AddressInfo(address);
  if (!info.isValid) throw new InvalidInputError(field, `'${address}' is not a valid SS58 address`);
  if (info.publicKey.length !== 32) {
    throw new InvalidInputError(
      field,
      `'${address}' holds ${info.publicKey.length} bytes, expected a 32-byte account`,
    );
  }
  return info.publicKey;
};

export const ss58Encode = (accountId: Uint8Array, prefix = GENERIC_SS58_PREFIX): string =>
  fromBufferToBase58(prefix)(accountId);
