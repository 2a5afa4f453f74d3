// spec: ARCHITECTURE §5 (SQLite: blocks, extrinsics, events, state diffs, state; one transaction per block)
/**
 * The durable chain: SQLite in WAL mode. `commitBlock` writes a block, its body, its events, its state diff and
 * the new best state in ONE transaction, so a crash leaves either the whole block or none of it; a restart
 * resumes from the last committed block.
 */
import { compact } from 'scale-ts';
import { bytesEqual } from '../../primitives/common/bytes.js';
import { EncointerError } from '../../primitives/common/errors.js';
import { EVENTS_KEY } from '../../runtime/pallets/system/storage.js';
import { Header, type HeaderValue } from '../../runtime/pallets/system/types.js';
import {
  prefixEnd,
  SCHEMA_SQL,
  SCHEMA_VERSION,
  stateDiffsTable,
  UPGRADABLE_SCHEMA_VERSIONS,
} from './schema.js';
import { blob, openSqlite, type SqliteDatabase } from './sqlite.js';
import type { StateDiff } from './stateDiff.js';

/** A stored block's header and identity. */
export interface BlockRecord {
  readonly number: number;
  readonly hash: Uint8Array;
  readonly header: HeaderValue;
  /** The SCALE header: its blake2_256 is `hash`. */
  readonly headerBytes: Uint8Array;
  /** `Timestamp.Now` after the block (ms since the epoch); 0 for genesis. */
  readonly timestamp: bigint;
}

export type EventPhaseKind = 'ApplyExtrinsic' | 'Finalization' | 'Initialization';

/** One `System.Events` record of a block, with the fields an explorer filters on. */
export interface EventRow {
  readonly phase: EventPhaseKind;
  /** The extrinsic index for `ApplyExtrinsic`, else null. */
  readonly extrinsicIndex: number | null;
  readonly pallet: string;
  readonly name: string;
  /** The SCALE `EventRecord`. */
  readonly record: Uint8Array;
}

export interface BlockCommit {
  readonly block: BlockRecord;
  readonly extrinsics: readonly Uint8Array[];
  readonly extrinsicHashes: readonly Uint8Array[];
  readonly events: readonly EventRow[];
  readonly diff: StateDiff;
  /** Meta entries to write in the same transaction (e.g. the clock). */
  readonly meta?: Readonly<Record<string, string>>;
}

/** The database cannot serve this node: another schema version, or another chain preset. */
export class ChainStoreError extends EncointerError {
  constructor(message: string) {
    super('ChainStoreError', message);
  }
}

interface BlockRow {
  number: number;
  hash: Uint8Array;
  header: Uint8Array;
  timestamp: number | bigint;
}

/**
 * A stored state value: the bytes, or (for `System.Events` only) the number of the block whose `block_events` row
 * holds it, so a block's event log is written once, in `block_events`, and not again in `state` and `state_diffs`.
 */
type StoredValue = Uint8Array | number;

interface DiffRow {
  key: string;
  prev: StoredValue | null;
}

/** The `System.Events` value of a block with these records: `Vec<EventRecord>`. */
const encodeEvents = (records: readonly Uint8Array[]): Uint8Array => {
  const prefix = compact.enc(records.length);
  let size = prefix.length;
  for (const r of records) size += r.length;
  const out = new Uint8Array(size);
  out.set(prefix, 0);
  let at = prefix.length;
  for (const r of records) {
    out.set(r, at);
    at += r.length;
  }
  return out;
};

/** The size of the SCALE compact integer starting with byte `first`. */
const compactLength = (first: number): number => {
  const mode = first & 3;
  return mode === 3 ? (first >> 2) + 5 : 1 << mode;
};

/** One record's entry in `block_events.rows`: phase, extrinsic index, pallet, name, record length. */
type EventRowInfo = [EventPhaseKind, number | null, string, string, number];

/** Whether `value` is the encoded `Vec` of `events`' records (checked without building it). */
const isEventsValue = (value: Uint8Array, events: readonly EventRow[]): boolean => {
  const prefix = compact.enc(events.length);
  let at = prefix.length;
  if (value.length < at || !bytesEqual(value.subarray(0, at), prefix)) return false;
  for (const e of events) {
    const end = at + e.record.length;
    if (end > value.length || !bytesEqual(value.subarray(at, end), e.record)) return false;
    at = end;
  }
  return at === value.length;
};

