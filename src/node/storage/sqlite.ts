/** The slice of better-sqlite3's API the node uses, so the rest of the node depends on this alone. */
import Database from 'better-sqlite3';

export interface RunResult {
  readonly changes: number;
  readonly lastInsertRowid: number | bigint;
}

export interface Statement<Row = unknown> {
  run(...params: unknown[]): RunResult;
  get(...params: unknown[]): Row | undefined;
  all(...params: unknown[]): Row[];
  iterate(...params: unknown[]): IterableIterator<Row>;
  /** Makes `get`/`all` return the first column only. */
  pluck(toggle?: boolean): Statement<Row>;
}

export interface SqliteDatabase {
  prepare<Row = unknown>(sql: string): Statement<Row>;
  exec(sql: string): SqliteDatabase;
  pragma(sql: string, options?: { simple?: boolean }): unknown;
  /** Wraps `fn` in BEGIN/COMMIT; a throw rolls the whole transaction back. */
  transaction<F extends (...args: never[]) => unknown>(fn: F): F;
  close(): SqliteDatabase;
  readonly open: boolean;
  readonly inTransaction: boolean;
}

/** Opens (or creates) a SQLite database file; `':memory:'` gives a private in-memory database. */
export const openSqlite = (path: string): SqliteDatabase => new Database(path) as unknown as SqliteDatabase;

/** A BLOB column as a plain Uint8Array (better-sqlite3 returns Node Buffers that may share a pool). */
export const blob = (value: Uint8Array): Uint8Array => new Uint8Array(value);
