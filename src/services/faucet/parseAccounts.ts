// spec: tooling §4.2 (`accounts` query parameter: SS58 or //Name)
import { getSs58AddressInfo } from '@polkadot-api/substrate-bindings';
import { accountFromSecretUri } from '../../client/index.js';
import { toHex } from '../../primitives/common/bytes.js';
import { GENERIC_SS58_PREFIX, ss58Encode } from '../../primitives/common/ss58.js';
import { FaucetError } from './errors.js';

/** A validated fundee. */
export interface FaucetAccount {
  /** SS58 with the generic prefix 42. */
  readonly address: string;
  readonly accountId: Uint8Array;
  /** 0x hex of the account id: the key of the per-account ledger. */
  readonly key: string;
}

/** The individual entries of `accounts` query values: repeated parameters and comma-separated lists both work. */
export const splitAccountList = (values: readonly string[]): string[] =>
  values
    .flatMap((v) => v.split(','))
    .map((s) => s.trim())
    .filter((s) => s.length > 0);

const fromAccountId = (accountId: Uint8Array): FaucetAccount => ({
  address: ss58Encode(accountId, GENERIC_SS58_PREFIX),
  accountId,
  key: toHex(accountId),
});

const parseOne = async (entry: string, index: number): Promise<FaucetAccount> => {
  // Only derivation paths (`//Bob`), never mnemonics: secrets do not belong in a URL.
  if (/^\/\/[^\s/]/.test(entry)) {
    try {
      return fromAccountId((await accountFromSecretUri(entry, 'sr25519')).accountId);
    } catch {
      // reported below like any other malformed entry
    }
  } else {
    const info = getSs58AddressInfo(entry);
    if (info.isValid && info.publicKey.length === 32) return fromAccountId(info.publicKey);
  }
  throw new FaucetError(
    'InvalidAddress',
    `accounts[${index}]: '${entry}' is not an SS58 account address (or a //Name dev account); nothing was funded`,
    { account: entry, index },
  );
};

/**
 * Validates every entry of the `accounts` parameter before anything is funded: throws FaucetError (HTTP 400) for
 * an empty list, more than `maxAccounts` entries, or any malformed address. Duplicates are funded once.
 */
export const parseFaucetAccounts = async (
  values: readonly string[],
  maxAccounts: number,
): Promise<FaucetAccount[]> => {
  const entries = splitAccountList(values);
  if (entries.length === 0) {
    throw new FaucetError(
      'NoAccounts',
      'no accounts provided to drip to: use /api?accounts=<ss58>[,<ss58>…] (or repeat accounts=)',
    );
  }
  if (entries.length > maxAccounts) {
    throw new FaucetError(
      'TooManyAccounts',
      `${entries.length} accounts in one request, at most ${maxAccounts} allowed: split the request; nothing was funded`,
      { count: entries.length, maxAccounts },
    );
  }
  const parsed: FaucetAccount[] = [];
  for (const [i, entry] of entries.entries()) parsed.push(await parseOne(entry, i));
  const seen = new Set<string>();
  return parsed.filter((a) => !seen.has(a.key) && seen.add(a.key) !== undefined);
};
