// spec: economy §6.6 (`submit_proposal`: any signed account, no deposit), tooling §1.7.6
import type { Connection } from '../connection/connect.js';
import type { IncludedExtrinsic } from '../tx/errors.js';
import { offlineTransaction } from '../tx/offlineTransaction.js';
import { findEvent, type SignerInput, type SubmitOptions, submitExtrinsic } from '../tx/submitExtrinsic.js';
import { type ProposalAction, toPapiProposalAction } from './proposalAction.js';

export interface SubmitProposalReturnType extends IncludedExtrinsic {
  /** From `ProposalSubmitted`. */
  readonly proposalId: bigint | undefined;
}

/**
 * Submits a democracy proposal (`EncointerDemocracy.submit_proposal`) and returns its id.
 * @example await submitProposal(conn, { signer: alice, action: { type: 'SetInactivityTimeout', timeout: 8 } });
 */
export const submitProposal = async (
  conn: Connection,
  p: { signer: SignerInput; action: ProposalAction } & SubmitOptions,
): Promise<SubmitProposalReturnType> => {
  const args = { proposal_action: toPapiProposalAction(p.action) };
  // papi's value check rejects `SetOnboardingExponent(u8, u8)` that its codec accepts: bypass the check.
  const tx =
    p.action.type === 'SetOnboardingExponent'
      ? offlineTransaction(conn, 'EncointerDemocracy', 'submit_proposal', args)
      : conn.api.tx.EncointerDemocracy.submit_proposal(args);
  const included = await submitExtrinsic(conn, tx, p.signer, p);
  const e = findEvent(included, 'EncointerDemocracy', 'ProposalSubmitted');
  return {
    ...included,
    proposalId: e === undefined ? undefined : BigInt((e.value as { proposal_id: bigint }).proposal_id),
  };
};
