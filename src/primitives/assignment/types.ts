// spec: ceremonies §1 (AssignmentParams, Assignment, AssignmentCount, ParticipantType), §7.1
/**
 * Value types of the assignment maths. Every u64 quantity (counts, indices, m, s1, s2) is a `bigint`; only u32
 * RNG picks are `number` (see `random/rng.ts`).
 */

/** Parameters of one assignment function `i ↦ ((i·s1 + s2) mod m) mod meetups`. All zero means "no assignment". */
export interface AssignmentParams {
  readonly m: bigint;
  readonly s1: bigint;
  readonly s2: bigint;
}

/** The `Assignments` storage value; field order is the SCALE order. */
export interface Assignment {
  readonly bootstrappersReputables: AssignmentParams;
  readonly endorsees: AssignmentParams;
  readonly newbies: AssignmentParams;
  readonly locations: AssignmentParams;
}

/** Per-class participant counts: registered counts as input, assigned counts (`AssignmentCounts`) as output. */
export interface AssignmentCount {
  readonly bootstrappers: bigint;
  readonly reputables: bigint;
  readonly endorsees: bigint;
  readonly newbies: bigint;
}

/** `ParticipantType`, in lookup and SCALE order. */
export type ParticipantClass = 'Bootstrapper' | 'Reputable' | 'Endorsee' | 'Newbie';
export const PARTICIPANT_CLASSES: readonly ParticipantClass[] = [
  'Bootstrapper',
  'Reputable',
  'Endorsee',
  'Newbie',
];

/** A registrant as the runtime stores it: class and 1-based index into that class's registry. */
export interface ParticipantRef {
  readonly class: ParticipantClass;
  readonly index: bigint;
}

/** The ceremonies pallet constants that drive assignment (§7.1). */
export interface AssignmentConfig {
  /** `MeetupSizeTarget`: seats per meetup. */
  readonly meetupSizeTarget: bigint;
  /** `MeetupMinSize`: minimum total assigned for a community to get any meetup. */
  readonly meetupMinSize: bigint;
  /** `MeetupNewbieLimitDivider`: newbies ≤ (bootstrappers + reputables + endorsees assigned) / divider. */
  readonly newbieLimitDivider: bigint;
}

/** The dev-node runtime values (§7.1, §8). */
export const DEV_ASSIGNMENT_CONFIG: AssignmentConfig = {
  meetupSizeTarget: 15n,
  meetupMinSize: 3n,
  newbieLimitDivider: 2n,
};

/** The pallet unit-test mock values (§7.1, §8), which most spec vectors use. */
export const MOCK_ASSIGNMENT_CONFIG: AssignmentConfig = {
  meetupSizeTarget: 15n,
  meetupMinSize: 3n,
  newbieLimitDivider: 3n,
};

export const ZERO_PARAMS: AssignmentParams = { m: 0n, s1: 0n, s2: 0n };

export const U64_MAX = (1n << 64n) - 1n;
