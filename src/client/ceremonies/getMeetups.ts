// spec: ceremonies §7.6, tooling §1.7.4 (`ceremony list-meetups`, `ceremony stats`)
import type { Connection } from '../connection/connect.js';
import type { CeremonyParameters } from './getAssignment.js';
import { type MeetupContext, meetupAt, readMeetupContext } from './meetupContext.js';
import type { Meetup } from './types.js';

export interface CeremonyMeetups {
  readonly context: MeetupContext;
  readonly meetups: readonly Meetup[];
}

export type GetMeetupsReturnType = CeremonyMeetups;

/**
 * Every meetup of a community ceremony (default: the current one) with its participants, location and time,
 * computed client-side from chain state with `src/primitives/assignment`, as the pallet computes them.
 * @example
 * const { meetups } = await getMeetups(conn, { cid });
 * meetups[0].participants.map((p) => p.account)
 */
export const getMeetups = async (conn: Connection, p: CeremonyParameters): Promise<GetMeetupsReturnType> => {
  const context = await readMeetupContext(conn, p);
  const meetups: Meetup[] = [];
  for (let m = 1n; m <= context.assignment.meetupCount; m++) meetups.push(meetupAt(context, m));
  return { context, meetups };
};
