import { describe, expect, it } from 'vitest';
import { InvalidInputError } from '../common/errors.js';
import { communityDecision, evaluateCommunity } from './decision.js';

const ONE = 1n << 64n;
const truncated6 = (bits: bigint) =>
  `${bits >> 64n}.${(((bits & (ONE - 1n)) * 10n ** 6n) >> 64n).toString().padStart(6, '0')}`;

describe('worked-example community decisions (economy §9.12, MinTurnout 50 ‰)', () => {
  // [community, E, t, a, turnout ‰, AQB threshold as printed, decision]
  const rows: [string, bigint, bigint, bigint, bigint, string | undefined, string][] = [
    ['C1', 1000n, 120n, 100n, 120n, '89.125887', 'Aye'],
    ['C2', 250n, 30n, 10n, 120n, '22.281471', 'Nay'],
    ['C3', 60n, 2n, 2n, 33n, undefined, 'Abstain'],
    ['C4', 20n, 10n, 9n, 500n, '5.857864', 'Aye'],
  ];
  it.each(rows)('%s: E %s, t %s, a %s', (_c, e, t, a, permille, threshold, decision) => {
    const v = evaluateCommunity(e, { turnout: t, ayes: a }, 50n);
    expect(v.turnoutPermille).toBe(permille);
    expect(v.threshold === undefined ? undefined : truncated6(v.threshold)).toBe(threshold);
    expect(v.decision).toBe(decision);
  });
});

describe('community decision branches (economy §9.8)', () => {
  it('a community that did not vote abstains', () => {
    expect(communityDecision(1000n, { turnout: 0n, ayes: 0n }, 50n)).toBe('Abstain');
  });
  it('QUIRK §10 item 15 — with MinTurnout 0 and no votes the AQB arithmetic fails (t = 0): Abstain', () => {
    expect(evaluateCommunity(10n, { turnout: 0n, ayes: 0n }, 0n)).toEqual({
      turnoutPermille: 0n,
      threshold: undefined,
      decision: 'Abstain',
    });
  });
  it('turnout exactly at MinTurnout decides (only "<" abstains)', () => {
    expect(communityDecision(1000n, { turnout: 50n, ayes: 41n }, 50n)).toBe('Aye');
    expect(communityDecision(1000n, { turnout: 50n, ayes: 40n }, 50n)).toBe('Nay');
    expect(communityDecision(1000n, { turnout: 49n, ayes: 49n }, 50n)).toBe('Abstain');
  });
});

// The §6.7 vectors (MinTurnout 20 ‰): "not passing (turnout)" becomes Abstain here, not Nay.
describe('§6.7 AQB vectors as community decisions (economy §6.7, §9.8)', () => {
  const rows: [bigint, bigint, bigint, string][] = [
    [100n, 1n, 1n, 'Abstain'],
    [100n, 10n, 6n, 'Nay'],
    [100n, 10n, 7n, 'Nay'],
    [100n, 10n, 8n, 'Aye'],
    [100n, 10n, 9n, 'Aye'],
    [100n, 100n, 50n, 'Nay'],
    [100n, 100n, 51n, 'Aye'],
    [100n, 100n, 60n, 'Aye'],
    [100n, 100n, 90n, 'Aye'],
    [1000n, 50n, 40n, 'Nay'],
    [1000n, 50n, 41n, 'Aye'],
    [9n, 9n, 4n, 'Nay'],
    [9n, 9n, 5n, 'Aye'],
    [4n, 4n, 2n, 'Nay'],
    [3n, 3n, 1n, 'Nay'],
    [3n, 3n, 2n, 'Aye'],
    [2n, 2n, 1n, 'Aye'],
    [1000n, 1000n, 500n, 'Aye'],
  ];
  it.each(rows)('E %s, t %s, a %s → %s', (e, t, a, decision) => {
    expect(communityDecision(e, { turnout: t, ayes: a }, 20n)).toBe(decision);
  });
});

describe('internal tie (economy §9.10)', () => {
  it('2 of 4 votes at full turnout → Nay', () => {
    expect(communityDecision(4n, { turnout: 4n, ayes: 2n }, 50n)).toBe('Nay');
  });
  it('QUIRK §10 item 15 — E = T = 2, a = 1 → Aye (fixed-point rounding)', () => {
    expect(communityDecision(2n, { turnout: 2n, ayes: 1n }, 50n)).toBe('Aye');
  });
});

describe('malformed community input', () => {
  const cases: [string, bigint, bigint, bigint, bigint][] = [
    ['empty electorate (never eligible)', 0n, 0n, 0n, 50n],
    ['ayes above turnout', 10n, 2n, 3n, 50n],
    ['negative turnout', 10n, -1n, 0n, 50n],
    ['turnout beyond u128', 10n, 1n << 128n, 0n, 50n],
    ['negative MinTurnout', 10n, 2n, 1n, -1n],
  ];
  it.each(cases)('%s → InvalidInputError', (_what, e, t, a, min) => {
    expect(() => evaluateCommunity(e, { turnout: t, ayes: a }, min)).toThrow(InvalidInputError);
  });
});
