// spec: substrate-compat §1.1 (polkadot-js connect and signAndSend), §3.4 (rejections), §6.3 (events), §10 checklist
import { ApiPromise, WsProvider } from '@polkadot/api';
import type { SubmittableExtrinsic } from '@polkadot/api/types';
import { Keyring } from '@polkadot/keyring';
import type { KeyringPair } from '@polkadot/keyring/types';
import type { ISubmittableResult } from '@polkadot/types/types';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type NodeProcess, startNodeProcess } from './support/nodeProcess.js';

const ERT = 10n ** 12n;
/** Fixed-point 1.0 (I64F64 bits). */
const FIXED_ONE = 1n << 64n;
// ceremonies §9.8: the community at (1,1) with the six dev bootstrappers is `s00tw79dF6b`.
const CID_JSON = { geohash: '0x7330307477', digest: '0xf08c911c' };
const DEV_NAMES = ['//Alice', '//Bob', '//Charlie', '//Dave', '//Eve', '//Ferdie'];

interface AccountInfo {
  data: { free: { toBigInt(): bigint } };
}

/** Signs and sends, resolving with the result at `finalized` (rejecting on an RPC error or a dispatch error). */
const sendAndFinalize = (
  tx: SubmittableExtrinsic<'promise'>,
  signer: KeyringPair,
): Promise<{ result: ISubmittableResult; statuses: string[] }> =>
  new Promise((resolve, reject) => {
    const statuses: string[] = [];
    tx.signAndSend(signer, (result: ISubmittableResult) => {
      statuses.push(result.status.type);
      if (result.status.isFinalized) resolve({ result, statuses });
      if (result.status.isInvalid || result.status.isDropped || result.status.isUsurped) {
        reject(new Error(`transaction ${result.status.type}`));
      }
    }).catch(reject);
  });

