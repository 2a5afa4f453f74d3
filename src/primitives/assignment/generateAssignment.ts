// spec: ceremonies §3 (shared RNG), §7.6 (generate_meetup_assignment_params, gen_params, location params)
import { InvalidInputError } from '../common/errors.js';
import { RandomNumberGenerator, U32_MAX } from '../random/rng.js';
import { assignedTotal, computeAssignmentAllowance, computeMeetupCount } from './allowance.js';
import { validateEqualMapping } from './assignmentFn.js';
import { CheckedMathError, NoLocationsAvailableError } from './errors.js';
import { findPrimeBelow, findRandomCoprimeBelow } from './numberTheory.js';
import type { Assignment, AssignmentConfig, AssignmentCount, AssignmentParams } from './types.js';

/** Attempts after the discarded pair; the reference loops while `skip ≤ 200`. */
const MAX_ATTEMPTS = 201;

/**
 * Parameters `{m, s1, s2}` for a class group of `n` participants over `meetups` meetups: `m` is the largest prime
 * ≤ n, and `(s1, s2)` are drawn until the wrap-around participants are spread evenly (the last draw is kept if
 * none is). QUIRK: ceremonies §10 item 4 — one (s1, s2) pair is drawn and discarded first.
 */
export const generateAssignmentFunctionParams = (
  n: bigint,
  meetups: bigint,
  rng: RandomNumberGenerator,
): AssignmentParams => {
  const m = findPrimeBelow(n);
  if (m - 1n > BigInt(U32_MAX)) {
    throw new InvalidInputError('n', `at most 2^32 participants per class group are supported, got ${n}`);
  }
  const maxPick = Number(m - 1n);
  const draw = (): bigint => BigInt(rng.pickNonZeroU32(maxPick));
  let s1 = draw();
  let s2 = draw();
  for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
    s1 = draw();
    s2 = draw();
    if (validateEqualMapping(n, { m, s1, s2 }, meetups)) break;
  }
  return { m, s1, s2 };
};

/**
 * Location params `{m: L, s1: random coprime below L, s2: largest prime ≤ L}`.
 * QUIRK: ceremonies §10 item 3 — s2 equals m whenever L is prime.
 */
export const generateLocationParams = (
  locationCount: bigint,
  rng: RandomNumberGenerator,
): AssignmentParams => ({
  m: locationCount,
  s1: findRandomCoprimeBelow(locationCount, rng),
  s2: findPrimeBelow(locationCount),
});

/** What one community needs for assignment: its location count and registered counts per class. */
export interface CommunityAssignmentInput {
  /** `len(get_locations(cid))`. */
  readonly locationCount: bigint;
  /** `BootstrapperCount`, `ReputableCount`, `EndorseeCount`, `NewbieCount` for the ceremony. */
  readonly registered: AssignmentCount;
}

/** The three storage values written for an assigned community. */
export interface MeetupAssignment {
  /** `AssignmentCounts`: the assigned prefix length of each registry. */
  readonly counts: AssignmentCount;
  /** `MeetupCount`. */
  readonly meetupCount: bigint;
  /** `Assignments`. */
  readonly assignment: Assignment;
}

/**
 * Assignment of one community, consuming draws from `rng` (pass the same RNG for every community of a phase
 * change, in `CommunityIdentifiers` order). Returns `undefined` when fewer than `MeetupMinSize` would be assigned:
 * nothing is stored and no draws are made then. Throws NoLocationsAvailableError or CheckedMathError, which
 * the pallet only logs.
 *
 * @example
 * const rng = new RandomNumberGenerator(seed);
 * for (const c of communities) results.push(generateMeetupAssignment(c, rng, DEV_ASSIGNMENT_CONFIG));
 */
export const generateMeetupAssignment = (
  input: CommunityAssignmentInput,
  rng: RandomNumberGenerator,
  config: AssignmentConfig,
): MeetupAssignment | undefined => {
  const counts = computeAssignmentAllowance(input.locationCount, input.registered, config);
  const meetupCount = computeMeetupCount(counts, config);
  if (assignedTotal(counts) < config.meetupMinSize) return undefined;
  // Draw order matters: bootstrappers+reputables, endorsees, newbies, locations.
  const bootstrappersReputables = generateAssignmentFunctionParams(
    counts.bootstrappers + counts.reputables,
    meetupCount,
    rng,
  );
  const endorsees = generateAssignmentFunctionParams(counts.endorsees, meetupCount, rng);
  const newbies = generateAssignmentFunctionParams(counts.newbies, meetupCount, rng);
  const locations = generateLocationParams(input.locationCount, rng);
  return { counts, meetupCount, assignment: { bootstrappersReputables, endorsees, newbies, locations } };
};

/** Outcome per community of an Assigning-phase transition. */
export type CommunityAssignmentOutcome =
  | { readonly kind: 'assigned'; readonly result: MeetupAssignment }
  | { readonly kind: 'tooFewParticipants' }
  | { readonly kind: 'failed'; readonly error: NoLocationsAvailableError | CheckedMathError };

/**
 * `generate_all_meetup_assignment_params`: one RNG seeded with `seed`, shared by the communities in the given
 * order. A community that fails is reported and skipped, as the pallet logs and continues.
 */
export const generateAllMeetupAssignments = (
  seed: Uint8Array,
  communities: readonly CommunityAssignmentInput[],
  config: AssignmentConfig,
): CommunityAssignmentOutcome[] => {
  const rng = new RandomNumberGenerator(seed);
  return communities.map((community): CommunityAssignmentOutcome => {
    try {
      const result = generateMeetupAssignment(community, rng, config);
      return result === undefined ? { kind: 'tooFewParticipants' } : { kind: 'assigned', result };
    } catch (error) {
      if (error instanceof NoLocationsAvailableError || error instanceof CheckedMathError) {
        return { kind: 'failed', error };
      }
      throw error;
    }
  });
};
