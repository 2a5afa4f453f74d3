import { describe, expect, it } from 'vitest';
import { NoEligibleCommunitiesError } from './errors.js';
import { buildSnapshot, isEligible, sumWeights } from './snapshot.js';

const ONE = 1n << 64n;
const cid = (geohash: string, d: number) => ({
  geohash: new TextEncoder().encode(geohash),
  digest: Uint8Array.of(0, 0, 0, d),
});

describe('snapshot of the worked example (economy §9.12)', () => {
  const census = [
    { cid: cid('u0qj1', 1), reputables: 400n, electorate: 1000n },
    { cid: cid('u0qj2', 2), reputables: 100n, electorate: 250n },
    { cid: cid('u0qj3', 3), reputables: 25n, electorate: 60n },
    { cid: cid('u0qj4', 4), reputables: 9n, electorate: 20n },
    { cid: cid('u0qj5', 5), reputables: 0n, electorate: 0n },
  ];
  it('keeps C1–C4 in order, drops C5, and W_tot = 38 at α = 1/2', () => {
    const { entries, totalWeight } = buildSnapshot(census, [1, 2]);
    expect(entries.map((e) => e.cid.digest[3])).toEqual([1, 2, 3, 4]);
    expect(entries.map((e) => e.weight)).toEqual([20n * ONE, 10n * ONE, 5n * ONE, 3n * ONE]);
    expect(entries.map((e) => [e.electorate, e.reputables])).toEqual([
      [1000n, 400n],
      [250n, 100n],
      [60n, 25n],
      [20n, 9n],
    ]);
    expect(totalWeight).toBe(38n * ONE);
  });
  it('W_tot = 534 at α = 1 and 4 at α = 0', () => {
    expect(buildSnapshot(census, [1, 1]).totalWeight).toBe(534n * ONE);
    expect(buildSnapshot(census, [0, 1]).totalWeight).toBe(4n * ONE);
  });
});

describe('eligibility (economy §9.3, §9.10)', () => {
  const rows: [string, bigint, bigint, boolean][] = [
    ['zero reputables', 0n, 5n, false],
    ['zero electorate', 3n, 0n, false],
    ['neither', 0n, 0n, false],
    ['one reputable, one attendance', 1n, 1n, true],
  ];
  it.each(rows)('%s → eligible %s', (_what, reputables, electorate, eligible) => {
    expect(isEligible({ reputables, electorate })).toBe(eligible);
  });

  it('a community with zero reputables is not in the snapshot and not in W_tot', () => {
    const { entries, totalWeight } = buildSnapshot(
      [
        { cid: cid('u0qj1', 1), reputables: 0n, electorate: 7n },
        { cid: cid('u0qj2', 2), reputables: 4n, electorate: 9n },
      ],
      [0, 1],
    );
    expect(entries).toHaveLength(1);
    expect(totalWeight).toBe(ONE);
  });

  it('no eligible community at all → NoEligibleCommunities', () => {
    expect(() => buildSnapshot([], [1, 2])).toThrow(NoEligibleCommunitiesError);
    expect(() => buildSnapshot([{ cid: cid('u0qj1', 1), reputables: 0n, electorate: 0n }], [1, 2])).toThrow(
      expect.objectContaining({ name: 'NoEligibleCommunities' }),
    );
  });

  it('refuses an invalid exponent before anything else', () => {
    expect(() => buildSnapshot([{ cid: cid('u0qj1', 1), reputables: 1n, electorate: 1n }], [1, 9])).toThrow(
      expect.objectContaining({ name: 'InvalidExponent' }),
    );
  });

  it('sums weights exactly beyond u128 (economy §9.10 weights overflow)', () => {
    const big = (1n << 128n) - 1n;
    expect(sumWeights([{ weight: big }, { weight: big }])).toBe(2n * big);
  });
});
