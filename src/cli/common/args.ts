// spec: tooling §1.1 (global `-c/--cid`, `--at`, `-v`), §1.2 (account arguments), §1.7.4 (negative cindex arguments)
/**
 * Argument helpers shared by the chain commands: the global `--cid`/`--at`/`--verbose` options, community and
 * ceremony-index arguments, account ids, numbers, amounts, and the JSON shape of an included extrinsic.
 */
import { getSs58AddressInfo } from '@polkadot-api/substrate-bindings';
import { type Command, Option } from 'commander';
import {
  type BlockRef,
  type Connection,
  getCeremonyIndex,
  type IncludedExtrinsic,
  requireCommunity,
  resolveAccountId,
} from '../../client/index.js';
import type { CommunityIdentifier } from '../../primitives/cid/communityIdentifier.js';
import { InvalidInputError } from '../../primitives/common/errors.js';
import { formatFixed } from '../../primitives/fixed/decimal.js';
import { U64F64 } from '../../primitives/fixed/fixed.js';
import type { CommonOptions } from './options.js';

/** The chain-wide options every chain command may read (besides connection, keystore and `--json`). */
export interface ChainOptions {
  cid?: string;
  at?: string;
  verbose?: boolean;
}

export type ChainCommandOptions = CommonOptions & ChainOptions;

/**
 * Adds `-c/--cid`, `--at` and `-v/--verbose` to the root command. Root options are recognised anywhere on the
 * command line, so both `encointer --cid X list-meetups` (old README) and `… ceremony list-meetups --cid X` work.
 */
export const addChainOptions = (program: Command): Command =>
  program
    .addOption(new Option('-c, --cid <cid>', 'community identifier, e.g. sqm1v79KBZ3'))
    .addOption(
      new Option('--at <hash>', 'read the state at this block hash (0x + 64 hex) instead of the best block'),
    )
    .addOption(new Option('-v, --verbose', 'more output where a command offers it'));

/** The merged options of a command and its parents, with the chain options. */
export const chainOptions = (command: Command): ChainCommandOptions =>
  command.optsWithGlobals() as ChainCommandOptions;

/** `--at` as a client block reference (default: the best block). */
export const atOf = (o: ChainOptions): BlockRef | undefined => {
  if (o.at === undefined) return undefined;
  if (!/^0x[0-9a-fA-F]{64}$/.test(o.at)) {
    throw new InvalidInputError('--at', `'${o.at}' is not a block hash (0x followed by 64 hex digits)`);
  }
  return o.at as BlockRef;
};

/** The `--cid` of a command that needs one, checked against the chain's registered communities. */
export const requireCid = async (conn: Connection, o: ChainOptions): Promise<CommunityIdentifier> => {
  if (o.cid === undefined) {
    throw new InvalidInputError(
      '--cid',
      'this command needs a community: add --cid <cid> (see `encointer community list`)',
    );
  }
  const at = atOf(o);
  return requireCommunity(conn, o.cid, at === undefined ? {} : { at });
};

const isSs58Address = (s: string): boolean => {
  const info = getSs58AddressInfo(s);
  return info.isValid && info.publicKey.length === 32;
};

/** An account argument that needs no private key: SS58 of any prefix, `//Name`, or a mnemonic. */
export const accountIdArg = async (text: string, field = 'account'): Promise<string> => {
  const t = text.trim();
  // A lone word is an address (or a typo of one): polkadot-js would take it as a raw seed, silently.
  if (!t.startsWith('//') && !t.startsWith('0x') && !/\s/.test(t) && !isSs58Address(t)) {
    throw new InvalidInputError(
      field,
      `'${t}' is not a valid SS58 address (nor //Name, 0x seed or mnemonic)`,
    );
  }
  try {
    return (await resolveAccountId(text)).address;
  } catch (e) {
    if (e instanceof InvalidInputError) throw new InvalidInputError(field, e.message);
    throw e;
  }
};

/** A commander argument parser for an integer in [min, max]. */
export const integerArg =
  (field: string, min: number, max: number) =>
  (text: string): number => {
    const n = Number(text);
    if (!/^[+-]?\d+$/.test(text.trim()) || !Number.isSafeInteger(n) || n < min || n > max) {
      throw new InvalidInputError(field, `expected an integer from ${min} to ${max}, got '${text}'`);
    }
    return n;
  };

