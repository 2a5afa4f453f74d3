// spec: substrate-compat §5.1 (hash = blake2_256(header)), §5.5 (BlockHash), §3.4 + §9 (pool), §6.6 (commitment);
// ARCHITECTURE §5 (deterministic clock, one transaction per block, restart)
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { bytesEqual, toHex } from '../../primitives/common/bytes.js';
import { blake2_256 } from '../../primitives/common/hashing.js';
import { createEncointerRuntime } from '../../runtime/encointerRuntime.js';
import { mortalEra } from '../../runtime/extrinsic/era.js';
import type { RuntimeCallValue } from '../../runtime/framework/pallet.js';
import { CurrentPhase } from '../../runtime/pallets/scheduler/storage.js';
import { Account, BlockHash, EVENTS_KEY } from '../../runtime/pallets/system/storage.js';
import { Now } from '../../runtime/pallets/timestamp/timestamp.js';
import { ChainStore, ChainStoreError } from '../storage/chainStore.js';
import { devKey, signFor, transferCall } from '../testSupport.js';
import { Chain } from './chain.js';
import { CODE_KEY } from './runtimeCode.js';
import { PoolError } from './txPool.js';

const START = 1_735_689_600_000n;
const alice = devKey('//Alice');
const bob = devKey('//Bob');
const ERT = 10n ** 12n;

const open = (store = ChainStore.open(':memory:'), preset: 'dev' | 'production-like' = 'dev') =>
  Chain.open({ runtime: createEncointerRuntime(preset), store, startTime: () => START });

const free = (chain: Chain, who: Uint8Array) => Account.get(chain.stateAt(), who).data.free;

const nextPhase: RuntimeCallValue = {
  tag: 'Sudo',
  value: {
    tag: 'sudo',
    value: { call: { tag: 'EncointerScheduler', value: { tag: 'next_phase', value: {} } } },
  },
} as RuntimeCallValue;

const rejection = (fn: () => unknown): PoolError => {
  try {
    fn();
  } catch (e) {
    if (e instanceof PoolError) return e;
    throw e;
  }
  throw new Error('expected a PoolError');
};

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

describe('genesis and block production (substrate-compat §5.1, §5.5)', () => {
  it('has a deterministic genesis whose hash is blake2_256 of its header, with the :code placeholder', () => {
    const a = open();
    const b = open();
    expect(toHex(a.genesis.hash)).toBe(toHex(b.genesis.hash));
    expect(a.genesis.hash).toEqual(blake2_256(a.genesis.headerBytes));
    expect(a.genesis.header.parent_hash).toEqual(new Uint8Array(32));
    // The empty-trie extrinsics root of §5.1.
    expect(toHex(a.genesis.header.extrinsics_root)).toBe(
      '0x03170a2e7597b7b7e3d84c05391d139a62b157e78786d8c082f29dcf4c111314',
    );
    const code = a.stateAt().get(CODE_KEY)!;
    expect(new TextDecoder().decode(code.slice(0, 20))).toBe('encointer-ts-runtime');
    expect(toHex(open(undefined, 'production-like').genesis.hash)).not.toBe(toHex(a.genesis.hash));
  });

  it('chains blocks by hash, writes BlockHash(n−1) and advances time by the block time', () => {
    const chain = open();
    const b1 = chain.newBlock();
    const b2 = chain.newBlock();
    expect(b1.number).toBe(1);
    expect(b1.header.parent_hash).toEqual(chain.genesis.hash);
    expect(b2.header.parent_hash).toEqual(b1.hash);
    expect(b2.hash).toEqual(blake2_256(b2.headerBytes));
    const state = chain.stateAt(b2);
    expect(BlockHash.get(state, 0)).toEqual(chain.genesis.hash);
    expect(BlockHash.get(state, 1)).toEqual(b1.hash);
    expect(Now.get(chain.stateAt(b1))).toBe(START);
    expect(Now.get(state)).toBe(START + 6_000n);
    // Inherent first: the timestamp extrinsic `0x28 04 0300 0b…` (len 10, bare v4, pallet 3 call 0).
    expect(toHex(chain.body(b1)[0]!).slice(0, 10)).toBe('0x28040300');
    expect(chain.blockEvents(b1).map((e) => [e.phase, e.extrinsicIndex, e.pallet, e.name])).toContainEqual([
      'ApplyExtrinsic',
      0,
      'System',
      'ExtrinsicSuccess',
    ]);
  });

  it('jumps to a travelled time once, then steps from there; refuses to go back', () => {
    const chain = open();
    chain.newBlock();
    chain.timeTravel(START + 86_400_000n);
    chain.newBlock();
    chain.newBlock();
    expect(Now.get(chain.stateAt())).toBe(START + 86_400_000n + 6_000n);
    expect(() => chain.timeTravel(START)).toThrow(/at least/);
  });
});

