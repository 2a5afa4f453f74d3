/**
 * The verification worker: receives packed batches of signature jobs and answers one byte per job (1 = valid),
 * using the runtime's own `verifyMultiSignature`, so a worker's verdict is the runtime's verdict.
 */
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

const port = parentPort;
if (port !== null) {
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
