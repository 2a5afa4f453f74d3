// spec: ceremonies §7.1 (Config constants), §8 (dev and unit-test values)
import type { AssignmentConfig } from '../../../primitives/assignment/index.js';
import type { Origin } from '../../framework/pallet.js';

/** The reference pallet's `Config`: constants and the privileged origin. Genesis-set parameters live in storage. */
export interface CeremoniesConfig {
  /** `MeetupSizeTarget`: seats per meetup. */
  readonly meetupSizeTarget: bigint;
  /** `MeetupMinSize`: fewest assigned participants for a community to get any meetup. */
  readonly meetupMinSize: bigint;
  /** `MeetupNewbieLimitDivider`: newbies ≤ (bootstrappers + reputables + endorsees assigned) / divider. */
  readonly meetupNewbieLimitDivider: bigint;
  /** `MaxAttestations`: bound on `attest_attendees`' list and on each stored list. */
  readonly maxAttestations: number;
  /** The scheduler's `MomentsPerDay`, for meetup times. */
  readonly momentsPerDay: bigint;
  /** The `CeremonyMaster` origin check (Root on the dev runtime). */
  readonly isCeremonyMaster: (origin: Origin) => boolean;
}

const rootOnly = (origin: Origin): boolean => origin.kind === 'Root';

/** The dev-node runtime (§7.1, §8). */
export const DEV_CEREMONIES_CONFIG: CeremoniesConfig = {
  meetupSizeTarget: 15n,
  meetupMinSize: 3n,
  meetupNewbieLimitDivider: 2n,
  maxAttestations: 100,
  momentsPerDay: 86_400_000n,
  isCeremonyMaster: rootOnly,
};

/** The reference's unit-test mock (§7.1, §8); most §9.13 scenarios assume it. */
export const MOCK_CEREMONIES_CONFIG: CeremoniesConfig = {
  meetupSizeTarget: 15n,
  meetupMinSize: 3n,
  meetupNewbieLimitDivider: 3n,
  maxAttestations: 25,
  momentsPerDay: 86_400_000n,
  isCeremonyMaster: rootOnly,
};

/** The part of the config the assignment primitives take. */
export const assignmentConfigOf = (config: CeremoniesConfig): AssignmentConfig => ({
  meetupSizeTarget: config.meetupSizeTarget,
  meetupMinSize: config.meetupMinSize,
  newbieLimitDivider: config.meetupNewbieLimitDivider,
});