/** Schema 1 and 2 → 3: the `events` rows (one per record) become one `block_events` row per block. */
const moveEventRows = (db: SqliteDatabase): void => {
  const old = db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'events'").get();
  if (old === undefined) return;
  const numbers = db
    .prepare<number>('SELECT DISTINCT block_number FROM events ORDER BY block_number')
    .pluck();
  const rowsOf = db.prepare<{
    phase: EventPhaseKind;
    extrinsic_idx: number | null;
    pallet: string;
    name: string;
    record: Uint8Array;
  }>('SELECT phase, extrinsic_idx, pallet, name, record FROM events WHERE block_number = ? ORDER BY idx');
  const insert = db.prepare('INSERT INTO block_events (block_number, records, rows) VALUES (?, ?, ?)');
  for (const number of numbers.all()) {
    const rows = rowsOf.all(number);
    const info = rows.map((r): EventRowInfo => [r.phase, r.extrinsic_idx, r.pallet, r.name, r.record.length]);
    insert.run(number, encodeEvents(rows.map((r) => r.record)), JSON.stringify(info));
  }
  db.exec('DROP TABLE events');
};

/** Schema 1 and 2 → 3: `state_diffs` keyed by (key, number) becomes keyed by (number, key), indexed by key. */
const reorderStateDiffs = (db: SqliteDatabase): void => {
  const old = db.prepare(
    "SELECT 1 FROM sqlite_master WHERE type = 'index' AND name = 'state_diffs_by_number'",
  );
  if (old.get() === undefined) return;
  // SCHEMA_SQL indexed the old table by key already: the index is made again on the new one.
  db.exec(`
    DROP INDEX state_diffs_by_key;
    ${stateDiffsTable('state_diffs_by_block')}
    INSERT INTO state_diffs_by_block (number, key, value, prev) SELECT number, key, value, prev FROM state_diffs;
    DROP TABLE state_diffs;
    ALTER TABLE state_diffs_by_block RENAME TO state_diffs;
    CREATE UNIQUE INDEX state_diffs_by_key ON state_diffs (key, number);
  `);
};

const toBlock = (row: BlockRow): BlockRecord => {
  const headerBytes = blob(row.header);
  return {
    number: row.number,
    hash: blob(row.hash),
    header: Header.dec(headerBytes),
    headerBytes,
    timestamp: BigInt(row.timestamp),
  };
};

