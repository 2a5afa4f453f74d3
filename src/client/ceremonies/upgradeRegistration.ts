// spec: ceremonies §7.5 (`upgrade_registration`: Newbie → Reputable with a proof)
import { toPapiCid } from '../common/convert.js';
import type { CidInput } from '../common/types.js';
import type { Connection } from '../connection/connect.js';
import type { IncludedExtrinsic } from '../tx/errors.js';
import { type SignerInput, type SubmitOptions, submitExtrinsic } from '../tx/submitExtrinsic.js';
import { type ProofOfAttendance, toPapiProof } from './proofOfAttendance.js';

/** Upgrades the signer's newbie registration to reputable (`EncointerCeremonies.upgrade_registration`). */
export const upgradeRegistration = (
  conn: Connection,
  p: { cid: CidInput; signer: SignerInput; proof: ProofOfAttendance } & SubmitOptions,
): Promise<IncludedExtrinsic> =>
  submitExtrinsic(
    conn,
    conn.api.tx.EncointerCeremonies.upgrade_registration({
      cid: toPapiCid(p.cid),
      proof: toPapiProof(p.proof),
    }),
    p.signer,
    p,
  );
