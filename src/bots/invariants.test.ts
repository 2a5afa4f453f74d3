import { describe, expect, it } from 'vitest';
import { checkInvariants, type InvariantInput } from './invariants.js';

const ONE = 1n << 64n;
const healthy: InvariantInput = {
  ceremony: 5,
  population: 98,
  totalSupplyBits: 183n * ONE,
  totalIssuanceBits: 183n * ONE,
  merchants: 5,
  businessesOnChain: 5,
  proposals: [{ turnout: 0n }, { turnout: 7n }],
  previous: { assigned: 94, rewarded: 94 },
};

describe('per-ceremony invariants (tooling §3.8)', () => {
  it('a healthy ceremony passes', () => {
    expect(checkInvariants(healthy)).toEqual([]);
  });

  it.each<[string, Partial<InvariantInput>, RegExp]>([
    ['item 1: population > 0', { population: 0, ceremony: 1 }, /population is 0/],
    ['item 1: from c ≥ 3 population > 10', { population: 10, ceremony: 3 }, /did not grow/],
    [
      'item 3: from c ≥ 2 supply > 0',
      { ceremony: 2, totalSupplyBits: 0n, totalIssuanceBits: 0n },
      /total supply is 0/,
    ],
    ['item 4: from c ≥ 3 at least 5 merchants', { ceremony: 3, merchants: 4 }, /4 merchant/],
    [
      'item 4: from c ≥ 3 at least 5 businesses on chain',
      { ceremony: 3, businessesOnChain: 2 },
      /2 business/,
    ],
    ['item 7: from c ≥ 5 a proposal exists', { proposals: [] }, /no democracy proposal/],
    ['item 7: from c ≥ 5 some turnout', { proposals: [{ turnout: 0n }] }, /no proposal has any turnout/],
    ['added: supply equals issuance', { totalIssuanceBits: 184n * ONE }, /total issuance/],
    ['added: all assigned were rewarded', { previous: { assigned: 94, rewarded: 90 } }, /90 of 94/],
  ])('%s', (_name, change, message) => {
    const failures = checkInvariants({ ...healthy, ...change });
    expect(failures).toHaveLength(1);
    expect(failures[0]).toMatch(message);
  });

  it('early ceremonies are not held to later thresholds', () => {
    expect(
      checkInvariants({
        ...healthy,
        ceremony: 1,
        population: 10,
        totalSupplyBits: 0n,
        totalIssuanceBits: 0n,
        merchants: 0,
        businessesOnChain: 0,
        proposals: [],
        previous: undefined,
      }),
    ).toEqual([]);
  });

  it('tolerates the rounding of per-account demurrage (10^-9 CC) but not more', () => {
    expect(checkInvariants({ ...healthy, totalIssuanceBits: healthy.totalSupplyBits + 1000n })).toEqual([]);
    expect(
      checkInvariants({ ...healthy, totalIssuanceBits: healthy.totalSupplyBits + ONE / 1000n }),
    ).toHaveLength(1);
  });
});