/** Prepared statements, created once per database. */
const prepare = (db: SqliteDatabase) => ({
  metaGet: db.prepare<{ value: string }>('SELECT value FROM meta WHERE key = ?'),
  metaSet: db.prepare(
    'INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value',
  ),
  bestNumber: db.prepare<{ n: number | null }>('SELECT MAX(number) AS n FROM blocks'),
  blockByNumber: db.prepare<BlockRow>('SELECT number, hash, header, timestamp FROM blocks WHERE number = ?'),
  blockByHash: db.prepare<BlockRow>('SELECT number, hash, header, timestamp FROM blocks WHERE hash = ?'),
  insertBlock: db.prepare(
    'INSERT INTO blocks (number, hash, parent_hash, state_root, header, timestamp, extrinsic_count) VALUES (?, ?, ?, ?, ?, ?, ?)',
  ),
  insertExtrinsic: db.prepare('INSERT INTO extrinsics (block_number, idx, hash, bytes) VALUES (?, ?, ?, ?)'),
  blockEventsRecords: db
    .prepare<Uint8Array>('SELECT records FROM block_events WHERE block_number = ?')
    .pluck(),
  blockEvents: db.prepare<{ records: Uint8Array; rows: string }>(
    'SELECT records, rows FROM block_events WHERE block_number = ?',
  ),
  insertBlockEvents: db.prepare('INSERT INTO block_events (block_number, records, rows) VALUES (?, ?, ?)'),
  extrinsics: db.prepare<{ bytes: Uint8Array }>(
    'SELECT bytes FROM extrinsics WHERE block_number = ? ORDER BY idx',
  ),
  stateGet: db.prepare<{ value: StoredValue }>('SELECT value FROM state WHERE key = ?'),
  stateKeys: db.prepare<string>('SELECT key FROM state WHERE key >= ? AND key < ? ORDER BY key').pluck(),
  stateKeysAfter: db
    .prepare<string>('SELECT key FROM state WHERE key > ? AND key >= ? AND key < ? ORDER BY key LIMIT ?')
    .pluck(),
  stateCount: db.prepare<{ n: number }>('SELECT COUNT(*) AS n FROM state'),
  stateUpsert: db.prepare(
    'INSERT INTO state (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value',
  ),
  stateDelete: db.prepare('DELETE FROM state WHERE key = ?'),
  diffInsert: db.prepare('INSERT INTO state_diffs (key, number, value, prev) VALUES (?, ?, ?, ?)'),
  diffGet: db.prepare<{ value: StoredValue | null; prev: StoredValue | null }>(
    'SELECT value, prev FROM state_diffs WHERE key = ? AND number = ?',
  ),
  diffUpsert: db.prepare(
    'INSERT INTO state_diffs (key, number, value, prev) VALUES (?, ?, ?, ?) ON CONFLICT (key, number) DO UPDATE SET value = excluded.value',
  ),
  prevAfter: db.prepare<{ prev: StoredValue | null }>(
    'SELECT prev FROM state_diffs WHERE key = ? AND number > ? ORDER BY number LIMIT 1',
  ),
  diffKeysAfter: db
    .prepare<string>('SELECT DISTINCT key FROM state_diffs WHERE key >= ? AND key < ? AND number > ?')
    .pluck(),
  diffOfBlock: db.prepare<{ key: string; value: StoredValue | null; prev: StoredValue | null }>(
    'SELECT key, value, prev FROM state_diffs WHERE number = ?',
  ),
  firstChangesAbove: db.prepare<DiffRow>(
    `SELECT d.key AS key, d.prev AS prev FROM state_diffs d
     WHERE d.number > ? AND d.number = (SELECT MIN(number) FROM state_diffs WHERE key = d.key AND number > ?)`,
  ),
  deleteDiffsAbove: db.prepare('DELETE FROM state_diffs WHERE number > ?'),
  deleteEventsAbove: db.prepare('DELETE FROM block_events WHERE block_number > ?'),
  deleteExtrinsicsAbove: db.prepare('DELETE FROM extrinsics WHERE block_number > ?'),
  deleteBlocksAbove: db.prepare('DELETE FROM blocks WHERE number > ?'),
});

/**
 * The node's database. Reads are synchronous (better-sqlite3); every write method is one transaction.
 *
 * @example
 * const store = ChainStore.open('/tmp/chain.sqlite');
 * store.blockByNumber(0)?.hash; // the genesis hash, once a genesis block was committed
 */
export class ChainStore {
  private readonly sql: ReturnType<typeof prepare>;
  private readonly commitTx: (commit: BlockCommit, eventsRef?: number, prevRef?: number) => void;
  private readonly revertTx: (number: number) => Map<string, Uint8Array | null>;
  private readonly patchTx: (number: number, diff: StateDiff) => void;
  /**
   * The best state's `System.Events` when the `state` table holds it as a reference to block `number`'s events
   * rows: a next block whose diff starts from these bytes stores its `prev` as the same reference.
   */
  private storedEvents: { number: number; value: Uint8Array } | undefined;

  private constructor(private readonly db: SqliteDatabase) {
    this.sql = prepare(db);
    this.commitTx = db.transaction((c: BlockCommit, eventsRef?: number, prevRef?: number) =>
      this.writeBlock(c, eventsRef, prevRef),
    );
    this.revertTx = db.transaction((n: number) => this.revertAbove(n));
    this.patchTx = db.transaction((n: number, diff: StateDiff) => this.patchBlock(n, diff));
  }

  /** Opens or creates the database at `file` (`':memory:'` for a throwaway one). */
  static open(file: string): ChainStore {
    const db = openSqlite(file);
    db.pragma('journal_mode = WAL');
    // WAL + NORMAL: a committed block survives a process crash; only an OS crash may lose the last commits.
    db.pragma('synchronous = NORMAL');
    db.exec(SCHEMA_SQL);
    const version = db.prepare<{ value: string }>('SELECT value FROM meta WHERE key = ?').get('schema');
    if (version === undefined) {
      db.prepare('INSERT INTO meta (key, value) VALUES (?, ?)').run('schema', SCHEMA_VERSION);
    } else if (UPGRADABLE_SCHEMA_VERSIONS.includes(version.value)) {
      // Plain values (version 1) and event references (2) still read as they are; the event rows move.
      db.transaction(() => {
        moveEventRows(db);
        db.exec('DROP INDEX IF EXISTS extrinsics_by_hash');
        reorderStateDiffs(db);
        db.prepare('UPDATE meta SET value = ? WHERE key = ?').run(SCHEMA_VERSION, 'schema');
      })();
    } else if (version.value !== SCHEMA_VERSION) {
      db.close();
      throw new ChainStoreError(
        `database ${file} has schema version ${version.value}, this node needs ${SCHEMA_VERSION}; use another --base-path`,
      );
    }
    return new ChainStore(db);
  }

