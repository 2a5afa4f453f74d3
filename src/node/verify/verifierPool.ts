// spec: ARCHITECTURE §5 (signature checks are the hot path: verified in parallel on worker threads, in batches)
/**
 * A pool of worker threads that verify signatures. Jobs from every caller wait in one queue; whenever a worker is
 * idle it takes the next slice of the queue (at most `maxBatch`, about an equal share when the queue is short), so
 * single submissions arriving together are verified as one batch and a large batch is spread over all workers.
 * Jobs queued in the same event-loop turn are dispatched together on the next turn. While some worker is busy, a
 * free one waits for at least MIN_BATCH jobs: every message costs the main thread tens of µs, so under load
 * batches grow instead of messages multiplying (an idle pool still takes a single job at once).
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { verifyMultiSignature } from '../../runtime/crypto/verify.js';
import { packJobs, type SignatureJob } from './signatureJob.js';
import type { VerifyRequest, VerifyResponse } from './verifyWorker.js';

/** Verifies batches of signatures: `result[i]` says whether `jobs[i]` verified. */
export interface BatchVerifier {
  verify(jobs: readonly SignatureJob[]): Promise<boolean[]>;
}

export interface VerifierPoolOptions {
  /** How many worker threads (default: the number of cores, `os.availableParallelism()`). */
  readonly size?: number;
  /** The most jobs one message to a worker carries (default 256). */
  readonly maxBatch?: number;
}

interface Request {
  readonly results: boolean[];
  remaining: number;
  readonly resolve: (results: boolean[]) => void;
}

interface Waiting {
  readonly job: SignatureJob;
  readonly request: Request;
  readonly index: number;
}

interface InFlight {
  readonly id: number;
  readonly chunk: Waiting[];
}

interface Slot {
  worker: Worker;
  /** Batches sent and not yet answered, oldest first (a worker answers in order). */
  inFlight: InFlight[];
  /** Failures since the last answer; a worker that keeps failing is not replaced any more. */
  failures: number;
}

const DEFAULT_MAX_BATCH = 256;
// Below this a slice is not worth a message of its own.
const MIN_BATCH = 8;
/**
 * Batches a worker may hold at once. A second one waits in the worker's port, so the worker goes straight on to
 * it while the main thread is busy (building a block) instead of idling until the main thread answers.
 */
const DEPTH = 2;
// A worker that fails this often in a row (e.g. cannot even load) is given up; its share runs on the main thread.
const MAX_FAILURES = 3;

// Under tsx/vitest the sources are .ts: the worker registers tsx's loader before importing its entry.
const IS_SOURCE = import.meta.url.endsWith('.ts');
const WORKER_URL = new URL(IS_SOURCE ? './verifyWorker.ts' : './verifyWorker.js', import.meta.url);

const spawnWorker = (): Worker => {
  if (!IS_SOURCE) return new Worker(WORKER_URL);
  const tsx = import.meta.resolve('tsx/esm/api');
  const boot = `import(${JSON.stringify(tsx)}).then((m) => { m.register(); return import(${JSON.stringify(WORKER_URL.href)}); });`;
  return new Worker(boot, { eval: true });
};

const settle = (entries: readonly Waiting[], ok: (i: number) => boolean): void => {
  entries.forEach((w, i) => {
    w.request.results[w.index] = ok(i) === true;
    w.request.remaining -= 1;
    if (w.request.remaining === 0) w.request.resolve(w.request.results);
  });
};

const verifyHere = (entries: readonly Waiting[]): void => {
  settle(entries, (i) => {
    const { signature, message, account } = entries[i]!.job;
    return verifyMultiSignature(signature, message, account);
  });
};

/**
 * The signature verifier of a node.
 *
 * @example
 * const pool = new VerifierPool({ size: 4 });
 * const ok = await pool.verify([{ signature: { tag: 'Sr25519', value: sig }, message, account }]); // [true]
 * await pool.close();
 */
export class VerifierPool implements BatchVerifier {
  readonly size: number;
  private readonly maxBatch: number;
  private readonly slots: Slot[] = [];
  private queue: Waiting[] = [];
  private head = 0;
  private scheduled = false;
  private closed = false;
  private nextId = 1;
  private sentBatches = 0;
  private sentJobs = 0;

  constructor(options: VerifierPoolOptions = {}) {
    this.size = Math.max(1, Math.floor(options.size ?? availableParallelism()));
    this.maxBatch = Math.max(1, Math.floor(options.maxBatch ?? DEFAULT_MAX_BATCH));
    for (let i = 0; i < this.size; i++) this.slots.push(this.startSlot());
  }

