// spec: ceremonies §3.1, §3.2
/**
 * The blake2-256 driven random number generator of `sp_runtime::RandomNumberGenerator` and the random
 * permutation built on it. Picks are u32 and carried as `number`; they never exceed 2^32 − 1.
 */
import { InvalidInputError } from '../common/errors.js';
import { blake2_256 } from '../common/hashing.js';

export const U32_MAX = 0xffff_ffff;
const SEED_BYTES = 32;

const checkU32 = (value: number, field: string): void => {
  if (!Number.isInteger(value) || value < 0 || value > U32_MAX) {
    throw new InvalidInputError(field, `expected an integer in [0, ${U32_MAX}], got ${value}`);
  }
};

/**
 * Deterministic RNG seeded with a 32-byte hash. Every pick consumes bytes of `current`; when too few are left,
 * `current` is re-hashed and the unused tail is discarded, so draws must be made in the reference order.
 *
 * @example
 * const rng = new RandomNumberGenerator(blake2_256(new TextEncoder().encode('Sixty-nine')));
 * rng.pickU32(100); // 59
 */
export class RandomNumberGenerator {
  #current: Uint8Array;
  #offset = 0;

  constructor(seed: Uint8Array) {
    if (seed.length !== SEED_BYTES) {
      throw new InvalidInputError('seed', `expected ${SEED_BYTES} bytes, got ${seed.length}`);
    }
    this.#current = Uint8Array.from(seed);
  }

  /** A copy of the 32 bytes currently being consumed. */
  get current(): Uint8Array {
    return Uint8Array.from(this.#current);
  }

  /** How many bytes of `current` are used up. */
  get offset(): number {
    return this.#offset;
  }

  /** Uniform value in `[0, max]` by rejection sampling over the fewest whole bytes that can hold `max`. */
  pickU32(max: number): number {
    checkU32(max, 'max');
    const needed = 4 - Math.floor(Math.clz32(max) / 8);
    // At most 2^32, so exact in a double; the reference computes it in u64.
    const top = Math.floor(2 ** (8 * needed) / (max + 1)) * (max + 1) - 1;
    for (;;) {
      if (this.#offset + needed > SEED_BYTES) {
        this.#current = blake2_256(this.#current);
        this.#offset = 0;
      }
      let raw = 0;
      for (let b = needed - 1; b >= 0; b--) raw = raw * 256 + this.#current[this.#offset + b]!;
      this.#offset += needed;
      if (raw <= top) return max === U32_MAX ? raw : raw % (max + 1);
    }
  }

  /** Uniform value in `[1, max]`; `max` must be at least 1 (the reference would underflow). */
  pickNonZeroU32(max: number): number {
    checkU32(max, 'max');
    if (max === 0) throw new InvalidInputError('max', 'pickNonZeroU32 needs max ≥ 1');
    return this.pickU32(max - 1) + 1;
  }

  /** Same draw as `pickU32`; the reference narrows usize to u32, which a JS array length always fits. */
  pickUsize(max: number): number {
    return this.pickU32(max);
  }

  /** A uniformly chosen element, or `undefined` for an empty list (consumes nothing then). */
  pickItem<T>(items: readonly T[]): T | undefined {
    if (items.length === 0) return undefined;
    return items[this.pickUsize(items.length - 1)];
  }
}

/**
 * Random permutation by repeated pick-and-swap-remove (§3.2). `undefined` for an empty list, as the reference's
 * `None`. The input is not modified.
 *
 * @example
 * randomPermutation([1, 2, 3], rng); // e.g. [2, 3, 1]
 */
export const randomPermutation = <T>(list: readonly T[], rng: RandomNumberGenerator): T[] | undefined => {
  if (list.length === 0) return undefined;
  const rest = [...list];
  const out: T[] = [];
  const size = rest.length;
  for (let i = 1; i <= size; i++) {
    const k = rng.pickUsize(size - i);
    out.push(rest[k]!);
    // swap_remove: the last element takes slot k.
    const last = rest.pop()!;
    if (k < rest.length) rest[k] = last;
  }
  return out;
};
