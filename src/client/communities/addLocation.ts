// spec: ceremonies §6.6 (`add_location`, Registering phase only), tooling §1.7.3 (`community location add`)
import type { Location } from '../../primitives/geo/location.js';
import { toPapiCid, toPapiLocation } from '../common/convert.js';
import type { CidInput } from '../common/types.js';
import type { Connection } from '../connection/connect.js';
import type { IncludedExtrinsic } from '../tx/errors.js';
import { type WrapCall, wrapPrivileged } from '../tx/privileged.js';
import { type SignerInput, type SubmitOptions, submitExtrinsic } from '../tx/submitExtrinsic.js';

export interface AddLocationParameters extends SubmitOptions {
  cid: CidInput;
  location: Location;
  signer: SignerInput;
  /** Default `none`: on the dev runtime any signed account may add locations. */
  wrap?: WrapCall | undefined;
}

export type AddLocationReturnType = IncludedExtrinsic;

/** `EncointerCommunities.add_location(cid, location)`; the pallet rejects it outside Registering. */
export const addLocation = async (
  conn: Connection,
  p: AddLocationParameters,
): Promise<AddLocationReturnType> => {
  const call = conn.api.tx.EncointerCommunities.add_location({
    cid: toPapiCid(p.cid),
    location: toPapiLocation(p.location),
  });
  return submitExtrinsic(conn, await wrapPrivileged(conn, call, p.wrap ?? 'none'), p.signer, p);
};
