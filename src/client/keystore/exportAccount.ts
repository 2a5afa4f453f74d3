// spec: tooling §1.7.2 (`account export`), §12 item 6 (export polkadot-js JSON)
import { readFile } from 'node:fs/promises';
import type { KeyringPair$Json } from '@polkadot/keyring/types';
import { requireEntry } from './findEntry.js';
import { pairFromSecretUri } from './keyPair.js';
import { type KeystoreInput, readLegacySecret } from './keystore.js';

/**
 * The polkadot-js JSON of a keystore entry, ready for polkadot-js apps. A legacy (SURI) entry is converted,
 * encrypted with `password` when one is given.
 */
export const exportAccount = async (
  keystore: KeystoreInput,
  address: string,
  { password }: { password?: string | undefined } = {},
): Promise<KeyringPair$Json> => {
  const entry = await requireEntry(keystore, address);
  if (entry.format === 'json') return JSON.parse(await readFile(entry.file, 'utf8')) as KeyringPair$Json;
  return (await pairFromSecretUri(await readLegacySecret(entry.file), entry.keyType)).toJson(password);
};
