// spec: ARCHITECTURE §5 (a transaction's signature is verified once: at submission, not again in the pool or block)
/**
 * The signatures this node has already verified, as a bounded map from signature bytes to the (scheme, message,
 * account) they were verified with. The executive is given `verify`: a triple found with exactly the same scheme,
 * message and account passes without a second verification; any other is verified on the spot (and remembered
 * when valid), so the set can only save work, never let a bad signature through.
 */
import { bytesEqual, toHex } from '../../primitives/common/bytes.js';
import { verifyMultiSignature } from '../../runtime/crypto/verify.js';
import type { SignatureVerifier } from '../../runtime/executive/executive.js';
import type { SignatureJob } from './signatureJob.js';

/** The default number of remembered signatures: twice the default pool size, so waiting transactions stay in. */
export const DEFAULT_VERIFIED_CAPACITY = 16_384;

// Keyed by the signature (unique per message in practice) and compared in full: cheaper than hashing the triple.
const keyOf = (job: SignatureJob): string => toHex(job.signature.value);

const sameTriple = (a: SignatureJob, b: SignatureJob): boolean =>
  a.signature.tag === b.signature.tag &&
  bytesEqual(a.signature.value, b.signature.value) &&
  bytesEqual(a.account, b.account) &&
  bytesEqual(a.message, b.message);

// Remembered triples are copies: a caller's buffers may be views it reuses.
const copyOf = (job: SignatureJob): SignatureJob =>
  ({
    signature: { tag: job.signature.tag, value: new Uint8Array(job.signature.value) },
    message: new Uint8Array(job.message),
    account: new Uint8Array(job.account),
  }) as SignatureJob;

export class VerifiedSignatures {
  // Insertion order is recency: a hit moves the entry to the end; the oldest entry leaves first.
  private readonly entries = new Map<string, SignatureJob>();
  private hitCount = 0;
  private missCount = 0;

  constructor(private readonly capacity: number = DEFAULT_VERIFIED_CAPACITY) {}

  /** Remembers the jobs whose verdict is true (the output of a `BatchVerifier`). */
  addVerified(jobs: readonly SignatureJob[], verdicts: readonly boolean[]): void {
    jobs.forEach((job, i) => {
      if (verdicts[i] === true) this.remember(keyOf(job), copyOf(job));
    });
  }

  has(job: SignatureJob): boolean {
    const known = this.entries.get(keyOf(job));
    return known !== undefined && sameTriple(known, job);
  }

  get size(): number {
    return this.entries.size;
  }

  /** How many checks were answered from the set, and how many had to verify. */
  get stats(): { readonly hits: number; readonly misses: number } {
    return { hits: this.hitCount, misses: this.missCount };
  }

  /** The verifier for the executive: remembered triples pass, anything else is verified now. */
  readonly verify: SignatureVerifier = (signature, message, account) => {
    const job = { signature, message, account };
    const key = keyOf(job);
    const known = this.entries.get(key);
    if (known !== undefined && sameTriple(known, job)) {
      this.hitCount += 1;
      this.remember(key, known);
      return true;
    }
    this.missCount += 1;
    const ok = verifyMultiSignature(signature, message, account);
    if (ok) this.remember(key, copyOf(job));
    return ok;
  };

  private remember(key: string, job: SignatureJob): void {
    this.entries.delete(key);
    this.entries.set(key, job);
    if (this.entries.size > this.capacity) {
      const oldest = this.entries.keys().next().value;
      if (oldest !== undefined) this.entries.delete(oldest);
    }
  }
}