  /** Verifies `jobs` on the workers; resolves with one verdict per job, in order. */
  verify(jobs: readonly SignatureJob[]): Promise<boolean[]> {
    if (jobs.length === 0) return Promise.resolve([]);
    return new Promise((resolve) => {
      const request: Request = {
        results: new Array<boolean>(jobs.length).fill(false),
        remaining: jobs.length,
        resolve,
      };
      const entries = jobs.map((job, index) => ({ job, request, index }));
      if (this.closed || this.slots.every((s) => s.failures >= MAX_FAILURES)) {
        verifyHere(entries);
        return;
      }
      for (const e of entries) this.queue.push(e);
      this.schedule();
    });
  }

  /** How many batches went to the workers, with how many jobs in all. */
  get stats(): { readonly batches: number; readonly jobs: number } {
    return { batches: this.sentBatches, jobs: this.sentJobs };
  }

  /** Jobs waiting for a worker. */
  get queued(): number {
    return this.queue.length - this.head;
  }

  /** Stops the workers; jobs still queued or in flight are verified on this thread. */
  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    const left = this.take(this.queued);
    const inFlight = this.slots.flatMap((s) => s.inFlight.flatMap((f) => f.chunk));
    for (const s of this.slots) s.inFlight = [];
    await Promise.all(this.slots.map((s) => s.worker.terminate()));
    verifyHere(inFlight);
    verifyHere(left);
  }

  private startSlot(): Slot {
    const slot: Slot = { worker: spawnWorker(), inFlight: [], failures: 0 };
    this.wire(slot);
    return slot;
  }

  private wire(slot: Slot): void {
    const { worker } = slot;
    worker.unref();
    worker.on('message', (r: VerifyResponse) => {
      if (slot.worker !== worker || slot.inFlight[0]?.id !== r.id) return;
      const { chunk } = slot.inFlight.shift()!;
      slot.failures = 0;
      if (slot.inFlight.length === 0) worker.unref();
      settle(chunk, (i) => r.results[i] === 1);
      // On the next turn: the submissions this turn still delivers join the next batch.
      this.schedule();
    });
    const fail = () => {
      if (slot.worker !== worker || this.closed) return;
      // A broken worker: its slices are verified here, and a fresh worker takes its place (unless it keeps failing).
      const chunk = slot.inFlight.flatMap((f) => f.chunk);
      slot.inFlight = [];
      slot.failures += 1;
      void worker.terminate();
      if (slot.failures < MAX_FAILURES) {
        slot.worker = spawnWorker();
        this.wire(slot);
      }
      verifyHere(chunk);
      if (this.slots.every((s) => s.failures >= MAX_FAILURES)) verifyHere(this.take(this.queued));
      else this.pump();
    };
    worker.on('error', fail);
    worker.on('exit', fail);
  }

  private schedule(): void {
    if (this.scheduled) return;
    this.scheduled = true;
    setImmediate(() => {
      this.scheduled = false;
      this.pump();
    });
  }

  private pump(): void {
    if (this.closed) return;
    // An equal share of what waits now for every worker, so that a busy one gets its part when it is done.
    const share = Math.min(this.maxBatch, Math.max(MIN_BATCH, Math.ceil(this.queued / this.slots.length)));
    // A small remainder waits for a busy worker to finish rather than costing a message of its own.
    if (this.queued < MIN_BATCH && this.slots.some((s) => s.inFlight.length > 0)) return;
    // Idle workers first; then, while a full batch waits, one more batch behind each busy worker.
    for (let depth = 0; depth < DEPTH; depth++) {
      for (const slot of this.slots) {
        if (this.queued === 0 || (depth > 0 && this.queued < MIN_BATCH)) return;
        if (slot.inFlight.length !== depth || slot.failures >= MAX_FAILURES) continue;
        this.send(slot, this.take(share));
      }
    }
  }

  private send(slot: Slot, chunk: Waiting[]): void {
    const id = this.nextId++;
    slot.inFlight.push({ id, chunk });
    slot.worker.ref();
    this.sentBatches += 1;
    this.sentJobs += chunk.length;
    const packed = packJobs(chunk.map((w) => w.job));
    const request: VerifyRequest = { id, packed };
    slot.worker.postMessage(request, [packed.buffer]);
  }

  private take(n: number): Waiting[] {
    const chunk = this.queue.slice(this.head, this.head + n);
    this.head += chunk.length;
    if (this.head === this.queue.length) {
      this.queue = [];
      this.head = 0;
    } else if (this.head > 4096 && this.head * 2 > this.queue.length) {
      this.queue = this.queue.slice(this.head);
      this.head = 0;
    }
    return chunk;
  }
}