  close(): void {
    if (this.db.open) this.db.close();
  }

  getMeta(key: string): string | undefined {
    return this.sql.metaGet.get(key)?.value;
  }

  setMeta(key: string, value: string): void {
    this.sql.metaSet.run(key, value);
  }

  /** The number of the last committed block, or undefined for an empty database. */
  bestNumber(): number | undefined {
    return this.sql.bestNumber.get()?.n ?? undefined;
  }

  blockByNumber(number: number): BlockRecord | undefined {
    const row = this.sql.blockByNumber.get(number);
    return row === undefined ? undefined : toBlock(row);
  }

  blockByHash(hash: Uint8Array): BlockRecord | undefined {
    const row = this.sql.blockByHash.get(hash);
    return row === undefined ? undefined : toBlock(row);
  }

  /** The body of block `number`, in applied order. */
  extrinsics(number: number): Uint8Array[] {
    return this.sql.extrinsics.all(number).map((r) => blob(r.bytes));
  }

  events(number: number): EventRow[] {
    const row = this.sql.blockEvents.get(number);
    if (row === undefined) return [];
    const records = blob(row.records);
    let at = records.length === 0 ? 0 : compactLength(records[0]!);
    return (JSON.parse(row.rows) as EventRowInfo[]).map(([phase, extrinsicIndex, pallet, name, length]) => {
      const record = records.slice(at, at + length);
      at += length;
      return { phase, extrinsicIndex, pallet, name, record };
    });
  }

  /** A value of the best block's state. */
  stateGet(key: string): Uint8Array | undefined {
    const row = this.sql.stateGet.get(key);
    return row === undefined ? undefined : this.resolve(row.value);
  }

  /** The encoded `System.Events` of block `number`, from its `block_events` row. */
  eventsValue(number: number): Uint8Array {
    const records = this.sql.blockEventsRecords.get(number);
    return records === undefined ? encodeEvents([]) : blob(records);
  }

  private resolve(value: StoredValue): Uint8Array {
    return typeof value === 'number' ? this.eventsValue(value) : blob(value);
  }

  private resolveOrNull(value: StoredValue | null): Uint8Array | null {
    return value === null ? null : this.resolve(value);
  }

  /** Keys of the best block's state under `prefix`, ascending. */
  stateKeys(prefix: string): string[] {
    return this.sql.stateKeys.all(prefix, prefixEnd(prefix));
  }

  /** Up to `count` keys of the best state under `prefix` strictly after `startKey`, ascending. */
  stateKeysPaged(prefix: string, count: number, startKey: string): string[] {
    return this.sql.stateKeysAfter.all(startKey, prefix, prefixEnd(prefix), count);
  }

  /** How many keys the best state holds. */
  stateSize(): number {
    return this.sql.stateCount.get()?.n ?? 0;
  }

  /**
   * The value `key` had before the first block after `number` that changed it: `{ prev }`, or undefined when no
   * block after `number` changed it (the best state's value then holds).
   */
  prevAfter(key: string, number: number): { prev: Uint8Array | undefined } | undefined {
    const row = this.sql.prevAfter.get(key, number);
    if (row === undefined) return undefined;
    return { prev: row.prev === null ? undefined : this.resolve(row.prev) };
  }

  /** Keys under `prefix` that some block after `number` changed. */
  diffKeysAfter(prefix: string, number: number): string[] {
    return this.sql.diffKeysAfter.all(prefix, prefixEnd(prefix), number);
  }

  /** The state diff of block `number`. */
  diffOf(number: number): StateDiff {
    const diff: StateDiff = new Map();
    for (const r of this.sql.diffOfBlock.all(number)) {
      diff.set(r.key, { value: this.resolveOrNull(r.value), prev: this.resolveOrNull(r.prev) });
    }
    return diff;
  }

