// spec: economy §2.6 (`transfer`), tooling §1.7.1 (`transfer --cid`)
import { toAddress, toPapiCid } from '../common/convert.js';
import type { AccountInput, CidInput } from '../common/types.js';
import type { Connection } from '../connection/connect.js';
import type { IncludedExtrinsic } from '../tx/errors.js';
import { type SignerInput, type SubmitOptions, submitExtrinsic } from '../tx/submitExtrinsic.js';
import { type CcAmount, ccAmountBits } from './amount.js';

export interface TransferParameters extends SubmitOptions {
  cid: CidInput;
  to: AccountInput;
  /** U64F64 bits or decimal text (`"1.5"`). */
  amount: CcAmount;
  signer: SignerInput;
}

export type TransferReturnType = IncludedExtrinsic;

/**
 * Transfers community currency (`EncointerBalances.transfer`).
 * @example await transfer(conn, { cid, to: bob.address, amount: '0.5', signer: alice });
 */
export const transfer = (conn: Connection, p: TransferParameters): Promise<TransferReturnType> =>
  submitExtrinsic(
    conn,
    conn.api.tx.EncointerBalances.transfer({
      dest: toAddress(p.to, 'to'),
      community_id: toPapiCid(p.cid),
      amount: ccAmountBits(p.amount),
    }),
    p.signer,
    p,
  );
