// spec: ceremonies §7.6 (meetup location)
import { assignmentFn } from './assignmentFn.js';
import type { AssignmentParams } from './types.js';

/**
 * 0-based index into `get_locations(cid)` of the **1-based** meetup `meetupIndex`, or `undefined` if there are no
 * locations or no assignment. QUIRK: ceremonies §10 item 5 — the 1-based index is fed into `assignmentFn`.
 * `locationCount` is the count at query time, which may differ from `locationParams.m`.
 *
 * @example
 * meetupLocationIndex(1n, { m: 3n, s1: 2n, s2: 3n }, 3n); // 2n
 */
export const meetupLocationIndex = (
  meetupIndex: bigint,
  locationParams: AssignmentParams,
  locationCount: bigint,
): bigint | undefined => assignmentFn(meetupIndex, locationParams, locationCount);

/** The location of the **1-based** meetup `meetupIndex` from the canonical location list, or `undefined`. */
export const meetupLocation = <L>(
  meetupIndex: bigint,
  locationParams: AssignmentParams,
  locations: readonly L[],
): L | undefined => {
  const index = meetupLocationIndex(meetupIndex, locationParams, BigInt(locations.length));
  return index === undefined ? undefined : locations[Number(index)];
};
