import { describe, expect, it } from 'vitest';
import { inVotingWindow, votingWindow } from './votingWindow.js';

const DAY = 86_400_000n;

describe('votingWindow (economy §6.5)', () => {
  it.each([
    // mock: s = 7, L = 5, C = 3 days, lifetime 240 000 ms → P = 1, W = {3, 4, 5} (Verified in §6.5)
    [7, 5, 240_000n, 3n * DAY, { first: 3, last: 5 }],
    // Kusama: L = 5, P = ceil(9 d / 10 d) = 1 → W = {s−4, s−3, s−2}
    [10, 5, 9n * DAY, 10n * DAY, { first: 6, last: 8 }],
    // dev: L = 337, 20 min lifetime, 60 min cycle → lo saturates to 0, + P = 1
    [3, 337, 1_200_000n, 3_600_000n, { first: 1, last: 1 }],
    // a new chain: s = 1 → empty window
    [1, 337, 1_200_000n, 3_600_000n, { first: 1, last: 0 }],
  ] as const)('s=%i L=%i lifetime=%s cycle=%s', (s, l, lifetime, cycle, expected) => {
    expect(
      votingWindow({
        startCindex: s,
        reputationLifetime: l,
        proposalLifetime: lifetime,
        cycleDuration: cycle,
      }),
    ).toEqual(expected);
  });

  it('accepts 3, 4, 5 and rejects 2 and 6 in the mock window', () => {
    const w = { first: 3, last: 5 };
    expect([1, 2, 3, 4, 5, 6].map((k) => inVotingWindow(w, k))).toEqual([
      false,
      false,
      true,
      true,
      true,
      false,
    ]);
  });

  it('a zero cycle is the pallet MathError', () => {
    expect(() =>
      votingWindow({ startCindex: 3, reputationLifetime: 5, proposalLifetime: 1n, cycleDuration: 0n }),
    ).toThrow(/MathError/);
  });
});
