// spec: tooling §1.7.2 (`account fund`: //Alice sends transfer_keep_alive of ED + fee × 10^6), §4.3 (funding amount)
import { toAddress } from '../common/convert.js';
import type { AccountInput, Address } from '../common/types.js';
import type { Connection } from '../connection/connect.js';
import type { IncludedExtrinsic } from '../tx/errors.js';
import { getNextNonce } from '../tx/getNextNonce.js';
import { polkadotSignerOf, type SignerInput, type SubmitOptions } from '../tx/submitExtrinsic.js';
import { transferNative } from './transferNative.js';

/** "1000 transfer extrinsics, times 1000" (the reference's comment says 100, its code multiplies by 1000). */
const FEE_MULTIPLIER = 1_000_000n;

/**
 * The reference CLI's "reasonable native balance": existential deposit + the estimated fee of a sample
 * 9999-unit transfer from `payer`, × 10^6.
 */
export const fundingAmount = async (conn: Connection, payer: AccountInput): Promise<bigint> => {
  const from = toAddress(payer);
  const sample = conn.api.tx.Balances.transfer_keep_alive({
    dest: { type: 'Id', value: from },
    value: 9999n,
  });
  const [ed, fee] = await Promise.all([
    conn.api.constants.Balances.ExistentialDeposit() as Promise<bigint>,
    sample.getEstimatedFees(from) as Promise<bigint>,
  ]);
  return BigInt(ed) + BigInt(fee) * FEE_MULTIPLIER;
};

export interface FundAccountsParameters extends SubmitOptions {
  accounts: readonly AccountInput[];
  /** The payer: //Alice on dev chains. */
  signer: SignerInput;
  /** Base units per account; default fundingAmount. */
  amount?: bigint | undefined;
}

export interface FundAccountsReturnType {
  readonly amount: bigint;
  readonly funded: readonly {
    readonly account: Address;
    readonly nonce: number;
    readonly included: IncludedExtrinsic;
  }[];
}

/**
 * Sends every account the same native amount (`Balances.transfer_keep_alive`), all at once with consecutive
 * nonces of the payer, and waits for their inclusion.
 * @example await fundAccounts(conn, { accounts: [bob.address], signer: alice });
 */
export const fundAccounts = async (
  conn: Connection,
  p: FundAccountsParameters,
): Promise<FundAccountsReturnType> => {
  const payer = polkadotSignerOf(p.signer).publicKey;
  const amount = p.amount ?? (await fundingAmount(conn, payer));
  const first = await getNextNonce(conn, payer);
  const funded = await Promise.all(
    p.accounts.map(async (a, i) => {
      const account = toAddress(a, `accounts[${i}]`);
      const nonce = first + i;
      const included = await transferNative(conn, { ...p, to: account, amount, signer: p.signer, nonce });
      return { account, nonce, included };
    }),
  );
  return { amount, funded };
};
