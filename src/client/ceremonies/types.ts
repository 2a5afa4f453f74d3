// spec: ceremonies §1 (ParticipantType), §7.2 (registries), §7.6 (meetups)
import type { ParticipantClass } from '../../primitives/assignment/types.js';
import type { Location } from '../../primitives/geo/location.js';
import type { Address } from '../common/types.js';

export type { ParticipantClass };

/** A registered participant: class, 1-based registry index, account. */
export interface Registration {
  readonly class: ParticipantClass;
  readonly index: bigint;
  readonly account: Address;
}

/** A meetup of one community ceremony, computed client-side like the pallet does. */
export interface Meetup {
  /** 1-based. */
  readonly index: bigint;
  /** 0-based index into the community's canonical locations. */
  readonly locationIndex: bigint | undefined;
  readonly location: Location | undefined;
  /** ms since the epoch; only while the chain is in the Attesting phase (as the pallet). */
  readonly time: bigint | undefined;
  /** In the pallet's order: bootstrappers and reputables, then endorsees, then newbies. */
  readonly participants: readonly Registration[];
}
