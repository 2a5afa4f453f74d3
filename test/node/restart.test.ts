// spec: ARCHITECTURE §5 (a block is durable when its transaction commits; restart resumes from the last durable
// block), substrate-compat §6.6 (the state commitment is identical after a restart)
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ApiPromise, WsProvider } from '@polkadot/api';
import type { SubmittableExtrinsic } from '@polkadot/api/types';
import { Keyring } from '@polkadot/keyring';
import type { KeyringPair } from '@polkadot/keyring/types';
import { afterAll, describe, expect, it } from 'vitest';
import { type NodeProcess, rpcHttp, startNodeProcess } from './support/nodeProcess.js';

interface HeaderJson {
  parentHash: string;
  number: string;
  stateRoot: string;
}

const finalize = (tx: SubmittableExtrinsic<'promise'>, signer: KeyringPair): Promise<string> =>
  new Promise((resolve, reject) => {
    tx.signAndSend(signer, { nonce: -1 }, (r) => {
      if (r.status.isFinalized) resolve(r.status.asFinalized.toHex());
      if (r.status.isInvalid || r.status.isDropped) reject(new Error(r.status.type));
    }).catch(reject);
  });

/** What must be identical across a restart: headers, bodies and state at the best and an older block. */
const snapshot = async (httpUrl: string, keys: string[]) => {
  const best = (await rpcHttp(httpUrl, 'chain_getHeader')) as HeaderJson;
  const number = Number.parseInt(best.number, 16);
  const hashes = [];
  for (let n = 0; n <= number; n++) hashes.push(await rpcHttp(httpUrl, 'chain_getBlockHash', [n]));
  const bestHash = hashes[number] as string;
  const older = hashes[1] as string;
  return {
    best,
    hashes,
    body: await rpcHttp(httpUrl, 'chain_getBlock', [bestHash]),
    values: await rpcHttp(httpUrl, 'state_queryStorageAt', [keys, bestHash]),
    olderValues: await rpcHttp(httpUrl, 'state_queryStorageAt', [keys, older]),
    accountKeys: await rpcHttp(httpUrl, 'state_getKeysPaged', [keys[0]!.slice(0, 66), 100]),
  };
};

describe('restart persistence of the real node process (ARCHITECTURE §5)', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'encointer-restart-'));
  const nodes: NodeProcess[] = [];
  const apis: ApiPromise[] = [];

  afterAll(async () => {
    for (const api of apis) await api.disconnect();
    for (const n of nodes) await n.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  const start = async () => {
    const node = await startNodeProcess(['--base-path', dir, '--instant-seal']);
    nodes.push(node);
    const api = await ApiPromise.create({ provider: new WsProvider(node.url), noInitWarn: true });
    apis.push(api);
    return { node, api };
  };

  it('resumes with the same best block, state root and state, and continues the chain', async () => {
    const keyring = new Keyring({ type: 'sr25519' });
    const alice = keyring.addFromUri('//Alice');
    const bob = keyring.addFromUri('//Bob');

    const first = await start();
    await finalize(first.api.tx.balances.transferKeepAlive(bob.address, 10n ** 12n), alice);
    await finalize(first.api.tx.sudo.sudo(first.api.tx.encointerScheduler.nextPhase()), alice);
    const keys = [
      first.api.query.system.account.key(bob.address),
      first.api.query.system.account.key(alice.address),
      first.api.query.encointerScheduler.currentPhase.key(),
      '0x26aa394eea5630e07c48ae0c9558cef780d41e5e16056765bc8461851072c9d7', // System.Events
    ];
    const before = await snapshot(first.node.httpUrl, keys);
    expect(before.hashes.length).toBeGreaterThanOrEqual(3);
    await first.api.disconnect();
    expect(await first.node.stop('SIGINT')).toBe(0);
    expect(first.node.output()).toMatch(/SIGINT: stopping at block #\d+/);

    const second = await start();
    expect(second.node.output()).toContain(`best block: #${Number.parseInt(before.best.number, 16)}`);
    const after = await snapshot(second.node.httpUrl, keys);
    expect(after).toEqual(before);
    expect((await second.api.query.encointerScheduler.currentPhase()).toString()).toBe('Assigning');

    const next = await finalize(second.api.tx.balances.transferKeepAlive(bob.address, 1n), alice);
    const header = (await rpcHttp(second.node.httpUrl, 'chain_getHeader', [next])) as HeaderJson;
    expect(Number.parseInt(header.number, 16)).toBe(Number.parseInt(before.best.number, 16) + 1);
    expect(header.parentHash).toBe(before.hashes.at(-1));
    await second.api.disconnect();
    expect(await second.node.stop()).toBe(0);
  });

  it('after a SIGKILL during block production, resumes from a whole block (block and state agree)', async () => {
    const crashDir = mkdtempSync(path.join(tmpdir(), 'encointer-crash-'));
    try {
      const args = ['--base-path', crashDir, '--block-time', '20'];
      const first = await startNodeProcess(args);
      nodes.push(first);
      while (
        Number.parseInt(((await rpcHttp(first.httpUrl, 'chain_getHeader')) as HeaderJson).number, 16) < 10
      ) {
        await new Promise((r) => setTimeout(r, 20));
      }
      expect(await first.stop('SIGKILL')).toBeNull();

      const second = await startNodeProcess(['--base-path', crashDir, '--manual-seal']);
      nodes.push(second);
      const best = (await rpcHttp(second.httpUrl, 'chain_getHeader')) as HeaderJson;
      const number = Number.parseInt(best.number, 16);
      expect(number).toBeGreaterThanOrEqual(10);
      // System.Number (u32 LE) and System.ParentHash of the best state belong to the best header.
      const systemNumber = (await rpcHttp(second.httpUrl, 'state_getStorage', [
        '0x26aa394eea5630e07c48ae0c9558cef702a5c1b19ab7a04f536c519aca4983ac',
      ])) as string;
      expect(Buffer.from(systemNumber.slice(2), 'hex').readUInt32LE(0)).toBe(number);
      const parentHash = await rpcHttp(second.httpUrl, 'state_getStorage', [
        '0x26aa394eea5630e07c48ae0c9558cef78a42f33323cb5ced3b44dd825fda9fcc',
      ]);
      expect(parentHash).toBe(best.parentHash);
      expect(await second.stop()).toBe(0);
    } finally {
      rmSync(crashDir, { recursive: true, force: true });
    }
  });
});
