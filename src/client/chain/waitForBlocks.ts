// spec: tooling §1.7.1 (`listen -b N` as "wait N blocks"), §5.2
import type { BlockInfo, HexString } from '../common/types.js';
import type { Connection } from '../connection/connect.js';

/** The part of an rxjs Observable used here (papi's block streams). */
interface Subscribable {
  subscribe(observer: { next: (value: unknown) => void; error: (e: unknown) => void }): {
    unsubscribe(): void;
  };
}

export interface WaitForBlocksParameters {
  /** How many new best blocks to wait for; default 1. */
  count?: number | undefined;
  /** Follow finalized blocks instead of best blocks. */
  finalized?: boolean | undefined;
  timeoutMs?: number | undefined;
}

/** Resolves with the block `count` blocks above the current head, once it is imported (or finalized). */
export const waitForBlocks = (
  conn: Connection,
  { count = 1, finalized = false, timeoutMs = 600_000 }: WaitForBlocksParameters = {},
): Promise<BlockInfo> =>
  new Promise((resolve, reject) => {
    let target: number | undefined;
    const source: Subscribable = finalized ? conn.client.finalizedBlock$ : conn.client.bestBlocks$;
    const timer = setTimeout(() => {
      sub.unsubscribe();
      reject(new Error(`no ${count} new block(s) within ${timeoutMs} ms; is the node producing blocks?`));
    }, timeoutMs);
    const sub = source.subscribe({
      next: (value: unknown) => {
        const head = (Array.isArray(value) ? value[0] : value) as
          | { hash: string; number: number }
          | undefined;
        if (head === undefined) return;
        target ??= head.number + count;
        if (head.number >= target) {
          clearTimeout(timer);
          queueMicrotask(() => sub.unsubscribe());
          resolve({ hash: head.hash as HexString, number: head.number });
        }
      },
      error: (e: unknown) => {
        clearTimeout(timer);
        reject(e);
      },
    });
  });