/** A commander argument parser for a non-negative integer that may exceed 2^53 (u64, u128). */
export const bigintArg =
  (field: string, max: bigint) =>
  (text: string): bigint => {
    if (!/^\d+$/.test(text.trim())) {
      throw new InvalidInputError(field, `expected a non-negative integer, got '${text}'`);
    }
    const n = BigInt(text.trim());
    if (n > max) throw new InvalidInputError(field, `${text} is larger than ${max}`);
    return n;
  };

export const U32_MAX = 0xffff_ffff;
export const U64_MAX = (1n << 64n) - 1n;
export const U128_MAX = (1n << 128n) - 1n;

/**
 * A ceremony index argument: positive as given, negative relative to the current index (`-1` = the previous
 * ceremony), absent = `fallback` (default the current one). 0 is refused (the reference panicked).
 */
export const ceremonyIndexArg = async (
  conn: Connection,
  text: string | number | undefined,
  o: ChainOptions,
  fallback = 0,
): Promise<number> => {
  const at = atOf(o);
  const current = async () => getCeremonyIndex(conn, at === undefined ? {} : { at });
  if (text === undefined) return (await current()) + fallback;
  const n = typeof text === 'number' ? text : integerArg('cindex', -U32_MAX, U32_MAX)(text);
  if (n === 0) {
    throw new InvalidInputError(
      'cindex',
      'ceremony indices start at 1; use a negative number for "current − n"',
    );
  }
  if (n > 0) return n;
  const c = (await current()) + n;
  if (c < 1)
    throw new InvalidInputError('cindex', `current ceremony index minus ${-n} is before the first ceremony`);
  return c;
};

/** A community-currency amount as a decimal string (shortest text that reads back to the same bits). */
export const formatCc = (bits: bigint): string => formatFixed(U64F64, bits);

/** A native amount in base units as a decimal of whole tokens (`decimals` places). */
export const formatNative = (units: bigint, decimals: number): string => {
  if (decimals === 0) return units.toString();
  const s = units.toString().padStart(decimals + 1, '0');
  const frac = s.slice(s.length - decimals).replace(/0+$/, '');
  const int = s.slice(0, s.length - decimals);
  return frac === '' ? int : `${int}.${frac}`;
};

/**
 * A native amount: integer base units (`1000000000000`), or a decimal with the token symbol (`1.5ERT`), which is
 * scaled by the chain's decimals.
 */
export const parseNativeAmount = (
  text: string,
  token: { symbol: string | undefined; decimals: number | undefined },
  field = 'amount',
): bigint => {
  const t = text.trim();
  if (/^\d+$/.test(t)) return BigInt(t);
  const m = /^(\d*)(?:\.(\d*))?\s*([A-Za-z]+)$/.exec(t);
  const decimals = token.decimals ?? 0;
  if (m === null || (m[1] === '' && (m[2] ?? '') === '')) {
    throw new InvalidInputError(
      field,
      `expected base units (e.g. 1000000000000) or a token amount like 1.5${token.symbol ?? ''}`,
    );
  }
  if (token.symbol !== undefined && m[3]!.toUpperCase() !== token.symbol.toUpperCase()) {
    throw new InvalidInputError(field, `unknown unit '${m[3]}': the native token is ${token.symbol}`);
  }
  const frac = m[2] ?? '';
  if (frac.length > decimals) {
    throw new InvalidInputError(field, `${token.symbol ?? 'the native token'} has only ${decimals} decimals`);
  }
  return BigInt((m[1] || '0') + frac.padEnd(decimals, '0'));
};

/** The JSON facts of an included extrinsic. */
export const txJson = (included: IncludedExtrinsic) => ({
  txHash: included.txHash,
  block: included.block,
});

/** Splits comma- or space-separated list arguments (`a,b c` → [a, b, c]). */
export const listArg = (values: readonly string[]): string[] =>
  values
    .flatMap((v) => v.split(','))
    .map((v) => v.trim())
    .filter((v) => v !== '');
