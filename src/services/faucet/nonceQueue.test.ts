// spec: tooling §4.3 (PR #110: concurrent funding must not clash on the funder's nonce)
import { describe, expect, it } from 'vitest';
import { NonceQueue } from './nonceQueue.js';

const chain = (values: number[]) => {
  const calls: number[] = [];
  return {
    calls,
    fetch: async () => {
      const v = values[Math.min(calls.length, values.length - 1)]!;
      calls.push(v);
      await new Promise((r) => setTimeout(r, 1));
      return v;
    },
  };
};

describe('funder nonce queue', () => {
  it('hands out distinct consecutive nonces to concurrent batches with one chain read', async () => {
    const c = chain([7]);
    const q = new NonceQueue(c.fetch);
    const batches = await Promise.all([q.take(2), q.take(1), q.take(3)]);
    expect(batches.flat().sort((a, b) => a - b)).toEqual([7, 8, 9, 10, 11, 12]);
    expect(c.calls).toEqual([7]);
    expect(q.inFlight).toBe(6);
  });

  it('re-reads the chain once nothing is in flight (someone else may have used the key meanwhile)', async () => {
    const c = chain([3, 10]);
    const q = new NonceQueue(c.fetch);
    const [n] = await q.take(1);
    q.release(n!, true);
    expect(await q.take(1)).toEqual([10]);
  });

  it('hands a nonce that never reached the pool out again first, closing the gap', async () => {
    const q = new NonceQueue(chain([0]).fetch);
    await q.take(3); // 0, 1, 2
    q.release(1, false);
    expect(await q.take(2)).toEqual([1, 3]);
  });

  it('after a clash jumps to the chain nonce when it is ahead, and never goes back', async () => {
    const c = chain([0, 5, 1]);
    const q = new NonceQueue(c.fetch);
    await q.take(2); // 0, 1
    q.markStale();
    expect(await q.take(1)).toEqual([5]);
    q.markStale();
    expect(await q.take(1)).toEqual([6]);
  });

  it('a failed chain read does not block later batches', async () => {
    let fail = true;
    const q = new NonceQueue(async () => {
      if (fail) {
        fail = false;
        throw new Error('node away');
      }
      return 4;
    });
    await expect(q.take(1)).rejects.toThrow('node away');
    expect(await q.take(1)).toEqual([4]);
  });
});
