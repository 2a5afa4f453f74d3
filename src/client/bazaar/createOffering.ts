// spec: economy §4.3 (`create_offering`, oid := last_oid), tooling §1.7.7 (`bazaar offering create`)
import { textToBytes, toPapiCid } from '../common/convert.js';
import type { CidInput } from '../common/types.js';
import type { Connection } from '../connection/connect.js';
import type { IncludedExtrinsic } from '../tx/errors.js';
import { findEvent, type SignerInput, type SubmitOptions, submitExtrinsic } from '../tx/submitExtrinsic.js';

export interface CreateOfferingReturnType extends IncludedExtrinsic {
  /** The new offering's id (from `OfferingCreated`). */
  readonly oid: number | undefined;
}

/** Adds an offering to the signer's business (`EncointerBazaar.create_offering`). */
export const createOffering = async (
  conn: Connection,
  p: { cid: CidInput; signer: SignerInput; url: string } & SubmitOptions,
): Promise<CreateOfferingReturnType> => {
  const included = await submitExtrinsic(
    conn,
    conn.api.tx.EncointerBazaar.create_offering({ cid: toPapiCid(p.cid), url: textToBytes(p.url) }),
    p.signer,
    p,
  );
  const e = findEvent(included, 'EncointerBazaar', 'OfferingCreated');
  return { ...included, oid: e === undefined ? undefined : Number((e.value as unknown[])[2]) };
};
