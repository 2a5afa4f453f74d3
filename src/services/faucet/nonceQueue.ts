// spec: tooling §4.3 (PR #110: one service owning the funder key to avoid nonce clashes), §1.5 (local nonces)
/**
 * Hands out the funder's nonces so that concurrent requests never collide. The chain's next nonce (pool
 * included) is fetched whenever none of our transactions is in flight; while some are, nonces are counted up
 * locally. A nonce whose transaction never reached the pool is handed out again first, which closes the gap
 * that would otherwise hold back the later ones. After a clash with someone else using the same key
 * (`markStale`), the next batch starts at the chain's next nonce if that is ahead.
 */
export class NonceQueue {
  readonly #fetch: () => Promise<number>;
  #next: number | undefined;
  #stale = false;
  #inFlight = 0;
  #free: number[] = [];
  #lock: Promise<unknown> = Promise.resolve();

  /** `fetch`: the chain's next nonce for the funder (`system_accountNextIndex`). */
  constructor(fetch: () => Promise<number>) {
    this.#fetch = fetch;
  }

  /** Nonces handed out and not yet released. */
  get inFlight(): number {
    return this.#inFlight;
  }

  /** `count` distinct nonces; calls are served one after another, so two batches never overlap. */
  take(count: number): Promise<number[]> {
    const run = this.#lock.then(async () => {
      if (this.#inFlight === 0 || this.#next === undefined) {
        this.#next = await this.#fetch();
        this.#free = [];
        this.#stale = false;
      } else if (this.#stale) {
        const chain = await this.#fetch();
        this.#next = Math.max(this.#next, chain);
        this.#free = this.#free.filter((n) => n >= chain);
        this.#stale = false;
      }
      const out: number[] = [];
      while (out.length < count && this.#free.length > 0) out.push(this.#free.shift()!);
      while (out.length < count) out.push(this.#next++);
      this.#inFlight += out.length;
      return out;
    });
    this.#lock = run.catch(() => undefined);
    return run;
  }

  /**
   * Returns a nonce once its transaction is settled: `used` when the chain consumed it (included, even if the
   * dispatch failed) or may have; otherwise it is handed out again.
   */
  release(nonce: number, used: boolean): void {
    this.#inFlight -= 1;
    if (!used) {
      this.#free.push(nonce);
      this.#free.sort((a, b) => a - b);
    }
  }

  /** Someone else used the funder's key: re-read the chain's nonce before the next batch. */
  markStale(): void {
    this.#stale = true;
  }
}