describe('@polkadot/api against the real node process (substrate-compat §1.1)', () => {
  let node: NodeProcess;
  let api: ApiPromise;
  let provider: WsProvider;
  const keyring = new Keyring({ type: 'sr25519', ss58Format: 42 });
  let alice: KeyringPair;
  let bob: KeyringPair;

  beforeAll(async () => {
    node = await startNodeProcess(['--tmp', '--instant-seal']);
    provider = new WsProvider(node.url);
    api = await ApiPromise.create({ provider, noInitWarn: true });
    alice = keyring.addFromUri('//Alice');
    bob = keyring.addFromUri('//Bob');
  });

  afterAll(async () => {
    await api?.disconnect();
    expect(await node?.stop()).toBe(0);
  });

  it('connects: genesis hash, runtime version, chain properties and the filtered RPC surface', async () => {
    const genesis = await api.rpc.chain.getBlockHash(0);
    expect(api.genesisHash.toHex()).toBe(genesis.toHex());
    expect(api.runtimeVersion.specName.toString()).toBe('encointer-node-notee');
    expect(api.registry.chainSS58).toBe(42);
    expect((await api.rpc.system.chain()).toString()).toBe('Encointer Dev');
    expect((await api.rpc.system.chainType()).isDevelopment).toBe(true);
    // polkadot-js keeps only methods rpc_methods lists; signAndSend needs this one.
    expect(typeof api.rpc.author.submitAndWatchExtrinsic).toBe('function');
    // The header JSON re-encodes to the bytes the hash covers (rule 1).
    const header = await api.rpc.chain.getHeader();
    expect(header.hash.toHex()).toBe((await api.rpc.chain.getBlockHash(header.number.toNumber())).toHex());
  });

  it('reads EncointerScheduler.CurrentPhase and the ceremony index', async () => {
    expect((await api.query.encointerScheduler.currentPhase()).toString()).toBe('Registering');
    expect((await api.query.encointerScheduler.currentCeremonyIndex()).toString()).toBe('1');
  });

  it('transfers with signAndSend: ready → inBlock → finalized, with decoded events', async () => {
    const before = (await api.query.system.account(bob.address)) as unknown as AccountInfo;
    const { result, statuses } = await sendAndFinalize(
      api.tx.balances.transferKeepAlive(bob.address, ERT),
      alice,
    );
    // inBlock and finalized arrive together (instant finality); polkadot-js' switchMap then reports only the
    // latter (the wire order ready → inBlock → finalized is checked in rpcProtocol.test.ts).
    expect(statuses[0]).toBe('Ready');
    expect(statuses.at(-1)).toBe('Finalized');
    expect(result.dispatchError).toBeUndefined();
    const names = result.events.map(({ event }) => `${event.section}.${event.method}`);
    expect(names).toEqual(expect.arrayContaining(['balances.Transfer', 'system.ExtrinsicSuccess']));
    expect(names.at(-1)).toBe('system.ExtrinsicSuccess');
    const transfer = result.events.find(({ event }) => event.method === 'Transfer')!.event;
    expect(transfer.data[1]!.toString()).toBe(bob.address);
    expect(BigInt(transfer.data[2]!.toString())).toBe(ERT);
    const after = (await api.query.system.account(bob.address)) as unknown as AccountInfo;
    expect(after.data.free.toBigInt() - before.data.free.toBigInt()).toBe(ERT);
  });

  it('registers a community (newCommunity by //Alice) and lists it by RPC and from storage', async () => {
    const bootstrappers = DEV_NAMES.map((uri) => keyring.addFromUri(uri).address);
    const tx = api.tx.encointerCommunities.newCommunity(
      { lat: { bits: FIXED_ONE }, lon: { bits: FIXED_ONE } },
      bootstrappers,
      {
        name: 'Test',
        symbol: 'TST',
        assets: 'QmRgHZwX9ryGd5ZQpnMYAyvNmkd3SRmKnUKmLAuDufWKqK',
        theme: null,
        url: null,
        announcementSigner: null,
        rules: 'LoCo',
      },
      null,
      null,
    );
    const { result } = await sendAndFinalize(tx, alice);
    expect(result.dispatchError).toBeUndefined();
    const registered = result.events.find(({ event }) => event.method === 'CommunityRegistered')!.event;
    expect(registered.section).toBe('encointerCommunities');
    expect(registered.data[0]!.toJSON()).toEqual(CID_JSON);
    // encointer_* methods are not in polkadot-js' definitions (no custom types): raw provider call.
    const listed = await provider.send('encointer_getAllCommunities', []);
    expect(listed).toEqual([{ cid: CID_JSON, name: [...Buffer.from('Test')] }]);
    expect((await api.query.encointerCommunities.communityIdentifiers()).toJSON()).toEqual([CID_JSON]);
    const metadata = (await api.query.encointerCommunities.communityMetadata(CID_JSON)) as unknown as {
      name: { toUtf8(): string };
    };
    expect(metadata.name.toUtf8()).toBe('Test');
  });

  it('registers //Alice with encointerCeremonies.registerParticipant(cid, None), watched to inclusion', async () => {
    const { result, statuses } = await sendAndFinalize(
      api.tx.encointerCeremonies.registerParticipant(CID_JSON, null),
      alice,
    );
    expect(statuses[0]).toBe('Ready');
    expect(statuses.at(-1)).toBe('Finalized');
    expect(result.dispatchError).toBeUndefined();
    const names = result.events.map(({ event }) => `${event.section}.${event.method}`);
    expect(names).toEqual(
      expect.arrayContaining(['encointerCeremonies.ParticipantRegistered', 'system.ExtrinsicSuccess']),
    );
    const registered = result.events.find(({ event }) => event.method === 'ParticipantRegistered')!.event;
    expect(registered.data[0]!.toJSON()).toEqual(CID_JSON);
    expect(registered.data[1]!.toString()).toBe('Bootstrapper');
    expect(registered.data[2]!.toString()).toBe(alice.address);
    const count = await api.query.encointerCeremonies.bootstrapperCount([CID_JSON, 1]);
    expect(count.toString()).toBe('1');
  });

  it('sudo(encointerScheduler.nextPhase()) moves the phase and emits PhaseChangedTo and Sudid', async () => {
    const { result } = await sendAndFinalize(api.tx.sudo.sudo(api.tx.encointerScheduler.nextPhase()), alice);
    const names = result.events.map(({ event }) => `${event.section}.${event.method}`);
    expect(names).toEqual(expect.arrayContaining(['encointerScheduler.PhaseChangedTo', 'sudo.Sudid']));
    const phase = result.events.find(({ event }) => event.method === 'PhaseChangedTo')!.event;
    expect(phase.data[0]!.toString()).toBe('Assigning');
    expect((await api.query.encointerScheduler.currentPhase()).toString()).toBe('Assigning');
  });

  it('rejects a stale nonce and a bad signature at submission with 1010 and the reason', async () => {
    const stale = api.tx.balances.transferKeepAlive(bob.address, 1n);
    await expect(stale.signAndSend(alice, { nonce: 0 })).rejects.toThrow(
      /1010: Invalid Transaction: Transaction is outdated/,
    );
    const signed = api.tx.balances.transferKeepAlive(bob.address, 1n);
    await signed.signAsync(alice, { nonce: -1 });
    const hex = signed.toHex();
    // '0x', then 2 length-prefix bytes, the version byte, MultiAddress::Id (1 + 32) and the signature type byte.
    const sigOffset = 2 + (2 + 1 + 1 + 32 + 1) * 2;
    const flipped = hex.slice(0, sigOffset) + (hex[sigOffset] === 'a' ? 'b' : 'a') + hex.slice(sigOffset + 1);
    await expect(api.rpc.author.submitExtrinsic(flipped)).rejects.toThrow(
      /1010: Invalid Transaction: Transaction has a bad signature/,
    );
  });
});
