// spec: ceremonies §7.8 (judge), §7.9 step 5 (error mapping), §1 MeetupResult
import { InvalidInputError } from '../common/errors.js';
import { excludeByAttestations } from './attestations.js';
import { earlyRewardsPossible } from './earlyPayout.js';
import { palletThreshold } from './threshold.js';
import type { AttestationThreshold, Exclusion, LocalAttestations, LocalIndex } from './types.js';
import { excludeNoVote, excludeWrongVote, majorityVote } from './votes.js';

export interface ValidateMeetupParameters {
  /**
   * One entry per assigned participant in reference order (ceremonies §7.6); the position is the local index.
   * `undefined` or 0 means "did not vote". Votes are u32 counts of people present, the voter included.
   */
  readonly votes: readonly (number | undefined)[];
  /** Outgoing lists by attestor in local indices (attestors beyond the list have none). Duplicates allowed. */
  readonly attestations: LocalAttestations;
  /** Defaults to the pallet threshold; the §9.12 unit vectors use `simplifiedThreshold`. */
  readonly threshold?: AttestationThreshold;
}

/** Reference `MeetupResult` variants other than `Ok`, i.e. what a failed evaluation stores or returns. */
export type MeetupValidationError = 'VotesNotDependable' | 'MeetupValidationIndexOutOfBounds';
/** The validation library's own error, before the pallet maps it to a `MeetupValidationError`. */
export type MeetupValidationCause = 'BallotEmpty' | 'NoDependableVote' | 'IndexOutOfBounds';

export interface MeetupValidated {
  readonly ok: true;
  /** Participants to reward, ascending local index (the order rewards are issued). */
  readonly rewarded: LocalIndex[];
  /** Everyone else, in the order the reference emits `NoReward` events. */
  readonly excluded: Exclusion[];
  /** Rewards may be claimed during Attesting (`false` → `EarlyRewardsNotPossible` there). */
  readonly earlyPayoutAllowed: boolean;
  /** The majority vote (`n_confirmed`). */
  readonly confirmedVote: number;
  readonly unanimous: boolean;
}

export interface MeetupNotValidated {
  readonly ok: false;
  readonly error: MeetupValidationError;
  readonly cause: MeetupValidationCause;
}

export type ValidateMeetupReturnType = MeetupValidated | MeetupNotValidated;

const fail = (cause: MeetupValidationCause): MeetupNotValidated => ({
  ok: false,
  error: cause === 'IndexOutOfBounds' ? 'MeetupValidationIndexOutOfBounds' : 'VotesNotDependable',
  cause,
});

const isU32 = (v: number): boolean => Number.isInteger(v) && v >= 0 && v <= 0xffff_ffff;

/**
 * Judges a meetup: who is rewarded, who is not and why, and whether an early payout is allowed.
 * @example validateMeetup({ votes: [3, 3, 3], attestations: [[1, 2], [0, 2], [0, 1]] }) // ok, rewarded [0, 1, 2]
 */
export function validateMeetup({
  votes,
  attestations,
  threshold = palletThreshold,
}: ValidateMeetupParameters): ValidateMeetupReturnType {
  const assigned = votes.length;
  votes.forEach((v, i) => {
    if (v !== undefined && !isU32(v)) throw new InvalidInputError(`votes[${i}]`, `${v} is not a u32 vote`);
  });
  // The reference reaches IndexOutOfBounds only defensively (accounts outside the meetup are dropped when lists
  // are mapped to local indices); we check up front so a malformed input can never be half-judged.
  const inBounds = (j: number) => Number.isInteger(j) && j >= 0 && j < assigned;
  if (attestations.length > assigned || !attestations.every((list) => list.every(inBounds))) {
    return fail('IndexOutOfBounds');
  }
  const lists: LocalAttestations = Array.from({ length: assigned }, (_, i) => attestations[i] ?? []);

  let legit: LocalIndex[] = Array.from({ length: assigned }, (_, i) => i);
  const excluded: Exclusion[] = [];
  const drop = (out: Exclusion[]) => {
    excluded.push(...out);
    const gone = new Set(out.map((e) => e.index));
    legit = legit.filter((i) => !gone.has(i));
  };

  drop(excludeNoVote(legit, votes));

  const majority = majorityVote(legit, votes);
  if (majority === undefined) return fail('BallotEmpty');
  if (majority.count < 3) return fail('NoDependableVote');
  drop(excludeWrongVote(legit, votes, majority.vote));

  const earlyPayoutAllowed = earlyRewardsPossible(legit, lists, assigned, majority.vote, majority.unanimous);

  drop(excludeByAttestations(legit, lists, threshold));
  return {
    ok: true,
    rewarded: legit,
    excluded,
    earlyPayoutAllowed,
    confirmedVote: majority.vote,
    unanimous: majority.unanimous,
  };
}
