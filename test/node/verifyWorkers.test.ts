// spec: ARCHITECTURE §5 (signatures are verified on worker threads; `encointer node --verify-workers <n>`)
import { afterEach, describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/run.js';
import { devKey, transferCall } from '../../src/node/testSupport.js';
import { toHex } from '../../src/primitives/common/bytes.js';
import { type NodeProcess, rpcHttp, startNodeProcess } from './support/nodeProcess.js';
import { RemoteSigner } from './support/signer.js';

const started: NodeProcess[] = [];
afterEach(async () => {
  await Promise.all(started.splice(0).map((n) => n.stop()));
});

/** Submits a transfer from //Alice and waits until its block is in: the signature was verified and applied. */
const transferApplies = async (node: NodeProcess): Promise<void> => {
  const signer = new RemoteSigner((await rpcHttp(node.httpUrl, 'chain_getBlockHash', [0])) as string);
  const bob = devKey('//Bob').publicKey;
  const xt = signer.sign(devKey('//Alice'), transferCall(bob, 10n ** 12n), 0);
  await rpcHttp(node.httpUrl, 'author_submitExtrinsic', [toHex(xt)]);
  for (let i = 0; i < 100; i++) {
    const nonce = await rpcHttp(node.httpUrl, 'system_accountNextIndex', [
      toHex(devKey('//Alice').publicKey),
    ]);
    if (nonce === 1) return;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error('the transfer was not applied');
};

describe('encointer node --verify-workers (ARCHITECTURE §5)', () => {
  it.each([
    [['--verify-workers', '1'], 'signature verification: 1 worker thread'],
    [['--verify-workers', '3'], 'signature verification: 3 worker threads'],
    [['--verify-workers', '0'], 'signature verification: on the main thread'],
  ])('%j starts the verifier it asks for, and transfers still apply', async (args, line) => {
    const node = await startNodeProcess(['--tmp', '--instant-seal', ...args]);
    started.push(node);
    expect(node.output()).toContain(line);
    await transferApplies(node);
  });

  it('defaults to one worker per core', async () => {
    const node = await startNodeProcess(['--tmp', '--instant-seal']);
    started.push(node);
    expect(node.output()).toMatch(/signature verification: \d+ worker threads?/);
  });

  it.each(['two', '1.5', '-1'])(
    'refuses --verify-workers=%s (exit code 2, naming the option)',
    async (value) => {
      let err = '';
      const io = { out: () => {}, err: (m: string) => (err += m) };
      expect(await runCli(['node', `--verify-workers=${value}`, '--tmp'], io)).toBe(2);
      expect(err).toMatch(/--verify-workers/);
    },
  );
});
