// spec: ceremonies §7.2 (genesis fields), §8 (dev and unit-test values), reference-metadata-spec30 genesis storage
import { ONE } from '../../../primitives/fixed/fixed.js';
import type { OverlayState } from '../../framework/state.js';
import {
  CeremonyReward,
  EndorsementTicketsPerBootstrapper,
  EndorsementTicketsPerReputable,
  InactivityTimeout,
  LocationTolerance,
  MeetupTimeOffset,
  ReputationLifetime,
  TimeTolerance,
} from './storage.js';

/** The pallet's genesis config (the reference `GenesisConfig` fields, camelCase as in the chain-spec JSON). */
export interface CeremoniesGenesis {
  /** U64F64 bits of the default UBI. */
  readonly ceremonyReward: bigint;
  /** Metres; stored but unused (ceremonies §7.13). */
  readonly locationTolerance: number;
  /** Milliseconds; stored but unused (ceremonies §7.13). */
  readonly timeTolerance: bigint;
  readonly inactivityTimeout: number;
  readonly endorsementTicketsPerBootstrapper: number;
  readonly endorsementTicketsPerReputable: number;
  readonly reputationLifetime: number;
  readonly meetupTimeOffset: number;
}

/** The dev chain spec (reference-metadata-spec30 genesis storage, ceremonies §8). */
export const DEV_CEREMONIES_GENESIS: CeremoniesGenesis = {
  ceremonyReward: ONE,
  locationTolerance: 1_000,
  timeTolerance: 600_000n,
  inactivityTimeout: 168_500,
  endorsementTicketsPerBootstrapper: 5,
  endorsementTicketsPerReputable: 5,
  reputationLifetime: 337,
  meetupTimeOffset: 0,
};

/** The reference's unit-test mock (ceremonies §8), which the §9.13 scenarios assume. */
export const MOCK_CEREMONIES_GENESIS: CeremoniesGenesis = {
  ceremonyReward: ONE,
  locationTolerance: 1_000,
  timeTolerance: 600_000n,
  inactivityTimeout: 3,
  endorsementTicketsPerBootstrapper: 50,
  endorsementTicketsPerReputable: 2,
  reputationLifetime: 6,
  meetupTimeOffset: 0,
};

/** The pallet's on-chain storage version, which genesis writes under `:__STORAGE_VERSION__:`. */
export const CEREMONIES_STORAGE_VERSION = 1;

/** Writes the genesis values (every field, even zeros, as FRAME's genesis build does). */
export const applyCeremoniesGenesis = (state: OverlayState, genesis: CeremoniesGenesis): void => {
  CeremonyReward.set(state, genesis.ceremonyReward);
  LocationTolerance.set(state, genesis.locationTolerance);
  TimeTolerance.set(state, genesis.timeTolerance);
  InactivityTimeout.set(state, genesis.inactivityTimeout);
  EndorsementTicketsPerBootstrapper.set(state, genesis.endorsementTicketsPerBootstrapper);
  EndorsementTicketsPerReputable.set(state, genesis.endorsementTicketsPerReputable);
  ReputationLifetime.set(state, genesis.reputationLifetime);
  MeetupTimeOffset.set(state, genesis.meetupTimeOffset);
};
