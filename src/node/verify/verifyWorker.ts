/**
 * The verification worker: receives packed batches of signature jobs and answers one byte per job (1 = valid),
 * using the runtime's own `verifyMultiSignature`, so a worker's verdict is the runtime's verdict.
 */
import { readlinkSync } from 'node:fs';
import { setPriority } from 'node:os';
import { parentPort } from 'node:worker_threads';
import { verifyMultiSignature } from '../../runtime/crypto/verify.js';
import { unpackJobs } from './signatureJob.js';

/** A batch sent to a worker. */
export interface VerifyRequest {
  readonly id: number;
  readonly packed: Uint8Array;
}

/** A worker's answer: `results[i]` is 1 when job i verified. */
export interface VerifyResponse {
  readonly id: number;
  readonly results: Uint8Array;
}

/**
 * This thread's scheduling priority (a nice value: higher yields sooner). The main thread feeds the workers and
 * answers the RPC: when all cores are busy, a fair share would give it as little as any worker, and the workers
 * would then wait for it. Lowering the workers lets the main thread keep one core, and the workers take the rest.
 */
const WORKER_NICE = 10;

/** Lowers this thread's priority where the system allows it (Linux: a thread has its own nice value). */
const yieldToMainThread = (): void => {
  try {
    // `/proc/thread-self` links to `<pid>/task/<tid>`.
    const tid = Number(readlinkSync('/proc/thread-self').split('/').pop());
    if (Number.isInteger(tid) && tid > 0) setPriority(tid, WORKER_NICE);
  } catch {
    // Not Linux, or not permitted: the workers run at the main thread's priority.
  }
};

const port = parentPort;
if (port !== null) {
  yieldToMainThread();
  port.on('message', ({ id, packed }: VerifyRequest) => {
    const jobs = unpackJobs(packed);
    const results = new Uint8Array(jobs.length);
    for (let i = 0; i < jobs.length; i++) {
      const j = jobs[i]!;
      results[i] = verifyMultiSignature(j.signature, j.message, j.account) ? 1 : 0;
    }
    const response: VerifyResponse = { id, results };
    port.postMessage(response, [results.buffer]);
  });
}
