// spec: economy §6.3 (ConfirmationPeriod, ProposalLifetime, MinTurnout, MaxReputationCount), §6.5 (window inputs)
import type { ReadOptions } from '../common/types.js';
import type { Connection } from '../connection/connect.js';
import { getPhaseDurations } from '../scheduler/getPhaseDurations.js';

export interface DemocracyParameters {
  /** ms a proposal must keep passing before approval (strict `>`). */
  readonly confirmationPeriod: bigint;
  /** ms after which a proposal that is not confirming is rejected (strict `>`). */
  readonly proposalLifetime: bigint;
  /** Minimum turnout in ‰ of the electorate. */
  readonly minTurnoutPermille: bigint;
  /** Most reputations one `vote` call may list. */
  readonly maxReputationCount: number;
  /** `EncointerCeremonies.ReputationLifetime` (cycles), read at the block. */
  readonly reputationLifetime: number;
  /** Sum of the three phase durations (ms), read at the block. */
  readonly cycleDuration: bigint;
}

/** The democracy constants and the current values its voting window depends on. */
export const getDemocracyParameters = async (
  conn: Connection,
  { at = 'best' }: ReadOptions = {},
): Promise<DemocracyParameters> => {
  const c = conn.api.constants.EncointerDemocracy;
  const [confirmationPeriod, proposalLifetime, minTurnout, maxReputationCount, lifetime, durations] =
    await Promise.all([
      c.ConfirmationPeriod() as Promise<bigint>,
      c.ProposalLifetime() as Promise<bigint>,
      c.MinTurnout() as Promise<bigint>,
      c.MaxReputationCount() as Promise<number>,
      conn.api.query.EncointerCeremonies.ReputationLifetime.getValue({ at }) as Promise<number>,
      getPhaseDurations(conn, { at }),
    ]);
  return {
    confirmationPeriod: BigInt(confirmationPeriod),
    proposalLifetime: BigInt(proposalLifetime),
    minTurnoutPermille: BigInt(minTurnout),
    maxReputationCount: Number(maxReputationCount),
    reputationLifetime: Number(lifetime),
    cycleDuration: durations.Registering + durations.Assigning + durations.Attesting,
  };
};
