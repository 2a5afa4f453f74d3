// spec: ceremonies §3 (collective flip: RandomMaterial ring of 81 parent hashes, seed of block N)
import { describe, expect, it } from 'vitest';
import { collectiveFlipSeed } from '../../../primitives/random/collectiveFlip.js';
import { createTestChain } from '../../executive/testSupport.js';
import { ParentHash } from '../system/storage.js';
import { noteParentHash, RandomMaterial, randomSeed } from './randomness.js';

const hash = (n: number) => new Uint8Array(32).fill(n);

describe('RandomnessCollectiveFlip (ceremonies §3)', () => {
  it('appends the parent hash each block, then overwrites slot (N−1) mod 81 once full', () => {
    const { executive, state } = createTestChain();
    for (let n = 1; n <= 82; n++) {
      ParentHash.set(state, hash(n % 256));
      noteParentHash(executive.envFor(state, n));
    }
    const material = RandomMaterial.get(state);
    expect(material).toHaveLength(81);
    expect(material[0]).toEqual(hash(82));
    expect(material[80]).toEqual(hash(81));
  });

  it('the seed of block N mixes the stored material from index (N−1) mod 81', () => {
    const { state } = createTestChain();
    const material = [hash(1), hash(2), hash(3)];
    RandomMaterial.set(state, material);
    expect(randomSeed(state, 3)).toEqual(collectiveFlipSeed(material, 3));
    RandomMaterial.set(state, []);
    expect(randomSeed(state, 3)).toEqual(new Uint8Array(32));
  });
});
