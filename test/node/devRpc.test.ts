// spec: ARCHITECTURE §5 (dev_* methods: newBlock, setStorage, timeTravel, setHead, setBlockBuildMode, snapshot/revert)
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { devKey, transferCall } from '../../src/node/testSupport.js';
import { toHex } from '../../src/primitives/common/bytes.js';
import { type NodeProcess, startNodeProcess } from './support/nodeProcess.js';
import { RawClient } from './support/rawClient.js';
import { RemoteSigner } from './support/signer.js';

// Well-known keys: twox128("System") ++ twox128("Number"), twox128("Timestamp") ++ twox128("Now").
const SYSTEM_NUMBER = '0x26aa394eea5630e07c48ae0c9558cef702a5c1b19ab7a04f536c519aca4983ac';
const TIMESTAMP_NOW = '0xf0c365c3cf59d671eb72da0e7a4113c49f1f0515f462cdcf84e0f1d6045dfcbb';
const KEY = '0x0102030405';
const UNKNOWN_HASH = `0x${'ab'.repeat(32)}`;

const u64le = (hex: string): bigint => Buffer.from(hex.slice(2), 'hex').readBigUInt64LE(0);
const u32le = (hex: string): number => Buffer.from(hex.slice(2), 'hex').readUInt32LE(0);

