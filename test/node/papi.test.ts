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
/** Fixed-point 1.0 (I64F64 bits). */
const FIXED_ONE = 1n << 64n;
// ceremonies §9.8: the community at (1,1) with the six dev bootstrappers is `s00tw79dF6b`.
const CID_JSON = { geohash: '0x7330307477', digest: '0xf08c911c' };
const SIX = ['//Alice', '//Bob', '//Charlie', '//Dave', '//Eve', '//Ferdie'].map((p) =>
  ss58Address(derive(p).publicKey, 42),
);
const text = (s: string) => new Uint8Array(Buffer.from(s));
/** A cid as papi decodes it (fixed-size byte arrays as hex or bytes) in the RPC's JSON form. */
const cidJson = (cid: { geohash: unknown; digest: unknown }) => {
  const hex = (v: unknown) =>
    typeof v === 'string' ? v : `0x${Buffer.from(v as Uint8Array).toString('hex')}`;
  return { geohash: hex(cid.geohash), digest: hex(cid.digest) };
};

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

  it('registers a community (new_community by //Alice) and lists it by RPC and from storage', async () => {
    const tx = api.tx.EncointerCommunities.new_community({
      // papi flattens the one-field composite `FixedI128 { bits }` to its value.
      location: { lat: FIXED_ONE, lon: FIXED_ONE },
      bootstrappers: SIX,
      community_metadata: {
        name: text('Test'),
        symbol: text('TST'),
        assets: text('QmRgHZwX9ryGd5ZQpnMYAyvNmkd3SRmKnUKmLAuDufWKqK'),
        theme: undefined,
        url: undefined,
        announcement_signer: undefined,
        rules: Enum('LoCo'),
      },
      demurrage: undefined,
      nominal_income: undefined,
    });
    const result = await tx.signAndSubmit(signer);
    expect(result.ok).toBe(true);
    const registered = result.events.find((e: PapiEvent) => e.value.type === 'CommunityRegistered')!;
    expect(registered.type).toBe('EncointerCommunities');
    expect(cidJson(registered.value.value as never)).toEqual(CID_JSON);
    // encointer_* methods are not part of papi's typed API: a raw request.
    expect(await client._request('encointer_getAllCommunities', [])).toEqual([
      { cid: CID_JSON, name: [...Buffer.from('Test')] },
    ]);
    const ids = await api.query.EncointerCommunities.CommunityIdentifiers.getValue({ at: result.block.hash });
    expect(ids.map(cidJson)).toEqual([CID_JSON]);
  });

  it('registers //Alice with EncointerCeremonies.register_participant(cid, None), watched to inclusion', async () => {
    const [cid] = await api.query.EncointerCommunities.CommunityIdentifiers.getValue();
    const tx = api.tx.EncointerCeremonies.register_participant({ cid, proof: undefined });
    const seen: string[] = [];
    const final = await new Promise<{ ok: boolean; events: PapiEvent[]; block: { hash: string } }>(
      (resolve, reject) => {
        tx.signSubmitAndWatch(signer).subscribe({
          next: (e: { type: string; found?: boolean; ok: boolean; events: PapiEvent[]; block: never }) => {
            seen.push(e.type === 'txBestBlocksState' ? `best:${e.found}` : e.type);
            if (e.type === 'finalized') resolve(e);
          },
          error: reject,
        });
      },
    );
    expect(seen[0]).toBe('signed');
    expect(seen).toContain('best:true');
    expect(final.ok).toBe(true);
    expect(names(final.events)).toEqual(
      expect.arrayContaining(['EncointerCeremonies.ParticipantRegistered', 'System.ExtrinsicSuccess']),
    );
    const registered = final.events.find((e) => e.value.type === 'ParticipantRegistered')!.value.value as [
      { geohash: unknown; digest: unknown },
      { type: string },
      string,
    ];
    expect(cidJson(registered[0])).toEqual(CID_JSON);
    expect(registered[1]).toEqual({ type: 'Bootstrapper' });
    expect(registered[2]).toBe(ss58Address(alice.publicKey, 42));
    expect(
      await api.query.EncointerCeremonies.BootstrapperCount.getValue([cid, 1], { at: final.block.hash }),
    ).toBe(1n);
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
