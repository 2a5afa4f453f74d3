// spec: tooling §1.7.2 (`account new [seed]`), §12 item 6 (optional encryption)
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { mnemonicGenerate } from '@polkadot/util-crypto';
import { findEntry } from './findEntry.js';
import { accountFromPair, keyring, pairFromSecretUri } from './keyPair.js';
import {
  jsonFileName,
  type KeystoreEntry,
  type KeystoreInput,
  keystoreOf,
  parseKeyFile,
} from './keystore.js';
import type { Account, KeyType } from './types.js';

export interface CreateAccountParameters {
  /** Secret URI or mnemonic to store; default a fresh 12-word mnemonic. */
  suri?: string | undefined;
  keyType?: KeyType | undefined;
  /** Encrypt the file (scrypt + xsalsa20-poly1305); without it the secret is stored unencrypted. */
  password?: string | undefined;
  /** `meta.name` in the file (shown by polkadot-js apps). */
  name?: string | undefined;
}

export interface CreateAccountReturnType {
  readonly entry: KeystoreEntry;
  readonly account: Account;
  /** The generated mnemonic (only when no `suri` was given): the only time it is shown. */
  readonly mnemonic: string | undefined;
  /** False when the key was already in the keystore (the file is left as it was). */
  readonly created: boolean;
}

/**
 * Stores a key in the keystore as a polkadot-js JSON file `<address>.json`, importable by polkadot-js apps.
 * Idempotent: a key that is already there is not rewritten.
 * @example const { account, mnemonic } = await createAccount('./my_keystore', { password: 'secret' });
 */
export const createAccount = async (
  keystore: KeystoreInput,
  p: CreateAccountParameters = {},
): Promise<CreateAccountReturnType> => {
  await keyring();
  const mnemonic = p.suri === undefined ? mnemonicGenerate(12) : undefined;
  const pair = await pairFromSecretUri(p.suri ?? mnemonic!, p.keyType ?? 'sr25519', 'suri');
  const account = accountFromPair(pair);
  const existing = await findEntry(keystore, account.address);
  if (existing !== undefined && existing.format === 'json') {
    return { entry: existing, account, mnemonic, created: false };
  }
  if (p.name !== undefined) pair.setMeta({ name: p.name });
  const json = pair.toJson(p.password);
  const { dir } = keystoreOf(keystore);
  await mkdir(dir, { recursive: true });
  const file = path.join(dir, jsonFileName(account.address));
  await writeFile(file, `${JSON.stringify(json, null, 2)}\n`, { mode: 0o600 });
  return { entry: parseKeyFile(json, file).entry, account, mnemonic, created: true };
};
