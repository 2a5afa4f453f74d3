// spec: economy §6.5 (voting window W(s), P = ceil(ProposalLifetime / C), MathError)
import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { PalletError } from '../../framework/errors.js';
import { MemoryState, OverlayState } from '../../framework/state.js';
import { GlobalReputationCount, ReputationCount, ReputationLifetime } from '../ceremonies/storage.js';
import { PhaseDurations } from '../scheduler/storage.js';
import { electorateOf, inWindow, proposalLifetimeCycles, votingWindow } from './window.js';

const DAY = 86_400_000n;
const U64_MAX = (1n << 64n) - 1n;
const cid = { geohash: new Uint8Array(5).fill(0x61), digest: Uint8Array.of(1, 1, 1, 1) };
const cid2 = { geohash: new Uint8Array(5).fill(0x62), digest: Uint8Array.of(2, 2, 2, 2) };

const stateWith = (lifetime: number, phases: [bigint, bigint, bigint]) => {
  const state = new OverlayState(new MemoryState());
  ReputationLifetime.set(state, lifetime);
  PhaseDurations.set(state, 'Registering', phases[0]);
  PhaseDurations.set(state, 'Assigning', phases[1]);
  PhaseDurations.set(state, 'Attesting', phases[2]);
  return state;
};
const members = (w: { lo: number; hi: number }) =>
  Array.from({ length: Math.max(w.hi - w.lo + 1, 0) }, (_, i) => w.lo + i);
const mathError = (fn: () => unknown) => {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(PalletError);
    expect((e as PalletError).variant).toBe('MathError');
    return;
  }
  throw new Error('expected MathError');
};

describe('economy §6.5 — voting window', () => {
  it('mock: s = 7, L = 5, C = 3 days, lifetime 240 000 ms → P = 1, W = {3, 4, 5}; 1, 2, 6 are outside', () => {
    const state = stateWith(5, [DAY, DAY, DAY]);
    expect(proposalLifetimeCycles(state, 240_000n)).toBe(1);
    const w = votingWindow(state, 7, 240_000n);
    expect(members(w)).toEqual([3, 4, 5]);
    expect([1, 2, 6].map((k) => inWindow(w, k))).toEqual([false, false, false]);
  });

  it('Kusama: L = 5, C = 10 days, lifetime 9 days → P = 1, W = {s−4, s−3, s−2}', () => {
    const state = stateWith(5, [7n * DAY, DAY, 2n * DAY]);
    expect(proposalLifetimeCycles(state, 9n * DAY)).toBe(1);
    expect(members(votingWindow(state, 20, 9n * DAY))).toEqual([16, 17, 18]);
  });

  it('dev: L = 337, C = 60 min, lifetime 20 min → P = 1, W = [s−336, s−2] floored at 1', () => {
    const min = 60_000n;
    const state = stateWith(337, [20n * min, 20n * min, 20n * min]);
    expect(proposalLifetimeCycles(state, 20n * min)).toBe(1);
    expect(votingWindow(state, 10, 20n * min)).toEqual({ lo: 1, hi: 8 });
  });

  it('P is a ceiling: a lifetime of exactly one cycle is 1, one millisecond more is 2, 0 is 0', () => {
    const state = stateWith(5, [DAY, DAY, DAY]);
    expect(proposalLifetimeCycles(state, 3n * DAY)).toBe(1);
    expect(proposalLifetimeCycles(state, 3n * DAY + 1n)).toBe(2);
    expect(proposalLifetimeCycles(state, 0n)).toBe(0);
    expect(members(votingWindow(state, 7, 3n * DAY + 1n))).toEqual([4, 5]);
  });

  it('early ceremonies: saturating subtractions give an empty window (lo > hi)', () => {
    const state = stateWith(5, [DAY, DAY, DAY]);
    expect(votingWindow(state, 1, 240_000n)).toEqual({ lo: 1, hi: 0 });
    expect(members(votingWindow(state, 2, 240_000n))).toEqual([]);
    expect(members(votingWindow(state, 3, 240_000n))).toEqual([1]);
  });

  it('MathError: a zero cycle (C = 0) or u64 overflow of ProposalLifetime + C', () => {
    mathError(() => votingWindow(stateWith(5, [0n, 0n, 0n]), 7, 240_000n));
    mathError(() => votingWindow(stateWith(5, [DAY, DAY, DAY]), 7, U64_MAX));
    mathError(() => votingWindow(stateWith(5, [U64_MAX, 1n, 0n]), 7, 1n));
  });

  test.prop([fc.integer({ min: 0, max: 1000 }), fc.integer({ min: 0, max: 400 }), fc.bigInt(1n, 30n * DAY)])(
    'W(s) never contains s − 1 or s, and never reaches below s − L',
    (s, lifetime, proposalLifetime) => {
      const w = votingWindow(stateWith(lifetime, [DAY, DAY, DAY]), s, proposalLifetime);
      for (const k of members(w)) {
        expect(k).toBeLessThanOrEqual(s - 2);
        expect(k).toBeGreaterThanOrEqual(s - lifetime);
      }
    },
  );
});

describe('economy §6.5 — electorate', () => {
  it('Alice at (cid, 4), (cid, 5), Bob at (cid2, 3..5), s = 7: global 5, community(cid) 2', () => {
    const state = stateWith(5, [DAY, DAY, DAY]);
    const counts: [typeof cid, number][] = [
      [cid, 4],
      [cid, 5],
      [cid2, 3],
      [cid2, 4],
      [cid2, 5],
    ];
    for (const [c, k] of counts) {
      ReputationCount.mutate(state, [c, k], (n) => n + 1n);
      GlobalReputationCount.mutate(state, k, (n) => n + 1n);
    }
    const w = votingWindow(state, 7, 240_000n);
    expect(electorateOf(state, { tag: 'Global', value: undefined }, w)).toBe(5n);
    expect(electorateOf(state, { tag: 'Community', value: cid }, w)).toBe(2n);
    expect(electorateOf(state, { tag: 'Community', value: cid2 }, w)).toBe(3n);
  });

  it('counts outside the window are ignored; a huge window sums the stored counts instead', () => {
    const state = stateWith(5, [DAY, DAY, DAY]);
    for (const k of [1, 2, 3, 6, 7]) {
      ReputationCount.set(state, [cid, k], BigInt(k));
      GlobalReputationCount.set(state, k, 10n * BigInt(k));
    }
    const w = votingWindow(state, 7, 240_000n);
    expect(electorateOf(state, { tag: 'Community', value: cid }, w)).toBe(3n);
    const wide = { lo: 2, hi: 4_000_000_000 };
    expect(electorateOf(state, { tag: 'Community', value: cid }, wide)).toBe(2n + 3n + 6n + 7n);
    expect(electorateOf(state, { tag: 'Global', value: undefined }, wide)).toBe(180n);
  });

  it('a sum beyond u128 is a MathError', () => {
    const state = stateWith(5, [DAY, DAY, DAY]);
    GlobalReputationCount.set(state, 4, (1n << 128n) - 1n);
    GlobalReputationCount.set(state, 5, 1n);
    mathError(() =>
      electorateOf(state, { tag: 'Global', value: undefined }, votingWindow(state, 7, 240_000n)),
    );
  });
});
