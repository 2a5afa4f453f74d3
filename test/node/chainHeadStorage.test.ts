// spec: substrate-compat §4.1 (follow limits, stop on revert), §4.2 (storage pages, continue, stopOperation)
import { afterEach, describe, expect, it } from 'vitest';
import { type RunningNode, startNode } from '../../src/node/node.js';
import { type Frame, RawClient } from './support/rawClient.js';

const running: { node: RunningNode; client: RawClient }[] = [];
afterEach(async () => {
  for (const { node, client } of running.splice(0)) {
    await client.close();
    await node.close();
  }
});

const start = async () => {
  const node = await startNode({
    genesis: 'dev',
    basePath: undefined,
    rpcPort: 0,
    buildMode: { kind: 'manual' },
  });
  const client = await RawClient.connect(node.server.url);
  running.push({ node, client });
  return { node, client };
};

const PREFIX = `0x${'ee'.repeat(32)}`;

describe('chainHead_v1 storage paging and follow limits (substrate-compat §4.1–4.2)', () => {
  it('pages 2500 descendants in 1000s, waiting for continue, and ends with operationStorageDone', async () => {
    const { node, client } = await start();
    const entries = new Map<string, Uint8Array | null>();
    for (let i = 0; i < 2500; i++)
      entries.set(`${PREFIX}${i.toString(16).padStart(4, '0')}`, Uint8Array.of(i & 0xff));
    node.chain.setStorage(entries);
    const sub = (await client.call('chainHead_v1_follow', [false])).result as string;
    const init = await client.waitFor((f) => f.params?.result?.event === 'initialized');
    expect(init.params.result.finalizedBlockRuntime).toBeUndefined();
    const hash = init.params.result.finalizedBlockHashes[0];
    const started = await client.result('chainHead_v1_storage', [
      sub,
      hash,
      [
        { key: PREFIX, type: 'descendantsValues' },
        { key: PREFIX, type: 'closestDescendantMerkleValue' },
      ],
      null,
    ]);
    const opId = started.operationId;
    const events = () =>
      client.notifications(sub).filter((r: { operationId?: string }) => r.operationId === opId);
    await client.waitFor((f) => f.params?.result?.event === 'operationWaitingForContinue');
    expect(events().map((e: { event: string }) => e.event)).toEqual([
      'operationStorageItems',
      'operationWaitingForContinue',
    ]);
    expect(events()[0].items).toHaveLength(1000);
    expect((await client.call('chainHead_v1_continue', [sub, 'nope'])).error.code).toBe(-32803);
    await client.result('chainHead_v1_continue', [sub, opId]);
    await client.waitFor(
      (f) => f.params?.result?.event === 'operationWaitingForContinue' && events().length === 4,
    );
    await client.result('chainHead_v1_continue', [sub, opId]);
    await client.waitFor((f) => f.params?.result?.event === 'operationStorageDone');
    const items = events()
      .filter((e: { event: string }) => e.event === 'operationStorageItems')
      .flatMap((e: { items: Frame[] }) => e.items);
    expect(items).toHaveLength(2501);
    expect(items[2500]).toMatchObject({
      key: PREFIX,
      closestDescendantMerkleValue: expect.stringMatching(/^0x/),
    });
    // The merkle value changes iff something under the prefix changed.
    node.producer.produce();
    const next = await client.waitFor((f) => f.params?.result?.event === 'finalized');
    const merkle = async (block: string) => {
      const op = (
        await client.result('chainHead_v1_storage', [
          sub,
          block,
          [{ key: PREFIX, type: 'closestDescendantMerkleValue' }],
          null,
        ])
      ).operationId;
      const done = await client.waitFor(
        (f) => f.params?.result?.operationId === op && f.params.result.event === 'operationStorageItems',
      );
      return done.params.result.items[0].closestDescendantMerkleValue as string;
    };
    const newHash = next.params.result.finalizedBlockHashes[0];
    expect(await merkle(newHash)).toBe(items[2500].closestDescendantMerkleValue);
    node.chain.setStorage(new Map([[`${PREFIX}0000`, Uint8Array.of(9)]]));
    expect(await merkle(newHash)).not.toBe(items[2500].closestDescendantMerkleValue);
  });

  it('announces each block as newBlock → bestBlockChanged → finalized, limits follows, stops on a revert', async () => {
    const { node, client } = await start();
    const subs: string[] = [];
    for (let i = 0; i < 4; i++) subs.push((await client.call('chainHead_v1_follow', [true])).result);
    expect((await client.call('chainHead_v1_follow', [true])).error.code).toBe(-32800);
    const genesis = node.chain.best;
    node.producer.produce();
    const block = node.chain.best;
    await client.waitFor((f) => f.params?.subscription === subs[0] && f.params.result.event === 'finalized');
    const events = client.notifications(subs[0]!).map((e: { event: string }) => e.event);
    expect(events).toEqual(['initialized', 'bestBlockChanged', 'newBlock', 'bestBlockChanged', 'finalized']);
    const newBlock = client.notifications(subs[0]!)[2];
    expect(newBlock).toEqual({
      event: 'newBlock',
      blockHash: `0x${Buffer.from(block.hash).toString('hex')}`,
      parentBlockHash: `0x${Buffer.from(genesis.hash).toString('hex')}`,
      newRuntime: null,
    });
    node.chain.setHead(0);
    await client.waitFor((f) => f.params?.subscription === subs[3] && f.params.result.event === 'stop');
    expect(client.notifications(subs[0]!).at(-1)).toEqual({ event: 'stop' });
    // Stopped subscriptions no longer count against the limit.
    expect(typeof (await client.call('chainHead_v1_follow', [true])).result).toBe('string');
  });
});
