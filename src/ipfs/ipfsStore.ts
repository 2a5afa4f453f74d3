// spec: tooling §7, §12.13 — one interface for the embedded store, a Kubo daemon's HTTP API and a remote pinning
// service: add a file or folder (root CID plus per-entry CIDs), read files and folders back, keep pins.
import type { CidV0 } from './cid.js';

/** An in-memory file to add; `name` is a single path segment. */
export interface AddFile {
  name: string;
  content: Uint8Array | string;
}

/** An in-memory directory to add. */
export interface AddDirectory {
  name: string;
  entries: AddInput[];
}

/** What `add` takes: a filesystem path (file or directory, added recursively) or an in-memory tree. */
export type AddInput = string | AddFile | AddDirectory;

export interface AddOptions {
  /** Wrap the added item in a directory, as `ipfs add -w` (the root CID is then the wrapper's). Default false. */
  wrapWithDirectory?: boolean;
  /** Pin the root. Default true. */
  pin?: boolean;
}

/** One added file or directory, named like Kubo's `ipfs add` output (`assets/icons/test.png`; '' = wrapper). */
export interface AddedEntry {
  path: string;
  cid: CidV0;
  type: 'file' | 'directory';
  /** Cumulative DAG size in bytes (Kubo's `Size`). */
  size: number;
}

export interface AddResult {
  /** Root CID: the wrapper with `wrapWithDirectory`, otherwise the added file or directory. */
  cid: CidV0;
  /** Every file and directory, children before parents, the root last. */
  entries: AddedEntry[];
}

/** A directory entry as listed by `get`. */
export interface DirectoryLink {
  name: string;
  cid: CidV0;
  type: 'file' | 'directory' | 'other';
  /** Content bytes for files; absent for directories. */
  size?: number;
}

/** What `get` returns for a CID (and optional path below it). */
export type IpfsObject =
  | { type: 'file'; cid: CidV0; size: number; content: Uint8Array }
  | { type: 'directory'; cid: CidV0; links: DirectoryLink[] };

/** A content-addressed store; every CID it returns is a CIDv0, the only form the chain accepts. */
export interface IpfsStore {
  /** `embedded` (blocks in a local directory) or `kubo-rpc` (an external daemon or pinning service). */
  readonly kind: 'embedded' | 'kubo-rpc';
  /** Adds a file or directory tree, as `ipfs add [-r] [-w]` with Kubo's defaults. */
  add(input: AddInput, options?: AddOptions): Promise<AddResult>;
  /** File content at `cid` (and `path` below it); throws IpfsIsDirectoryError for directories. */
  cat(cid: string, path?: string): Promise<Uint8Array>;
  /** The file (with content) or directory (with its links) at `cid` and `path`. */
  get(cid: string, path?: string): Promise<IpfsObject>;
  /** Pins a CID. */
  pin(cid: string): Promise<void>;
  /** The pinned root CIDs. */
  pins(): Promise<CidV0[]>;
}

/** Splits `cid/some/path` (or `/ipfs/cid/some/path`) into the CID and the path below it. */
export function splitIpfsPath(text: string, path = ''): { cid: string; path: string } {
  const trimmed = text.replace(/^\/?ipfs\//, '');
  const slash = trimmed.indexOf('/');
  const cid = slash < 0 ? trimmed : trimmed.slice(0, slash);
  const rest = slash < 0 ? '' : trimmed.slice(slash + 1);
  const joined = [rest, path].filter((p) => p !== '').join('/');
  return {
    cid,
    path: joined
      .split('/')
      .filter((s) => s !== '')
      .join('/'),
  };
}
