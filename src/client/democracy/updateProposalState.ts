// spec: economy §6.6 (`update_proposal_state`), §6.8 (lazy state machine)
import type { Connection } from '../connection/connect.js';
import type { IncludedExtrinsic } from '../tx/errors.js';
import { type SignerInput, type SubmitOptions, submitExtrinsic } from '../tx/submitExtrinsic.js';

/** Re-evaluates a proposal's state (`EncointerDemocracy.update_proposal_state`). */
export const updateProposalState = (
  conn: Connection,
  p: { signer: SignerInput; proposalId: bigint | number } & SubmitOptions,
): Promise<IncludedExtrinsic> =>
  submitExtrinsic(
    conn,
    conn.api.tx.EncointerDemocracy.update_proposal_state({ proposal_id: BigInt(p.proposalId) }),
    p.signer,
    p,
  );
