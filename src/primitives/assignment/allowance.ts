// spec: ceremonies §7.6 steps A and B (compute_assignment_allowance, meetup count)
import { InvalidInputError } from '../common/errors.js';
import { CheckedMathError, NoLocationsAvailableError } from './errors.js';
import { checkedCeilDivision, findPrimeBelow } from './numberTheory.js';
import { type AssignmentConfig, type AssignmentCount, U64_MAX } from './types.js';

/** Minimum of bigints (`Math.min` does not take them). */
const min = (first: bigint, ...rest: bigint[]): bigint => {
  let smallest = first;
  for (const x of rest) if (x < smallest) smallest = x;
  return smallest;
};

/** QUIRK: ceremonies §10 item 25 — a zero seat target or divider is a panic in the reference; reject it here. */
export const assertAssignmentConfig = (config: AssignmentConfig): void => {
  if (config.meetupSizeTarget <= 0n) {
    throw new InvalidInputError('meetupSizeTarget', `must be at least 1, got ${config.meetupSizeTarget}`);
  }
  if (config.newbieLimitDivider <= 0n) {
    throw new InvalidInputError('newbieLimitDivider', `must be at least 1, got ${config.newbieLimitDivider}`);
  }
};

/**
 * How many of each registered class get a seat: all bootstrappers, then reputables, endorsees and newbies while
 * seats last, newbies further capped by the divider. Throws NoLocationsAvailableError for 0 locations and
 * CheckedMathError if the seat count overflows u64.
 *
 * @example
 * computeAssignmentAllowance(3n, { bootstrappers: 11n, reputables: 18n, endorsees: 6n, newbies: 13n },
 *   MOCK_ASSIGNMENT_CONFIG); // { bootstrappers: 11n, reputables: 18n, endorsees: 6n, newbies: 10n }
 */
export const computeAssignmentAllowance = (
  locationCount: bigint,
  registered: AssignmentCount,
  config: AssignmentConfig,
): AssignmentCount => {
  assertAssignmentConfig(config);
  if (locationCount === 0n) throw new NoLocationsAvailableError();
  const { bootstrappers: b, reputables: r, endorsees: e, newbies: n } = registered;
  const maxMeetups = min(locationCount, findPrimeBelow(b + r));
  const capacity = maxMeetups * config.meetupSizeTarget;
  if (capacity > U64_MAX) throw new CheckedMathError('max_meetups · meetup_size_target');
  // QUIRK: ceremonies §10 item 7 — plain u64 subtraction. We emulate the release (wasm) build, which wraps when
  // bootstrappers outnumber the seats, leaving reputables and endorsees effectively uncapped. Debug builds panic.
  let seats = BigInt.asUintN(64, capacity - b);
  const reputables = min(r, seats);
  seats -= reputables;
  const endorsees = min(e, seats);
  seats -= endorsees;
  const newbies = min(n, seats, (b + reputables + endorsees) / config.newbieLimitDivider);
  return { bootstrappers: b, reputables, endorsees, newbies };
};

/** Total number of assigned participants. */
export const assignedTotal = (counts: AssignmentCount): bigint =>
  counts.bootstrappers + counts.reputables + counts.endorsees + counts.newbies;

/** `ceil(total / MeetupSizeTarget)`; throws CheckedMathError on overflow. */
export const computeMeetupCount = (allowance: AssignmentCount, config: AssignmentConfig): bigint => {
  assertAssignmentConfig(config);
  const count = checkedCeilDivision(assignedTotal(allowance), config.meetupSizeTarget);
  if (count === undefined) throw new CheckedMathError('ceil(total / meetup_size_target)');
  return count;
};
