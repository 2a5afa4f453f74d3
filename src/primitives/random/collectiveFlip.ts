// spec: ceremonies §3 (pallet_insecure_randomness_collective_flip, safe_mix::triplet_mix)
/**
 * The dev node's randomness: a majority mix of the last 81 parent hashes. Block numbers are u32 and carried as
 * `number`.
 */
import { compact } from 'scale-ts';
import { concatBytes } from '../common/bytes.js';
import { InvalidInputError } from '../common/errors.js';
import { blake2_256 } from '../common/hashing.js';

/** Number of parent hashes the pallet keeps, 3^4 so that the triplet mix ends in one value. */
export const RANDOM_MATERIAL_LEN = 81;
const HASH_BYTES = 32;

const checkBlockNumber = (blockNumber: number): void => {
  if (!Number.isInteger(blockNumber) || blockNumber < 1 || blockNumber > 0xffff_ffff) {
    throw new InvalidInputError('blockNumber', `expected a u32 block number ≥ 1, got ${blockNumber}`);
  }
};

const checkHash = (hash: Uint8Array, field: string): void => {
  if (hash.length !== HASH_BYTES) {
    throw new InvalidInputError(field, `expected a ${HASH_BYTES}-byte hash, got ${hash.length} bytes`);
  }
};

/**
 * Bitwise majority of each consecutive triple, repeated until one value is left. Only lengths that are powers
 * of 3 are accepted: those are the only ones the pallet produces (always 81).
 */
export const tripletMix = (items: readonly Uint8Array[]): Uint8Array => {
  let level = [...items];
  if (level.length === 0) throw new InvalidInputError('items', 'triplet mix of an empty list');
  while (level.length > 1) {
    if (level.length % 3 !== 0) {
      throw new InvalidInputError('items', `length must be a power of 3, got ${items.length}`);
    }
    const next: Uint8Array[] = [];
    for (let t = 0; t < level.length; t += 3) {
      const [a, b, c] = [level[t]!, level[t + 1]!, level[t + 2]!];
      if (a.length !== b.length || b.length !== c.length) {
        throw new InvalidInputError('items', 'all items must have the same length');
      }
      next.push(a.map((x, k) => (x & b[k]!) | (b[k]! & c[k]!) | (x & c[k]!)));
    }
    level = next;
  }
  return Uint8Array.from(level[0]!);
};

/**
 * `random(subject)` in block `blockNumber` over the stored `RandomMaterial`; the ceremonies pallet's
 * `random_seed()` is the empty subject. An empty material gives 32 zero bytes.
 *
 * @example
 * collectiveFlipSeed([parentHashOfBlock1], 1);
 */
export const collectiveFlipSeed = (
  randomMaterial: readonly Uint8Array[],
  blockNumber: number,
  subject: Uint8Array = new Uint8Array(),
): Uint8Array => {
  checkBlockNumber(blockNumber);
  if (randomMaterial.length > RANDOM_MATERIAL_LEN) {
    throw new InvalidInputError(
      'randomMaterial',
      `at most ${RANDOM_MATERIAL_LEN} hashes, got ${randomMaterial.length}`,
    );
  }
  for (const [i, h] of randomMaterial.entries()) checkHash(h, `randomMaterial[${i}]`);
  if (randomMaterial.length === 0) return new Uint8Array(HASH_BYTES);
  const start = (blockNumber - 1) % RANDOM_MATERIAL_LEN;
  const subjectEncoded = concatBytes(compact.enc(subject.length), subject);
  const hashed: Uint8Array[] = [];
  for (let i = 0; i < RANDOM_MATERIAL_LEN; i++) {
    const h = randomMaterial[(start + i) % randomMaterial.length]!;
    // SCALE of `(i as i8, subject, h)`; i < 81 so the i8 byte equals i.
    hashed.push(blake2_256(concatBytes(Uint8Array.of(i), subjectEncoded, h)));
  }
  return tripletMix(hashed);
};

/**
 * `on_initialize` of block `blockNumber`: append its parent hash, or overwrite slot `(N−1) mod 81` once the list
 * is full. Returns the new list; the input is not modified.
 */
export const nextRandomMaterial = (
  randomMaterial: readonly Uint8Array[],
  parentHash: Uint8Array,
  blockNumber: number,
): Uint8Array[] => {
  checkBlockNumber(blockNumber);
  checkHash(parentHash, 'parentHash');
  const out = [...randomMaterial];
  if (out.length < RANDOM_MATERIAL_LEN) out.push(Uint8Array.from(parentHash));
  else out[(blockNumber - 1) % RANDOM_MATERIAL_LEN] = Uint8Array.from(parentHash);
  return out;
};
