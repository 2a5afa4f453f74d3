// spec: substrate-compat §2 (notifications: `{"jsonrpc":"2.0","method":…,"params":{"subscription":id,"result":…}}`)
import { randomBytes } from 'node:crypto';
import { RpcError, TOO_MANY_SUBSCRIPTIONS } from './errors.js';

/** Where a subscription's notifications go. Notifications sent before the subscribe reply are held back. */
export interface SubscriptionSink {
  readonly id: string;
  notify(result: unknown): void;
  /** Whether the subscription still exists (not unsubscribed, connection open). */
  readonly active: boolean;
}

interface Entry {
  readonly kind: string;
  readonly sink: SinkImpl;
  cancel: () => void;
  data: unknown;
}

/** What a subscription's start returns: its cleanup, or its cleanup and state other methods can look up. */
export type SubscriptionStart =
  | (() => void)
  | { readonly cancel: () => void; readonly data: unknown }
  | undefined;

class SinkImpl implements SubscriptionSink {
  private held: unknown[] | undefined = [];
  active = true;

  constructor(
    readonly id: string,
    private readonly notification: string,
    private readonly connection: Connection,
  ) {}

  notify(result: unknown): void {
    if (!this.active) return;
    if (this.held !== undefined) this.held.push(result);
    else this.connection.sendNotification(this.notification, this.id, result);
  }

  /** The subscribe reply is out: send what was held, then stream. */
  release(): void {
    const held = this.held ?? [];
    this.held = undefined;
    for (const r of held) this.notify(r);
  }
}

/** Most subscriptions one connection may hold at once. */
export const MAX_SUBSCRIPTIONS = 1024;

/** One client connection: sends frames and owns the client's subscriptions. */
export class Connection {
  private readonly subs = new Map<string, Entry>();
  private readonly locals = new Map<string, unknown>();
  private closed = false;

  constructor(
    private readonly sendText: (text: string) => void,
    readonly supportsSubscriptions: boolean,
  ) {}

  send(message: unknown): void {
    if (!this.closed) this.sendText(stringify(message));
  }

  sendNotification(method: string, subscription: string, result: unknown): void {
    this.send({ jsonrpc: '2.0', method, params: { subscription, result } });
  }

  /**
   * Opens a subscription of `kind` whose notifications are named `notification`. `start` runs at once (so no
   * event is missed) and returns the cleanup (and optionally state other methods look up with `dataOf`, as the
   * chainHead operations do); what it notifies before the reply is sent is held back until then.
   */
  subscribe(
    kind: string,
    notification: string,
    afterReply: (fn: () => void) => void,
    start: (sink: SubscriptionSink) => SubscriptionStart,
  ): string {
    if (this.subs.size >= MAX_SUBSCRIPTIONS) {
      throw new RpcError(TOO_MANY_SUBSCRIPTIONS, 'Too many subscriptions on the connection');
    }
    let id = randomBytes(8).toString('hex');
    while (this.subs.has(id)) id = randomBytes(8).toString('hex');
    const sink = new SinkImpl(id, notification, this);
    const entry: Entry = { kind, sink, cancel: () => {}, data: undefined };
    this.subs.set(id, entry);
    try {
      const started = start(sink);
      if (typeof started === 'function') entry.cancel = started;
      else if (started !== undefined) {
        entry.cancel = started.cancel;
        entry.data = started.data;
      }
    } catch (e) {
      this.subs.delete(id);
      sink.active = false;
      throw e;
    }
    afterReply(() => sink.release());
    return id;
  }

  /** Ends subscription `id` if it is of one of `kinds`; false when there is no such subscription. */
  unsubscribe(id: string, kinds: readonly string[]): boolean {
    const entry = this.subs.get(id);
    if (entry === undefined || !kinds.includes(entry.kind)) return false;
    this.end(id, entry);
    return true;
  }

  /** Ends subscription `id` from the server side (e.g. after a chainHead `stop` event). */
  drop(id: string): void {
    const entry = this.subs.get(id);
    if (entry !== undefined) this.end(id, entry);
  }

  /** The state a subscription was opened with, if `id` is a live subscription of `kind`. */
  dataOf<T>(id: string, kind: string): T | undefined {
    const entry = this.subs.get(id);
    return entry?.kind === kind ? (entry.data as T) : undefined;
  }

  /** Per-connection state of a method family (e.g. `transaction_v1` operation ids), created on first use. */
  local<T>(key: string, init: () => T): T {
    if (!this.locals.has(key)) this.locals.set(key, init());
    return this.locals.get(key) as T;
  }

  /** How many subscriptions of `kind` are open. */
  count(kind: string): number {
    let n = 0;
    for (const e of this.subs.values()) if (e.kind === kind) n += 1;
    return n;
  }

  /** The connection closed: end every subscription. */
  close(): void {
    this.closed = true;
    for (const [id, entry] of [...this.subs]) this.end(id, entry);
  }

  get isClosed(): boolean {
    return this.closed;
  }

  private end(id: string, entry: Entry): void {
    this.subs.delete(id);
    entry.sink.active = false;
    try {
      entry.cancel();
    } catch {
      // A failing cleanup must not keep the others from running.
    }
  }
}

/** JSON with bigints as decimal strings (handlers should not return any; this keeps a slip from crashing). */
export const stringify = (value: unknown): string =>
  JSON.stringify(value, (_k, v) => (typeof v === 'bigint' ? v.toString() : v));
