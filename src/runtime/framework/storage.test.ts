import { describe, expect, it } from 'vitest';
import { fixedBytes, struct, u32, u64, vec } from '../../primitives/codec/describe.js';
import { fromHex, toHex } from '../../primitives/common/bytes.js';
import { MemoryState, OverlayState } from './state.js';
import { key, storageOf } from './storage.js';

const AccountId = fixedBytes(32);
const alice = fromHex('0xd43593c715fdd31c61141abd04a99fd6822c8558854ccde39a5684e7a56da27d');
const aliceEd = fromHex('0x88dc3417d5058ec4b4503e0c12ea1a0a89be200fe98922423d4334014fa6b0ee');

const system = storageOf('System');
const Account = system.map('Account', key('Blake2_128Concat', AccountId), u32, { default: 0 });
const BlockHash = system.map('BlockHash', key('Twox64Concat', u32), fixedBytes(32));
const BlockNumber = system.value('Number', u32, { default: 0 });

describe('storage keys follow Substrate layout (substrate-compat §6.1)', () => {
  it.each([
    [BlockNumber.key(), '0x26aa394eea5630e07c48ae0c9558cef702a5c1b19ab7a04f536c519aca4983ac'],
    [
      Account.key(alice),
      '0x26aa394eea5630e07c48ae0c9558cef7b99d880ec681799c0cf30e8886371da9de1e86a9a8c739864cf3cc5ec2bea59fd43593c715fdd31c61141abd04a99fd6822c8558854ccde39a5684e7a56da27d',
    ],
    [
      Account.key(aliceEd),
      '0x26aa394eea5630e07c48ae0c9558cef7b99d880ec681799c0cf30e8886371da9280b197190fc1a763257f65171ea366e88dc3417d5058ec4b4503e0c12ea1a0a89be200fe98922423d4334014fa6b0ee',
    ],
    [
      BlockHash.key(0),
      '0x26aa394eea5630e07c48ae0c9558cef7a44704b568d21667356a5a050c118746b4def25cfda6ef3a00000000',
    ],
    [
      storageOf('EncointerScheduler').value('CurrentPhase', u32).key(),
      '0x26dc3fa0a77526a8494180a4789f6883d9764401941df7f707a47ba7db64a6ea',
    ],
  ])('%s', (actual, expected) => {
    expect(actual).toBe(expected);
  });

  it('reads defaults for absent Default items and undefined for Optional ones', () => {
    const state = new OverlayState(new MemoryState());
    expect(BlockNumber.get(state)).toBe(0);
    expect(BlockHash.get(state, 1)).toBeUndefined();
    expect(toHex(BlockNumber.fallback)).toBe('0x00000000');
  });
});

describe('maps list and clear entries by decoding their keys', () => {
  const pallet = storageOf('EncointerCeremonies');
  const Cc = struct(['CC'], { a: u32, b: u64 });
  const Registry = pallet.doubleMap(
    'ParticipantRegistry',
    key('Blake2_128Concat', Cc),
    key('Blake2_128Concat', u64),
    AccountId,
  );

  it('iterates by first key and clears one prefix only', () => {
    const state = new OverlayState(new MemoryState());
    const c1 = { a: 1, b: 5n };
    const c2 = { a: 2, b: 5n };
    Registry.set(state, c1, 1n, alice);
    Registry.set(state, c1, 2n, aliceEd);
    Registry.set(state, c2, 1n, alice);
    expect(
      Registry.entriesOf(state, c1)
        .map(([k]) => k)
        .sort(),
    ).toEqual([1n, 2n]);
    expect(Registry.entries(state)).toHaveLength(3);
    expect(Registry.clearPrefix(state, c1)).toBe(2);
    expect(Registry.entries(state).map(([a, b]) => [a, b])).toEqual([[c2, 1n]]);
  });

  it('lists map keys with a variable-length key type', () => {
    const Lists = pallet.map('Lists', key('Twox64Concat', vec(u32)), u32);
    const state = new OverlayState(new MemoryState());
    Lists.set(state, [1, 2, 3], 7);
    Lists.set(state, [], 8);
    expect(Lists.entries(state).sort((a, b) => a[1] - b[1])).toEqual([
      [[1, 2, 3], 7],
      [[], 8],
    ]);
  });
});

describe('overlay state', () => {
  it('keeps the writes of a transaction that returns and drops those of one that throws', () => {
    const base = new MemoryState([[BlockNumber.key(), u32.enc(5)]]);
    const state = new OverlayState(base);
    state.transactional(() => BlockNumber.set(state, 6));
    expect(() =>
      state.transactional(() => {
        BlockNumber.set(state, 7);
        Account.set(state, alice, 1);
        throw new Error('dispatch failed');
      }),
    ).toThrow('dispatch failed');
    expect(BlockNumber.get(state)).toBe(6);
    expect(Account.exists(state, alice)).toBe(false);
    // Nested: an inner failure does not undo the outer transaction's earlier writes.
    state.transactional(() => {
      Account.set(state, alice, 2);
      try {
        state.transactional(() => {
          Account.set(state, alice, 3);
          throw new Error('inner');
        });
      } catch {
        // expected: the inner failure is swallowed by the outer call
      }
    });
    expect(Account.get(state, alice)).toBe(2);
    expect(base.get(BlockNumber.key())).toEqual(u32.enc(5));
  });

  it('hides deleted keys from reads and listings, and reports the change set', () => {
    const base = new MemoryState([
      [Account.key(alice), u32.enc(1)],
      [Account.key(aliceEd), u32.enc(2)],
    ]);
    const state = new OverlayState(base);
    Account.remove(state, alice);
    expect(Account.get(state, alice)).toBe(0);
    expect(Account.keysOf(state)).toHaveLength(1);
    const changes = state.changes();
    expect(changes.get(Account.key(alice))).toBeNull();
    base.apply(changes);
    expect(base.size).toBe(1);
  });
});