describe('transaction pool (substrate-compat §3.4, §9)', () => {
  it('includes a valid transfer in the next block and notifies ready → inBlock → finalized', () => {
    const chain = open();
    const before = free(chain, bob.publicKey);
    const statuses: string[] = [];
    const tx = chain.submit(signFor(chain, alice, transferCall(bob.publicKey, ERT), { nonce: 0 }), (e) =>
      statuses.push(e.type),
    );
    expect(tx.ready).toBe(true);
    const block = chain.newBlock();
    expect(chain.body(block).map((x) => toHex(x))).toContain(toHex(tx.bytes));
    expect(statuses).toEqual(['ready', 'inBlock', 'finalized']);
    expect(free(chain, bob.publicKey)).toBe(before + ERT);
    expect(Account.get(chain.stateAt(), alice.publicKey).nonce).toBe(1);
    const events = chain.blockEvents(block).filter((e) => e.extrinsicIndex === 1);
    expect(events.map((e) => `${e.pallet}.${e.name}`)).toContain('Balances.Transfer');
    expect(events.at(-1)!.name).toBe('ExtrinsicSuccess');
    expect(chain.pool.size).toBe(0);
  });

  it('refuses what validation rejects, with Substrate codes and texts', () => {
    const chain = open();
    const badProof = signFor(chain, alice, transferCall(bob.publicKey, 1n), {
      nonce: 0,
      genesisHash: new Uint8Array(32).fill(1),
    });
    expect(rejection(() => chain.submit(badProof))).toMatchObject({
      code: 1010,
      message: 'Invalid Transaction',
      data: 'Transaction has a bad signature',
    });
    expect(rejection(() => chain.submit(Uint8Array.of(8, 1, 2)))).toMatchObject({ code: 1001 });
    const pauper = devKey('//NobodyFundedThis');
    expect(
      rejection(() => chain.submit(signFor(chain, pauper, transferCall(bob.publicKey, 1n), { nonce: 0 }))),
    ).toMatchObject({ code: 1010, data: 'Inability to pay some fees (e.g. account balance too low)' });

    const first = signFor(chain, alice, transferCall(bob.publicKey, 1n), { nonce: 0 });
    chain.submit(first);
    expect(rejection(() => chain.submit(first))).toMatchObject({ code: 1013 });
    const rival = signFor(chain, alice, transferCall(bob.publicKey, 2n), { nonce: 0 });
    expect(rejection(() => chain.submit(rival))).toMatchObject({ code: 1014 });
    chain.newBlock();
    expect(rejection(() => chain.submit(first))).toMatchObject({ code: 1012 });
    expect(rejection(() => chain.submit(rival))).toMatchObject({
      code: 1010,
      data: 'Transaction is outdated',
    });
  });

  it('holds a future nonce until the gap closes, then includes both in nonce order', () => {
    const chain = open();
    const later = chain.submit(signFor(chain, alice, transferCall(bob.publicKey, 2n), { nonce: 1 }));
    expect(later.ready).toBe(false);
    const b1 = chain.newBlock();
    expect(chain.body(b1)).toHaveLength(1);
    expect(chain.pool.nextNonce(toHex(alice.publicKey), 0)).toBe(0);
    const first = chain.submit(signFor(chain, alice, transferCall(bob.publicKey, 1n), { nonce: 0 }));
    expect(later.ready).toBe(true);
    const b2 = chain.newBlock();
    expect(
      chain
        .body(b2)
        .slice(1)
        .map((x) => toHex(x)),
    ).toEqual([toHex(first.bytes), toHex(later.bytes)]);
  });

  it('drops a mortal transaction once its era expired (AncientBirthBlock or BadProof, §5.4)', () => {
    const chain = open();
    for (let i = 0; i < 5; i++) chain.newBlock();
    const xt = signFor(chain, alice, transferCall(bob.publicKey, 1n), {
      nonce: 0,
      era: mortalEra(4, chain.best.number + 1),
    });
    for (let i = 0; i < 8; i++) chain.newBlock();
    const e = rejection(() => chain.submit(xt));
    expect(e.code).toBe(1010);
    expect(['Transaction has a bad signature', 'Transaction has an ancient birth block']).toContain(e.data);
  });

  it('applies sudo(EncointerScheduler.next_phase)', () => {
    const chain = open();
    expect(CurrentPhase.get(chain.stateAt())).toBe('Registering');
    chain.submit(signFor(chain, alice, nextPhase, { nonce: 0 }));
    const block = chain.newBlock();
    expect(CurrentPhase.get(chain.stateAt())).toBe('Assigning');
    const names = chain.blockEvents(block).map((e) => `${e.pallet}.${e.name}`);
    expect(names).toEqual(expect.arrayContaining(['EncointerScheduler.PhaseChangedTo', 'Sudo.Sudid']));
  });
});

