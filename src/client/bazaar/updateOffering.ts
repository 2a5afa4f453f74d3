// spec: economy §4.3 (`update_offering`: replace the url of one of the signer's offerings)
import { textToBytes, toPapiCid } from '../common/convert.js';
import type { CidInput } from '../common/types.js';
import type { Connection } from '../connection/connect.js';
import type { IncludedExtrinsic } from '../tx/errors.js';
import { type SignerInput, type SubmitOptions, submitExtrinsic } from '../tx/submitExtrinsic.js';

/** Replaces the url of offering `oid` of the signer's business (`EncointerBazaar.update_offering`). */
export const updateOffering = (
  conn: Connection,
  p: { cid: CidInput; signer: SignerInput; oid: number; url: string } & SubmitOptions,
): Promise<IncludedExtrinsic> =>
  submitExtrinsic(
    conn,
    conn.api.tx.EncointerBazaar.update_offering({
      cid: toPapiCid(p.cid),
      oid: p.oid,
      url: textToBytes(p.url),
    }),
    p.signer,
    p,
  );
