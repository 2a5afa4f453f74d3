// spec: issue acceptance — real clients decode the generated metadata (substrate-compat §7, reference-metadata-spec30)
import { Metadata, TypeRegistry } from '@polkadot/types';
import { expandMetadata } from '@polkadot/types/metadata';
import { decAnyMetadata } from '@polkadot-api/substrate-bindings';
import { describe, expect, it } from 'vitest';
import { u32, vec } from '../primitives/codec/describe.js';
import { toHex } from '../primitives/common/bytes.js';
import { devKeyPair } from '../primitives/common/devAccounts.js';
import { createEncointerRuntime } from './encointerRuntime.js';
import { MemoryState, OverlayState } from './framework/state.js';
import { CurrentCeremonyIndex, CurrentPhase } from './pallets/scheduler/storage.js';
import { Account } from './pallets/system/storage.js';
import { RuntimeVersion } from './types/substrate.js';

const ENCOINTER_PALLETS = [
  ['EncointerScheduler', 60],
  ['EncointerCeremonies', 61],
  ['EncointerCommunities', 62],
  ['EncointerBalances', 63],
  ['EncointerBazaar', 64],
  ['EncointerReputationCommitments', 65],
  ['EncointerFaucet', 66],
  ['EncointerDemocracy', 67],
  ['EncointerTreasuries', 68],
] as const;

const decodeWithPolkadotJs = (bytes: Uint8Array) => {
  const registry = new TypeRegistry();
  const metadata = new Metadata(registry, bytes);
  registry.setMetadata(metadata);
  return { registry, metadata, decorated: expandMetadata(registry, metadata) };
};

describe.each(['dev', 'production-like'] as const)('the %s runtime', (preset) => {
  const rt = createEncointerRuntime(preset);

  it.each([14, 15])(
    'serves metadata V%i that @polkadot/api decodes with every Encointer pallet',
    (version) => {
      const bytes = rt.metadataAt(version)!;
      expect(decAnyMetadata(bytes).metadata.tag).toBe(`v${version}`);
      const { metadata, decorated } = decodeWithPolkadotJs(bytes);
      expect(metadata.version).toBe(version);
      const pallets = metadata.asLatest.pallets;
      for (const [name, index] of ENCOINTER_PALLETS) {
        const pallet = pallets.find((p) => p.name.toString() === name);
        expect(pallet, name).toBeDefined();
        expect(pallet!.index.toNumber()).toBe(index);
        expect(pallet!.calls.isSome && pallet!.events.isSome && pallet!.storage.isSome).toBe(true);
      }
      // polkadot-js builds calls, storage keys and constants from it, as an app would.
      expect(Object.keys(decorated.tx.encointerScheduler)).toEqual(
        expect.arrayContaining(['nextPhase', 'pushByOneDay', 'setPhaseDuration', 'setNextPhaseTimestamp']),
      );
      expect(Object.keys(decorated.tx.encointerCeremonies)).toEqual(
        expect.arrayContaining(['registerParticipant', 'attestAttendees', 'claimRewards', 'endorseNewcomer']),
      );
      expect(decorated.query.encointerScheduler.currentPhase.keyPrefix()).toEqual(
        Uint8Array.from(Buffer.from(CurrentPhase.key().slice(2), 'hex')),
      );
      expect(decorated.consts.encointerScheduler.momentsPerDay.toString()).toBe('86400000');
    },
  );

  it('answers Core_version and Metadata_metadata_versions as state_call would', () => {
    const state = new OverlayState(new MemoryState());
    rt.applyGenesis(state);
    const version = RuntimeVersion.dec(rt.call(state, 'Core_version', new Uint8Array()));
    expect(version.spec_name).toBe('encointer-node-notee');
    expect(version.spec_version).toBe(31);
    const apiNames = ['CeremoniesApi', 'CommunitiesApi', 'BazaarApi', 'BalancesTxPaymentApi'];
    const ids = version.apis.map(([id]) => toHex(id));
    // blake2b-64 ids of the reference (reference-metadata-spec30 "Runtime version").
    for (const id of [
      '0x8cdf9e3e0b6d88cb',
      '0x7577ad567297b7d9',
      '0xbae02feb1e7a2e09',
      '0x8be5ded630a43ad4',
    ]) {
      expect(ids, apiNames.join()).toContain(id);
    }
    expect(vec(u32).dec(rt.call(state, 'Metadata_metadata_versions', new Uint8Array()))).toEqual([14, 15]);
  });

  it('writes the genesis: ceremony 1 in Registering, endowed //Alice', () => {
    const state = new OverlayState(new MemoryState());
    rt.applyGenesis(state);
    expect([CurrentCeremonyIndex.get(state), CurrentPhase.get(state)]).toEqual([1, 'Registering']);
    expect(Account.get(state, devKeyPair('//Alice').publicKey).data.free).toBe(1n << 60n);
  });
});
