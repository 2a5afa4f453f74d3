// spec: tooling §1.2 (keystore lookup), §12 item 6 (encrypted entries)
import { readFile } from 'node:fs/promises';
import type { KeyringPair$Json } from '@polkadot/keyring/types';
import { KeystorePasswordRequiredError, WrongKeystorePasswordError } from './errors.js';
import { requireEntry } from './findEntry.js';
import { accountFromPair, accountFromSecretUri, keyring } from './keyPair.js';
import { type KeystoreEntry, type KeystoreInput, parseKeyFile, readLegacySecret } from './keystore.js';
import type { Account } from './types.js';

/** Decrypts a key file into an Account; typed errors for a missing or wrong password. */
export const unlockKeyFile = async (
  json: KeyringPair$Json,
  entry: KeystoreEntry,
  password: string | undefined,
): Promise<Account> => {
  if (entry.encrypted && password === undefined) throw new KeystorePasswordRequiredError(entry.address);
  const pair = (await keyring()).createFromJson(json);
  try {
    pair.unlock(entry.encrypted ? password : undefined);
  } catch {
    throw new WrongKeystorePasswordError(entry.address);
  }
  return accountFromPair(pair);
};

/**
 * The signing account of a keystore entry (address of any SS58 prefix).
 * Throws AccountNotInKeystoreError, KeystorePasswordRequiredError or WrongKeystorePasswordError.
 * @example const alice = await loadAccount('./my_keystore', '5Grw…', { password: 'secret' });
 */
export const loadAccount = async (
  keystore: KeystoreInput,
  address: string,
  { password }: { password?: string | undefined } = {},
): Promise<Account> => {
  const entry = await requireEntry(keystore, address);
  if (entry.format === 'legacy')
    return accountFromSecretUri(await readLegacySecret(entry.file), entry.keyType);
  const { json } = parseKeyFile(JSON.parse(await readFile(entry.file, 'utf8')), entry.file);
  return unlockKeyFile(json, entry, password);
};
