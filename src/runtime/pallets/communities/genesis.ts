// spec: ceremonies §6.5, §8 (MinSolarTripTimeS, MaxSpeedMps), reference-metadata-spec30 "Genesis storage"
import { Twox128 } from '@polkadot-api/substrate-bindings';
import { concatBytes, toHex } from '../../../primitives/common/bytes.js';
import { InvalidInputError } from '../../../primitives/common/errors.js';
import type { OverlayState } from '../../framework/state.js';
import { PALLET } from './errors.js';
import { MaxSpeedMps, MinSolarTripTimeS } from './storage.js';

/** The pallet's `GenesisConfig`: the two distance parameters. */
export interface CommunitiesGenesis {
  /** Seconds; 0 disables the minimum-distance rules. */
  readonly minSolarTripTimeS: number;
  /** Metres per second; must be positive (QUIRK: ceremonies §10 item 25 — 0 breaks every location check). */
  readonly maxSpeedMps: number;
}

/** The dev chain spec's values (reference genesis storage: both 1). */
export const DEV_COMMUNITIES_GENESIS: CommunitiesGenesis = { minSolarTripTimeS: 1, maxSpeedMps: 1 };
/** The values of the reference's unit-test mocks (ceremonies §8). */
export const TEST_COMMUNITIES_GENESIS: CommunitiesGenesis = { minSolarTripTimeS: 1, maxSpeedMps: 83 };

/** The pallet's on-chain storage version (`:__STORAGE_VERSION__:` = 2 in the reference genesis). */
export const COMMUNITIES_STORAGE_VERSION = 2;

const isU32 = (n: number): boolean => Number.isInteger(n) && n >= 0 && n <= 0xffff_ffff;

/** Writes the pallet's genesis storage. Throws InvalidInputError for values the pallet cannot work with. */
export const applyCommunitiesGenesis = (state: OverlayState, genesis: CommunitiesGenesis): void => {
  if (!isU32(genesis.minSolarTripTimeS)) {
    throw new InvalidInputError('minSolarTripTimeS', `must be a u32, got ${genesis.minSolarTripTimeS}`);
  }
  if (!isU32(genesis.maxSpeedMps) || genesis.maxSpeedMps === 0) {
    throw new InvalidInputError('maxSpeedMps', `must be a positive u32, got ${genesis.maxSpeedMps}`);
  }
  MinSolarTripTimeS.set(state, genesis.minSolarTripTimeS);
  MaxSpeedMps.set(state, genesis.maxSpeedMps);
  const text = new TextEncoder();
  const versionKey = toHex(
    concatBytes(Twox128(text.encode(PALLET)), Twox128(text.encode(':__STORAGE_VERSION__:'))),
  );
  state.set(versionKey, Uint8Array.of(COMMUNITIES_STORAGE_VERSION & 0xff, COMMUNITIES_STORAGE_VERSION >> 8));
};
