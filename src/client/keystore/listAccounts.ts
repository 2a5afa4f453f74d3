// spec: tooling §1.7.2 (`account list`)
import { type KeystoreEntry, type KeystoreInput, readKeystoreEntries } from './keystore.js';

export type ListAccountsReturnType = KeystoreEntry[];

/**
 * The keystore's entries (no secrets are decrypted).
 * @example (await listAccounts('./my_keystore')).map((e) => e.address)
 */
export const listAccounts = (keystore?: KeystoreInput): Promise<ListAccountsReturnType> =>
  readKeystoreEntries(keystore);
