// spec: ARCHITECTURE §5 (one transaction per block; a crash never leaves a half-written block)
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { EVENTS_KEY } from '../../runtime/pallets/system/storage.js';
import { Header, type HeaderValue } from '../../runtime/pallets/system/types.js';
import { type BlockCommit, ChainStore, type EventRow } from './chainStore.js';
import { SCHEMA_VERSION } from './schema.js';
import { openSqlite } from './sqlite.js';
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

  const events: EventRow[] = [
    {
      phase: 'Initialization',
      extrinsicIndex: null,
      pallet: 'System',
      name: 'A',
      record: Uint8Array.of(1, 2),
    },
    { phase: 'ApplyExtrinsic', extrinsicIndex: 0, pallet: 'Balances', name: 'B', record: Uint8Array.of(3) },
  ];
  // Vec of the two records: compact 2 (0x08), then the records.
  const eventsValue = Uint8Array.of(0x08, 1, 2, 3);

  it("stores a block's events once, as the state's System.Events, and reads them back per record", () => {
    const store = ChainStore.open(':memory:');
    store.commitBlock(commit(0, new Map()));
    const withEvents = { ...commit(1, new Map([[EVENTS_KEY, { value: eventsValue, prev: null }]])), events };
    store.commitBlock(withEvents);
    store.commitBlock(commit(2, new Map([['0xaa', { value: v(1), prev: null }]])));
    expect(store.events(1)).toEqual(events);
    expect(store.events(2)).toEqual([]);
    expect(store.eventsValue(1)).toEqual(eventsValue);
    expect(store.stateGet(EVENTS_KEY)).toEqual(eventsValue);
    expect(store.prevAfter(EVENTS_KEY, 0)).toEqual({ prev: undefined });
  });

  it('upgrades a schema 2 database in place: one events row per block, diffs by block, no extrinsics hash index', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'chainstore-upgrade-'));
    const file = path.join(dir, 'chain.sqlite');
    try {
      const old = openSqlite(file);
      old.exec(`
        CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;
        CREATE TABLE blocks (number INTEGER PRIMARY KEY, hash BLOB NOT NULL UNIQUE, parent_hash BLOB NOT NULL,
          state_root BLOB NOT NULL, header BLOB NOT NULL, timestamp INTEGER NOT NULL, extrinsic_count INTEGER NOT NULL);
        CREATE TABLE extrinsics (block_number INTEGER NOT NULL, idx INTEGER NOT NULL, hash BLOB NOT NULL,
          bytes BLOB NOT NULL, PRIMARY KEY (block_number, idx)) WITHOUT ROWID;
        CREATE INDEX extrinsics_by_hash ON extrinsics (hash);
        CREATE TABLE events (block_number INTEGER NOT NULL, idx INTEGER NOT NULL, phase TEXT NOT NULL,
          extrinsic_idx INTEGER, pallet TEXT NOT NULL, name TEXT NOT NULL, record BLOB NOT NULL,
          PRIMARY KEY (block_number, idx)) WITHOUT ROWID;
        CREATE TABLE state (key TEXT PRIMARY KEY, value BLOB NOT NULL) WITHOUT ROWID;
        CREATE TABLE state_diffs (key TEXT NOT NULL, number INTEGER NOT NULL, value BLOB, prev BLOB,
          PRIMARY KEY (key, number)) WITHOUT ROWID;
        CREATE INDEX state_diffs_by_number ON state_diffs (number);
        INSERT INTO meta VALUES ('schema', '2');
      `);
      const h = header(1);
      old
        .prepare('INSERT INTO blocks VALUES (1, ?, ?, ?, ?, 0, 1)')
        .run(new Uint8Array(32).fill(101), h.parent_hash, h.state_root, Header.enc(h));
      const insertEvent = old.prepare('INSERT INTO events VALUES (1, ?, ?, ?, ?, ?, ?)');
      events.forEach((e, i) => {
        insertEvent.run(i, e.phase, e.extrinsicIndex, e.pallet, e.name, e.record);
      });
      // System.Events as a reference to block 1's event rows (schema 2).
      old.prepare('INSERT INTO state VALUES (?, 1)').run(EVENTS_KEY);
      old.prepare('INSERT INTO state_diffs VALUES (?, 1, 1, NULL)').run(EVENTS_KEY);
      old.prepare('INSERT INTO state VALUES (?, ?)').run('0xaa', v(3));
      old
        .prepare('INSERT INTO state_diffs VALUES (?, 0, ?, NULL), (?, 1, ?, ?)')
        .run('0xaa', v(2), '0xaa', v(3), v(2));
      old.close();

      const store = ChainStore.open(file);
      expect(store.getMeta('schema')).toBe(SCHEMA_VERSION);
      expect(store.events(1)).toEqual(events);
      expect(store.stateGet(EVENTS_KEY)).toEqual(eventsValue);
      expect(store.prevAfter(EVENTS_KEY, 0)).toEqual({ prev: undefined });
      expect(store.diffOf(1).get(EVENTS_KEY)).toEqual({ value: eventsValue, prev: null });
      expect(store.prevAfter('0xaa', 0)).toEqual({ prev: v(2) });
      expect(store.diffKeysAfter('0xa', 0)).toEqual(['0xaa']);
      // The moved diffs still revert: block 1 goes, 0xaa is back to its block 0 value.
      expect(store.revertTo(0).get('0xaa')).toEqual(v(2));
      expect(store.stateGet('0xaa')).toEqual(v(2));
      store.close();
      const gone = openSqlite(file)
        .prepare<string>(
          "SELECT name FROM sqlite_master WHERE name IN ('events', 'extrinsics_by_hash', 'state_diffs_by_number')",
        )
        .pluck()
        .all();
      expect(gone).toEqual([]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
