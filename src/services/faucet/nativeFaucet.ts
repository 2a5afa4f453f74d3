// spec: tooling §4.3 (how funding works), §1.7.2 (`account fund`: transfer_keep_alive per fundee)
import {
  type Account,
  type Connection,
  ExtrinsicFailedError,
  getNativeBalance,
  getNextNonce,
  type HexString,
  TransactionRejectedError,
  TransactionTimeoutError,
  transferNative,
} from '../../client/index.js';
import { InvalidInputError } from '../../primitives/common/errors.js';
import { type ServiceLog, silentLog } from '../serviceLog.js';
import { FaucetError } from './errors.js';
import { getFundingCosts } from './fundingAmount.js';
import { FundingLedger } from './fundingLedger.js';
import { NonceQueue } from './nonceQueue.js';
import { type FaucetAccount, parseFaucetAccounts } from './parseAccounts.js';

export const DEFAULT_MAX_ACCOUNTS = 1000;
/** Default cap per account, in multiples of the amount per request. */
export const DEFAULT_CAP_MULTIPLE = 10n;

export interface NativeFaucetParameters {
  /** Signs the transfers (//Alice on dev chains). */
  funder: Account;
  /** Base units per account and request; default: existential deposit + transfer fee × 10^6. */
  amount?: bigint | undefined;
  /** Most base units one account may receive from this service; default 10 × amount; `null`: no cap. */
  perAccountCap?: bigint | null | undefined;
  /** Most accounts in one request; default 1000. */
  maxAccounts?: number | undefined;
  /** How long to wait for each transfer's inclusion; default 120 000 ms. */
  timeoutMs?: number | undefined;
  log?: ServiceLog | undefined;
}

/** One transfer that was included. */
export interface FundedAccount {
  readonly account: string;
  readonly amount: bigint;
  readonly nonce: number;
  readonly txHash: HexString;
  readonly block: { readonly number: number; readonly hash: HexString };
}

/** One transfer that was not. */
export interface UnfundedAccount {
  readonly account: string;
  readonly error: string;
  readonly message: string;
}

export interface FundingReceipt {
  readonly success: true;
  readonly funder: string;
  readonly funded: readonly FundedAccount[];
}

export interface NativeFaucet {
  readonly funder: string;
  readonly amount: bigint;
  readonly perAccountCap: bigint | undefined;
  readonly maxAccounts: number;
  /**
   * Funds every account listed in `accounts` (query values: SS58 or //Name, comma separated or repeated).
   * Validates all of them, the cap and the funder's balance before sending anything; throws FaucetError.
   */
  fund(accounts: readonly string[]): Promise<FundingReceipt>;
  /** Resolves once no transfer is in flight. */
  idle(): Promise<void>;
}

/** Dispatch errors that mean the funder could not pay. */
const DRY_ERRORS = new Set(['FundsUnavailable', 'InsufficientBalance', 'Expendability', 'NotExpendable']);
/** Pool rejections that mean our nonce was taken by another transaction of the funder. */
const NONCE_CLASHES = new Set(['Stale', 'TooLowPriority', 'AlreadyImported', 'Usurped']);
const ATTEMPTS = 3;

const leaf = (reason: string): string => reason.split('.').at(-1) ?? reason;

type Outcome = { ok: true; funded: FundedAccount } | { ok: false; dry: boolean; failure: UnfundedAccount };

/**
 * A native-token faucet over a chain connection: queued nonces, a per-account cap, all-or-nothing validation
 * and a clear "funder is dry" answer (upstream `faucet.py` + `account fund`, with the races and silent
 * failures removed).
 */
