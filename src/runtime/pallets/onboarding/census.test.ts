// spec: economy §9.3 (N_c = distinct accounts with a verified reputation at some k ∈ W(s); E_c as democracy)
import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import type { Reputation } from '../../../primitives/scale/index.js';
import { communityCensus, countReputables } from './census.js';
import { person, setupOnboarding } from './testSupport.js';

const REPUTATIONS: Reputation[] = [
  { tag: 'VerifiedUnlinked', value: undefined },
  { tag: 'VerifiedLinked', value: 9 },
  { tag: 'UnverifiedReputable', value: undefined },
  { tag: 'Unverified', value: undefined },
];

/** A history: (community 0/1, account 0..7, cindex 0..9, kind of reputation). */
const history = fc.array(
  fc.tuple(
    fc.integer({ min: 0, max: 1 }),
    fc.integer({ min: 0, max: 7 }),
    fc.integer({ min: 0, max: 9 }),
    fc.integer({ min: 0, max: 3 }),
  ),
  { maxLength: 40 },
);
const window = fc
  .tuple(fc.integer({ min: 0, max: 10 }), fc.integer({ min: 0, max: 10 }))
  .map(([a, b]) => ({ lo: Math.min(a, b), hi: Math.max(a, b) }));

describe('economy §9.3 census from storage', () => {
  test.prop([history, window], { numRuns: 60 })(
    'N_c equals the definition; E_c is Σ ReputationCount over the window',
    (events, w) => {
      const s = setupOnboarding();
      const cids = [s.cid, s.cid2];
      // The model: the last write per (community, cindex, account) wins, as in storage.
      const last = new Map<string, Reputation>();
      for (const [c, a, k, r] of events) {
        const key = `${c}:${k}:${a}`;
        // Keep the counters consistent with the ceremonies pallet: one count per verified issuance.
        if (last.has(key)) continue;
        last.set(key, REPUTATIONS[r]!);
        s.giveReputation(person(50, a), cids[c]!, k, REPUTATIONS[r]!);
      }
      const census = communityCensus(s.env.state, w);
      cids.forEach((cid, c) => {
        const verified = [...last].filter(([key, r]) => {
          const [cc, k] = key.split(':').map(Number) as [number, number];
          return (
            cc === c && k >= w.lo && k <= w.hi && (r.tag === 'VerifiedUnlinked' || r.tag === 'VerifiedLinked')
          );
        });
        const distinct = new Set(verified.map(([key]) => key.split(':')[2]));
        expect(countReputables(s.env.state, cid, w)).toBe(BigInt(distinct.size));
        expect(census[c]).toEqual({
          cid,
          electorate: BigInt(verified.length),
          reputables: BigInt(distinct.size),
        });
      });
    },
  );

  test('a wide window (lifetime near u32::MAX) reads only the stored counts and gives the same census', () => {
    const s = setupOnboarding();
    s.populate(s.cid, 10, { 3: 2, 4000000: 3 });
    expect(countReputables(s.env.state, s.cid, { lo: 0, hi: 4_000_000_000 })).toBe(3n);
    expect(countReputables(s.env.state, s.cid, { lo: 4, hi: 4_000_000_000 })).toBe(3n);
    expect(countReputables(s.env.state, s.cid, { lo: 0, hi: 3 })).toBe(2n);
  });
});
