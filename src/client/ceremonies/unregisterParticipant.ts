// spec: ceremonies §7.5 (`unregister_participant`: Registering only; reputables name the linked reputation)
import { toPapiCid } from '../common/convert.js';
import type { CidInput } from '../common/types.js';
import type { Connection } from '../connection/connect.js';
import type { IncludedExtrinsic } from '../tx/errors.js';
import { type SignerInput, type SubmitOptions, submitExtrinsic } from '../tx/submitExtrinsic.js';

export interface UnregisterParticipantParameters extends SubmitOptions {
  cid: CidInput;
  signer: SignerInput;
  /** For a reputable: the (cid, cindex) of the reputation that was linked, to unlink it again. */
  reputation?: { cid: CidInput; cindex: number } | undefined;
}

/** Withdraws the signer's registration (`EncointerCeremonies.unregister_participant`). */
export const unregisterParticipant = (
  conn: Connection,
  p: UnregisterParticipantParameters,
): Promise<IncludedExtrinsic> =>
  submitExtrinsic(
    conn,
    conn.api.tx.EncointerCeremonies.unregister_participant({
      cid: toPapiCid(p.cid),
      maybe_reputation_community_ceremony:
        p.reputation === undefined ? undefined : [toPapiCid(p.reputation.cid), p.reputation.cindex],
    }),
    p.signer,
    p,
  );
