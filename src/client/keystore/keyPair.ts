// spec: tooling §1.2 (secret URIs: //Name from the dev phrase, 0x seeds, mnemonics with derivation paths)
/**
 * Key pairs through polkadot-js' keyring: it owns the secret-URI rules (`phrase//hard/soft///password`) and the
 * PKCS#8 + scrypt + xsalsa20-poly1305 JSON format that polkadot-js apps and browser extensions import, so files
 * written here move between our tools and theirs unchanged.
 */
import { Keyring } from '@polkadot/keyring';
import type { KeyringPair } from '@polkadot/keyring/types';
import { cryptoWaitReady } from '@polkadot/util-crypto';
import { getPolkadotSigner } from 'polkadot-api/signer';
import { InvalidInputError } from '../../primitives/common/errors.js';
import { GENERIC_SS58_PREFIX, ss58Encode } from '../../primitives/common/ss58.js';
import { type Account, KEY_TYPES, type KeyType, SIGNATURE_VARIANT } from './types.js';

let ready: Promise<Keyring> | undefined;

/** The keyring, once the crypto backend (WASM) is initialised. */
export const keyring = (): Promise<Keyring> => {
  ready ??= cryptoWaitReady().then(() => new Keyring({ type: 'sr25519', ss58Format: GENERIC_SS58_PREFIX }));
  return ready;
};

export const assertKeyType = (keyType: string, field = 'keyType'): KeyType => {
  if (!(KEY_TYPES as readonly string[]).includes(keyType)) {
    throw new InvalidInputError(field, `unknown key type '${keyType}'; use one of ${KEY_TYPES.join(', ')}`);
  }
  return keyType as KeyType;
};

/** An unlocked keyring pair as an Account: a papi signer and a raw signer over the same key. */
export const accountFromPair = (pair: KeyringPair): Account => {
  const keyType = assertKeyType(pair.type, 'pair.type');
  // For ecdsa the account id (and the address field of the extrinsic) is blake2_256 of the public key.
  const accountId = pair.addressRaw;
  const sign = (message: Uint8Array) => pair.sign(message);
  return {
    address: ss58Encode(accountId, GENERIC_SS58_PREFIX),
    accountId,
    publicKey: pair.publicKey,
    keyType,
    sign,
    signer: getPolkadotSigner(accountId, SIGNATURE_VARIANT[keyType], sign),
  };
};

/**
 * A key pair from a secret URI: `//Alice` (dev phrase), `0x<seed>[//path]`, `<mnemonic>[//path][///password]`.
 * Throws InvalidInputError without echoing the secret.
 */
export const pairFromSecretUri = async (suri: string, keyType: KeyType = 'sr25519', field = 'account') => {
  const kr = await keyring();
  try {
    return kr.createFromUri(suri, {}, keyType);
  } catch (e) {
    throw new InvalidInputError(
      field,
      `not a usable secret URI (${(e as Error).message}); the text is not repeated because it may be a secret`,
    );
  }
};

/** An Account from a secret URI. */
export const accountFromSecretUri = async (suri: string, keyType: KeyType = 'sr25519'): Promise<Account> =>
  accountFromPair(await pairFromSecretUri(suri, keyType));
