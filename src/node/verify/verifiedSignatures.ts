// spec: ARCHITECTURE §5 (a transaction's signature is verified once: at submission, not again in the pool or block)
/**
 * The signatures this node has already verified, as a bounded set of (signature, message, account) digests. The
 * executive is given `verify`: a triple in the set passes without a second verification; any other is verified
 * on the spot (and remembered when valid), so the set can only save work, never let a bad signature through.
 */
import { createHash } from 'node:crypto';
import { verifyMultiSignature } from '../../runtime/crypto/verify.js';
import type { SignatureVerifier } from '../../runtime/executive/executive.js';
import type { SignatureJob } from './signatureJob.js';

/** The default number of remembered signatures: twice the default pool size, so waiting transactions stay in. */
export const DEFAULT_VERIFIED_CAPACITY = 16_384;

const SCHEME_BYTE = { Ed25519: 0, Sr25519: 1, Ecdsa: 2 } as const;

/** A collision-resistant digest of the whole triple (the message binds the chain, era, nonce and call). */
export const signatureKey = (job: SignatureJob): string =>
  createHash('sha256')
    .update(Uint8Array.of(SCHEME_BYTE[job.signature.tag], job.signature.value.length))
    .update(job.signature.value)
    .update(job.account)
    .update(job.message)
    .digest('base64');

export class VerifiedSignatures {
  // Insertion order is recency: a hit moves the key to the end; the oldest key leaves first.
  private readonly keys = new Set<string>();
  private hitCount = 0;
  private missCount = 0;

  constructor(private readonly capacity: number = DEFAULT_VERIFIED_CAPACITY) {}

  /** Remembers the jobs whose verdict is true (the output of a `BatchVerifier`). */
  addVerified(jobs: readonly SignatureJob[], verdicts: readonly boolean[]): void {
    jobs.forEach((job, i) => {
      if (verdicts[i] === true) this.remember(signatureKey(job));
    });
  }

  has(job: SignatureJob): boolean {
    return this.keys.has(signatureKey(job));
  }

  get size(): number {
    return this.keys.size;
  }

  /** How many checks were answered from the set, and how many had to verify. */
  get stats(): { readonly hits: number; readonly misses: number } {
    return { hits: this.hitCount, misses: this.missCount };
  }

  /** The verifier for the executive: remembered triples pass, anything else is verified now. */
  readonly verify: SignatureVerifier = (signature, message, account) => {
    const key = signatureKey({ signature, message, account });
    if (this.keys.has(key)) {
      this.hitCount += 1;
      this.remember(key);
      return true;
    }
    this.missCount += 1;
    const ok = verifyMultiSignature(signature, message, account);
    if (ok) this.remember(key);
    return ok;
  };

  private remember(key: string): void {
    this.keys.delete(key);
    this.keys.add(key);
    if (this.keys.size > this.capacity) {
      const oldest = this.keys.values().next().value;
      if (oldest !== undefined) this.keys.delete(oldest);
    }
  }
}
