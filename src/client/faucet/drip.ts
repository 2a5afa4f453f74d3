// spec: economy §5.3 (`drip`: one per (faucet, cid, cindex, account) with verified reputation), tooling §1.7.8
import { toAddress, toPapiCid } from '../common/convert.js';
import type { AccountInput, CidInput } from '../common/types.js';
import type { Connection } from '../connection/connect.js';
import type { IncludedExtrinsic } from '../tx/errors.js';
import { type SignerInput, type SubmitOptions, submitExtrinsic } from '../tx/submitExtrinsic.js';

/** Drips from a faucet to the signer, proving reputation at (cid, cindex) (`EncointerFaucet.drip`). */
export const drip = (
  conn: Connection,
  p: { signer: SignerInput; faucet: AccountInput; cid: CidInput; cindex: number } & SubmitOptions,
): Promise<IncludedExtrinsic> =>
  submitExtrinsic(
    conn,
    conn.api.tx.EncointerFaucet.drip({
      faucet_account: toAddress(p.faucet, 'faucet'),
      cid: toPapiCid(p.cid),
      cindex: p.cindex,
    }),
    p.signer,
    p,
  );
