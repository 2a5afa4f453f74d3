// spec: tooling §7.2 — reading UnixFS back: `<cid>/community_icon.svg` paths resolve through directory links,
// file content is the concatenation of the leaves in link order.
import type { CidV0 } from './cid.js';
import { decodePbNode, type PbNode } from './dagPb.js';
import { IpfsNotFoundError, IpfsUnsupportedError } from './errors.js';
import type { DirectoryLink } from './ipfsStore.js';
import { decodeUnixFs, type UnixFsData, UnixFsType } from './unixfs.js';

/** Loads a block by CID; throws IpfsNotFoundError when it is absent. */
export type BlockReader = (cid: CidV0) => Promise<Uint8Array>;

/** A decoded UnixFS node. */
export interface UnixFsNode {
  cid: CidV0;
  pb: PbNode;
  unixfs: UnixFsData;
}

/** Loads and decodes one UnixFS node. */
export async function loadNode(read: BlockReader, cid: CidV0): Promise<UnixFsNode> {
  const pb = decodePbNode(await read(cid));
  if (pb.data === undefined) throw new IpfsUnsupportedError(`${cid} is a dag-pb node without UnixFS data`);
  return { cid, pb, unixfs: decodeUnixFs(pb.data) };
}

/** Follows `path` (segments separated by '/') from the directory `root`. */
export async function resolveUnixFsPath(read: BlockReader, root: CidV0, path: string): Promise<UnixFsNode> {
  let node = await loadNode(read, root);
  const walked: string[] = [];
  for (const segment of path.split('/').filter((s) => s !== '')) {
    if (node.unixfs.type === UnixFsType.HAMTShard) {
      throw new IpfsUnsupportedError(
        `${root}/${walked.join('/')} is a sharded directory, which this store cannot read`,
      );
    }
    if (node.unixfs.type !== UnixFsType.Directory) {
      throw new IpfsNotFoundError(root, path, `${walked.join('/') || root} is not a directory`);
    }
    const link = node.pb.links.find((l) => l.name === segment);
    if (link === undefined) throw new IpfsNotFoundError(root, path, `no entry named '${segment}'`);
    walked.push(segment);
    node = await loadNode(read, link.cid);
  }
  return node;
}

/** Streams the content of a UnixFS file node (leaves depth-first, left to right). */
export async function* readFileContent(read: BlockReader, node: UnixFsNode): AsyncGenerator<Uint8Array> {
  const { type } = node.unixfs;
  if (type !== UnixFsType.File && type !== UnixFsType.Raw) {
    throw new IpfsUnsupportedError(`${node.cid} is not a file (UnixFS type ${type})`);
  }
  if (node.unixfs.data !== undefined && node.unixfs.data.length > 0) yield node.unixfs.data;
  for (const link of node.pb.links) yield* readFileContent(read, await loadNode(read, link.cid));
}

/** Size in bytes of a file node's content. */
export function fileSize(node: UnixFsNode): number {
  const { filesize, data, blocksizes } = node.unixfs;
  return filesize ?? (data?.length ?? 0) + blocksizes.reduce((a, b) => a + b, 0);
}

/** Lists a directory node, loading each child to report its type and size. */
export async function listDirectory(read: BlockReader, node: UnixFsNode): Promise<DirectoryLink[]> {
  const links: DirectoryLink[] = [];
  for (const link of node.pb.links) {
    const child = await loadNode(read, link.cid);
    const t = child.unixfs.type;
    if (t === UnixFsType.File || t === UnixFsType.Raw) {
      links.push({ name: link.name, cid: link.cid, type: 'file', size: fileSize(child) });
    } else if (t === UnixFsType.Directory || t === UnixFsType.HAMTShard) {
      links.push({ name: link.name, cid: link.cid, type: 'directory' });
    } else {
      links.push({ name: link.name, cid: link.cid, type: 'other' });
    }
  }
  return links;
}
