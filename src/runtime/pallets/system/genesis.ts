// spec: reference-metadata-spec30 "Genesis storage" (System items); substrate-compat §5.5
import { u32 } from '../../../primitives/codec/describe.js';
import type { OverlayState } from '../../framework/state.js';
import type { RuntimeVersionValue } from '../../types/substrate.js';
import {
  BlockHash,
  LastRuntimeUpgrade,
  ParentHash,
  UpgradedToTripleRefCount,
  UpgradedToU32RefCount,
} from './storage.js';

/**
 * FRAME's genesis placeholder for `BlockHash(0)` and `ParentHash` (`hash69`, 32 × 0x45). Block 1's initialization
 * overwrites `BlockHash(0)` with the real genesis hash (its parent hash).
 */
export const GENESIS_PLACEHOLDER_HASH = new Uint8Array(32).fill(0x45);

/** `:extrinsic_index` (u32), the well-known key FRAME keeps the index of the extrinsic being applied in. */
export const EXTRINSIC_INDEX_KEY = '0x3a65787472696e7369635f696e646578';

/** Writes the System genesis entries the reference chain spec holds. */
export const applySystemGenesis = (state: OverlayState, genesis: { version: RuntimeVersionValue }): void => {
  BlockHash.set(state, 0, GENESIS_PLACEHOLDER_HASH);
  ParentHash.set(state, GENESIS_PLACEHOLDER_HASH);
  LastRuntimeUpgrade.set(state, {
    spec_version: genesis.version.spec_version,
    spec_name: genesis.version.spec_name,
  });
  UpgradedToU32RefCount.set(state, true);
  UpgradedToTripleRefCount.set(state, true);
  state.set(EXTRINSIC_INDEX_KEY, u32.enc(0));
};
