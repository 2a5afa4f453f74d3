// spec: economy §6.6 (`vote`: reputations inside the window count once per proposal), tooling §1.7.6
import { toPapiCid } from '../common/convert.js';
import type { CidInput } from '../common/types.js';
import type { Connection } from '../connection/connect.js';
import type { IncludedExtrinsic } from '../tx/errors.js';
import { findEvent, type SignerInput, type SubmitOptions, submitExtrinsic } from '../tx/submitExtrinsic.js';

export interface VoteParameters extends SubmitOptions {
  signer: SignerInput;
  proposalId: bigint | number;
  vote: 'Aye' | 'Nay';
  /** The (cid, cindex) attendances to vote with. */
  reputations: readonly { cid: CidInput; cindex: number }[];
}

export interface VoteReturnType extends IncludedExtrinsic {
  /** Votes counted (`VotePlaced.num_votes`); 0 when none counted (`VoteFailed`, the call still succeeds). */
  readonly votes: bigint;
}

/** Votes on a proposal with reputations (`EncointerDemocracy.vote`). */
export const vote = async (conn: Connection, p: VoteParameters): Promise<VoteReturnType> => {
  const included = await submitExtrinsic(
    conn,
    conn.api.tx.EncointerDemocracy.vote({
      proposal_id: BigInt(p.proposalId),
      vote: { type: p.vote, value: undefined },
      reputations: p.reputations.map((r) => [toPapiCid(r.cid), r.cindex]),
    }),
    p.signer,
    p,
  );
  const placed = findEvent(included, 'EncointerDemocracy', 'VotePlaced');
  return {
    ...included,
    votes: placed === undefined ? 0n : BigInt((placed.value as { num_votes: bigint }).num_votes),
  };
};
