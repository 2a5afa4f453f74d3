// spec: economy §4.3 (`delete_business`: removes the business and all its offerings)
import { toPapiCid } from '../common/convert.js';
import type { CidInput } from '../common/types.js';
import type { Connection } from '../connection/connect.js';
import type { IncludedExtrinsic } from '../tx/errors.js';
import { type SignerInput, type SubmitOptions, submitExtrinsic } from '../tx/submitExtrinsic.js';

/** Deletes the signer's business in a community, with all its offerings (`EncointerBazaar.delete_business`). */
export const deleteBusiness = (
  conn: Connection,
  p: { cid: CidInput; signer: SignerInput } & SubmitOptions,
): Promise<IncludedExtrinsic> =>
  submitExtrinsic(conn, conn.api.tx.EncointerBazaar.delete_business({ cid: toPapiCid(p.cid) }), p.signer, p);
