// spec: ARCHITECTURE §5 (a deterministic clock: timestamps advance by the block time; timeTravel jumps)
import { EncointerError } from '../../primitives/common/errors.js';

/** A time jump the Timestamp pallet would reject (not after the parent's time plus the minimum period). */
export class TimeTravelError extends EncointerError {
  constructor(message: string) {
    super('TimeTravel', message);
  }
}

/**
 * Block timestamps: the first block takes the start time (the wall clock by default), every later block its
 * parent's time plus the step. `travel` sets the next block's time once; later blocks step from there.
 *
 * @example
 * const clock = new Clock({ stepMs: 6_000n, minimumPeriodMs: 3_000n, startTime: () => 1_735_689_600_000n });
 * clock.next(0n); // 1735689600000n (first block)
 * clock.next(1_735_689_600_000n); // 1735689606000n
 */
export class Clock {
  private travelled: bigint | undefined;
  readonly stepMs: bigint;
  private readonly minimumPeriodMs: bigint;
  private readonly startTime: () => bigint;

  constructor(options: {
    readonly stepMs: bigint;
    readonly minimumPeriodMs: bigint;
    readonly startTime?: () => bigint;
    readonly travelled?: bigint;
  }) {
    // A step below the pallet's minimum period would make the timestamp inherent fail (bigint: no Math.max).
    let step = options.stepMs;
    if (step < options.minimumPeriodMs) step = options.minimumPeriodMs;
    this.stepMs = step;
    this.minimumPeriodMs = options.minimumPeriodMs;
    this.startTime = options.startTime ?? (() => BigInt(Date.now()));
    this.travelled = options.travelled;
  }

  /** The timestamp of the next block, whose parent has `Timestamp.Now` = `parentNow` (0 before the first block). */
  next(parentNow: bigint): bigint {
    if (this.travelled !== undefined) return this.travelled;
    return parentNow === 0n ? this.startTime() : parentNow + this.stepMs;
  }

  /** Called once a block used `next`: a time jump applies to one block only. */
  consumed(): void {
    this.travelled = undefined;
  }

  /** Sets the next block's timestamp (ms since the epoch). */
  travel(to: bigint, parentNow: bigint): void {
    if (parentNow !== 0n && to < parentNow + this.minimumPeriodMs) {
      throw new TimeTravelError(
        `cannot travel to ${to}: the next block's time must be at least ${parentNow + this.minimumPeriodMs} (parent time + minimum period)`,
      );
    }
    this.travelled = to;
  }

  /** The pending jump, if any (persisted so that a restart keeps it). */
  get pendingTravel(): bigint | undefined {
    return this.travelled;
  }
}
