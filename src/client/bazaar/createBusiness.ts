// spec: economy §4.3 (`create_business`, `update_business`), tooling §1.7.7
import { textToBytes, toPapiCid } from '../common/convert.js';
import type { CidInput } from '../common/types.js';
import type { Connection } from '../connection/connect.js';
import type { IncludedExtrinsic } from '../tx/errors.js';
import { type SignerInput, type SubmitOptions, submitExtrinsic } from '../tx/submitExtrinsic.js';

export interface BusinessParameters extends SubmitOptions {
  cid: CidInput;
  /** The controller. */
  signer: SignerInput;
  /** The business description's IPFS CID (any text up to 256 bytes). */
  url: string;
}

/** Registers the signer's business in a community (`EncointerBazaar.create_business`). */
export const createBusiness = (conn: Connection, p: BusinessParameters): Promise<IncludedExtrinsic> =>
  submitExtrinsic(
    conn,
    conn.api.tx.EncointerBazaar.create_business({ cid: toPapiCid(p.cid), url: textToBytes(p.url) }),
    p.signer,
    p,
  );

/** Replaces the signer's business URL (`EncointerBazaar.update_business`). */
export const updateBusiness = (conn: Connection, p: BusinessParameters): Promise<IncludedExtrinsic> =>
  submitExtrinsic(
    conn,
    conn.api.tx.EncointerBazaar.update_business({ cid: toPapiCid(p.cid), url: textToBytes(p.url) }),
    p.signer,
    p,
  );
