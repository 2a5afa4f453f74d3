// spec: tooling §1.3 (native base units), §1.7.1 (`transfer`), §1.7.2 (`account fund`: transfer_keep_alive)
import { toAddress } from '../common/convert.js';
import type { AccountInput } from '../common/types.js';
import type { Connection } from '../connection/connect.js';
import type { IncludedExtrinsic } from '../tx/errors.js';
import { type SignerInput, type SubmitOptions, submitExtrinsic } from '../tx/submitExtrinsic.js';

export interface TransferNativeParameters extends SubmitOptions {
  to: AccountInput;
  /** Base units (1 ERT = 10^12 on the dev chain). */
  amount: bigint;
  signer: SignerInput;
  /** Default true: `transfer_keep_alive`, which refuses to reap the sender; false: `transfer_allow_death`. */
  keepAlive?: boolean | undefined;
}

export type TransferNativeReturnType = IncludedExtrinsic;

/** Transfers the native token (`Balances.transfer_keep_alive` / `transfer_allow_death`). */
export const transferNative = (
  conn: Connection,
  p: TransferNativeParameters,
): Promise<TransferNativeReturnType> => {
  const args = { dest: { type: 'Id', value: toAddress(p.to, 'to') }, value: p.amount };
  const call =
    p.keepAlive === false
      ? conn.api.tx.Balances.transfer_allow_death(args)
      : conn.api.tx.Balances.transfer_keep_alive(args);
  return submitExtrinsic(conn, call, p.signer, p);
};
