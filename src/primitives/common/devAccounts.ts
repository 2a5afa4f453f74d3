/**
 * The well-known development accounts (`//Alice` … `//Ferdie` and their `//stash`) derived from Substrate's dev
 * phrase, as every Substrate dev chain funds them. sr25519 keys, the scheme the upstream tools sign with.
 */
import { sr25519CreateDerive } from '@polkadot-labs/hdkd';
import { DEV_MINI_SECRET } from '@polkadot-labs/hdkd-helpers';

export const DEV_ACCOUNT_NAMES = ['Alice', 'Bob', 'Charlie', 'Dave', 'Eve', 'Ferdie'] as const;
export type DevAccountName = (typeof DEV_ACCOUNT_NAMES)[number];

const derive = sr25519CreateDerive(DEV_MINI_SECRET);

/** The sr25519 key pair of a dev secret URI path such as `//Alice` or `//Alice//stash`. */
export const devKeyPair = (path: string) => derive(path);

/** Public keys (= account ids) of the dev accounts and their stashes, in the order chain specs list them. */
export const devAccountIds = (): Uint8Array[] =>
  DEV_ACCOUNT_NAMES.flatMap((n) => [devKeyPair(`//${n}`).publicKey, devKeyPair(`//${n}//stash`).publicKey]);
