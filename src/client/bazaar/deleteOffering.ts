// spec: economy §4.3 (`delete_offering`; offering ids are never reused while the business exists)
import { toPapiCid } from '../common/convert.js';
import type { CidInput } from '../common/types.js';
import type { Connection } from '../connection/connect.js';
import type { IncludedExtrinsic } from '../tx/errors.js';
import { type SignerInput, type SubmitOptions, submitExtrinsic } from '../tx/submitExtrinsic.js';

/** Deletes offering `oid` of the signer's business (`EncointerBazaar.delete_offering`). */
export const deleteOffering = (
  conn: Connection,
  p: { cid: CidInput; signer: SignerInput; oid: number } & SubmitOptions,
): Promise<IncludedExtrinsic> =>
  submitExtrinsic(
    conn,
    conn.api.tx.EncointerBazaar.delete_offering({ cid: toPapiCid(p.cid), oid: p.oid }),
    p.signer,
    p,
  );
