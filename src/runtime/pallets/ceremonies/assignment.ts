// spec: ceremonies §3 (one RNG shared by all communities), §7.6 (assignment hook, meetup index/participants/
// location/time)
import {
  type Assignment,
  attestingStart,
  generateAllMeetupAssignments,
  meetupIndexOf,
  meetupLocationIndex,
  meetupParticipants,
  meetupTime,
} from '../../../primitives/assignment/index.js';
import { ArithmeticOverflowError } from '../../../primitives/common/errors.js';
import type { Location, Assignment as StoredAssignment } from '../../../primitives/scale/index.js';
import type { Env } from '../../framework/pallet.js';
import type { StateReader } from '../../framework/state.js';
import type { AccountId } from '../../types/substrate.js';
import { getCommunityIdentifiers, getLocations } from '../communities/communities.js';
import {
  CurrentCeremonyIndex,
  CurrentPhase,
  NextPhaseTimestamp,
  PhaseDurations,
} from '../scheduler/storage.js';
import { assignmentConfigOf, type CeremoniesConfig } from './config.js';
import { accountAt, registeredCounts, registrationOf } from './registry.js';
import {
  AssignmentCounts,
  Assignments,
  type CommunityCeremony,
  MeetupCount,
  MeetupTimeOffset,
} from './storage.js';

/**
 * The one place where the assignment primitives' camelCase `Assignment` meets the SCALE/storage shape
 * (`bootstrappers_reputables`). Both directions, so nothing else needs to know.
 */
export const toStoredAssignment = (a: Assignment): StoredAssignment => ({
  bootstrappers_reputables: a.bootstrappersReputables,
  endorsees: a.endorsees,
  newbies: a.newbies,
  locations: a.locations,
});
export const fromStoredAssignment = (a: StoredAssignment): Assignment => ({
  bootstrappersReputables: a.bootstrappers_reputables,
  endorsees: a.endorsees,
  newbies: a.newbies,
  locations: a.locations,
});

/**
 * `generate_all_meetup_assignment_params`: one RNG from the block's seed, shared by every community in
 * `CommunityIdentifiers` order (QUIRK: ceremonies §10 item 4). Communities with no locations or overflowing
 * maths are skipped (the reference only logs); those with fewer than `MeetupMinSize` get nothing stored.
 */
export const generateAllMeetupAssignmentParams = (env: Env, config: CeremoniesConfig): void => {
  const cindex = CurrentCeremonyIndex.get(env.state);
  const cids = getCommunityIdentifiers(env.state);
  const outcomes = generateAllMeetupAssignments(
    env.randomSeed(),
    cids.map((cid) => ({
      locationCount: BigInt(getLocations(env.state, cid).length),
      registered: registeredCounts(env.state, [cid, cindex]),
    })),
    assignmentConfigOf(config),
  );
  outcomes.forEach((outcome, i) => {
    if (outcome.kind !== 'assigned') return;
    const cc: CommunityCeremony = [cids[i]!, cindex];
    Assignments.set(env.state, cc, toStoredAssignment(outcome.result.assignment));
    AssignmentCounts.set(env.state, cc, outcome.result.counts);
    MeetupCount.set(env.state, cc, outcome.result.meetupCount);
  });
};

/** `get_meetup_index`: the 1-based meetup of `who`, or `undefined` if not registered or not assigned. */
export const getMeetupIndex = (
  state: StateReader,
  cc: CommunityCeremony,
  who: AccountId,
): bigint | undefined => {
  const registration = registrationOf(state, cc, who);
  if (registration === undefined) return undefined;
  return meetupIndexOf(
    registration,
    fromStoredAssignment(Assignments.get(state, cc)),
    AssignmentCounts.get(state, cc),
    MeetupCount.get(state, cc),
  );
};

/**
 * `get_meetup_participants`: the accounts of a 1-based meetup, in the reference order that defines local indices
 * in validation (QUIRK: ceremonies §10 item 6). Missing registry entries are skipped. Throws the assignment
 * primitives' InvalidMeetupIndexError / GetMeetupParticipantsError.
 */
export const getMeetupParticipants = (
  state: StateReader,
  cc: CommunityCeremony,
  meetupIndex: bigint,
): AccountId[] =>
  meetupParticipants(
    meetupIndex,
    fromStoredAssignment(Assignments.get(state, cc)),
    AssignmentCounts.get(state, cc),
    MeetupCount.get(state, cc),
  ).flatMap((ref) => {
    const who = accountAt(state, cc, ref);
    return who === undefined ? [] : [who];
  });

/**
 * 0-based index into the community's current locations of a 1-based meetup, or `undefined` (no locations, no
 * assignment). QUIRK: ceremonies §10 item 5 — the 1-based index goes into the assignment function.
 */
export const getMeetupLocationIndex = (
  state: StateReader,
  cc: CommunityCeremony,
  meetupIndex: bigint,
): bigint | undefined =>
  meetupLocationIndex(
    meetupIndex,
    Assignments.get(state, cc).locations,
    BigInt(getLocations(state, cc[0]).length),
  );

/** `get_meetup_location`: the location of a 1-based meetup, or `undefined`. */
export const getMeetupLocation = (
  state: StateReader,
  cc: CommunityCeremony,
  meetupIndex: bigint,
): Location | undefined => {
  const index = getMeetupLocationIndex(state, cc, meetupIndex);
  return index === undefined ? undefined : getLocations(state, cc[0])[Number(index)];
};

/**
 * `get_meetup_time`: local solar noon at `location` during the current Attesting phase, plus `MeetupTimeOffset`;
 * `undefined` outside Attesting or when the phase start or the time falls outside u64.
 */
export const getMeetupTime = (
  state: StateReader,
  location: Location,
  config: CeremoniesConfig,
): bigint | undefined => {
  if (CurrentPhase.get(state) !== 'Attesting') return undefined;
  const start = attestingStart(NextPhaseTimestamp.get(state), PhaseDurations.get(state, 'Attesting'));
  if (start < 0n) return undefined;
  try {
    return meetupTime({
      attestingStart: start,
      location,
      momentsPerDay: config.momentsPerDay,
      meetupTimeOffset: MeetupTimeOffset.get(state),
    });
  } catch (e) {
    if (e instanceof ArithmeticOverflowError) return undefined;
    throw e;
  }
};
