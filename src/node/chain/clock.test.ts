// spec: ARCHITECTURE §5 (deterministic clock: timestamps advance by the block time; timeTravel jumps)
import { describe, expect, it } from 'vitest';
import { Clock, TimeTravelError } from './clock.js';

describe('Clock (ARCHITECTURE §5)', () => {
  const start = () => 1_000_000n;

  it('starts at the start time and steps by the block time', () => {
    const clock = new Clock({ stepMs: 6_000n, minimumPeriodMs: 3_000n, startTime: start });
    expect(clock.next(0n)).toBe(1_000_000n);
    expect(clock.next(1_000_000n)).toBe(1_006_000n);
  });

  it('never steps below the minimum period the Timestamp pallet enforces', () => {
    const clock = new Clock({ stepMs: 100n, minimumPeriodMs: 3_000n, startTime: start });
    expect(clock.next(1_000_000n)).toBe(1_003_000n);
  });

  it('applies a time jump to one block only, and refuses one into the past', () => {
    const clock = new Clock({ stepMs: 6_000n, minimumPeriodMs: 3_000n, startTime: start });
    clock.travel(5_000_000n, 1_000_000n);
    expect(clock.next(1_000_000n)).toBe(5_000_000n);
    clock.consumed();
    expect(clock.next(5_000_000n)).toBe(5_006_000n);
    expect(() => clock.travel(1_002_999n, 1_000_000n)).toThrow(TimeTravelError);
  });
});
