// spec: ceremonies §3 (pallet_insecure_randomness_collective_flip); reference-metadata-spec30 RandomnessCollectiveFlip
/**
 * RandomnessCollectiveFlip (index 2): keeps the last 81 parent hashes and mixes them into the seed the ceremonies
 * pallet uses for meetup assignment. Storage only; no calls, events or errors.
 */
import { vec } from '../../../primitives/codec/describe.js';
import { collectiveFlipSeed, nextRandomMaterial } from '../../../primitives/random/collectiveFlip.js';
import { definePallet, type Env, type Pallet } from '../../framework/pallet.js';
import type { StateReader } from '../../framework/state.js';
import { storageOf } from '../../framework/storage.js';
import { H256 } from '../../types/substrate.js';
import { ParentHash } from '../system/storage.js';

export const PALLET = 'RandomnessCollectiveFlip';

export const RandomMaterial = storageOf(PALLET).value('RandomMaterial', vec(H256), {
  default: [],
  docs: [
    'Series of block headers from the last 81 blocks that acts as random seed material. This',
    'is arranged as a ring buffer with `block_number % 81` being the index into the `Vec` of',
    'the oldest hash.',
  ],
});

/** `on_initialize`: record the parent hash of block `env.blockNumber` (System.ParentHash is already set). */
export const noteParentHash = (env: Env): void => {
  const material = nextRandomMaterial(
    RandomMaterial.get(env.state),
    ParentHash.get(env.state),
    env.blockNumber,
  );
  RandomMaterial.set(env.state, material);
};

/** `random_seed()` in block `blockNumber`: the collective-flip mix of the stored material. */
export const randomSeed = (state: StateReader, blockNumber: number): Uint8Array =>
  collectiveFlipSeed(RandomMaterial.get(state), blockNumber);

export const createRandomnessCollectiveFlipPallet = (): Pallet =>
  definePallet({
    name: PALLET,
    index: 2,
    storage: [RandomMaterial],
    hooks: { onInitialize: noteParentHash },
  });