export const createNativeFaucet = async (
  conn: Connection,
  p: NativeFaucetParameters,
): Promise<NativeFaucet> => {
  const funder = p.funder;
  const log = p.log ?? silentLog;
  const costs = await getFundingCosts(conn, funder.address);
  const amount = p.amount ?? costs.defaultAmount;
  if (amount < costs.existentialDeposit) {
    throw new InvalidInputError(
      'amount',
      `${amount} is below the existential deposit ${costs.existentialDeposit}: a new account would not exist`,
    );
  }
  const cap = p.perAccountCap === null ? undefined : (p.perAccountCap ?? amount * DEFAULT_CAP_MULTIPLE);
  if (cap !== undefined && cap < amount) {
    throw new InvalidInputError('perAccountCap', `${cap} is below the amount per request ${amount}`);
  }
  const maxAccounts = p.maxAccounts ?? DEFAULT_MAX_ACCOUNTS;
  const timeoutMs = p.timeoutMs ?? 120_000;
  // Fees vary a little with the call's length; twice the estimate keeps the dry check on the safe side.
  const feeReserve = costs.transferFee * 2n;
  const ledger = new FundingLedger(cap);
  const nonces = new NonceQueue(() => getNextNonce(conn, funder.address));
  let committed = 0n;
  let running = 0;
  let idleWaiters: (() => void)[] = [];

  const transferOnce = async (a: FaucetAccount): Promise<Outcome> => {
    let lastError: unknown;
    for (let attempt = 1; attempt <= ATTEMPTS; attempt++) {
      const [nonce] = await nonces.take(1);
      try {
        const included = await transferNative(conn, {
          to: a.address,
          amount,
          signer: funder,
          nonce: nonce!,
          timeoutMs,
        });
        nonces.release(nonce!, true);
        return {
          ok: true,
          funded: {
            account: a.address,
            amount,
            nonce: nonce!,
            txHash: included.txHash,
            block: { number: included.block.number, hash: included.block.hash },
          },
        };
      } catch (e) {
        lastError = e;
        if (e instanceof TransactionRejectedError && NONCE_CLASHES.has(leaf(e.reason))) {
          nonces.release(nonce!, true);
          nonces.markStale();
          log('nonceClash', `nonce ${nonce} of the funder was taken by another transaction; retrying`, {
            account: a.address,
            nonce,
            reason: e.reason,
          });
          continue;
        }
        // Included (failed dispatch) or possibly in the pool (timeout): the chain may have used the nonce.
        const used = e instanceof ExtrinsicFailedError || e instanceof TransactionTimeoutError;
        nonces.release(nonce!, used);
        if (e instanceof TransactionTimeoutError) nonces.markStale();
        break;
      }
    }
    const dry =
      (lastError instanceof ExtrinsicFailedError && DRY_ERRORS.has(lastError.error)) ||
      (lastError instanceof TransactionRejectedError && leaf(lastError.reason) === 'Payment');
    const error = lastError instanceof Error ? lastError.name : 'Error';
    const message = lastError instanceof Error ? lastError.message : String(lastError);
    return { ok: false, dry, failure: { account: a.address, error, message } };
  };

  const checkFunds = async (need: bigint): Promise<void> => {
    const balance = await getNativeBalance(conn, { account: funder.address });
    // keep_alive transfers may not touch the existential deposit nor frozen funds (bigints: no Math.max).
    let floor = costs.existentialDeposit;
    if (balance.frozen > floor) floor = balance.frozen;
    const spendable = balance.free > floor ? balance.free - floor : 0n;
    if (spendable < committed) {
      throw new FaucetError(
        'FunderDry',
        `the funder ${funder.address} is running dry: ${spendable} spendable, this request needs ${need} ` +
          `(amount + fees per account)${committed > need ? ` and ${committed - need} is still on its way` : ''}; ` +
          'top it up or lower --amount. Nothing was funded',
        { funder: funder.address, spendable, needed: need },
      );
    }
  };

  const fund = async (values: readonly string[]): Promise<FundingReceipt> => {
    const accounts = await parseFaucetAccounts(values, maxAccounts);
    const keys = accounts.map((a) => a.key);
    const over = ledger.reserve(keys, amount);
    if (over.length > 0) {
      const first = accounts.find((a) => a.key === over[0]!.key)!;
      throw new FaucetError(
        'OverCap',
        `${first.address} has received ${over[0]!.received} (and ${over[0]!.pending} is on its way); another ` +
          `${amount} would exceed the per-account cap of ${cap}. Nothing was funded`,
        {
          cap,
          accounts: over.map((o) => ({
            account: accounts.find((a) => a.key === o.key)!.address,
            received: o.received,
            pending: o.pending,
          })),
        },
      );
    }
    const perAccount = amount + feeReserve;
    const need = perAccount * BigInt(accounts.length);
    committed += need;
    running += 1;
    try {
      try {
        await checkFunds(need);
      } catch (e) {
        committed -= need;
        for (const k of keys) ledger.settle(k, amount, false);
        throw e;
      }
      const outcomes = await Promise.all(
        accounts.map(async (a) => {
          try {
            const outcome = await transferOnce(a);
            ledger.settle(a.key, amount, outcome.ok);
            return outcome;
          } finally {
            committed -= perAccount;
          }
        }),
      );
      const funded = outcomes.flatMap((o) => (o.ok ? [o.funded] : []));
      const failed = outcomes.flatMap((o) => (o.ok ? [] : [o]));
      for (const f of funded) {
        log(
          'funded',
          `sent ${f.amount} to ${f.account} (nonce ${f.nonce}, ${f.txHash}, block #${f.block.number})`,
          {
            ...f,
          },
        );
      }
      if (failed.length === 0) return { success: true, funder: funder.address, funded };
      const dry = failed.some((f) => f.dry);
      throw new FaucetError(
        dry ? 'FunderDry' : 'FundingFailed',
        `${failed.length} of ${accounts.length} transfers failed${
          dry ? `: the funder ${funder.address} ran dry; top it up` : ''
        }: ${failed[0]!.failure.message}`,
        { funder: funder.address, funded, failed: failed.map((f) => f.failure) },
      );
    } finally {
      running -= 1;
      if (running === 0) {
        const waiters = idleWaiters;
        idleWaiters = [];
        for (const w of waiters) w();
      }
    }
  };

  return {
    funder: funder.address,
    amount,
    perAccountCap: cap,
    maxAccounts,
    fund,
    idle: () =>
      running === 0
        ? Promise.resolve()
        : new Promise<void>((resolve) => {
            idleWaiters.push(resolve);
          }),
  };
};
