// spec: substrate-compat §1.2 (papi native path: chainHead_v1, chainSpec_v1, transaction_v1), §4, §6.3 (events)
import { createRequire } from 'node:module';
import { sr25519CreateDerive } from '@polkadot-labs/hdkd';
import { DEV_MINI_SECRET, ss58Address } from '@polkadot-labs/hdkd-helpers';
import { createClient, Enum, type PolkadotClient } from 'polkadot-api';
import { getPolkadotSigner } from 'polkadot-api/signer';
import { getWsProvider } from 'polkadot-api/ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type NodeProcess, startNodeProcess } from './support/nodeProcess.js';

// Node 20 has no global WebSocket; papi takes the class from `ws` (shipped without types here).
const { WebSocket } = createRequire(import.meta.url)('ws') as { WebSocket: unknown };

const derive = sr25519CreateDerive(DEV_MINI_SECRET);
const alice = derive('//Alice');
const bob = derive('//Bob');
const signer = getPolkadotSigner(alice.publicKey, 'Sr25519', (payload) => alice.sign(payload));
const ERT = 10n ** 12n;

interface PapiEvent {
  type: string;
  value: { type: string; value: unknown };
}

const names = (events: readonly PapiEvent[]) => events.map((e) => `${e.type}.${e.value.type}`);

describe('polkadot-api against the real node process (substrate-compat §1.2)', () => {
  let node: NodeProcess;
  let client: PolkadotClient;
  // biome-ignore lint/suspicious/noExplicitAny: the dynamic API has no generated types (no descriptors)
  let api: any;
  const sent: string[] = [];

  beforeAll(async () => {
    node = await startNodeProcess(['--tmp', '--instant-seal']);
    const logger = (e: { type: string; msg?: string }) => {
      if (e.type === 'OUT' && e.msg !== undefined)
        sent.push((JSON.parse(e.msg) as { method: string }).method);
    };
    client = createClient(
      getWsProvider(node.url, { websocketClass: WebSocket as never, logger: logger as never }),
    );
    api = client.getUnsafeApi();
  });

  afterAll(async () => {
    client?.destroy();
    expect(await node?.stop()).toBe(0);
  });

  it('follows the chain natively and reads EncointerScheduler.CurrentPhase', async () => {
    const finalized = await client.getFinalizedBlock();
    expect(finalized.number).toBe(0);
    const spec = await client.getChainSpecData();
    expect(spec.name).toBe('Encointer Dev');
    expect(spec.genesisHash).toBe(finalized.hash);
    expect(await api.query.EncointerScheduler.CurrentPhase.getValue()).toEqual({ type: 'Registering' });
    expect(await api.constants.System.SS58Prefix()).toBe(42);
  });

  it('signs and submits a transfer, watches it to inclusion and decodes its events', async () => {
    const bobAddress = ss58Address(bob.publicKey, 42);
    const before = await api.query.System.Account.getValue(bobAddress);
    const tx = api.tx.Balances.transfer_keep_alive({ dest: Enum('Id', bobAddress), value: ERT });
    const result = await tx.signAndSubmit(signer);
    expect(result.ok).toBe(true);
    // The native new-API path, not papi's legacy emulation (§1.2).
    expect(sent).toEqual(expect.arrayContaining(['chainHead_v1_follow', 'transaction_v1_broadcast']));
    expect(sent).not.toContain('chain_subscribeAllHeads');
    expect(names(result.events)).toEqual(
      expect.arrayContaining(['Balances.Transfer', 'System.ExtrinsicSuccess']),
    );
    const transfer = result.events.find((e: PapiEvent) => e.value.type === 'Transfer')!.value.value;
    expect(transfer).toMatchObject({ to: bobAddress, amount: ERT });
    expect(result.block.number).toBeGreaterThan(0);
    const after = await api.query.System.Account.getValue(bobAddress, { at: result.block.hash });
    expect(after.data.free - before.data.free).toBe(ERT);
  });

  it('submits sudo(EncointerScheduler.next_phase) and sees the phase change', async () => {
    const call = api.tx.EncointerScheduler.next_phase().decodedCall;
    const result = await api.tx.Sudo.sudo({ call }).signAndSubmit(signer);
    expect(result.ok).toBe(true);
    expect(names(result.events)).toEqual(
      expect.arrayContaining(['EncointerScheduler.PhaseChangedTo', 'Sudo.Sudid']),
    );
    const changed = result.events.find((e: PapiEvent) => e.value.type === 'PhaseChangedTo')!.value.value;
    expect(changed).toEqual({ type: 'Assigning' });
    expect(await api.query.EncointerScheduler.CurrentPhase.getValue({ at: result.block.hash })).toEqual({
      type: 'Assigning',
    });
  });
});
