// spec: ceremonies §6.6 (`remove_location`: CommunityMaster, Registering phase only), tooling §1.7.3 (`location remove`)
import type { Location } from '../../primitives/geo/location.js';
import { toPapiCid, toPapiLocation } from '../common/convert.js';
import type { CidInput } from '../common/types.js';
import type { Connection } from '../connection/connect.js';
import type { IncludedExtrinsic } from '../tx/errors.js';
import { type WrapCall, wrapPrivileged } from '../tx/privileged.js';
import { type SignerInput, type SubmitOptions, submitExtrinsic } from '../tx/submitExtrinsic.js';

export interface RemoveLocationParameters extends SubmitOptions {
  cid: CidInput;
  location: Location;
  signer: SignerInput;
  /** Default `auto`: removing needs the community master (Root on dev), so Sudo wraps it where present. */
  wrap?: WrapCall | undefined;
}

/** `EncointerCommunities.remove_location(cid, location)`. */
export const removeLocation = async (
  conn: Connection,
  p: RemoveLocationParameters,
): Promise<IncludedExtrinsic> => {
  const call = conn.api.tx.EncointerCommunities.remove_location({
    cid: toPapiCid(p.cid),
    location: toPapiLocation(p.location),
  });
  return submitExtrinsic(conn, await wrapPrivileged(conn, call, p.wrap ?? 'auto'), p.signer, p);
};
