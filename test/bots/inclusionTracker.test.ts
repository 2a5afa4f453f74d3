// spec: tooling §1.5 (dispatch results), §12 item 5 (many transactions in flight)
/**
 * The inclusion tracker against the real node, with the block stream losing a block: papi, when a follow
 * subscription is stopped under load, follows again from the newest block and never announces the ones in
 * between. The tracker must find a transaction included in such a block by reading it by number.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadSigningContext, signExtrinsic } from '../../src/bots/tx/extrinsicSigner.js';
import { InclusionTracker } from '../../src/bots/tx/inclusionTracker.js';
import type { HexString } from '../../src/client/common/types.js';
import { type Connection, connect } from '../../src/client/connection/connect.js';
import { accountFromSecretUri } from '../../src/client/keystore/keyPair.js';
import { fromHex, toHex } from '../../src/primitives/common/bytes.js';
import { type NodeProcess, startNodeProcess } from '../node/support/nodeProcess.js';

// Balances.transfer_keep_alive(Id(Bob), 1e12): the call of substrate-compat §5.7's vector V1.
const TRANSFER_TO_BOB = fromHex(
  '0x0a03008eaf04151687736326c9fea17e25fc5287613693c912909cb226aa4794f26a48070010a5d4e8',
);

interface BlockRef {
  hash: string;
  number: number;
}

/** `conn` whose block stream never announces the blocks numbered in `dropped`. */
const losingBlocks = (conn: Connection, dropped: Set<number>): Connection => {
  const blocks$ = {
    subscribe: (observer: {
      next: (b: BlockRef) => void;
      error: (e: unknown) => void;
      complete: () => void;
    }) =>
      conn.client.blocks$.subscribe({
        next: (b: BlockRef) => {
          if (!dropped.has(b.number)) observer.next(b);
        },
        error: (e: unknown) => observer.error(e),
        complete: () => observer.complete(),
      }),
  };
  return { ...conn, client: { ...conn.client, blocks$ } as unknown as Connection['client'] };
};

describe('InclusionTracker (tooling §1.5)', () => {
  let node: NodeProcess;
  let conn: Connection;

  beforeAll(async () => {
    node = await startNodeProcess(['--tmp', '--instant-seal']);
    conn = await connect(node.url);
  }, 60_000);

  afterAll(async () => {
    conn?.disconnect();
    await node?.stop();
  });

  it('finds a transaction in a block the stream skipped, with its events', async () => {
    const context = await loadSigningContext(conn);
    const alice = await accountFromSecretUri('//Alice', 'sr25519');
    const best = Number((await conn.client._request<{ number: string }>('chain_getHeader', [])).number);
    const skipped = best + 1;
    const tracker = new InclusionTracker(losingBlocks(conn, new Set([skipped])));
    try {
      const nonce = await conn.client._request<number>('system_accountNextIndex', [toHex(alice.accountId)]);
      const tx = signExtrinsic(context, alice, TRANSFER_TO_BOB, nonce);
      const inclusion = tracker.track(toHex(tx.hash) as HexString, 20_000);
      // Instant seal puts it into block `skipped`, which the tracker's stream drops; the next block shows the gap.
      await conn.client._request('author_submitExtrinsic', [toHex(tx.bytes)]);
      await conn.client._request('dev_newBlock', []);
      const result = await inclusion;
      expect(result.status).toBe('included');
      if (result.status !== 'included') return;
      expect(result.block.number).toBe(skipped);
      expect(result.block.hash).toBe(await conn.client._request('chain_getBlockHash', [skipped]));
      expect(result.error).toBeUndefined();
      expect(result.events.map((e) => `${e.pallet}.${e.name}`)).toContain('Balances.Transfer');
    } finally {
      tracker.close();
    }
  }, 60_000);
});
