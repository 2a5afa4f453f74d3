// spec: economy §7 (`swap_native`, `swap_asset`: exercise a swap option), tooling §1.7.3 (`exercise-native/-asset`)
import { toPapiCid } from '../common/convert.js';
import type { CidInput } from '../common/types.js';
import type { Connection } from '../connection/connect.js';
import type { IncludedExtrinsic } from '../tx/errors.js';
import { type SignerInput, type SubmitOptions, submitExtrinsic } from '../tx/submitExtrinsic.js';

export interface SwapParameters extends SubmitOptions {
  cid: CidInput;
  signer: SignerInput;
  /** Desired native (or asset) amount in base units. */
  amount: bigint;
}

/** Buys `amount` planck from the community treasury with the signer's swap option (`swap_native`). */
export const swapNative = (conn: Connection, p: SwapParameters): Promise<IncludedExtrinsic> =>
  submitExtrinsic(
    conn,
    conn.api.tx.EncointerTreasuries.swap_native({ cid: toPapiCid(p.cid), desired_native_amount: p.amount }),
    p.signer,
    p,
  );

/** Buys `amount` units of the option's asset with the signer's asset swap option (`swap_asset`). */
export const swapAsset = (conn: Connection, p: SwapParameters): Promise<IncludedExtrinsic> =>
  submitExtrinsic(
    conn,
    conn.api.tx.EncointerTreasuries.swap_asset({ cid: toPapiCid(p.cid), desired_asset_amount: p.amount }),
    p.signer,
    p,
  );
