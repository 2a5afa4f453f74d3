// spec: tooling §7, §12.13 — a local-first store: `ipfs add` semantics and CIDs of a default Kubo daemon, blocks
// kept as files in a directory, pins kept as a list of what was added. No networking, no garbage collection.
import { createReadStream } from 'node:fs';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { type AddTreeNode, resolveAddInput } from './addInput.js';
import { type CidV0, cidV0OfBlock, normalizeCid } from './cid.js';
import {
  IpfsCorruptBlockError,
  IpfsIsDirectoryError,
  IpfsNotFoundError,
  IpfsUnsupportedError,
} from './errors.js';
import { type Block, CHUNK_SIZE, type ImportedNode, importDirectory, importFile } from './importer.js';
import {
  type AddedEntry,
  type AddInput,
  type AddOptions,
  type AddResult,
  type IpfsObject,
  type IpfsStore,
  splitIpfsPath,
} from './ipfsStore.js';
import { fileSize, listDirectory, readFileContent, resolveUnixFsPath, type UnixFsNode } from './reader.js';
import { UnixFsType } from './unixfs.js';

function concat(parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let offset = 0;
  for (const p of parts) {
    out.set(p, offset);
    offset += p.length;
  }
  return out;
}

interface PinRecord {
  name: string;
  pinnedAt: string;
}

/** Blocks in `<dir>/blocks/<2 chars>/<cid>`, pins in `<dir>/pins.json`. */
export class EmbeddedIpfsStore implements IpfsStore {
  readonly kind = 'embedded' as const;
  readonly dir: string;
  private pinWrite: Promise<unknown> = Promise.resolve();
  private tmpCounter = 0;

  private constructor(dir: string) {
    this.dir = dir;
  }

  /** Opens (creating if needed) a store in `dir`. */
  static async open(dir: string): Promise<EmbeddedIpfsStore> {
    await mkdir(join(dir, 'blocks'), { recursive: true });
    return new EmbeddedIpfsStore(dir);
  }

  private blockPath(cid: CidV0): string {
    // Like Kubo's flatfs `next-to-last/2`: the last characters of a hash are evenly spread.
    return join(this.dir, 'blocks', cid.slice(-3, -1), cid);
  }

  /** Stores a block (idempotent; written to a temporary file, then renamed, so readers never see half a block). */
  async putBlock(block: Block): Promise<void> {
    const file = this.blockPath(block.cid);
    await mkdir(join(file, '..'), { recursive: true });
    const tmp = `${file}.${process.pid}.${this.tmpCounter++}.tmp`;
    await writeFile(tmp, block.bytes);
    await rename(tmp, file);
  }

