// spec: substrate-compat §3.4 (codes 1001/1010–1016, status stream), §9 (ready/future by tags, priority, revalidation)
import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { toHex } from '../../primitives/common/bytes.js';
import type { TransactionValidityValue } from '../../runtime/executive/validity.js';
import { type Extrinsic, ExtrinsicDecodeError } from '../../runtime/extrinsic/uncheckedExtrinsic.js';
import type { SignatureJob } from '../verify/signatureJob.js';
import { PoolError, TransactionPool, type TxEvent } from './txPool.js';

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

/** The inclusion order by the rule itself (dependencies first, then priority, then arrival), the slow way. */
const modelOrder = (ready: { id: number; who: number; nonce: number; priority: bigint; seq: number }[]) => {
  const out: number[] = [];
  const left = [...ready];
  while (left.length > 0) {
    const unlocked = left.filter((t) => !left.some((o) => o.who === t.who && o.nonce < t.nonce));
    unlocked.sort((a, b) => (a.priority !== b.priority ? (a.priority > b.priority ? -1 : 1) : a.seq - b.seq));
    const next = unlocked[0]!;
    out.push(next.id);
    left.splice(left.indexOf(next), 1);
  }
  return out;
};

describe('TransactionPool at scale and with batched signature checks (ARCHITECTURE §5)', () => {
  const submission = fc.record({
    who: fc.integer({ min: 1, max: 4 }),
    nonce: fc.integer({ min: 0, max: 5 }),
    priority: fc.bigInt({ min: 1n, max: 4n }),
  });

  test.prop([fc.array(submission, { maxLength: 40 }), fc.integer({ min: 0, max: 2 })])(
    'readiness and block order match the rule: a nonce is ready when every lower one waits in the pool',
    (subs, chainNonceOfOne) => {
      const { pool, add } = setup(new Map([[1, chainNonceOfOne]]));
      const accepted = new Map<
        number,
        { id: number; who: number; nonce: number; priority: bigint; seq: number }
      >();
      subs.forEach((f, i) => {
        const id = i + 1;
        try {
          const tx = pool.submit(add(id, f));
          for (const [k, a] of accepted) if (a.who === f.who && a.nonce === f.nonce) accepted.delete(k);
          accepted.set(id, { id, ...f, seq: tx.seq });
        } catch (e) {
          if (!(e instanceof PoolError)) throw e;
        }
      });
      const inPool = [...accepted.values()];
      const base = (who: number) => (who === 1 ? chainNonceOfOne : 0);
      const ready = inPool.filter((t) => {
        for (let n = base(t.who); n < t.nonce; n++)
          if (!inPool.some((o) => o.who === t.who && o.nonce === n)) return false;
        return t.nonce >= base(t.who);
      });
      expect(
        new Set(
          pool
            .all()
            .filter((t) => t.ready)
            .map((t) => t.bytes[0]),
        ),
      ).toEqual(new Set(ready.map((t) => t.id)));
      expect(pool.hasReady).toBe(ready.length > 0);
      expect(pool.readyInOrder().map((t) => t.bytes[0])).toEqual(modelOrder(ready));
    },
  );

  it('makes a long nonce chain ready in one step when its first nonce arrives last', () => {
    const { pool, add } = setup();
    let announcements = 0;
    pool.onReady(() => announcements++);
    const ids = Array.from({ length: 250 }, (_, n) => n);
    for (const n of ids.slice(1).reverse()) pool.submit(add(n + 1, { who: 1, nonce: n }));
    expect(pool.hasReady).toBe(false);
    pool.submit(add(1, { who: 1, nonce: 0 }));
    expect(announcements).toBe(1);
    expect(pool.readyInOrder().map((t) => t.bytes[0])).toEqual(ids.map((n) => n + 1));
  });

  it('submitAsync verifies the signature job first, then validates; the same bytes twice are imported once', async () => {
    const calls: string[] = [];
    const pool = new TransactionPool({
      decode: (bytes) =>
        ({
          signed: { address: { tag: 'Id', value: new Uint8Array(32).fill(1) }, extra: { nonce: 0 } },
          bytes,
        }) as unknown as Extrinsic,
      validate: (xt) => {
        calls.push(`validate ${xt.bytes[0]}`);
        return {
          success: true,
          value: { priority: 1n, requires: [], provides: [tag(1, 0)], longevity: 64n, propagate: true },
        };
      },
      signatureJob: (xt): SignatureJob => ({
        signature: { tag: 'Ed25519', value: new Uint8Array(64) },
        message: xt.bytes,
        account: new Uint8Array(32),
      }),
      preverify: async (jobs) => {
        calls.push(`preverify ${jobs.map((j) => j.message[0]).join(',')}`);
        await new Promise((r) => setTimeout(r, 5));
      },
    });
    const [first, second] = await Promise.allSettled([
      pool.submitAsync(Uint8Array.of(1)),
      pool.submitAsync(Uint8Array.of(1)),
    ]);
    expect(first.status).toBe('fulfilled');
    expect(second).toMatchObject({ status: 'rejected', reason: { code: 1013 } });
    expect(calls).toEqual(['preverify 1', 'preverify 1', 'validate 1']);
    // Refused before any signature work once it is in the pool.
    await expect(pool.submitAsync(Uint8Array.of(1))).rejects.toMatchObject({ code: 1013 });
    expect(calls).toHaveLength(3);
  });
});
