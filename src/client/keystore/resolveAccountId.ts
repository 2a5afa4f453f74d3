// spec: tooling §1.2 (account-id arguments: //Name derived, else SS58), §12 item 6 (mnemonics accepted too)
import { getSs58AddressInfo } from '@polkadot-api/substrate-bindings';
import { InvalidInputError } from '../../primitives/common/errors.js';
import { GENERIC_SS58_PREFIX, ss58Encode } from '../../primitives/common/ss58.js';
import { accountFromSecretUri } from './keyPair.js';
import type { KeyType } from './types.js';

export interface ResolvedAccountId {
  readonly address: string;
  readonly accountId: Uint8Array;
}

/**
 * The account id of an account argument that needs no private key (recipients, attestees, endorsees): an SS58
 * address of any prefix, or a secret URI / mnemonic whose public key is derived (no keystore access).
 */
export const resolveAccountId = async (
  spec: string,
  { keyType = 'sr25519' }: { keyType?: KeyType } = {},
): Promise<ResolvedAccountId> => {
  const s = spec.trim();
  if (s.length < 2) throw new InvalidInputError('account', `'${s}' is too short for an account`);
  const info = getSs58AddressInfo(s);
  if (info.isValid && info.publicKey.length === 32) {
    return { address: ss58Encode(info.publicKey, GENERIC_SS58_PREFIX), accountId: info.publicKey };
  }
  const account = await accountFromSecretUri(s, keyType);
  return { address: account.address, accountId: account.accountId };
};