describe('persistence and history (ARCHITECTURE §5)', () => {
  it('resumes after a restart with the same best block, state and state root, and continues the chain', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'chain-test-'));
    dirs.push(dir);
    const file = path.join(dir, 'chain.sqlite');
    const first = open(ChainStore.open(file));
    first.submit(signFor(first, alice, transferCall(bob.publicKey, ERT), { nonce: 0 }));
    first.newBlock();
    first.newBlock();
    const best = first.best;
    const events = first.stateAt().get(EVENTS_KEY);
    const bobFree = free(first, bob.publicKey);
    const keys = first.stateAt().keys('0x26aa394eea5630e07c48ae0c9558cef7');
    first.close();

    const again = open(ChainStore.open(file));
    expect(toHex(again.best.hash)).toBe(toHex(best.hash));
    expect(toHex(again.best.header.state_root)).toBe(toHex(best.header.state_root));
    expect(free(again, bob.publicKey)).toBe(bobFree);
    expect(again.stateAt().get(EVENTS_KEY)).toEqual(events);
    expect(again.stateAt().keys('0x26aa394eea5630e07c48ae0c9558cef7')).toEqual(keys);
    const next = again.newBlock();
    expect(next.number).toBe(best.number + 1);
    expect(next.header.parent_hash).toEqual(best.hash);
    again.close();

    expect(() => open(ChainStore.open(file), 'production-like')).toThrow(ChainStoreError);
  });

  it('answers System.Events at every block from the one stored event log, after a restart and a setHead', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'chain-test-'));
    dirs.push(dir);
    const file = path.join(dir, 'chain.sqlite');
    const reopen = () =>
      Chain.open({
        runtime: createEncointerRuntime('dev'),
        store: ChainStore.open(file),
        startTime: () => START,
        stateWindow: 1,
      });
    const first = reopen();
    // Blocks with transfers, then two empty blocks (the same events twice), then a transfer again.
    const plan = [2, 1, 0, 0, 1];
    let nonce = 0;
    const seen: { block: ReturnType<Chain['newBlock']>; events: Uint8Array | undefined }[] = [];
    for (const transfers of plan) {
      for (let i = 0; i < transfers; i++)
        first.submit(signFor(first, alice, transferCall(bob.publicKey, ERT), { nonce: nonce++ }));
      const block = first.newBlock();
      seen.push({ block, events: first.stateAt().get(EVENTS_KEY) });
    }
    expect(seen[2]!.events).toEqual(seen[3]!.events);
    expect(seen[0]!.events).not.toEqual(seen[1]!.events);
    const check = (chain: Chain, upTo: number) => {
      for (const s of seen.slice(0, upTo)) expect(chain.stateAt(s.block).get(EVENTS_KEY)).toEqual(s.events);
    };
    check(first, seen.length);
    first.close();

    const again = reopen();
    check(again, seen.length);
    again.setHead(3);
    expect(again.stateAt().get(EVENTS_KEY)).toEqual(seen[2]!.events);
    check(again, 3);
    again.close();
    const third = reopen();
    expect(third.stateAt().get(EVENTS_KEY)).toEqual(seen[2]!.events);
    third.submit(signFor(third, alice, transferCall(bob.publicKey, ERT), { nonce: 3 }));
    const next = third.newBlock();
    check(third, 3);
    expect(third.stateAt(next).get(EVENTS_KEY)).not.toEqual(seen[2]!.events);
    third.close();
  });

  it('builds the same chain (same hashes and state roots) from the same inputs', () => {
    // sr25519 signatures are randomized: sign once, replay the same bytes on both chains.
    const xt = signFor(open(), alice, transferCall(bob.publicKey, 5n), { nonce: 0 });
    const run = () => {
      const chain = open();
      chain.submit(xt);
      chain.newBlock();
      chain.newBlock();
      return [toHex(chain.best.hash), toHex(chain.best.header.state_root)];
    };
    expect(run()).toEqual(run());
  });

  it('reads the state of older blocks, inside and beyond the in-memory window', () => {
    const chain = Chain.open({
      runtime: createEncointerRuntime('dev'),
      store: ChainStore.open(':memory:'),
      startTime: () => START,
      stateWindow: 2,
    });
    const snapshots: { block: ReturnType<Chain['newBlock']>; bob: bigint; now: bigint }[] = [];
    for (let i = 0; i < 6; i++) {
      chain.submit(signFor(chain, alice, transferCall(bob.publicKey, BigInt(i + 1)), { nonce: i }));
      const block = chain.newBlock();
      snapshots.push({ block, bob: free(chain, bob.publicKey), now: Now.get(chain.stateAt()) });
    }
    for (const s of snapshots) {
      const state = chain.stateAt(s.block);
      expect(Account.get(state, bob.publicKey).data.free).toBe(s.bob);
      expect(Now.get(state)).toBe(s.now);
      expect(bytesEqual(BlockHash.get(state, s.block.number - 1), s.block.header.parent_hash)).toBe(true);
    }
    // A reader taken at the best block keeps answering for that block after the chain moved on.
    const pinned = chain.stateAt();
    const bobThen = free(chain, bob.publicKey);
    chain.submit(signFor(chain, alice, transferCall(bob.publicKey, 100n), { nonce: 6 }));
    chain.newBlock();
    expect(Account.get(pinned, bob.publicKey).data.free).toBe(bobThen);
    expect(free(chain, bob.publicKey)).toBe(bobThen + 100n);
    // Genesis: no time yet.
    expect(Now.get(chain.stateAt(chain.genesis))).toBe(0n);
    expect(chain.stateAt(chain.genesis).keys(CODE_KEY)).toEqual([CODE_KEY]);
  });

  it('moves the head back with setHead and restores the state', () => {
    const chain = open();
    chain.newBlock();
    const b1 = chain.best;
    const bobAt1 = free(chain, bob.publicKey);
    chain.submit(signFor(chain, alice, transferCall(bob.publicKey, ERT), { nonce: 0 }));
    chain.newBlock();
    chain.newBlock();
    const reorgs: number[] = [];
    chain.events.on('reorg', ({ head }) => reorgs.push(head.number));
    chain.setHead(1);
    expect(reorgs).toEqual([1]);
    expect(toHex(chain.best.hash)).toBe(toHex(b1.hash));
    expect(free(chain, bob.publicKey)).toBe(bobAt1);
    expect(Account.get(chain.stateAt(), alice.publicKey).nonce).toBe(0);
    expect(chain.blockByNumber(2)).toBeUndefined();
    const b2 = chain.newBlock();
    expect(b2.header.parent_hash).toEqual(b1.hash);
  });

  it('stops filling a full block after 8 transactions that did not fit, as Substrate does (§9)', () => {
    const chain = open();
    const keys = Array.from({ length: 14 }, (_, i) => devKey(`//Skip${i}`));
    chain.setStorage(
      new Map(
        keys.map((k) => {
          const info = Account.get(chain.stateAt(), k.publicKey);
          return [
            Account.key(k.publicKey),
            Account.value.enc({ ...info, providers: 1, data: { ...info.data, free: 10n ** 24n } }),
          ];
        }),
      ),
    );
    const remark = (size: number): RuntimeCallValue =>
      ({
        tag: 'System',
        value: { tag: 'remark', value: { remark: new Uint8Array(size) } },
      }) as RuntimeCallValue;
    // 900 kB each: four fill the block's 3.93 MB of normal length. Tips fix the pool's order: the four that fit,
    // nine that do not, then a small one that would fit but comes after the ninth miss.
    const big = keys
      .slice(0, 13)
      .map((k, i) =>
        chain.submit(signFor(chain, k, remark(900_000), { nonce: 0, tip: 10n ** 12n - BigInt(i) })),
      );
    const small = chain.submit(signFor(chain, keys[13]!, remark(10), { nonce: 0 }));
    const first = chain.newBlock();
    expect(chain.body(first)).toHaveLength(1 + 4);
    expect(chain.pool.get(small.hashHex)?.ready).toBe(true);
    // Eight misses are allowed: behind the five big ones that miss the next block, the small one is included.
    const second = chain.newBlock();
    expect(chain.body(second)).toHaveLength(1 + 4 + 1);
    expect(chain.pool.get(small.hashHex)).toBeUndefined();
    expect(chain.pool.size).toBe(big.length - 8);
  });

  it('changes the best state in place with setStorage', () => {
    const chain = open();
    chain.newBlock();
    const seen: string[][] = [];
    chain.events.on('storage', ({ changes }) => seen.push([...changes.keys()]));
    const key = CurrentPhase.key();
    chain.setStorage(new Map([[key, Uint8Array.of(2)]]));
    expect(CurrentPhase.get(chain.stateAt())).toBe('Attesting');
    expect(seen).toEqual([[key]]);
    expect(CurrentPhase.get(chain.stateAt(chain.genesis))).toBe('Registering');
  });
});
