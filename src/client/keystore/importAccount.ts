// spec: tooling §12 item 6 (import polkadot-js JSON)
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import {
  jsonFileName,
  type KeystoreEntry,
  type KeystoreInput,
  keystoreOf,
  parseKeyFile,
} from './keystore.js';
import { unlockKeyFile } from './loadAccount.js';

/**
 * Adds a polkadot-js key file (e.g. exported from polkadot-js apps) to the keystore. With `password` the file
 * is decrypted once to prove it is intact (WrongKeystorePasswordError otherwise); it is stored as given.
 */
export const importAccount = async (
  keystore: KeystoreInput,
  json: unknown,
  { password }: { password?: string | undefined } = {},
): Promise<KeystoreEntry> => {
  const { json: keyFile, entry } = parseKeyFile(json, 'imported key file');
  if (password !== undefined || !entry.encrypted) await unlockKeyFile(keyFile, entry, password);
  const { dir } = keystoreOf(keystore);
  await mkdir(dir, { recursive: true });
  const file = path.join(dir, jsonFileName(entry.address));
  await writeFile(file, `${JSON.stringify(keyFile, null, 2)}\n`, { mode: 0o600 });
  return { ...entry, file };
};