describe('derived values (one decode per change of a storage item)', () => {
  const Counted = storageOf('Bench').map('Counted', key('Blake2_128Concat', u32), u32);
  const Other = storageOf('Bench').value('Other', u32, { default: 0 });

  /** The sum of all entries through `derived`, counting how often it is computed. */
  const setupSum = () => {
    const state = new OverlayState(new MemoryState());
    let computed = 0;
    const sum = () =>
      state.derived(Counted.itemKey, 'sum', () => {
        computed += 1;
        return Counted.entries(state).reduce((s, [, v]) => s + v, 0);
      });
    return { state, sum, computed: () => computed };
  };

  it('reuses the value until the item is written, and ignores writes to other items', () => {
    const { state, sum, computed } = setupSum();
    Counted.set(state, 1, 10);
    expect([sum(), sum()]).toEqual([10, 10]);
    expect(computed()).toBe(1);
    Other.set(state, 5);
    state.transactional(() => Other.set(state, 6));
    expect(sum()).toBe(10);
    expect(computed()).toBe(1);
    Counted.set(state, 2, 5);
    expect(sum()).toBe(15);
    expect(computed()).toBe(2);
  });

  it('keeps a value computed inside a transaction that commits, and drops one a failed transaction saw', () => {
    const { state, sum, computed } = setupSum();
    Counted.set(state, 1, 10);
    state.transactional(() => {
      Counted.set(state, 2, 1);
      expect(sum()).toBe(11);
    });
    expect(sum()).toBe(11);
    expect(computed()).toBe(1);
    expect(() =>
      state.transactional(() => {
        Counted.set(state, 3, 100);
        expect(sum()).toBe(111);
        throw new Error('dispatch failed');
      }),
    ).toThrow('dispatch failed');
    expect(sum()).toBe(11);
    expect(computed()).toBe(3);
  });

  it('drops a value when a failed transaction wrote to the item before the value was first computed', () => {
    const { state, sum } = setupSum();
    Counted.set(state, 1, 10);
    expect(() =>
      state.transactional(() => {
        Counted.set(state, 2, 5);
        expect(sum()).toBe(15);
        throw new Error('dispatch failed');
      }),
    ).toThrow('dispatch failed');
    expect(sum()).toBe(10);
  });
});

describe('remembered keys', () => {
  it('a byte key mutated in place gets the key of its new content', () => {
    const who = new Uint8Array(alice);
    expect(Account.key(who)).toBe(Account.key(new Uint8Array(alice)));
    who.set(aliceEd);
    expect(Account.key(who)).toBe(Account.key(new Uint8Array(aliceEd)));
  });
  it('number keys get their own entries', () => {
    expect(BlockHash.key(1)).not.toBe(BlockHash.key(0));
    expect(BlockHash.key(0)).toBe(
      '0x26aa394eea5630e07c48ae0c9558cef7a44704b568d21667356a5a050c118746b4def25cfda6ef3a00000000',
    );
  });
});

describe('items decoded once (decodeOnce)', () => {
  const Info = struct(['test', 'Info'], { nonce: u32, free: u64 });
  const Accounts = system.map('Accounts', key('Blake2_128Concat', AccountId), Info, {
    default: { nonce: 0, free: 0n },
    decodeOnce: true,
  });

  it('reads of the same stored bytes share one frozen value; a write gives a new value', () => {
    const state = new OverlayState(new MemoryState());
    expect(Object.isFrozen(Accounts.get(state, alice))).toBe(true);
    Accounts.set(state, alice, { nonce: 1, free: 5n });
    const first = Accounts.get(state, alice);
    expect(Accounts.get(state, alice)).toBe(first);
    expect(first).toEqual({ nonce: 1, free: 5n });
    expect(() => {
      (first as { nonce: number }).nonce = 2;
    }).toThrow(TypeError);
    Accounts.set(state, alice, { ...first, nonce: 2 });
    expect(Accounts.get(state, alice)).toEqual({ nonce: 2, free: 5n });
  });

  it('a write remembers its value as the decoding of its bytes: the next read decodes nothing', () => {
    const state = new OverlayState(new MemoryState());
    const written = { nonce: 7, free: 2n ** 60n };
    Accounts.set(state, alice, written);
    const read = Accounts.get(state, alice);
    expect(read).toBe(written);
    expect(Object.isFrozen(read)).toBe(true);
    expect(read).toEqual(Info.dec(state.get(Accounts.key(alice))!));
  });

  it('refuses values holding byte arrays, which cannot be frozen', () => {
    const Hashes = system.map('Hashes', key('Twox64Concat', u32), fixedBytes(32), { decodeOnce: true });
    const state = new OverlayState(new MemoryState());
    expect(() => Hashes.set(state, 1, new Uint8Array(32))).toThrow(/cannot be decoded once/);
    state.set(Hashes.key(1), new Uint8Array(32));
    expect(() => Hashes.get(state, 1)).toThrow(/cannot be decoded once/);
  });
});
