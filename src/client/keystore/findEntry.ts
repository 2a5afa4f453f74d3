// spec: tooling §1.2 (an SS58 signer argument is looked up in the keystore)
import { bytesEqual } from '../../primitives/common/bytes.js';
import { ss58Decode } from '../../primitives/common/ss58.js';
import { AccountNotInKeystoreError } from './errors.js';
import { type KeystoreEntry, type KeystoreInput, keystoreOf, readKeystoreEntries } from './keystore.js';

/** The entry of an address (any SS58 prefix), or undefined. JSON entries win over legacy ones. */
export const findEntry = async (
  keystore: KeystoreInput,
  address: string,
): Promise<KeystoreEntry | undefined> => {
  const id = ss58Decode(address, 'address');
  const hits = (await readKeystoreEntries(keystore)).filter((e) => bytesEqual(e.accountId, id));
  return hits.find((e) => e.format === 'json') ?? hits[0];
};

/** Like findEntry, but throws AccountNotInKeystoreError. */
export const requireEntry = async (keystore: KeystoreInput, address: string): Promise<KeystoreEntry> => {
  const entry = await findEntry(keystore, address);
  if (entry === undefined) throw new AccountNotInKeystoreError(address, keystoreOf(keystore).dir);
  return entry;
};
