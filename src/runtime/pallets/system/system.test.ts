// spec: reference-metadata-spec30 System (calls, errors); substrate-compat §6.1 (keys), §6.2 (account references)
import { describe, expect, it } from 'vitest';
import { fromHex, toHex } from '../../../primitives/common/bytes.js';
import { blake2_256 } from '../../../primitives/common/hashing.js';
import { createTestChain, newEd25519Key } from '../../executive/testSupport.js';
import type { Origin, RuntimeCallValue } from '../../framework/pallet.js';
import { decSufficients, incSufficients } from './accounts.js';
import { Account, BlockHash, EVENTS_KEY, eventsItem } from './storage.js';

const setup = () => {
  const alice = newEd25519Key();
  const chain = createTestChain({ balances: [[alice.publicKey, 10_000n]] });
  chain.block();
  const system = (origin: Origin, tag: string, value: object) =>
    chain.dispatch(origin, { tag: 'System', value: { tag, value } } as RuntimeCallValue);
  return { chain, alice, system, signedAlice: { kind: 'Signed', who: alice.publicKey } as Origin };
};

describe('System storage keys (substrate-compat §6.1 vectors)', () => {
  it('System.Account of //Alice ed25519, System.BlockHash(0) and System.Events', () => {
    expect(Account.key(fromHex('0x88dc3417d5058ec4b4503e0c12ea1a0a89be200fe98922423d4334014fa6b0ee'))).toBe(
      '0x26aa394eea5630e07c48ae0c9558cef7b99d880ec681799c0cf30e8886371da9280b197190fc1a763257f65171ea366e88dc3417d5058ec4b4503e0c12ea1a0a89be200fe98922423d4334014fa6b0ee',
    );
    expect(BlockHash.key(0)).toBe(
      '0x26aa394eea5630e07c48ae0c9558cef7a44704b568d21667356a5a050c118746b4def25cfda6ef3a00000000',
    );
    const { chain } = setup();
    expect(eventsItem(chain.runtime.eventType).key()).toBe(EVENTS_KEY);
  });
});

describe('System calls', () => {
  it('remark accepts any origin; remark_with_event needs a signer and emits Remarked{sender, blake2_256}', () => {
    const s = setup();
    expect(s.system({ kind: 'None' }, 'remark', { remark: Uint8Array.of(1) }).error).toBeUndefined();
    const r = s.system(s.signedAlice, 'remark_with_event', { remark: Uint8Array.of(1, 2) });
    expect(r.events).toEqual([
      {
        pallet: 'System',
        event: {
          tag: 'Remarked',
          value: { sender: s.alice.publicKey, hash: blake2_256(Uint8Array.of(1, 2)) },
        },
      },
    ]);
    expect(s.system({ kind: 'Root' }, 'remark_with_event', { remark: Uint8Array.of(1) }).error?.tag).toBe(
      'BadOrigin',
    );
  });

  it('set_storage, kill_storage and kill_prefix are Root-only raw writes', () => {
    const s = setup();
    const items = [
      [fromHex('0xaabb01'), fromHex('0x01')],
      [fromHex('0xaabb02'), fromHex('0x02')],
    ];
    expect(s.system(s.signedAlice, 'set_storage', { items }).error?.tag).toBe('BadOrigin');
    s.system({ kind: 'Root' }, 'set_storage', { items });
    expect(s.chain.state.get('0xaabb02')).toEqual(fromHex('0x02'));
    s.system({ kind: 'Root' }, 'kill_storage', { keys: [fromHex('0xaabb01')] });
    expect(s.chain.state.get('0xaabb01')).toBeUndefined();
    s.system({ kind: 'Root' }, 'kill_prefix', { prefix: fromHex('0xaabb'), subkeys: 10 });
    expect(s.chain.state.keys('0xaabb')).toEqual([]);
  });

  it('set_code cannot load WebAssembly: Root gets FailedToExtractRuntimeVersion (System error 2), others BadOrigin', () => {
    const s = setup();
    expect(s.system({ kind: 'Root' }, 'set_code', { code: Uint8Array.of(0) }).error).toEqual({
      tag: 'Module',
      value: { index: 0, error: Uint8Array.of(2, 0, 0, 0) },
    });
    expect(s.system(s.signedAlice, 'set_code', { code: Uint8Array.of(0) }).error?.tag).toBe('BadOrigin');
  });

  it('set_heap_pages records :heappages (Root only)', () => {
    const s = setup();
    s.system({ kind: 'Root' }, 'set_heap_pages', { pages: 64n });
    expect(toHex(s.chain.state.get(toHex(new TextEncoder().encode(':heappages')))!)).toBe(
      '0x4000000000000000',
    );
  });
});

describe('account references (FRAME frame_system)', () => {
  it('a sufficient reference creates an account (NewAccount) and removing the last one reaps it (KilledAccount)', () => {
    const s = setup();
    const who = newEd25519Key().publicKey;
    const env = s.chain.executive.envFor(s.chain.state, 2);
    expect(incSufficients(env, who)).toBe('Created');
    expect(Account.get(s.chain.state, who)).toMatchObject({ sufficients: 1, providers: 0 });
    expect(decSufficients(env, who)).toBe('Reaped');
    expect(s.chain.state.get(Account.key(who))).toBeUndefined();
    expect(env.pending.map((p) => (p.event as { tag: string }).tag)).toEqual(['NewAccount', 'KilledAccount']);
  });

  it('an account with a provider survives losing its sufficient reference', () => {
    const s = setup();
    const env = s.chain.executive.envFor(s.chain.state, 2);
    expect(incSufficients(env, s.alice.publicKey)).toBe('Incremented');
    expect(decSufficients(env, s.alice.publicKey)).toBe('Exists');
    expect(Account.get(s.chain.state, s.alice.publicKey)).toMatchObject({ sufficients: 0, providers: 1 });
    expect(env.pending).toEqual([]);
  });
});
