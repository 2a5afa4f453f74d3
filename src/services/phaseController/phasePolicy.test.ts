// spec: tooling §5.2 (idle-driven phase changes), §5.3
import { describe, expect, it } from 'vitest';
import { createPhasePolicy, type PhaseControllerMode } from './phasePolicy.js';

/** Feeds blocks start+1… with the given user-transaction counts; returns the numbers that triggered a change. */
const run = (mode: PhaseControllerMode, start: number, txs: number[], includedAfter = 1): number[] => {
  const policy = createPhasePolicy(mode, start);
  const triggers: number[] = [];
  txs.forEach((userTransactions, i) => {
    const number = start + 1 + i;
    if (policy.observe({ number, userTransactions })) {
      triggers.push(number);
      policy.changed(number, number + includedAfter);
    }
  });
  return triggers;
};

describe('phase policy (tooling §5.2)', () => {
  it('idle: advances after exactly N idle blocks, then counts again above the block carrying the change', () => {
    // Blocks 11..: idle, idle, idle → change at 13 included in 14 (which holds our tx), then 15, 16, 17 → 17.
    expect(run({ kind: 'idle', idleBlocks: 3 }, 10, [0, 0, 0, 1, 0, 0, 0, 0])).toEqual([13, 17]);
  });

  it('idle: never advances while every block holds a transaction; one busy block resets the count', () => {
    expect(run({ kind: 'idle', idleBlocks: 2 }, 0, [1, 1, 1, 1, 1, 1])).toEqual([]);
    expect(run({ kind: 'idle', idleBlocks: 3 }, 0, [0, 0, 1, 0, 0, 2, 0, 0, 0])).toEqual([9]);
  });

  it('idle: blocks up to the start block are ignored', () => {
    const p = createPhasePolicy({ kind: 'idle', idleBlocks: 1 }, 5);
    expect(p.observe({ number: 5, userTransactions: 0 })).toBe(false);
    expect(p.observe({ number: 6, userTransactions: 0 })).toBe(true);
  });

  it('QUIRK tooling §5.2 (armed): with waitForActivity, nothing happens before the first user transaction', () => {
    const mode: PhaseControllerMode = { kind: 'idle', idleBlocks: 2, waitForActivity: true };
    expect(run(mode, 0, [0, 0, 0, 0, 0])).toEqual([]);
    // Activity at 3 arms it; 4, 5 idle → change at 5; armed stays set afterwards (as upstream).
    expect(run(mode, 0, [0, 0, 1, 0, 0, 0, 0, 0])).toEqual([5, 8]);
  });

  it('every: changes every N blocks whatever they hold, the changes landing N blocks apart', () => {
    expect(run({ kind: 'every', everyBlocks: 4 }, 100, [1, 0, 3, 0, 0, 0, 0, 1, 0, 0, 0, 0])).toEqual([
      104, 108, 112,
    ]);
  });

  it('every: a change included late does not fire the next one at once', () => {
    // Decided at 3, included at 9 (slow node): the next change waits for 4 blocks above 8.
    const p = createPhasePolicy({ kind: 'every', everyBlocks: 4 }, 0);
    for (const n of [1, 2]) expect(p.observe({ number: n, userTransactions: 0 })).toBe(false);
    expect(p.observe({ number: 3, userTransactions: 0 })).toBe(false);
    expect(p.observe({ number: 4, userTransactions: 0 })).toBe(true);
    p.changed(4, 9);
    for (const n of [5, 6, 7, 8, 9, 10, 11])
      expect(p.observe({ number: n, userTransactions: 0 })).toBe(false);
    expect(p.observe({ number: 12, userTransactions: 0 })).toBe(true);
  });
});
