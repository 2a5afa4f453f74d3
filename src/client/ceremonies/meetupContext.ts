// spec: ceremonies §7.6 (meetup index, participants, location, time — computed like the pallet)
import { meetupIndexOf } from '../../primitives/assignment/meetupIndex.js';
import { meetupLocationIndex } from '../../primitives/assignment/meetupLocation.js';
import { meetupParticipants } from '../../primitives/assignment/meetupParticipants.js';
import { attestingStart, meetupTime } from '../../primitives/assignment/meetupTime.js';
import type { ParticipantClass, ParticipantRef } from '../../primitives/assignment/types.js';
import { ArithmeticOverflowError } from '../../primitives/common/errors.js';
import type { Location } from '../../primitives/geo/location.js';
import { sameAccount } from '../common/convert.js';
import { resolveBlock } from '../common/resolveBlock.js';
import type { AccountInput, BlockInfo } from '../common/types.js';
import { getLocations } from '../communities/getLocations.js';
import type { Connection } from '../connection/connect.js';
import { getSchedulerState, type SchedulerState } from '../scheduler/getSchedulerState.js';
import { type CeremonyAssignment, type CeremonyParameters, getAssignment } from './getAssignment.js';
import { type CeremonyParticipants, getParticipants } from './getParticipants.js';
import type { Meetup, Registration } from './types.js';

/** Everything the meetup maths needs about one community ceremony, read at one block. */
export interface MeetupContext {
  readonly block: BlockInfo;
  readonly cindex: number;
  readonly assignment: CeremonyAssignment;
  readonly participants: CeremonyParticipants;
  readonly locations: readonly Location[];
  readonly scheduler: SchedulerState;
  readonly momentsPerDay: bigint;
  readonly meetupTimeOffset: number;
}

/** Reads the context of a community ceremony (default: the current one). */
export const readMeetupContext = async (conn: Connection, p: CeremonyParameters): Promise<MeetupContext> => {
  const block = await resolveBlock(conn, p.at);
  const at = block.hash;
  const scheduler = await getSchedulerState(conn, { at });
  const cindex = p.cindex ?? scheduler.ceremonyIndex;
  const [assignment, participants, locations, momentsPerDay, offset] = await Promise.all([
    getAssignment(conn, { cid: p.cid, cindex, at }),
    getParticipants(conn, { cid: p.cid, cindex, at }),
    getLocations(conn, { cid: p.cid, at }),
    conn.api.constants.EncointerScheduler.MomentsPerDay() as Promise<bigint>,
    conn.api.query.EncointerCeremonies.MeetupTimeOffset.getValue({ at }) as Promise<number>,
  ]);
  return {
    block,
    cindex,
    assignment,
    participants,
    locations,
    scheduler,
    momentsPerDay: BigInt(momentsPerDay),
    meetupTimeOffset: Number(offset),
  };
};

// Registrations by class and index, built once per context: a whole ceremony's meetups look up every participant,
// which a linear search made quadratic (10 000 bots).
const byIndex = new WeakMap<MeetupContext, Map<string, Registration>>();

const lookup = (ctx: MeetupContext, ref: ParticipantRef): Registration | undefined => {
  let index = byIndex.get(ctx);
  if (index === undefined) {
    index = new Map();
    for (const cls of Object.keys(ctx.participants.registrations) as ParticipantClass[]) {
      for (const r of ctx.participants.registrations[cls]) index.set(`${cls}:${r.index}`, r);
    }
    byIndex.set(ctx, index);
  }
  return index.get(`${ref.class}:${ref.index}`);
};

/** The pallet's `get_meetup_time`: only during Attesting, undefined if it leaves u64. */
const timeAt = (ctx: MeetupContext, location: Location | undefined): bigint | undefined => {
  if (location === undefined || ctx.scheduler.phase !== 'Attesting') return undefined;
  const start = attestingStart(ctx.scheduler.nextPhaseTimestamp, ctx.scheduler.phaseDurations.Attesting);
  if (start < 0n) return undefined;
  try {
    return meetupTime({
      attestingStart: start,
      location,
      momentsPerDay: ctx.momentsPerDay,
      meetupTimeOffset: ctx.meetupTimeOffset,
    });
  } catch (e) {
    if (e instanceof ArithmeticOverflowError) return undefined;
    throw e;
  }
};

/** One meetup (1-based index) computed from the context; registry entries that are missing are skipped. */
export const meetupAt = (ctx: MeetupContext, index: bigint): Meetup => {
  const { assignment, counts, meetupCount } = ctx.assignment;
  const refs = meetupParticipants(index, assignment, counts, meetupCount);
  const locationIndex = meetupLocationIndex(index, assignment.locations, BigInt(ctx.locations.length));
  const location = locationIndex === undefined ? undefined : ctx.locations[Number(locationIndex)];
  return {
    index,
    locationIndex,
    location,
    time: timeAt(ctx, location),
    participants: refs.map((r) => lookup(ctx, r)).filter((r): r is Registration => r !== undefined),
  };
};

/** The registration of an account in the context, or undefined. */
export const registrationOf = (ctx: MeetupContext, account: AccountInput): Registration | undefined => {
  for (const cls of Object.keys(ctx.participants.registrations) as ParticipantClass[]) {
    const hit = ctx.participants.registrations[cls].find((r) => sameAccount(r.account, account));
    if (hit !== undefined) return hit;
  }
  return undefined;
};

/** The 1-based meetup index of a registration (the pallet's `get_meetup_index`), or undefined if unassigned. */
export const meetupIndexIn = (ctx: MeetupContext, registration: Registration): bigint | undefined =>
  meetupIndexOf(registration, ctx.assignment.assignment, ctx.assignment.counts, ctx.assignment.meetupCount);
