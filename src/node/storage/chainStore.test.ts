// spec: ARCHITECTURE §5 (one transaction per block; a crash never leaves a half-written block)
import { describe, expect, it } from 'vitest';
import { Header, type HeaderValue } from '../../runtime/pallets/system/types.js';
import { type BlockCommit, ChainStore } from './chainStore.js';
import type { StateDiff } from './stateDiff.js';

const header = (number: number): HeaderValue => ({
  parent_hash: new Uint8Array(32).fill(number),
  number,
  state_root: new Uint8Array(32),
  extrinsics_root: new Uint8Array(32),
  digest: { logs: [] },
});

const commit = (number: number, diff: StateDiff, extrinsics: Uint8Array[] = []): BlockCommit => {
  const h = header(number);
  return {
    block: {
      number,
      hash: new Uint8Array(32).fill(100 + number),
      header: h,
      headerBytes: Header.enc(h),
      timestamp: 0n,
    },
    extrinsics,
    extrinsicHashes: extrinsics.map((_, i) => new Uint8Array(32).fill(i + 1)),
    events: [],
    diff,
  };
};

const v = (n: number) => Uint8Array.of(n);

describe('ChainStore (ARCHITECTURE §5)', () => {
  it('commits blocks, their bodies and the best state; reads older values through the diffs', () => {
    const store = ChainStore.open(':memory:');
    store.commitBlock(commit(0, new Map([['0xaa', { value: v(1), prev: null }]])));
    store.commitBlock(
      commit(
        1,
        new Map([
          ['0xaa', { value: v(2), prev: v(1) }],
          ['0xab', { value: v(3), prev: null }],
        ]),
        [v(9)],
      ),
    );
    store.commitBlock(commit(2, new Map([['0xaa', { value: null, prev: v(2) }]])));
    expect(store.bestNumber()).toBe(2);
    expect(store.extrinsics(1)).toEqual([v(9)]);
    expect(store.stateGet('0xaa')).toBeUndefined();
    expect(store.stateKeys('0xa')).toEqual(['0xab']);
    expect(store.prevAfter('0xaa', 0)).toEqual({ prev: v(1) });
    expect(store.prevAfter('0xaa', 1)).toEqual({ prev: v(2) });
    expect(store.prevAfter('0xab', 1)).toBeUndefined();
    expect(store.diffKeysAfter('0xa', 1)).toEqual(['0xaa']);
    expect(store.blockByHash(new Uint8Array(32).fill(101))?.header).toEqual(header(1));
    expect(store.findExtrinsic(new Uint8Array(32).fill(1))).toEqual({ number: 1, index: 0 });
  });

  it('leaves no trace of a block whose transaction fails half-way', () => {
    const store = ChainStore.open(':memory:');
    store.commitBlock(commit(0, new Map([['0xaa', { value: v(1), prev: null }]])));
    const broken = commit(1, new Map([['0xaa', { value: v(2), prev: v(1) }]]), [v(9)]);
    // The extrinsic row is written before the diff; a missing hash makes the INSERT fail after the block row.
    const bad = { ...broken, extrinsicHashes: [] as Uint8Array[] };
    expect(() => store.commitBlock(bad)).toThrow();
    expect(store.bestNumber()).toBe(0);
    expect(store.blockByNumber(1)).toBeUndefined();
    expect(store.stateGet('0xaa')).toEqual(v(1));
    store.commitBlock(broken);
    expect(store.bestNumber()).toBe(1);
  });

  it('reverts to an older block, restoring its state and deleting the blocks above', () => {
    const store = ChainStore.open(':memory:');
    store.commitBlock(commit(0, new Map([['0xaa', { value: v(1), prev: null }]])));
    store.commitBlock(
      commit(
        1,
        new Map([
          ['0xaa', { value: v(2), prev: v(1) }],
          ['0xbb', { value: v(5), prev: null }],
        ]),
      ),
    );
    store.commitBlock(commit(2, new Map([['0xaa', { value: v(3), prev: v(2) }]])));
    const restored = store.revertTo(0);
    expect(restored).toEqual(
      new Map([
        ['0xaa', v(1)],
        ['0xbb', null],
      ]),
    );
    expect(store.bestNumber()).toBe(0);
    expect(store.stateGet('0xaa')).toEqual(v(1));
    expect(store.stateGet('0xbb')).toBeUndefined();
    expect(store.prevAfter('0xaa', 0)).toBeUndefined();
  });
});