  /** Writes a block and moves the best state to it, atomically. */
  commitBlock(commit: BlockCommit): void {
    const events = commit.diff.get(EVENTS_KEY);
    // The block's event log goes to `events` only, when the state's `System.Events` is exactly those records.
    const eventsRef =
      events?.value != null && isEventsValue(events.value, commit.events) ? commit.block.number : undefined;
    const prev = events?.prev;
    const prevRef =
      prev != null &&
      this.storedEvents !== undefined &&
      (prev === this.storedEvents.value || bytesEqual(prev, this.storedEvents.value))
        ? this.storedEvents.number
        : undefined;
    this.commitTx(commit, eventsRef, prevRef);
    if (events !== undefined) {
      this.storedEvents =
        eventsRef === undefined ? undefined : { number: eventsRef, value: events.value as Uint8Array };
    }
  }

  /**
   * Deletes every block above `number` and rolls the best state back to block `number`, atomically. Returns the
   * restored values (`null` = absent) of the keys that changed.
   */
  revertTo(number: number): Map<string, Uint8Array | null> {
    this.storedEvents = undefined;
    return this.revertTx(number);
  }

  /**
   * Changes the state of the best block `number` in place (dev tooling): the best state and the block's diff are
   * updated, the header (and its state root) is not.
   */
  patchBest(number: number, diff: StateDiff): void {
    if (diff.has(EVENTS_KEY)) this.storedEvents = undefined;
    this.patchTx(number, diff);
  }

  private writeBlock(c: BlockCommit, eventsRef: number | undefined, prevRef: number | undefined): void {
    const { block } = c;
    this.sql.insertBlock.run(
      block.number,
      block.hash,
      block.header.parent_hash,
      block.header.state_root,
      block.headerBytes,
      block.timestamp,
      c.extrinsics.length,
    );
    c.extrinsics.forEach((bytes, i) => {
      this.sql.insertExtrinsic.run(block.number, i, c.extrinsicHashes[i]!, bytes);
    });
    // The state's `System.Events` when it is these records (then already encoded), else the records encoded.
    const records =
      eventsRef === undefined
        ? encodeEvents(c.events.map((e) => e.record))
        : (c.diff.get(EVENTS_KEY)?.value as Uint8Array);
    const rows = c.events.map(
      (e): EventRowInfo => [e.phase, e.extrinsicIndex, e.pallet, e.name, e.record.length],
    );
    this.sql.insertBlockEvents.run(block.number, records, JSON.stringify(rows));
    for (const [key, change] of c.diff) {
      let value: StoredValue | null = change.value;
      let prev: StoredValue | null = change.prev;
      if (key === EVENTS_KEY) {
        value = eventsRef ?? value;
        prev = prevRef ?? prev;
      }
      this.sql.diffInsert.run(key, block.number, value, prev);
      if (value === null) this.sql.stateDelete.run(key);
      else this.sql.stateUpsert.run(key, value);
    }
    for (const [k, v] of Object.entries(c.meta ?? {})) this.sql.metaSet.run(k, v);
  }

  private revertAbove(number: number): Map<string, Uint8Array | null> {
    const restored = new Map<string, Uint8Array | null>();
    for (const row of this.sql.firstChangesAbove.all(number, number)) {
      const prev = this.resolveOrNull(row.prev);
      // A reference to the events of a block being removed becomes the bytes.
      const kept = typeof row.prev === 'number' && row.prev > number ? prev : row.prev;
      if (kept === null) this.sql.stateDelete.run(row.key);
      else this.sql.stateUpsert.run(row.key, kept);
      restored.set(row.key, prev);
    }
    this.sql.deleteDiffsAbove.run(number);
    this.sql.deleteEventsAbove.run(number);
    this.sql.deleteExtrinsicsAbove.run(number);
    this.sql.deleteBlocksAbove.run(number);
    return restored;
  }

  private patchBlock(number: number, diff: StateDiff): void {
    for (const [key, change] of diff) {
      // Keep the value from before the block: the diff still describes the whole block.
      const existing = this.sql.diffGet.get(key, number);
      if (existing === undefined) this.sql.diffInsert.run(key, number, change.value, change.prev);
      else this.sql.diffUpsert.run(key, number, change.value, existing.prev);
      if (change.value === null) this.sql.stateDelete.run(key);
      else this.sql.stateUpsert.run(key, change.value);
    }
  }
}
