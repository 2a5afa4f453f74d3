import { fc, test as fcTest } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import {
  allocateEndorsements,
  ENDORSEMENTS_PER_CEREMONY,
  newbiesFor,
  planGrowth,
  type TicketBalance,
} from './growthPolicy.js';

const tickets = (...remaining: number[]): TicketBalance[] =>
  remaining.map((r, i) => ({ account: `b${i}`, remaining: r }));
const TEN_BOOTSTRAPPERS = tickets(5, 5, 5, 5, 5, 5, 5, 5, 5, 5);

describe('growth policy (tooling §3.6 step 4)', () => {
  it('grows nothing before the first income (total supply 0)', () => {
    expect(
      planGrowth({ population: 10, totalSupply: 0, maxPopulation: 1000, tickets: TEN_BOOTSTRAPPERS }),
    ).toEqual({
      endorsements: [],
      endorsees: 0,
      newbies: 0,
    });
  });

  it('10 endorsements from the first two bootstrappers (5 tickets each) and ⌊P/1.5⌋ newbies', () => {
    const plan = planGrowth({
      population: 10,
      totalSupply: 10,
      maxPopulation: 1000,
      tickets: TEN_BOOTSTRAPPERS,
    });
    expect(plan.endorsements).toEqual([
      { endorser: 'b0', count: 5 },
      { endorser: 'b1', count: 5 },
    ]);
    expect(plan.endorsees).toBe(10);
    // ⌊10 / 1.5⌋ = 6
    expect(plan.newbies).toBe(6);
  });

  it.each([
    // P, max, expected newbies = min(⌊P/1.5⌋, max − P), never negative
    [10, 1000, 6],
    [26, 1000, 17],
    [53, 1000, 35],
    [98, 1000, 65],
    [98, 100, 2],
    [100, 100, 0],
    [110, 100, 0],
    [0, 100, 0],
    [1, 100, 0],
    [2, 100, 1],
    [3, 100, 2],
  ])('newbies for population %i and max %i: %i', (p, max, expected) => {
    expect(newbiesFor(p, max)).toBe(expected);
  });

  it('P excludes this ceremony’s endorsees (generation C, not B)', () => {
    // Generation B used ⌊(P + endorsees)/1.5⌋ = ⌊20/1.5⌋ = 13; the current rule gives ⌊10/1.5⌋ = 6.
    expect(
      planGrowth({ population: 10, totalSupply: 1, maxPopulation: 1000, tickets: TEN_BOOTSTRAPPERS }).newbies,
    ).toBe(6);
  });

  it('allocates greedily in bootstrapper order, skipping empty ones', () => {
    expect(allocateEndorsements(tickets(3, 0, 5, 5, 5))).toEqual([
      { endorser: 'b0', count: 3 },
      { endorser: 'b2', count: 5 },
      { endorser: 'b3', count: 2 },
    ]);
  });

  it('endorses fewer than 10, then none, once tickets run out ("Can\'t endorse anymore")', () => {
    expect(
      planGrowth({ population: 50, totalSupply: 50, maxPopulation: 1000, tickets: tickets(0, 4, 0) })
        .endorsees,
    ).toBe(4);
    expect(
      planGrowth({ population: 50, totalSupply: 50, maxPopulation: 1000, tickets: tickets(0, 0) }),
    ).toMatchObject({
      endorsements: [],
      endorsees: 0,
      newbies: 33,
    });
  });

  it('with 50 bootstrapper tickets, 5 growth ceremonies spend them all (if bootstrapper tickets are burned)', () => {
    let left = TEN_BOOTSTRAPPERS.map((t) => ({ ...t }));
    const per: number[] = [];
    for (let c = 0; c < 6; c++) {
      const slices = allocateEndorsements(left);
      per.push(slices.reduce((n, s) => n + s.count, 0));
      left = left.map((t) => ({
        ...t,
        remaining: t.remaining - (slices.find((s) => s.endorser === t.account)?.count ?? 0),
      }));
    }
    expect(per).toEqual([10, 10, 10, 10, 10, 0]);
  });

  it('the 7-ceremony population sequence of 10 bootstrappers with max population 100', () => {
    // Hand-computed from the rule: P(c+1) = P(c) + 10 + max(0, min(⌊P(c)/1.5⌋, 100 − P(c))), growth from c = 2.
    const rows: number[] = [];
    let p = 10;
    for (let c = 1; c <= 7; c++) {
      rows.push(p);
      const plan = planGrowth({
        population: p,
        totalSupply: c >= 2 ? 1 : 0,
        maxPopulation: 100,
        tickets: TEN_BOOTSTRAPPERS,
      });
      p += plan.endorsees + plan.newbies;
    }
    expect(rows).toEqual([10, 10, 26, 53, 98, 110, 120]);
  });

  fcTest.prop([fc.nat(1_000_000)])('⌊2P/3⌋ equals ⌊P/1.5⌋ for every integer P', (p) => {
    expect(newbiesFor(p, Number.MAX_SAFE_INTEGER)).toBe(Math.floor(p / 1.5));
  });

  fcTest.prop([
    fc.nat(5000),
    fc.nat(5000),
    fc.array(fc.nat(60), { maxLength: 30 }),
    fc.integer({ min: 0, max: 30 }),
  ])('never more than wanted or than the tickets, never a negative count', (p, max, remaining, wanted) => {
    const t = tickets(...remaining);
    const plan = planGrowth({
      population: p,
      totalSupply: 1,
      maxPopulation: max,
      tickets: t,
      endorsements: wanted,
    });
    const total = remaining.reduce((a, b) => a + b, 0);
    expect(plan.endorsees).toBe(Math.min(wanted, total));
    expect(plan.newbies).toBeGreaterThanOrEqual(0);
    if (p <= max) expect(p + plan.newbies).toBeLessThanOrEqual(max);
    for (const s of plan.endorsements) expect(s.count).toBeGreaterThan(0);
  });

  it('the default is 10 endorsements per ceremony', () => {
    expect(ENDORSEMENTS_PER_CEREMONY).toBe(10);
  });
});
