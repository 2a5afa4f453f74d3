// spec: tooling §1.2 (signer-capable account resolution order), ARCHITECTURE §6 (any secret URI works everywhere)
import { getSs58AddressInfo } from '@polkadot-api/substrate-bindings';
import { InvalidInputError } from '../../primitives/common/errors.js';
import { accountFromSecretUri } from './keyPair.js';
import type { KeystoreInput } from './keystore.js';
import { loadAccount } from './loadAccount.js';
import type { Account, KeyType } from './types.js';

export interface ResolveSignerOptions {
  /** Where SS58 arguments are looked up; default `./my_keystore`. */
  keystore?: KeystoreInput;
  /** Password of an encrypted keystore entry. */
  password?: string | undefined;
  /** Key type for secret URIs and mnemonics; default sr25519. */
  keyType?: KeyType | undefined;
}

/** One Base58 word of address length: a mistyped address rather than a mnemonic. */
const LOOKS_LIKE_ADDRESS = /^[1-9A-HJ-NP-Za-km-z]{40,50}$/;

const isSs58 = (s: string): boolean => {
  const info = getSs58AddressInfo(s);
  return info.isValid && info.publicKey.length === 32;
};

/**
 * An account that can sign, from what a user typed: `//Alice` (dev phrase), `0x<seed>`, an SS58 address in the
 * keystore, or a mnemonic (with derivation path). Returns a papi `PolkadotSigner` (`.signer`) and the account id.
 * @example const alice = await resolveSigner('//Alice'); alice.address // '5GrwvaEF…'
 */
export const resolveSigner = async (spec: string, options: ResolveSignerOptions = {}): Promise<Account> => {
  const s = spec.trim();
  if (s.length < 2) throw new InvalidInputError('account', `'${s}' is too short for an account or secret`);
  const keyType = options.keyType ?? 'sr25519';
  if (s.startsWith('/') || s.startsWith('0x')) return accountFromSecretUri(s, keyType);
  if (isSs58(s)) return loadAccount(options.keystore, s, { password: options.password });
  if (LOOKS_LIKE_ADDRESS.test(s))
    throw new InvalidInputError('account', `'${s}' is not a valid SS58 address`);
  return accountFromSecretUri(s, keyType);
};
