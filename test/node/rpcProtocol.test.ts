// spec: substrate-compat §2 (transport), §3.2–3.4 (legacy methods), §4.1–4.2 (chainHead_v1), §10 checklist items 1–8

import { blake2b } from '@noble/hashes/blake2.js';
import { ApiPromise, WsProvider } from '@polkadot/api';
import { Keyring } from '@polkadot/keyring';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type NodeProcess, startNodeProcess } from './support/nodeProcess.js';
import { type Frame, RawClient } from './support/rawClient.js';

const hex = (b: Uint8Array) => `0x${Buffer.from(b).toString('hex')}`;
const blake2_256 = (h: string) => hex(blake2b(Buffer.from(h.slice(2), 'hex'), { dkLen: 32 }));

describe('JSON-RPC transport and methods of the real node process (substrate-compat §2–§4)', () => {
  let node: NodeProcess;
  let client: RawClient;
  let api: ApiPromise;

  beforeAll(async () => {
    node = await startNodeProcess(['--tmp', '--instant-seal']);
    client = await RawClient.connect(node.url);
    api = await ApiPromise.create({ provider: new WsProvider(node.url), noInitWarn: true });
  });

  afterAll(async () => {
    await api?.disconnect();
    await client?.close();
    expect(await node?.stop()).toBe(0);
  });

  it('answers malformed frames with JSON-RPC errors and keeps the connection', async () => {
    client.sendText('{not json');
    const parse = await client.waitFor((f) => f.error?.code === -32700);
    expect(parse).toEqual({ jsonrpc: '2.0', id: null, error: { code: -32700, message: 'Parse error' } });
    client.sendText(JSON.stringify({ id: 77, method: 'system_health' }));
    expect((await client.waitFor((f) => f.id === 77)).error.code).toBe(-32600);
    // Exactly "Method not found": papi's legacy fallback matches the message (§1.2).
    expect((await client.call('state_getStorageNope')).error).toEqual({
      code: -32601,
      message: 'Method not found',
    });
    const bad = await client.call('state_getStorage', [42]);
    expect(bad.error.code).toBe(-32602);
    expect(bad.error.message).toMatch(/^Invalid params/);
    expect((await client.call('chain_getBlockHash', ['zz'])).error.code).toBe(-32602);
    expect((await client.call('system_health')).result).toEqual({
      peers: 0,
      isSyncing: false,
      shouldHavePeers: false,
    });
  });

  it('echoes ids verbatim, answers batches and stays silent for notifications', async () => {
    expect((await client.call('system_name', [], 'abc-1')).id).toBe('abc-1');
    expect((await client.call('system_name', [], 9)).id).toBe(9);
    const before = client.frames.length;
    client.sendText(
      JSON.stringify([
        { jsonrpc: '2.0', id: 'b1', method: 'system_chain', params: [] },
        { jsonrpc: '2.0', method: 'system_chain', params: [] },
        { jsonrpc: '2.0', id: 'b2', method: 'nope', params: [] },
      ]),
    );
    const batch = await client.waitFor((f) => Array.isArray(f));
    expect(batch).toEqual([
      { jsonrpc: '2.0', id: 'b1', result: 'Encointer Dev' },
      { jsonrpc: '2.0', id: 'b2', error: { code: -32601, message: 'Method not found' } },
    ]);
    expect(client.frames.length).toBe(before + 1);
  });

  it('serves HTTP requests and the health endpoint, without subscriptions', async () => {
    const post = async (body: unknown) =>
      (await fetch(node.httpUrl, { method: 'POST', body: JSON.stringify(body) })).json() as Promise<Frame>;
    expect((await post({ jsonrpc: '2.0', id: 1, method: 'chainSpec_v1_chainName' })).result).toBe(
      'Encointer Dev',
    );
    expect((await post({ jsonrpc: '2.0', id: 2, method: 'chain_subscribeNewHeads' })).error.code).toBe(
      -32601,
    );
    expect(await (await fetch(`${node.httpUrl}/health`)).json()).toEqual({
      peers: 0,
      isSyncing: false,
      shouldHavePeers: false,
    });
  });

  it('lists every method and alias in rpc_methods (§0 rule 4)', async () => {
    const { methods } = await client.result('rpc_methods');
    for (const name of [
      'rpc_methods',
      'chain_subscribeNewHead',
      'chain_subscribeNewHeads',
      'chain_unsubscribeNewHead',
      'subscribe_newHead',
      'chain_getFinalisedHead',
      'author_submitAndWatchExtrinsic',
      'state_getKeysPaged',
      'state_getStorageHash',
      'chainHead_v1_follow',
      'chainHead_v1_continue',
      'chainSpec_v1_genesisHash',
      'transaction_v1_broadcast',
      'transaction_v1_stop',
    ]) {
      expect(methods).toContain(name);
    }
    expect(methods).toEqual([...methods].sort());
    expect(methods).not.toContain('state_getReadProof');
  });

  it('streams ready → inBlock → finalized for author_submitAndWatchExtrinsic, after the reply', async () => {
    const alice = new Keyring({ type: 'sr25519' }).addFromUri('//Alice');
    const bob = new Keyring({ type: 'sr25519' }).addFromUri('//Bob');
    const tx = await api.tx.balances.transferKeepAlive(bob.address, 1n).signAsync(alice, { nonce: -1 });
    const reply = await client.call('author_submitAndWatchExtrinsic', [tx.toHex()]);
    const sub = reply.result as string;
    await client.waitFor((f) => f.params?.subscription === sub && f.params.result.finalized !== undefined);
    const updates = client.notifications(sub);
    expect(updates[0]).toBe('ready');
    expect(Object.keys(updates[1])).toEqual(['inBlock']);
    expect(updates[2]).toEqual({ finalized: updates[1].inBlock });
    // The reply came before the first notification.
    const replyIndex = client.frames.indexOf(reply);
    const firstUpdate = client.frames.findIndex((f) => f.params?.subscription === sub);
    expect(replyIndex).toBeLessThan(firstUpdate);
    // The body holds the exact bytes; the resubmission is banned (1012).
    const block = await client.result('chain_getBlock', [updates[1].inBlock]);
    expect(block.block.extrinsics).toContain(tx.toHex());
    expect((await client.call('author_submitExtrinsic', [tx.toHex()])).error.code).toBe(1012);
    expect((await client.call('author_submitExtrinsic', ['0x0102'])).error.code).toBe(1001);
  });

  it('sends the current head first on head subscriptions and streams new ones', async () => {
    const reply = await client.call('chain_subscribeNewHead');
    const sub = reply.result as string;
    const first = await client.waitFor((f) => f.params?.subscription === sub);
    const best = await client.result('chain_getHeader');
    expect(first.method).toBe('chain_newHead');
    expect(first.params.result).toEqual(best);
    expect((await client.call('chain_unsubscribeNewHead', [sub])).result).toBe(true);
    expect((await client.call('chain_unsubscribeNewHead', [sub])).result).toBe(false);
  });

  it('state_subscribeStorage sends every key first (null if absent), then changes only', async () => {
    const phaseKey = api.query.encointerScheduler.currentPhase.key();
    const absent = `0x${'ab'.repeat(40)}`;
    const sub = (await client.call('state_subscribeStorage', [[phaseKey, absent]])).result as string;
    const first = await client.waitFor((f) => f.params?.subscription === sub);
    expect(first.method).toBe('state_storage');
    expect(first.params.result.changes).toEqual([
      [phaseKey, '0x00'],
      [absent, null],
    ]);
    const alice = new Keyring({ type: 'sr25519' }).addFromUri('//Alice');
    const tx = await api.tx.sudo.sudo(api.tx.encointerScheduler.nextPhase()).signAsync(alice, { nonce: -1 });
    await client.call('author_submitExtrinsic', [tx.toHex()]);
    const change = await client.waitFor(
      (f) => f.params?.subscription === sub && f.params.result.changes[0]?.[1] === '0x01',
    );
    expect(change.params.result.changes).toEqual([[phaseKey, '0x01']]);
    await client.call('state_unsubscribeStorage', [sub]);
  });

  it('chainHead_v1: follow, header (blake2 = hash), :code hash, call with "" input, body, unpin errors', async () => {
    const sub = (await client.call('chainHead_v1_follow', [true])).result as string;
    const init = (await client.waitFor((f) => f.params?.subscription === sub)).params.result;
    expect(init.event).toBe('initialized');
    expect(init.finalizedBlockRuntime.type).toBe('valid');
    expect(init.finalizedBlockRuntime.spec.apis['0xdf6acb689907609b']).toBe(4);
    const hash = init.finalizedBlockHashes.at(-1) as string;
    await client.waitFor(
      (f) => f.params?.subscription === sub && f.params.result.event === 'bestBlockChanged',
    );

    const header = await client.result('chainHead_v1_header', [sub, hash]);
    expect(blake2_256(header)).toBe(hash);

    const op = async (method: string, params: unknown[]) => {
      const started = await client.result(method, [sub, ...params]);
      expect(started.result).toBe('started');
      return client.waitFor(
        (f) =>
          f.params?.subscription === sub &&
          f.params.result.operationId === started.operationId &&
          /Done$|Error$/.test(f.params.result.event),
      );
    };
    const storage = await client.result('chainHead_v1_storage', [
      sub,
      hash,
      [{ key: '0x3a636f6465', type: 'hash' }],
      null,
    ]);
    const items = await client.waitFor(
      (f) => f.params?.subscription === sub && f.params.result.event === 'operationStorageItems',
    );
    expect(items.params.result.operationId).toBe(storage.operationId);
    expect(items.params.result.items[0].key).toBe('0x3a636f6465');
    expect(items.params.result.items[0].hash).toMatch(/^0x[0-9a-f]{64}$/);

    const versions = await op('chainHead_v1_call', [hash, 'Metadata_metadata_versions', '']);
    expect(versions.params.result).toMatchObject({
      event: 'operationCallDone',
      output: '0x080e0000000f000000',
    });
    const unknown = await op('chainHead_v1_call', [hash, 'Nope_nothing', '']);
    expect(unknown.params.result.event).toBe('operationError');
    const body = await op('chainHead_v1_body', [hash]);
    expect(body.params.result.event).toBe('operationBodyDone');

    expect((await client.call('chainHead_v1_unpin', [sub, `0x${'11'.repeat(32)}`])).error.code).toBe(-32801);
    expect((await client.call('chainHead_v1_unpin', [sub, [hash, hash]])).error.code).toBe(-32804);
    expect((await client.call('chainHead_v1_unpin', [sub, [hash]])).result).toBeNull();
    expect((await client.call('chainHead_v1_header', [sub, hash])).error.code).toBe(-32801);
    expect((await client.call('chainHead_v1_unfollow', [sub])).result).toBeNull();
    expect((await client.call('chainHead_v1_header', [sub, hash])).result).toBeNull();
    expect((await client.call('chainHead_v1_body', [sub, hash])).result).toEqual({ result: 'limitReached' });
  });
});
