// spec: economy §2.6 (`transfer_all`), tooling §1.7.1 (`transfer-all`)
import { toAddress, toPapiCid } from '../common/convert.js';
import type { AccountInput, CidInput } from '../common/types.js';
import type { Connection } from '../connection/connect.js';
import type { IncludedExtrinsic } from '../tx/errors.js';
import { type SignerInput, type SubmitOptions, submitExtrinsic } from '../tx/submitExtrinsic.js';

export type TransferAllReturnType = IncludedExtrinsic;

/** Moves the signer's whole (demurraged) balance of one community (`EncointerBalances.transfer_all`). */
export const transferAll = (
  conn: Connection,
  p: { cid: CidInput; to: AccountInput; signer: SignerInput } & SubmitOptions,
): Promise<TransferAllReturnType> =>
  submitExtrinsic(
    conn,
    conn.api.tx.EncointerBalances.transfer_all({ dest: toAddress(p.to, 'to'), cid: toPapiCid(p.cid) }),
    p.signer,
    p,
  );