describe('dev_* methods on the real node process (ARCHITECTURE §5)', () => {
  let node: NodeProcess;
  let client: RawClient;
  let signer: RemoteSigner;
  const alice = devKey('//Alice');
  const bob = devKey('//Bob');

  const best = async (): Promise<number> =>
    Number.parseInt((await client.result('chain_getHeader')).number, 16);
  const errorOf = async (method: string, params: unknown[]) => (await client.call(method, params)).error;

  beforeAll(async () => {
    node = await startNodeProcess(['--tmp', '--manual-seal']);
    client = await RawClient.connect(node.url);
    signer = new RemoteSigner(await client.result('chain_getBlockHash', [0]));
  });

  afterAll(async () => {
    await client?.close();
    expect(await node?.stop()).toBe(0);
  });

  it('dev_newBlock builds one block, `count` blocks or up to `to`, and returns the last hash', async () => {
    expect(await best()).toBe(0);
    const one = await client.result('dev_newBlock', [{}]);
    expect(one).toBe(await client.result('chain_getBlockHash', [1]));
    expect(await client.result('dev_newBlock')).toBe(await client.result('chain_getBlockHash', [2]));
    const five = await client.result('dev_newBlock', [{ count: 3 }]);
    expect(await best()).toBe(5);
    expect(five).toBe(await client.result('chain_getBlockHash', [5]));
    await client.result('dev_newBlock', [{ to: 7 }]);
    expect(await best()).toBe(7);
    // Already there: nothing is built, the best hash comes back.
    expect(await client.result('dev_newBlock', [{ to: 3 }])).toBe(
      await client.result('chain_getBlockHash', [7]),
    );
    expect(await best()).toBe(7);
  });

  it('dev_newBlock puts `transactions` into the block', async () => {
    const nonce = await client.result('system_accountNextIndex', [toHex(alice.publicKey)]);
    const xt = toHex(signer.sign(alice, transferCall(bob.publicKey, 10n ** 12n), nonce));
    const hash = await client.result('dev_newBlock', [{ transactions: [xt] }]);
    const block = await client.result('chain_getBlock', [hash]);
    // The timestamp inherent, then the transfer.
    expect(block.block.extrinsics).toHaveLength(2);
    expect(block.block.extrinsics[1]).toBe(xt);
    expect(await client.result('system_accountNextIndex', [toHex(alice.publicKey)])).toBe(nonce + 1);
  });

  it('dev_newBlock refuses bad options with -32602', async () => {
    for (const params of [[{ count: 0 }], [{ count: 'two' }], [{ cout: 2 }], [{ count: 10_001 }], ['x']]) {
      const e = await errorOf('dev_newBlock', params);
      expect(e.code, JSON.stringify(params)).toBe(-32602);
    }
    expect((await errorOf('dev_newBlock', [{ transactions: ['0xzz'] }])).code).toBe(-32602);
  });

  it('dev_setStorage writes and removes raw values in the best block, seen by state_getStorage', async () => {
    const head = await client.result('chain_getHeader');
    const bestHash = await client.result('chain_getBlockHash');
    expect(await client.result('dev_setStorage', [[[KEY, '0xc0ffee']]])).toBe(bestHash);
    expect(await client.result('state_getStorage', [KEY])).toBe('0xc0ffee');
    // In place: no new block.
    expect((await client.result('chain_getHeader')).number).toBe(head.number);
    await client.result('dev_setStorage', [[[KEY, null]], bestHash]);
    expect(await client.result('state_getStorage', [KEY])).toBeNull();
  });

  it('dev_setStorage: bad pairs → -32602, an older block → -32602, an unknown block → 4003', async () => {
    expect((await errorOf('dev_setStorage', [[[KEY, 'nothex']]])).code).toBe(-32602);
    expect((await errorOf('dev_setStorage', [[['0x', '0x01']]])).code).toBe(-32602);
    expect((await errorOf('dev_setStorage', [{ System: { Number: 5 } }])).code).toBe(-32602);
    const genesis = await client.result('chain_getBlockHash', [0]);
    const older = await errorOf('dev_setStorage', [[[KEY, '0x01']], genesis]);
    expect(older.code).toBe(-32602);
    expect(older.message).toMatch(/only the best block/);
    expect((await errorOf('dev_setStorage', [[[KEY, '0x01']], UNKNOWN_HASH])).code).toBe(4003);
    expect(await client.result('state_getStorage', [KEY])).toBeNull();
  });

  it('dev_timeTravel sets the next block time (ms or a date string) and refuses going back', async () => {
    const target = Date.parse('2031-06-01T12:00:00Z');
    expect(await client.result('dev_timeTravel', ['2031-06-01T12:00:00Z'])).toBe(target);
    await client.result('dev_newBlock');
    expect(u64le(await client.result('state_getStorage', [TIMESTAMP_NOW]))).toBe(BigInt(target));
    // Later blocks step on from there by the block time (6 s).
    await client.result('dev_newBlock');
    expect(u64le(await client.result('state_getStorage', [TIMESTAMP_NOW]))).toBe(BigInt(target) + 6_000n);
    expect(await client.result('dev_timeTravel', [target + 3_600_000])).toBe(target + 3_600_000);
    await client.result('dev_newBlock');
    expect(u64le(await client.result('state_getStorage', [TIMESTAMP_NOW]))).toBe(BigInt(target + 3_600_000));
    const back = await errorOf('dev_timeTravel', ['2020-01-01']);
    expect(back.code).toBe(-32602);
    expect(back.message).toMatch(/cannot travel to/);
    expect((await errorOf('dev_timeTravel', ['not a date'])).code).toBe(-32602);
    expect((await errorOf('dev_timeTravel', [])).code).toBe(-32602);
  });

  it('dev_setHead reverts to a number, a negative offset or a hash; unknown targets → 4003', async () => {
    const top = await best();
    const hash3 = await client.result('chain_getBlockHash', [3]);
    expect(await client.result('dev_setHead', [top - 1])).toBe(
      await client.result('chain_getBlockHash', [top - 1]),
    );
    expect(await client.result('dev_setHead', [-1])).toBe(
      await client.result('chain_getBlockHash', [top - 2]),
    );
    expect(await client.result('dev_setHead', [hash3])).toBe(hash3);
    expect(await best()).toBe(3);
    expect(await client.result('chain_getBlockHash', [4])).toBeNull();
    expect(u32le(await client.result('state_getStorage', [SYSTEM_NUMBER]))).toBe(3);
    expect((await errorOf('dev_setHead', [UNKNOWN_HASH])).code).toBe(4003);
    expect((await errorOf('dev_setHead', [9])).code).toBe(4003);
    expect((await errorOf('dev_setHead', [-9])).code).toBe(4003);
    expect((await errorOf('dev_setHead', ['0x12'])).code).toBe(-32602);
    // The chain grows again from the new head.
    await client.result('dev_newBlock');
    expect(await best()).toBe(4);
  });

  it('dev_setBlockBuildMode switches between manual, instant and interval', async () => {
    const start = await best();
    await client.result('dev_setBlockBuildMode', ['Instant']);
    const nonce = await client.result('system_accountNextIndex', [toHex(alice.publicKey)]);
    await client.result('author_submitExtrinsic', [
      toHex(signer.sign(alice, transferCall(bob.publicKey, 1n), nonce)),
    ]);
    const until = async (cond: (n: number) => boolean) => {
      for (let i = 0; i < 200 && !cond(await best()); i++) await new Promise((r) => setTimeout(r, 25));
      return best();
    };
    expect(await until((n) => n > start)).toBe(start + 1);
    await client.result('dev_setBlockBuildMode', ['interval', 50]);
    expect(await until((n) => n >= start + 3)).toBeGreaterThanOrEqual(start + 3);
    expect(await client.result('dev_setBlockBuildMode', ['manual'])).toBeNull();
    const stopped = await best();
    await new Promise((r) => setTimeout(r, 200));
    expect(await best()).toBe(stopped);
    expect((await errorOf('dev_setBlockBuildMode', ['sometimes'])).code).toBe(-32602);
    expect((await errorOf('dev_setBlockBuildMode', ['interval', -5])).code).toBe(-32602);
  });

  it('dev_snapshot / dev_revert restore the head and undo storage writes; used ids → -32602', async () => {
    await client.result('dev_setStorage', [[[KEY, '0x01']]]);
    const head = await client.result('chain_getHeader');
    const headHash = await client.result('chain_getBlockHash');
    const id = await client.result('dev_snapshot');
    expect(typeof id).toBe('number');
    await client.result('dev_setStorage', [[[KEY, '0x02']]]);
    await client.result('dev_newBlock', [{ count: 2 }]);
    await client.result('dev_setStorage', [[[KEY, '0x03']]]);
    expect(await client.result('dev_revert', [id])).toBe(true);
    expect(await client.result('chain_getHeader')).toEqual(head);
    expect(await client.result('chain_getBlockHash')).toBe(headHash);
    expect(await client.result('state_getStorage', [KEY])).toBe('0x01');
    const used = await errorOf('dev_revert', [id]);
    expect(used.code).toBe(-32602);
    expect(used.message).toMatch(/unknown snapshot id/);
    expect((await errorOf('dev_revert', ['abc'])).code).toBe(-32602);
    expect((await errorOf('dev_snapshot', [1])).code).toBe(-32602);
  });

  it('lists the dev methods in rpc_methods', async () => {
    const { methods } = await client.result('rpc_methods');
    for (const m of [
      'dev_newBlock',
      'dev_setStorage',
      'dev_timeTravel',
      'dev_setHead',
      'dev_setBlockBuildMode',
      'dev_snapshot',
      'dev_revert',
    ]) {
      expect(methods).toContain(m);
    }
  });
});
