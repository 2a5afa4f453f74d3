// spec: tooling §4.2 (caps are this service's addition: upstream had none)
import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { FundingLedger } from './fundingLedger.js';

describe('per-account funding cap', () => {
  it('counts reservations in flight, so concurrent requests cannot pass the cap together', () => {
    const l = new FundingLedger(250n);
    expect(l.reserve(['a'], 100n)).toEqual([]);
    expect(l.reserve(['a'], 100n)).toEqual([]);
    expect(l.reserve(['a'], 100n)).toEqual([{ key: 'a', received: 0n, pending: 200n }]);
    l.settle('a', 100n, true);
    l.settle('a', 100n, false); // a failed transfer gives its share back
    expect([l.received('a'), l.pending('a')]).toEqual([100n, 0n]);
    expect(l.reserve(['a'], 100n)).toEqual([]);
    expect(l.reserve(['a'], 100n)).toEqual([{ key: 'a', received: 100n, pending: 100n }]);
  });

  it('reserves for all accounts of a request or for none', () => {
    const l = new FundingLedger(100n);
    l.reserve(['a'], 100n);
    expect(l.reserve(['b', 'a', 'c'], 100n).map((o) => o.key)).toEqual(['a']);
    expect([l.pending('b'), l.pending('c')]).toEqual([0n, 0n]);
  });

  it('without a cap, never refuses', () => {
    const l = new FundingLedger(undefined);
    for (let i = 0; i < 5; i++) expect(l.reserve(['a'], 1n << 100n)).toEqual([]);
  });

  test.prop([fc.array(fc.tuple(fc.bigInt({ min: 1n, max: 50n }), fc.boolean()), { maxLength: 40 })])(
    'funded + pending never exceeds the cap, whatever the order of reservations and outcomes',
    (steps) => {
      const cap = 120n;
      const l = new FundingLedger(cap);
      const open: bigint[] = [];
      for (const [amount, ok] of steps) {
        if (l.reserve(['x'], amount).length === 0) open.push(amount);
        expect(l.received('x') + l.pending('x')).toBeLessThanOrEqual(cap);
        if (open.length > 0 && ok) l.settle('x', open.shift()!, amount % 2n === 0n);
      }
    },
  );
});
