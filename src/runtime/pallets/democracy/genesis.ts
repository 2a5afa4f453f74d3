// spec: economy §6.3 (genesis proposal_count), §6.4 (storage version 2)
import { Twox128 } from '@polkadot-api/substrate-bindings';
import { concatBytes, toHex } from '../../../primitives/common/bytes.js';
import { InvalidInputError } from '../../../primitives/common/errors.js';
import type { OverlayState } from '../../framework/state.js';
import { PALLET } from './declarations.js';
import { ProposalCount } from './storage.js';

/** The pallet's `GenesisConfig`. */
export interface DemocracyGenesis {
  /** Id of the last proposal (0 on every known chain: the first proposal gets 1). */
  readonly proposalCount: bigint;
}

export const DEV_DEMOCRACY_GENESIS: DemocracyGenesis = { proposalCount: 0n };

/** The storage version after migration v2 (`EnactmentQueue` holds a list of ids per identifier). */
export const DEMOCRACY_STORAGE_VERSION = 2;

/** The key of the pallet's `:__STORAGE_VERSION__:` (u16, little-endian). */
export const democracyStorageVersionKey = (): string => {
  const text = new TextEncoder();
  return toHex(concatBytes(Twox128(text.encode(PALLET)), Twox128(text.encode(':__STORAGE_VERSION__:'))));
};

/** Writes `ProposalCount` (explicitly, as the reference genesis does) and the storage version. */
export const applyDemocracyGenesis = (state: OverlayState, genesis: DemocracyGenesis): void => {
  if (genesis.proposalCount < 0n || genesis.proposalCount >= 1n << 128n) {
    throw new InvalidInputError('proposalCount', `must be a u128, got ${genesis.proposalCount}`);
  }
  ProposalCount.set(state, genesis.proposalCount);
  state.set(
    democracyStorageVersionKey(),
    Uint8Array.of(DEMOCRACY_STORAGE_VERSION & 0xff, DEMOCRACY_STORAGE_VERSION >> 8),
  );
};
