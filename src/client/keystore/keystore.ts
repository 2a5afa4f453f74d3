// spec: tooling §1.2 (keystore `./my_keystore`, legacy file layout), §12 item 6 (polkadot-js JSON, encryption)
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { KeyringPair$Json } from '@polkadot/keyring/types';
import { fromHex } from '../../primitives/common/bytes.js';
import { blake2_256 } from '../../primitives/common/hashing.js';
import { GENERIC_SS58_PREFIX, ss58Decode, ss58Encode } from '../../primitives/common/ss58.js';
import { InvalidKeystoreFileError } from './errors.js';
import { assertKeyType } from './keyPair.js';
import type { KeyType } from './types.js';

export const DEFAULT_KEYSTORE_DIR = './my_keystore';

/** A directory of key files. */
export interface Keystore {
  readonly dir: string;
}

/** A keystore or its directory; default `./my_keystore` relative to the working directory. */
export type KeystoreInput = Keystore | string | undefined;

export const openKeystore = (dir: string = DEFAULT_KEYSTORE_DIR): Keystore => ({ dir });

export const keystoreOf = (k: KeystoreInput): Keystore =>
  k === undefined ? openKeystore() : typeof k === 'string' ? openKeystore(k) : k;

/** One key file. */
export interface KeystoreEntry {
  /** SS58 (prefix 42) of the account id. */
  readonly address: string;
  readonly accountId: Uint8Array;
  readonly keyType: KeyType;
  readonly name: string | undefined;
  readonly encrypted: boolean;
  readonly file: string;
  /** `json`: polkadot-js key file; `legacy`: the Rust CLI's `<key type hex><public key hex>` file holding a SURI. */
  readonly format: 'json' | 'legacy';
}

/** File name of a JSON entry: the address, as polkadot-js apps name exported accounts. */
export const jsonFileName = (address: string): string => `${address}.json`;

const LEGACY_PREFIX: Readonly<Record<string, KeyType>> = {
  '73723235': 'sr25519',
  '65643235': 'ed25519',
  '65636473': 'ecdsa',
};

/** Reads and checks a polkadot-js key file (`KeyringPair$Json`). */
export const parseKeyFile = (
  json: unknown,
  file: string,
): { json: KeyringPair$Json; entry: KeystoreEntry } => {
  const j = json as Partial<KeyringPair$Json>;
  const content = j.encoding?.content;
  if (typeof j.encoded !== 'string' || typeof j.address !== 'string' || !Array.isArray(content)) {
    throw new InvalidKeystoreFileError(file, 'not a polkadot-js key file (needs encoded, encoding, address)');
  }
  if (content[0] !== 'pkcs8')
    throw new InvalidKeystoreFileError(file, `unsupported content ${content.join(',')}`);
  const keyType = assertKeyType(String(content[1]), `${file}: encoding.content[1]`);
  // polkadot-js writes an ecdsa key's address as the hex of its 33-byte public key; the account is its blake2_256.
  const accountId = /^0x[0-9a-fA-F]{66}$/.test(j.address)
    ? blake2_256(fromHex(j.address))
    : ss58Decode(j.address, `${file}: address`);
  const types = Array.isArray(j.encoding?.type) ? j.encoding.type : [j.encoding?.type];
  return {
    json: j as KeyringPair$Json,
    entry: {
      address: ss58Encode(accountId, GENERIC_SS58_PREFIX),
      accountId,
      keyType,
      name: typeof j.meta?.name === 'string' ? j.meta.name : undefined,
      encrypted: !types.includes('none'),
      file,
      format: 'json',
    },
  };
};

/** Reads the secret URI of a legacy file (a JSON string literal). */
export const readLegacySecret = async (file: string): Promise<string> => {
  const text = (await readFile(file, 'utf8')).trim();
  try {
    const s = JSON.parse(text);
    if (typeof s === 'string') return s;
  } catch {
    // fall through: some tools wrote the bare SURI
  }
  return text;
};

const legacyEntry = (name: string, file: string): KeystoreEntry | undefined => {
  const keyType = LEGACY_PREFIX[name.slice(0, 8)];
  if (keyType === undefined || !/^[0-9a-f]{8}([0-9a-f]{64}|[0-9a-f]{66})$/.test(name)) return undefined;
  const publicKey = fromHex(`0x${name.slice(8)}`);
  const accountId = publicKey.length === 33 ? blake2_256(publicKey) : publicKey;
  return {
    address: ss58Encode(accountId, GENERIC_SS58_PREFIX),
    accountId,
    keyType,
    name: undefined,
    encrypted: false,
    file,
    format: 'legacy',
  };
};

const ORDER: Record<KeyType, number> = { sr25519: 0, ed25519: 1, ecdsa: 2 };

/**
 * Every entry of the keystore: polkadot-js JSON files and files of the Rust CLI's layout. A missing directory is
 * an empty keystore. Sorted sr25519 first, then ed25519, then ecdsa, each by address.
 */
export const readKeystoreEntries = async (keystore: KeystoreInput): Promise<KeystoreEntry[]> => {
  const { dir } = keystoreOf(keystore);
  let names: string[];
  try {
    names = await readdir(dir);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw e;
  }
  const entries: KeystoreEntry[] = [];
  for (const name of names) {
    const file = path.join(dir, name);
    if (name.endsWith('.json')) {
      let parsed: unknown;
      try {
        parsed = JSON.parse(await readFile(file, 'utf8'));
      } catch {
        throw new InvalidKeystoreFileError(file, 'not valid JSON');
      }
      entries.push(parseKeyFile(parsed, file).entry);
    } else {
      const legacy = legacyEntry(name, file);
      if (legacy !== undefined) entries.push(legacy);
    }
  }
  return entries.sort((a, b) => ORDER[a.keyType] - ORDER[b.keyType] || a.address.localeCompare(b.address));
};
