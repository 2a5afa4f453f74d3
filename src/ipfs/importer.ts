// spec: tooling §6.4, §7.1 — `ipfs add` with Kubo's defaults: CIDv0, dag-pb UnixFS, fixed 256 KiB chunks, balanced
// layout of at most 174 links per node, leaves as UnixFS File nodes (no raw leaves), directories as plain
// (unsharded) UnixFS directories with links sorted by name.
import { InvalidInputError } from '../primitives/common/errors.js';
import { type CidV0, cidV0OfBlock } from './cid.js';
import { encodePbNode, type PbLink } from './dagPb.js';
import { IpfsUnsupportedError } from './errors.js';
import { encodeUnixFs, UnixFsType } from './unixfs.js';

/** Kubo's default chunker `size-262144`. */
export const CHUNK_SIZE = 262_144;
/** Kubo's balanced layout: links per internal file node. */
export const MAX_LINKS = 174;
/** Above this estimated directory size Kubo switches to a HAMT-sharded directory (not produced here). */
export const SHARDING_THRESHOLD = 262_144;

/** A content-addressed block. */
export interface Block {
  cid: CidV0;
  bytes: Uint8Array;
}

/** Receives every block the importer creates (children before parents). */
export type BlockSink = (block: Block) => void | Promise<void>;

/** A finished DAG: its root CID and cumulative size (what a parent link's Tsize and Kubo's `Size` report). */
export interface ImportedNode {
  cid: CidV0;
  cumulativeSize: number;
}

/** A file DAG; `fileSize` is the number of content bytes. */
export interface ImportedFile extends ImportedNode {
  fileSize: number;
}

async function emit(put: BlockSink, bytes: Uint8Array): Promise<CidV0> {
  const cid = cidV0OfBlock(bytes);
  await put({ cid, bytes });
  return cid;
}

async function leaf(put: BlockSink, chunk: Uint8Array): Promise<ImportedFile> {
  const bytes = encodePbNode({
    links: [],
    data: encodeUnixFs({ type: UnixFsType.File, data: chunk, filesize: chunk.length, blocksizes: [] }),
  });
  return { cid: await emit(put, bytes), cumulativeSize: bytes.length, fileSize: chunk.length };
}

async function parent(put: BlockSink, children: ImportedFile[]): Promise<ImportedFile> {
  const fileSize = children.reduce((sum, c) => sum + c.fileSize, 0);
  const links: PbLink[] = children.map((c) => ({ cid: c.cid, name: '', tsize: c.cumulativeSize }));
  const bytes = encodePbNode({
    links,
    data: encodeUnixFs({
      type: UnixFsType.File,
      filesize: fileSize,
      blocksizes: children.map((c) => c.fileSize),
    }),
  });
  const cumulativeSize = children.reduce((sum, c) => sum + c.cumulativeSize, bytes.length);
  return { cid: await emit(put, bytes), cumulativeSize, fileSize };
}

/** Cuts any stream of byte arrays into fixed-size chunks (the last one may be shorter). */
export async function* fixedSizeChunks(
  source: AsyncIterable<Uint8Array> | Iterable<Uint8Array>,
  size = CHUNK_SIZE,
): AsyncGenerator<Uint8Array> {
  let buffer = new Uint8Array(size);
  let filled = 0;
  for await (const piece of source) {
    let offset = 0;
    while (offset < piece.length) {
      const take = Math.min(size - filled, piece.length - offset);
      buffer.set(piece.subarray(offset, offset + take), filled);
      filled += take;
      offset += take;
      if (filled === size) {
        yield buffer;
        buffer = new Uint8Array(size);
        filled = 0;
      }
    }
  }
  if (filled > 0) yield buffer.subarray(0, filled);
}

/**
 * Imports file content as Kubo's `ipfs add` does and returns the root. Grouping each level into runs of 174
 * bottom-up gives the same tree as go-unixfs' top-down balanced builder: both fill every node completely,
 * left to right, before starting the next, and a lone last chunk stays the root.
 */
export async function importFile(
  content: AsyncIterable<Uint8Array> | Iterable<Uint8Array> | Uint8Array,
  put: BlockSink,
): Promise<ImportedFile> {
  const source = content instanceof Uint8Array ? [content] : content;
  let level: ImportedFile[] = [];
  for await (const chunk of fixedSizeChunks(source)) level.push(await leaf(put, chunk));
  if (level.length === 0) return leaf(put, new Uint8Array(0));
  while (level.length > 1) {
    const next: ImportedFile[] = [];
    for (let i = 0; i < level.length; i += MAX_LINKS)
      next.push(await parent(put, level.slice(i, i + MAX_LINKS)));
    level = next;
  }
  return level[0]!;
}

/** One entry of a directory being built. */
export interface DirectoryEntry {
  name: string;
  node: ImportedNode;
}

const utf8 = new TextEncoder();

/** Rejects names that cannot be a single UnixFS path segment. */
export function checkEntryName(name: string, field = 'name'): void {
  if (name === '' || name === '.' || name === '..' || name.includes('/') || name.includes('\0')) {
    throw new InvalidInputError(field, `'${name}' is not a valid file or directory name`);
  }
}

function compareBytes(a: Uint8Array, b: Uint8Array): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) if (a[i] !== b[i]) return a[i]! - b[i]!;
  return a.length - b.length;
}

/** Builds a plain UnixFS directory node over already imported children (links sorted by UTF-8 name bytes). */
export async function importDirectory(
  entries: readonly DirectoryEntry[],
  put: BlockSink,
): Promise<ImportedNode> {
  const named = entries.map((e) => {
    checkEntryName(e.name);
    return { ...e, key: utf8.encode(e.name) };
  });
  named.sort((a, b) => compareBytes(a.key, b.key));
  for (let i = 1; i < named.length; i++) {
    if (named[i]!.name === named[i - 1]!.name) {
      throw new InvalidInputError('name', `duplicate entry '${named[i]!.name}' in one directory`);
    }
  }
  // Kubo estimates a directory's size as Σ(name bytes + CID bytes) and shards it beyond 256 KiB.
  const estimate = named.reduce((sum, e) => sum + e.key.length + 34, 0);
  if (estimate > SHARDING_THRESHOLD) {
    throw new IpfsUnsupportedError(
      `a directory with ${named.length} entries would be HAMT-sharded by Kubo; split it into subdirectories`,
    );
  }
  const bytes = encodePbNode({
    links: named.map((e) => ({ cid: e.node.cid, name: e.name, tsize: e.node.cumulativeSize })),
    data: encodeUnixFs({ type: UnixFsType.Directory, blocksizes: [] }),
  });
  const cumulativeSize = named.reduce((sum, e) => sum + e.node.cumulativeSize, bytes.length);
  return { cid: await emit(put, bytes), cumulativeSize };
}
