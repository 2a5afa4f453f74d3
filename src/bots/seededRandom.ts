// spec: tooling §12 item 10 (one seed controls everything: location, name, votes)
/**
 * A small deterministic random source for the bots (sfc32 over a blake2-derived state). Not for keys or consensus:
 * it only makes runs reproducible. Independent streams (`stream('votes/3')`) keep one concern's draws from shifting
 * another's when code changes.
 */
import { blake2_256 } from '../primitives/common/hashing.js';

const utf8 = new TextEncoder();

export class SeededRandom {
  private a: number;
  private b: number;
  private c: number;
  private d: number;

  /** A stream named `label` of the run seeded with `seed`. */
  constructor(
    private readonly seed: string,
    label = '',
  ) {
    const h = blake2_256(utf8.encode(`encointer-bot/${seed}/${label}`));
    const view = new DataView(h.buffer, h.byteOffset, h.byteLength);
    this.a = view.getUint32(0, true);
    this.b = view.getUint32(4, true);
    this.c = view.getUint32(8, true);
    this.d = view.getUint32(12, true) | 1;
    for (let i = 0; i < 12; i++) this.nextU32();
  }

  /** Another independent stream of the same seed. */
  stream(label: string): SeededRandom {
    return new SeededRandom(this.seed, label);
  }

  /** Uniform 32-bit unsigned integer. */
  nextU32(): number {
    const t = (((this.a + this.b) | 0) + this.d) | 0;
    this.d = (this.d + 1) | 0;
    this.a = this.b ^ (this.b >>> 9);
    this.b = (this.c + (this.c << 3)) | 0;
    this.c = (this.c << 21) | (this.c >>> 11);
    this.c = (this.c + t) | 0;
    return t >>> 0;
  }

  /** Uniform in [0, 1). */
  next(): number {
    return this.nextU32() / 4_294_967_296;
  }

  /** Uniform in [min, max). */
  uniform(min: number, max: number): number {
    return min + (max - min) * this.next();
  }

  /** Uniform integer in [0, n). */
  int(n: number): number {
    return Math.floor(this.next() * n);
  }

  /** One element of a non-empty list. */
  pick<T>(list: readonly T[]): T {
    return list[this.int(list.length)]!;
  }

  /** True with probability `p`. */
  chance(p: number): boolean {
    return this.next() < p;
  }
}
