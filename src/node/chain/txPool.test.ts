// spec: substrate-compat §3.4 (codes 1001/1010–1016, status stream), §9 (ready/future by tags, priority, revalidation)
import { describe, expect, it } from 'vitest';
import { toHex } from '../../primitives/common/bytes.js';
import type { TransactionValidityValue } from '../../runtime/executive/validity.js';
import { type Extrinsic, ExtrinsicDecodeError } from '../../runtime/extrinsic/uncheckedExtrinsic.js';
import { type PoolError, TransactionPool, type TxEvent } from './txPool.js';

/** A fake transaction: byte 0 = id; validity from a table keyed by id. */
interface Fake {
  who: number;
  nonce: number;
  priority?: bigint;
}

const tag = (who: number, nonce: number) => Uint8Array.of(who, nonce);

const setup = (chainNonce: Map<number, number> = new Map(), max?: number) => {
  const fakes = new Map<number, Fake>();
  const invalid = new Set<number>();
  const pool = new TransactionPool({
    decode: (bytes) => {
      if (bytes[0] === 0xff) throw new ExtrinsicDecodeError('not an extrinsic');
      const f = fakes.get(bytes[0]!)!;
      return {
        signed: { address: { tag: 'Id', value: new Uint8Array(32).fill(f.who) }, extra: { nonce: f.nonce } },
        bytes,
      } as unknown as Extrinsic;
    },
    validate: (xt): TransactionValidityValue => {
      const id = xt.bytes[0]!;
      const f = fakes.get(id)!;
      const onChain = chainNonce.get(f.who) ?? 0;
      if (invalid.has(id) || f.nonce < onChain) {
        return { success: false, value: { tag: 'Invalid', value: { tag: 'Stale', value: undefined } } };
      }
      return {
        success: true,
        value: {
          priority: f.priority ?? 1n,
          requires: f.nonce > onChain ? [tag(f.who, f.nonce - 1)] : [],
          provides: [tag(f.who, f.nonce)],
          longevity: 64n,
          propagate: true,
        },
      };
    },
    ...(max === undefined ? {} : { maxTransactions: max }),
  });
  const add = (id: number, f: Fake) => {
    fakes.set(id, f);
    return Uint8Array.of(id);
  };
  return { pool, add, invalid, chainNonce };
};

const refused = (fn: () => unknown): PoolError => {
  try {
    fn();
  } catch (e) {
    return e as PoolError;
  }
  throw new Error('expected a refusal');
};

describe('TransactionPool (substrate-compat §9)', () => {
  it('orders ready transactions by dependency, then priority, then arrival', () => {
    const { pool, add } = setup();
    pool.submit(add(1, { who: 1, nonce: 1, priority: 9n }));
    pool.submit(add(2, { who: 2, nonce: 0, priority: 1n }));
    pool.submit(add(3, { who: 1, nonce: 0, priority: 5n }));
    pool.submit(add(4, { who: 3, nonce: 0, priority: 5n }));
    expect(pool.readyInOrder().map((t) => t.bytes[0])).toEqual([3, 1, 4, 2]);
  });

  it('holds a future transaction and announces it ready when the gap closes', () => {
    const { pool, add, chainNonce } = setup();
    const events: TxEvent['type'][] = [];
    let readyCalls = 0;
    pool.onReady(() => readyCalls++);
    const later = pool.submit(add(1, { who: 1, nonce: 2 }), (e) => events.push(e.type));
    expect(later.ready).toBe(false);
    expect(events).toEqual(['future']);
    expect(readyCalls).toBe(0);
    chainNonce.set(1, 2); // nonces 0 and 1 were included by someone else
    pool.revalidate();
    expect(events).toEqual(['future', 'ready']);
    expect(readyCalls).toBe(1);
    expect(pool.nextNonce(toHex(new Uint8Array(32).fill(1)), 2)).toBe(3);
  });

  it('refuses duplicates (1013), lower or equal priority for a taken nonce (1014), and bad bytes (1001)', () => {
    const { pool, add } = setup();
    pool.submit(add(1, { who: 1, nonce: 0, priority: 5n }));
    expect(refused(() => pool.submit(Uint8Array.of(1))).code).toBe(1013);
    expect(refused(() => pool.submit(add(2, { who: 1, nonce: 0, priority: 5n }))).code).toBe(1014);
    expect(refused(() => pool.submit(Uint8Array.of(0xff)))).toMatchObject({
      code: 1001,
      message: 'Extrinsic has invalid format: invalid extrinsic: not an extrinsic',
    });
  });

  it('replaces a transaction with a higher-priority one for the same nonce (usurped)', () => {
    const { pool, add } = setup();
    const events: TxEvent[] = [];
    pool.submit(add(1, { who: 1, nonce: 0, priority: 1n }), (e) => events.push(e));
    const better = pool.submit(add(2, { who: 1, nonce: 0, priority: 2n }));
    expect(events.at(-1)).toEqual({ type: 'usurped', by: better.hash });
    expect(pool.all().map((t) => t.bytes[0])).toEqual([2]);
  });

  it('bans included transactions (1012) and tells watchers inBlock then finalized', () => {
    const { pool, add } = setup();
    const events: string[] = [];
    const tx = pool.submit(add(1, { who: 1, nonce: 0 }), (e) => events.push(e.type));
    pool.included([{ hashHex: tx.hashHex, index: 1 }], new Uint8Array(32));
    expect(events).toEqual(['ready', 'inBlock', 'finalized']);
    expect(pool.size).toBe(0);
    expect(refused(() => pool.submit(Uint8Array.of(1))).code).toBe(1012);
  });

  it('drops transactions that became invalid on revalidation and refuses invalid ones at once (1010)', () => {
    const { pool, add, invalid } = setup();
    const events: string[] = [];
    pool.submit(add(1, { who: 1, nonce: 0 }), (e) => events.push(e.type));
    invalid.add(1);
    pool.revalidate();
    expect(events).toEqual(['ready', 'invalid']);
    invalid.add(2);
    expect(refused(() => pool.submit(add(2, { who: 2, nonce: 0 })))).toMatchObject({
      code: 1010,
      message: 'Invalid Transaction',
      data: 'Transaction is outdated',
    });
  });

  it('refuses beyond its capacity (1016)', () => {
    const { pool, add } = setup(new Map(), 1);
    pool.submit(add(1, { who: 1, nonce: 0 }));
    expect(refused(() => pool.submit(add(2, { who: 2, nonce: 0 }))).code).toBe(1016);
  });
});
