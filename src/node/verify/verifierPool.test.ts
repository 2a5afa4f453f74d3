// spec: ARCHITECTURE §5 (signature checks are verified in parallel on worker threads, in batches)
import { readdirSync, readFileSync } from 'node:fs';
import { getPriority } from 'node:os';
import { afterAll, describe, expect, it } from 'vitest';
import { verifyMultiSignature } from '../../runtime/crypto/verify.js';
import type { SignatureJob } from './signatureJob.js';
import { type Scheme, signedJob, tampered } from './testKeys.js';
import { VerifierPool } from './verifierPool.js';

const SCHEMES: Scheme[] = ['Ed25519', 'Sr25519', 'Ecdsa'];
const msg = (i: number) => Uint8Array.from({ length: 40 + (i % 7) }, (_, k) => (i * 31 + k) & 0xff);

describe('VerifierPool (ARCHITECTURE §5)', () => {
  const pool = new VerifierPool({ size: 2, maxBatch: 16 });
  afterAll(() => pool.close());

  it.each(SCHEMES)(
    'gives the runtime verdict for valid and invalid %s signatures, in order',
    async (scheme) => {
      const valid = [0, 1, 2, 3, 4, 5].map((i) => signedJob(scheme, msg(i)));
      const wrongAccount = { ...valid[1]!, account: valid[2]!.account };
      const jobs = [valid[0]!, tampered(valid[3]!), valid[4]!, wrongAccount, valid[5]!];
      const verdicts = await pool.verify(jobs);
      expect(verdicts).toEqual([true, false, true, false, true]);
      expect(verdicts).toEqual(jobs.map((j) => verifyMultiSignature(j.signature, j.message, j.account)));
    },
  );

  it('spreads a batch larger than maxBatch over the workers and keeps every verdict in place', async () => {
    const jobs = Array.from({ length: 70 }, (_, i) => {
      const j = signedJob('Ed25519', msg(i));
      return i % 5 === 0 ? tampered(j) : j;
    });
    const verdicts = await pool.verify(jobs);
    expect(verdicts).toEqual(jobs.map((_, i) => i % 5 !== 0));
  });

  it('answers concurrent single-job callers each with their own verdict', async () => {
    const jobs = Array.from({ length: 30 }, (_, i) => {
      const j = signedJob('Sr25519', msg(i));
      return i % 3 === 1 ? tampered(j) : j;
    });
    const before = pool.stats;
    const verdicts = await Promise.all(jobs.map((j) => pool.verify([j])));
    expect(verdicts).toEqual(jobs.map((_, i) => [i % 3 !== 1]));
    // Queued in the same turn: one slice per worker, not one message per caller.
    expect(pool.stats.jobs - before.jobs).toBe(30);
    expect(pool.stats.batches - before.batches).toBe(2);
  });

  it('while a worker is busy, a few new jobs wait for a batch instead of taking the idle worker one by one', async () => {
    const p = new VerifierPool({ size: 2 });
    // At most MIN_BATCH (8) jobs: one slice, so one worker is busy and the other idle.
    const busy = Array.from({ length: 8 }, (_, i) => signedJob('Sr25519', msg(i)));
    const order: string[] = [];
    const first = p.verify(busy).then(() => order.push('busy'));
    await new Promise((r) => setImmediate(r));
    const singles = [1, 2, 3].map((i) =>
      p.verify([signedJob('Ed25519', msg(i))]).then(() => order.push('single')),
    );
    await Promise.all([first, ...singles]);
    expect(order).toEqual(['busy', 'single', 'single', 'single']);
    expect(p.stats).toEqual({ batches: 2, jobs: 11 });
    await p.close();
  });

  it('queues a second batch behind a busy worker while a full batch waits', async () => {
    const p = new VerifierPool({ size: 1, maxBatch: 8 });
    const jobs = Array.from({ length: 40 }, (_, i) => signedJob('Sr25519', msg(i)));
    const verdicts = p.verify(jobs);
    // The first dispatch (on the next turn) sends two batches before the worker has answered either.
    await new Promise((r) => setImmediate(r));
    expect(p.stats).toEqual({ batches: 2, jobs: 16 });
    expect(await verdicts).toEqual(jobs.map(() => true));
    expect(p.stats).toEqual({ batches: 5, jobs: 40 });
    await p.close();
  });

  it.runIf(process.platform === 'linux')(
    'runs its workers at a lower priority than the main thread (nice 10)',
    async () => {
      const niceOfThreads = () =>
        readdirSync('/proc/self/task').map((tid) => {
          const stat = readFileSync(`/proc/self/task/${tid}/stat`, 'utf8');
          // Field 19 (nice), counted after the parenthesised command name.
          return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[16]);
        });
      const before = niceOfThreads().filter((n) => n === 10).length;
      const own = getPriority();
      const p = new VerifierPool({ size: 2 });
      // Both workers have started once each has answered a batch.
      await p.verify(Array.from({ length: 32 }, (_, i) => signedJob('Ed25519', msg(i))));
      expect(niceOfThreads().filter((n) => n === 10).length - before).toBe(2);
      // Only the workers' threads move: the process (its main thread) keeps its own priority.
      expect(getPriority()).toBe(own);
      await p.close();
    },
  );

  it('verifies the slice of a crashed worker on this thread and carries on with a fresh worker', async () => {
    const p = new VerifierPool({ size: 1 });
    const valid = signedJob('Ed25519', msg(3));
    // An unknown scheme byte makes the worker throw while unpacking: the worker dies.
    const poison = {
      ...valid,
      signature: { tag: 'Bogus', value: valid.signature.value },
    } as unknown as SignatureJob;
    expect(await p.verify([poison, valid])).toEqual([false, true]);
    expect(await p.verify([valid, tampered(valid)])).toEqual([true, false]);
    expect(p.stats.batches).toBe(2);
    await p.close();
  });

  it('answers an empty batch at once', async () => {
    expect(await pool.verify([])).toEqual([]);
  });

  it('after close, verifies queued and new jobs on the calling thread', async () => {
    const p = new VerifierPool({ size: 1 });
    const jobs = [signedJob('Ed25519', msg(1)), tampered(signedJob('Ed25519', msg(2)))];
    const pending = p.verify(jobs);
    await p.close();
    expect(await pending).toEqual([true, false]);
    expect(await p.verify(jobs)).toEqual([true, false]);
  });

  it('sizes itself from the option, at least one worker', async () => {
    const p = new VerifierPool({ size: 0 });
    expect(p.size).toBe(1);
    await p.close();
  });
});
