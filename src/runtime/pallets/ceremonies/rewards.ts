// spec: ceremonies §7.8 (validation input), §7.9 (claim_rewards), §7.16 (reputation counting)
import { EncointerError } from '../../../primitives/common/errors.js';
import type { CommunityIdentifier, MeetupResult } from '../../../primitives/scale/index.js';
import { toLocalAttestations, validateMeetup } from '../../../primitives/validation/index.js';
import type { Env } from '../../framework/pallet.js';
import type { StateReader } from '../../framework/state.js';
import type { AccountId } from '../../types/substrate.js';
import { getNominalIncome } from '../communities/communities.js';
import { issue } from '../encointerBalances/balances.js';
import { CurrentCeremonyIndex, CurrentPhase } from '../scheduler/storage.js';
import { getMeetupIndex } from './assignment.js';
import { meetupParticipantsOrFail } from './attestation.js';
import { fail } from './errors.js';
import { saturatingSub } from './reputation.js';
import {
  AttestationIndex,
  AttestationRegistry,
  CeremonyReward,
  type CommunityCeremony,
  GlobalReputationCount,
  IssuedRewards,
  MeetupParticipantCountVote,
  PALLET,
  ParticipantReputation,
  ReputationCount,
} from './storage.js';

const U128_MAX = (1n << 128n) - 1n;
const saturatingAddU128 = (a: bigint, b: bigint): bigint => (a + b > U128_MAX ? U128_MAX : a + b);

/** The UBI per attendee: the community's nominal income if set, else `CeremonyReward`. */
export const rewardOf = (state: StateReader, cid: CommunityIdentifier): bigint =>
  getNominalIncome(state, cid) ?? CeremonyReward.get(state);

/** Judges one meetup from its stored votes and attestations (ceremonies §7.8 input mapping). */
export const judgeMeetup = (state: StateReader, cc: CommunityCeremony, participants: readonly AccountId[]) =>
  validateMeetup({
    votes: participants.map((p) => MeetupParticipantCountVote.get(state, cc, p)),
    attestations: toLocalAttestations(participants, (p) => {
      const slot = AttestationIndex.get(state, cc, p);
      return slot === 0n ? undefined : AttestationRegistry.get(state, cc, slot);
    }),
  });

/**
 * Issues the reward to each participant in order; a participant whose issue fails is neither verified nor
 * counted, and the claim goes on. As in the reference, `issue` runs in the claim's own storage layer, so what it
 * wrote before failing stays. Returns how many were rewarded.
 */
const issueRewards = (env: Env, cc: CommunityCeremony, rewarded: readonly AccountId[]): bigint => {
  const [cid, cindex] = cc;
  const reward = rewardOf(env.state, cid);
  let count = 0n;
  for (const who of rewarded) {
    try {
      issue(env, cid, who, reward);
    } catch (e) {
      if (e instanceof EncointerError) continue;
      throw e;
    }
    ParticipantReputation.set(env.state, cc, who, { tag: 'VerifiedUnlinked', value: undefined });
    count += 1n;
  }
  ReputationCount.mutate(env.state, cc, (c) => saturatingAddU128(c, count));
  GlobalReputationCount.mutate(env.state, cindex, (c) => saturatingAddU128(c, count));
  return count;
};

/**
 * `claim_rewards` (call 5), by anyone: evaluates a meetup of the ceremony that just ended (Registering) or, if
 * the meetup is "perfect", of the running one (Attesting), and pays its legitimate attendees.
 * A failed evaluation during Registering closes the meetup without rewards and succeeds.
 */
export const claimRewards = (
  env: Env,
  sender: AccountId,
  cid: CommunityIdentifier,
  maybeMeetupIndex: bigint | undefined,
): void => {
  const phase = CurrentPhase.get(env.state);
  if (phase === 'Assigning') throw fail('WrongPhaseForClaimingRewards');
  const current = CurrentCeremonyIndex.get(env.state);
  const cindex = phase === 'Registering' ? saturatingSub(current, 1) : current;
  const cc: CommunityCeremony = [cid, cindex];
  const meetupIndex = maybeMeetupIndex ?? getMeetupIndex(env.state, cc, sender);
  if (meetupIndex === undefined) throw fail('ParticipantIsNotRegistered');
  if (IssuedRewards.exists(env.state, cc, meetupIndex)) throw fail('RewardsAlreadyIssued');
  const participants = meetupParticipantsOrFail(env.state, cc, meetupIndex);
  const judgement = judgeMeetup(env.state, cc, participants);
  if (!judgement.ok) {
    if (phase === 'Attesting') throw fail(judgement.error);
    const result: MeetupResult = judgement.error;
    IssuedRewards.set(env.state, cc, meetupIndex, result);
    env.deposit(PALLET, { tag: 'MeetupEvaluated', value: [cid, meetupIndex, result] });
    return;
  }
  if (phase === 'Attesting' && !judgement.earlyPayoutAllowed) throw fail('EarlyRewardsNotPossible');
  for (const { index, reason } of judgement.excluded) {
    env.deposit(PALLET, {
      tag: 'NoReward',
      value: { cid, cindex, meetup_index: meetupIndex, account: participants[index]!, reason },
    });
  }
  const rewarded = judgement.rewarded.map((i) => participants[i]!);
  issueRewards(env, cc, rewarded);
  IssuedRewards.set(env.state, cc, meetupIndex, 'Ok');
  // `len(legit) as u8`: the reference truncates.
  env.deposit(PALLET, { tag: 'RewardsIssued', value: [cid, meetupIndex, rewarded.length & 0xff] });
};
