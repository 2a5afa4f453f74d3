// spec: ceremonies §7.6 (get_meetup_participants)
import { assignmentFnInverse } from './assignmentFn.js';
import { GetMeetupParticipantsError, InvalidMeetupIndexError } from './errors.js';
import type { Assignment, AssignmentCount, AssignmentParams, ParticipantRef } from './types.js';

const inverseOrFail = (
  j: bigint,
  params: AssignmentParams,
  meetups: bigint,
  count: bigint,
  group: string,
) => {
  const positions = assignmentFnInverse(j, params, meetups, count);
  if (positions === undefined) throw new GetMeetupParticipantsError(`no modular inverse of s1 for ${group}`);
  return positions;
};

/**
 * The registrants of the **1-based** meetup `meetupIndex`, as class + 1-based registry index, in the reference
 * order: bootstrappers and reputables interleaved as the inverse yields them, then endorsees, then newbies.
 * QUIRK: ceremonies §10 item 6 — this order defines local indices in meetup validation, so keep it.
 * The runtime resolves each reference through its registry and skips missing entries.
 * Throws InvalidMeetupIndexError outside `1..=meetupCount`, GetMeetupParticipantsError if an inverse fails.
 *
 * @example
 * meetupParticipants(1n, assignment, counts, 2n); // [{ class: 'Bootstrapper', index: 2n }, …]
 */
export const meetupParticipants = (
  meetupIndex: bigint,
  assignment: Assignment,
  counts: AssignmentCount,
  meetupCount: bigint,
): ParticipantRef[] => {
  if (meetupIndex < 1n || meetupIndex > meetupCount)
    throw new InvalidMeetupIndexError(meetupIndex, meetupCount);
  const j = meetupIndex - 1n;
  const out: ParticipantRef[] = [];
  const brCount = counts.bootstrappers + counts.reputables;
  for (const p of inverseOrFail(
    j,
    assignment.bootstrappersReputables,
    meetupCount,
    brCount,
    'bootstrappers',
  )) {
    if (p < counts.bootstrappers) out.push({ class: 'Bootstrapper', index: p + 1n });
    else out.push({ class: 'Reputable', index: p - counts.bootstrappers + 1n });
  }
  for (const p of inverseOrFail(j, assignment.endorsees, meetupCount, counts.endorsees, 'endorsees')) {
    out.push({ class: 'Endorsee', index: p + 1n });
  }
  for (const p of inverseOrFail(j, assignment.newbies, meetupCount, counts.newbies, 'newbies')) {
    out.push({ class: 'Newbie', index: p + 1n });
  }
  return out;
};
