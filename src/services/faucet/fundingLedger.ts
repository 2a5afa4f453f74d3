// spec: tooling §4.2 (upstream has no caps; the per-account cap is this service's addition)
/** An account that a request would push over its cap. */
export interface OverCapAccount {
  readonly key: string;
  /** Already funded by this service. */
  readonly received: bigint;
  /** Reserved by requests still in flight. */
  readonly pending: bigint;
}

/**
 * How much this service has sent (and is sending) to each account, so that a cap holds even for concurrent
 * requests: amounts are reserved synchronously before any transfer is submitted, then settled or released.
 */
export class FundingLedger {
  readonly #cap: bigint | undefined;
  readonly #received = new Map<string, bigint>();
  readonly #pending = new Map<string, bigint>();

  /** `cap` in base units per account; undefined for no cap. */
  constructor(cap: bigint | undefined) {
    this.#cap = cap;
  }

  get cap(): bigint | undefined {
    return this.#cap;
  }

  received(key: string): bigint {
    return this.#received.get(key) ?? 0n;
  }

  pending(key: string): bigint {
    return this.#pending.get(key) ?? 0n;
  }

  /**
   * Reserves `amount` for every key, or for none: returns the keys that would exceed the cap (empty when the
   * reservation was made).
   */
  reserve(keys: readonly string[], amount: bigint): OverCapAccount[] {
    const cap = this.#cap;
    if (cap !== undefined) {
      const over = keys
        .filter((k) => this.received(k) + this.pending(k) + amount > cap)
        .map((k) => ({ key: k, received: this.received(k), pending: this.pending(k) }));
      if (over.length > 0) return over;
    }
    for (const k of keys) this.#pending.set(k, this.pending(k) + amount);
    return [];
  }

  /** Ends a reservation: `funded` moves it to the account's total, otherwise it is dropped. */
  settle(key: string, amount: bigint, funded: boolean): void {
    const left = this.pending(key) - amount;
    if (left > 0n) this.#pending.set(key, left);
    else this.#pending.delete(key);
    if (funded) this.#received.set(key, this.received(key) + amount);
  }
}
