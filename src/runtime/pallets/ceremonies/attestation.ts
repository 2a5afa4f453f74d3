// spec: ceremonies §7.7 (attest_attendees)
import { GetMeetupParticipantsError, InvalidMeetupIndexError } from '../../../primitives/assignment/index.js';
import { bytesEqual } from '../../../primitives/common/bytes.js';
import type { CommunityIdentifier } from '../../../primitives/scale/index.js';
import type { Env } from '../../framework/pallet.js';
import type { StateReader } from '../../framework/state.js';
import type { AccountId } from '../../types/substrate.js';
import { communityExists } from '../communities/communities.js';
import { CurrentCeremonyIndex, CurrentPhase } from '../scheduler/storage.js';
import { getMeetupIndex, getMeetupLocation, getMeetupParticipants, getMeetupTime } from './assignment.js';
import type { CeremoniesConfig } from './config.js';
import { fail } from './errors.js';
import {
  AttestationCount,
  AttestationIndex,
  AttestationRegistry,
  type CommunityCeremony,
  MeetupParticipantCountVote,
  PALLET,
} from './storage.js';

const U64_MAX = (1n << 64n) - 1n;

/** `get_meetup_participants` with the primitives' errors mapped to the pallet's. */
export const meetupParticipantsOrFail = (
  state: StateReader,
  cc: CommunityCeremony,
  meetupIndex: bigint,
): AccountId[] => {
  try {
    return getMeetupParticipants(state, cc, meetupIndex);
  } catch (e) {
    if (e instanceof InvalidMeetupIndexError) throw fail('InvalidMeetupIndex');
    if (e instanceof GetMeetupParticipantsError) throw fail('GetMeetupParticipantsError');
    throw e;
  }
};

/**
 * `gather_meetup_data`: meetup index, participants, location and time of `who`. Location and time are only
 * required to exist; nothing compares them with anything.
 */
const gatherMeetupData = (env: Env, config: CeremoniesConfig, cc: CommunityCeremony, who: AccountId) => {
  const meetupIndex = getMeetupIndex(env.state, cc, who);
  if (meetupIndex === undefined) throw fail('ParticipantIsNotRegistered');
  const participants = meetupParticipantsOrFail(env.state, cc, meetupIndex);
  const location = getMeetupLocation(env.state, cc, meetupIndex);
  if (location === undefined) throw fail('MeetupLocationNotFound');
  if (getMeetupTime(env.state, location, config) === undefined) throw fail('MeetupTimeCalculationError');
  return { meetupIndex, participants };
};

/**
 * `attest_attendees` (call 3): stores the sender's vote and the attendees it vouches for, replacing an earlier
 * submission. QUIRK: ceremonies §10 item 9 — kept attestees are stored in reverse input order, duplicates stay,
 * and no signature, time or location is checked.
 */
export const attestAttendees = (
  env: Env,
  config: CeremoniesConfig,
  sender: AccountId,
  cid: CommunityIdentifier,
  vote: number,
  attestations: readonly AccountId[],
): void => {
  if (CurrentPhase.get(env.state) !== 'Attesting') throw fail('AttestationPhaseRequired');
  if (!communityExists(env.state, cid)) throw fail('InexistentCommunity');
  const cc: CommunityCeremony = [cid, CurrentCeremonyIndex.get(env.state)];
  const { meetupIndex, participants } = gatherMeetupData(env, config, cc, sender);
  if (attestations.length >= participants.length) throw fail('TooManyAttestations');
  MeetupParticipantCountVote.set(env.state, cc, sender, vote);
  const kept: AccountId[] = [];
  for (const attestee of attestations) {
    if (bytesEqual(attestee, sender)) continue;
    if (!participants.some((p) => bytesEqual(p, attestee))) continue;
    kept.unshift(attestee);
  }
  if (kept.length === 0) throw fail('NoValidAttestations');
  let slot = AttestationIndex.get(env.state, cc, sender);
  if (slot === 0n) {
    slot = AttestationCount.get(env.state, cc) + 1n;
    if (slot > U64_MAX) throw fail('RegistryOverflow');
    AttestationCount.set(env.state, cc, slot);
  }
  if (kept.length > config.maxAttestations) throw fail('TooManyAttestationsInBoundedVec');
  AttestationRegistry.set(env.state, cc, slot, kept);
  AttestationIndex.set(env.state, cc, sender, slot);
  env.deposit(PALLET, { tag: 'AttestationsRegistered', value: [cid, meetupIndex, kept.length, sender] });
};