  /** Reads a block and checks it against its CID. */
  async getBlock(cid: string): Promise<Uint8Array> {
    const v0 = normalizeCid(cid);
    const file = this.blockPath(v0);
    let bytes: Uint8Array;
    try {
      bytes = new Uint8Array(await readFile(file));
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'ENOENT') throw new IpfsNotFoundError(v0);
      throw e;
    }
    if (cidV0OfBlock(bytes) !== v0) throw new IpfsCorruptBlockError(v0, file);
    return bytes;
  }

  /** True if the block is stored. */
  async hasBlock(cid: string): Promise<boolean> {
    try {
      await this.getBlock(cid);
      return true;
    } catch (e) {
      if (e instanceof IpfsNotFoundError) return false;
      throw e;
    }
  }

  async add(input: AddInput, options: AddOptions = {}): Promise<AddResult> {
    const tree = await resolveAddInput(input);
    const entries: AddedEntry[] = [];
    const put = (b: Block) => this.putBlock(b);
    const top = await this.importTree(tree, entries, put);
    let root = top.cid;
    if (options.wrapWithDirectory) {
      const wrapper = await importDirectory([{ name: tree.name, node: top }], put);
      entries.push({ path: '', cid: wrapper.cid, type: 'directory', size: wrapper.cumulativeSize });
      root = wrapper.cid;
    }
    if (options.pin ?? true) await this.pinAs(root, options.wrapWithDirectory ? '' : tree.name);
    return { cid: root, entries };
  }

  private async importTree(
    node: AddTreeNode,
    entries: AddedEntry[],
    put: (b: Block) => Promise<void>,
  ): Promise<ImportedNode> {
    if (node.type === 'file') {
      const source =
        'bytes' in node.source
          ? node.source.bytes
          : createReadStream(node.source.fsPath, { highWaterMark: CHUNK_SIZE });
      const file = await importFile(source, put);
      entries.push({ path: node.path, cid: file.cid, type: 'file', size: file.cumulativeSize });
      return file;
    }
    const children = [];
    for (const child of node.children) {
      children.push({ name: child.name, node: await this.importTree(child, entries, put) });
    }
    const dir = await importDirectory(children, put);
    entries.push({ path: node.path, cid: dir.cid, type: 'directory', size: dir.cumulativeSize });
    return dir;
  }

  private read = (cid: CidV0) => this.getBlock(cid);

  private async resolve(cid: string, path: string): Promise<UnixFsNode> {
    const split = splitIpfsPath(cid, path);
    return resolveUnixFsPath(this.read, normalizeCid(split.cid), split.path);
  }

  /** Streams a file's content without holding it all in memory. */
  async *catStream(cid: string, path = ''): AsyncGenerator<Uint8Array> {
    const node = await this.resolve(cid, path);
    if (node.unixfs.type === UnixFsType.Directory || node.unixfs.type === UnixFsType.HAMTShard) {
      throw new IpfsIsDirectoryError(path ? `${cid}/${path}` : cid);
    }
    yield* readFileContent(this.read, node);
  }

  async cat(cid: string, path = ''): Promise<Uint8Array> {
    const parts: Uint8Array[] = [];
    for await (const part of this.catStream(cid, path)) parts.push(part);
    return concat(parts);
  }

  async get(cid: string, path = ''): Promise<IpfsObject> {
    const node = await this.resolve(cid, path);
    const t = node.unixfs.type;
    if (t === UnixFsType.Directory) {
      return { type: 'directory', cid: node.cid, links: await listDirectory(this.read, node) };
    }
    if (t === UnixFsType.File || t === UnixFsType.Raw) {
      const parts: Uint8Array[] = [];
      for await (const part of readFileContent(this.read, node)) parts.push(part);
      return { type: 'file', cid: node.cid, size: fileSize(node), content: concat(parts) };
    }
    throw new IpfsUnsupportedError(`${node.cid} has UnixFS type ${t}, which this store cannot read`);
  }

  async pin(cid: string): Promise<void> {
    const v0 = normalizeCid(cid);
    // Pinning is a promise to keep the whole DAG, so refuse roots that are not stored.
    await this.getBlock(v0);
    await this.pinAs(v0, '');
  }

  async pins(): Promise<CidV0[]> {
    await this.pinWrite;
    return Object.keys(await this.readPins()).sort();
  }

  private pinAs(cid: CidV0, name: string): Promise<void> {
    const next = this.pinWrite.then(async () => {
      const pins = await this.readPins();
      if (pins[cid] !== undefined) return;
      pins[cid] = { name, pinnedAt: new Date().toISOString() };
      const file = join(this.dir, 'pins.json');
      const tmp = `${file}.${process.pid}.${this.tmpCounter++}.tmp`;
      await writeFile(tmp, `${JSON.stringify({ pins }, null, 2)}\n`);
      await rename(tmp, file);
    });
    this.pinWrite = next.catch(() => undefined);
    return next;
  }

  private async readPins(): Promise<Record<CidV0, PinRecord>> {
    try {
      const parsed = JSON.parse(await readFile(join(this.dir, 'pins.json'), 'utf8')) as {
        pins?: Record<CidV0, PinRecord>;
      };
      return parsed.pins ?? {};
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'ENOENT') return {};
      throw e;
    }
  }
}
