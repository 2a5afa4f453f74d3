// spec: ARCHITECTURE §5 (block production: instant, interval, manual; timestamps advance by the block time)
import { afterEach, describe, expect, it } from 'vitest';
import type { BuildMode } from '../../src/node/chain/blockProducer.js';
import { type RunningNode, startNode } from '../../src/node/node.js';
import { devKey, signFor, transferCall } from '../../src/node/testSupport.js';
import { Now } from '../../src/runtime/pallets/timestamp/timestamp.js';

const START = 1_735_689_600_000n;
const running: RunningNode[] = [];
afterEach(async () => {
  for (const n of running.splice(0)) await n.close();
});

const start = async (buildMode: BuildMode, blockTimeMs?: bigint) => {
  const node = await startNode({
    genesis: 'dev',
    basePath: undefined,
    rpcPort: 0,
    buildMode,
    startTime: START,
    ...(blockTimeMs === undefined ? {} : { blockTimeMs }),
  });
  running.push(node);
  return node;
};

const waitUntil = async (cond: () => boolean, timeoutMs = 5_000) => {
  const end = Date.now() + timeoutMs;
  while (!cond()) {
    if (Date.now() > end) throw new Error('condition not reached');
    await new Promise((r) => setTimeout(r, 10));
  }
};

describe('block production modes (ARCHITECTURE §5)', () => {
  it('instant: one block as soon as a transaction is ready, none while idle', async () => {
    const { chain } = await start({ kind: 'instant' });
    await new Promise((r) => setTimeout(r, 100));
    expect(chain.best.number).toBe(0);
    const alice = devKey('//Alice');
    const bob = devKey('//Bob');
    chain.submit(signFor(chain, alice, transferCall(bob.publicKey, 1n), { nonce: 0 }));
    chain.submit(signFor(chain, alice, transferCall(bob.publicKey, 1n), { nonce: 1 }));
    await waitUntil(() => chain.best.number === 1);
    // Both transactions of the same event-loop turn went into one block.
    expect(chain.body(chain.best)).toHaveLength(3);
    await new Promise((r) => setTimeout(r, 100));
    expect(chain.best.number).toBe(1);
  });

  it('interval: blocks on a timer, timestamps stepping by the block time (at least the minimum period)', async () => {
    const { chain } = await start({ kind: 'interval', intervalMs: 40 }, 40n);
    await waitUntil(() => chain.best.number >= 3);
    const t1 = Now.get(chain.stateAt(chain.blockByNumber(1)!));
    const t2 = Now.get(chain.stateAt(chain.blockByNumber(2)!));
    expect(t1).toBe(START);
    // 40 ms is below Timestamp.MinimumPeriod (3 s in the dev preset): the step is raised to it.
    expect(t2 - t1).toBe(3_000n);
  });

  it('manual: no block until asked; switching to instant picks up waiting transactions', async () => {
    const node = await start({ kind: 'manual' });
    const { chain, producer } = node;
    const alice = devKey('//Alice');
    chain.submit(signFor(chain, alice, transferCall(devKey('//Bob').publicKey, 1n), { nonce: 0 }));
    await new Promise((r) => setTimeout(r, 100));
    expect(chain.best.number).toBe(0);
    producer.produce();
    expect(chain.best.number).toBe(1);
    expect(Now.get(chain.stateAt())).toBe(START);
    chain.submit(signFor(chain, alice, transferCall(devKey('//Bob').publicKey, 1n), { nonce: 1 }));
    producer.setMode({ kind: 'instant' });
    await waitUntil(() => chain.best.number === 2);
    expect(Now.get(chain.stateAt())).toBe(START + 6_000n);
  });
});
