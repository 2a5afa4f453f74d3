// spec: ceremonies §7.6 (get_meetup_index)
import { assignmentFn } from './assignmentFn.js';
import type { Assignment, AssignmentCount, AssignmentParams, ParticipantRef } from './types.js';

/**
 * The 0-based position of a registrant in its class group and the params that group uses, or `undefined` if the
 * registrant is beyond the assigned prefix of its registry (or has index 0, i.e. is absent).
 */
export const assignmentPosition = (
  participant: ParticipantRef,
  assignment: Assignment,
  counts: AssignmentCount,
): { readonly position: bigint; readonly params: AssignmentParams } | undefined => {
  const k = participant.index - 1n;
  if (k < 0n) return undefined;
  switch (participant.class) {
    case 'Bootstrapper':
      return k < counts.bootstrappers
        ? { position: k, params: assignment.bootstrappersReputables }
        : undefined;
    case 'Reputable':
      return k < counts.reputables
        ? { position: k + counts.bootstrappers, params: assignment.bootstrappersReputables }
        : undefined;
    case 'Endorsee':
      return k < counts.endorsees ? { position: k, params: assignment.endorsees } : undefined;
    case 'Newbie':
      return k < counts.newbies ? { position: k, params: assignment.newbies } : undefined;
  }
};

/**
 * The **1-based** meetup of a registrant (class and 1-based registry index), or `undefined` if it is not assigned
 * or no assignment exists (params all zero, or no meetups).
 *
 * @example
 * meetupIndexOf({ class: 'Bootstrapper', index: 1n }, assignment, counts, meetupCount); // e.g. 2n
 */
export const meetupIndexOf = (
  participant: ParticipantRef,
  assignment: Assignment,
  counts: AssignmentCount,
  meetupCount: bigint,
): bigint | undefined => {
  const at = assignmentPosition(participant, assignment, counts);
  if (at === undefined) return undefined;
  const meetup = assignmentFn(at.position, at.params, meetupCount);
  return meetup === undefined ? undefined : meetup + 1n;
};
