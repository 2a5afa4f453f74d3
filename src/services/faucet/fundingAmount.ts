// spec: tooling §1.7.2 (`account fund`: ED + fee of a sample 9999-unit transfer × 1000 × 1000), §4.3
import type { Connection } from '../../client/index.js';

/** The upstream CLI's "reasonable native balance": room for a million transfers' worth of fees. */
export const FEE_MULTIPLIER = 1_000_000n;

export interface FundingCosts {
  /** `Balances.ExistentialDeposit`. */
  readonly existentialDeposit: bigint;
  /** Estimated fee of one `transfer_keep_alive` signed by `from`. */
  readonly transferFee: bigint;
  /** Existential deposit + transfer fee × 10^6. */
  readonly defaultAmount: bigint;
}

/** Reads the existential deposit and estimates a transfer fee, and from them the default amount per account. */
export const getFundingCosts = async (conn: Connection, from: string): Promise<FundingCosts> => {
  const existentialDeposit = BigInt(await conn.api.constants.Balances.ExistentialDeposit());
  const sample = conn.api.tx.Balances.transfer_keep_alive({
    dest: { type: 'Id', value: from },
    value: 9999n,
  });
  const transferFee = BigInt(await sample.getEstimatedFees(from));
  return {
    existentialDeposit,
    transferFee,
    defaultAmount: existentialDeposit + transferFee * FEE_MULTIPLIER,
  };
};
