// spec: ceremonies §7.6 (meetup time), §7.11 (meetup time offset bound)
import { ArithmeticOverflowError } from '../common/errors.js';
import { toIntTrunc } from '../fixed/fixed.js';
import type { Location } from '../geo/location.js';
import { U64_MAX } from './types.js';

/** `|set_meetup_time_offset|` may not exceed 8 h. */
export const MAX_MEETUP_TIME_OFFSET_MS = 8 * 3600 * 1000;

/** True iff the offset (i32 ms) is within ±8 h, as `set_meetup_time_offset` requires. */
export const isValidMeetupTimeOffset = (offsetMs: number): boolean =>
  Number.isInteger(offsetMs) && Math.abs(offsetMs) <= MAX_MEETUP_TIME_OFFSET_MS;

/** Start of the Attesting phase while in it: `NextPhaseTimestamp − PhaseDurations[Attesting]`. */
export const attestingStart = (nextPhaseTimestamp: bigint, attestingDuration: bigint): bigint =>
  nextPhaseTimestamp - attestingDuration;

export interface MeetupTimeParameters {
  /** Start of the Attesting phase, ms since the epoch (u64 Moment). */
  readonly attestingStart: bigint;
  /** The meetup location; only its longitude (raw I64F64 bits) matters. */
  readonly location: Location;
  /** `MomentsPerDay` (86 400 000 in every runtime). */
  readonly momentsPerDay: bigint;
  /** `MeetupTimeOffset`, i32 ms. */
  readonly meetupTimeOffset: number;
}

/**
 * Local solar noon at the meetup's longitude in whole degrees, counted from the Attesting start, plus the global
 * offset. The pallet only answers during Attesting; the phase check is the caller's.
 * QUIRK: ceremonies §10 item 27 — the longitude is truncated toward zero (−88.15 → −88), not rounded as the
 * encointer-js helper does.
 *
 * @example
 * meetupTime({ attestingStart: 0n, location: { lat: 0n, lon: 20n << 64n }, momentsPerDay: 360n,
 *   meetupTimeOffset: 0 }); // 160n
 */
export const meetupTime = (p: MeetupTimeParameters): bigint => {
  const perDegree = p.momentsPerDay / 360n;
  const lonDegrees = toIntTrunc(p.location.lon);
  const fromNoonLine = lonDegrees > 180n ? lonDegrees - 180n : 180n - lonDegrees;
  const time = p.attestingStart + fromNoonLine * perDegree + BigInt(p.meetupTimeOffset);
  if (time < 0n || time > U64_MAX) throw new ArithmeticOverflowError('meetup time (u64 Moment)');
  return time;
};
