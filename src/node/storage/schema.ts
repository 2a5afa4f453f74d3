// spec: ARCHITECTURE §5 (blocks, extrinsics, events, state diffs, state; a block is durable when its transaction commits)
/**
 * The node database. Only the canonical chain is stored (a revert deletes the blocks above its target), so block
 * numbers are keys. Storage keys are lowercase `0x` hex TEXT: SQLite's binary collation orders them like the
 * bytes, and a prefix `p` is the range `[p, p + 'g')`.
 *
 * `state` is the state of the best block. `state_diffs` holds, per block, every key the block changed with its
 * new value and its value before the block (NULL = absent): the state at an older block n is `state` with, for
 * each key, the `prev` of its first change after n. Block 0's diff is the whole genesis state.
 *
 * `System.Events` is stored once per block, in `block_events`: where `state.value`, `state_diffs.value` or
 * `state_diffs.prev` of that key is an INTEGER n (real values are BLOBs), it stands for block n's `records`.
 *
 * `block_events` holds one row per block (a block emits thousands of events; one row each made writing them the
 * largest part of a block's inserts): `records` is the SCALE `Vec<EventRecord>` (compact count, then the records),
 * `rows` a JSON array with one `[phase, extrinsic index | null, pallet, name, record length]` per record, in order.
 */
export const SCHEMA_VERSION = '3';
/**
 * Versions this node opens and upgrades in place: version 2 added event references, version 3 moved the `events`
 * rows (one per record) into `block_events` (one per block), ordered `state_diffs` by block, and dropped the index
 * of extrinsics by hash (nothing looked extrinsics up by hash, and its random inserts cost a page write per
 * transaction on a long chain).
 */
export const UPGRADABLE_SCHEMA_VERSIONS: readonly string[] = ['1', '2'];

/**
 * `state_diffs` is ordered by block, so a block's rows are appended (ordered by key, each changed key's row landed
 * on another page); reads by key go through `state_diffs_by_key`, whose entries are smaller than the rows.
 */
export const stateDiffsTable = (name: string): string => `
CREATE TABLE IF NOT EXISTS ${name} (
  number INTEGER NOT NULL,
  key    TEXT NOT NULL,
  value  BLOB,
  prev   BLOB,
  PRIMARY KEY (number, key)
) WITHOUT ROWID;`;

export const SCHEMA_SQL = `
CREATE TABLE IF NOT EXISTS meta (
  key   TEXT PRIMARY KEY,
  value TEXT NOT NULL
) WITHOUT ROWID;

CREATE TABLE IF NOT EXISTS blocks (
  number          INTEGER PRIMARY KEY,
  hash            BLOB NOT NULL UNIQUE,
  parent_hash     BLOB NOT NULL,
  state_root      BLOB NOT NULL,
  header          BLOB NOT NULL,
  timestamp       INTEGER NOT NULL,
  extrinsic_count INTEGER NOT NULL
);

CREATE TABLE IF NOT EXISTS extrinsics (
  block_number INTEGER NOT NULL,
  idx          INTEGER NOT NULL,
  hash         BLOB NOT NULL,
  bytes        BLOB NOT NULL,
  PRIMARY KEY (block_number, idx)
) WITHOUT ROWID;

CREATE TABLE IF NOT EXISTS block_events (
  block_number INTEGER PRIMARY KEY,
  records      BLOB NOT NULL,
  rows         TEXT NOT NULL
);

CREATE TABLE IF NOT EXISTS state (
  key   TEXT PRIMARY KEY,
  value BLOB NOT NULL
) WITHOUT ROWID;

${stateDiffsTable('state_diffs')}
CREATE UNIQUE INDEX IF NOT EXISTS state_diffs_by_key ON state_diffs (key, number);
`;

/** The exclusive upper bound of the TEXT range holding every hex key that starts with `prefix`. */
export const prefixEnd = (prefix: string): string => `${prefix}g`;
