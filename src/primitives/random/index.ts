export { collectiveFlipSeed, nextRandomMaterial, RANDOM_MATERIAL_LEN, tripletMix } from './collectiveFlip.js';
export { RandomNumberGenerator, randomPermutation, U32_MAX } from './rng.js';
