// spec: tooling §7.1 — how `ipfs add -r` sees a folder: the folder's name is the first path segment, hidden
// entries (dot files) are skipped (Kubo's default `--hidden=false`), children are added recursively.
import { lstat, readdir } from 'node:fs/promises';
import { basename, join, resolve } from 'node:path';
import { InvalidInputError } from '../primitives/common/errors.js';
import { IpfsUnsupportedError } from './errors.js';
import { checkEntryName } from './importer.js';
import type { AddInput } from './ipfsStore.js';

/** A normalised node of the tree to add; `path` is relative and starts with the top item's name. */
export type AddTreeNode =
  | { type: 'file'; name: string; path: string; source: { fsPath: string } | { bytes: Uint8Array } }
  | { type: 'directory'; name: string; path: string; children: AddTreeNode[] };

const utf8 = new TextEncoder();

/** Turns a filesystem path or an in-memory tree into an AddTreeNode (reads directory listings, not contents). */
export async function resolveAddInput(input: AddInput): Promise<AddTreeNode> {
  if (typeof input === 'string') {
    const abs = resolve(input);
    return fromFs(abs, basename(abs), basename(abs));
  }
  return fromMemory(input, input.name);
}

async function fromFs(fsPath: string, name: string, path: string): Promise<AddTreeNode> {
  let info: Awaited<ReturnType<typeof lstat>>;
  try {
    info = await lstat(fsPath);
  } catch (e) {
    throw new InvalidInputError('path', `cannot read ${fsPath}: ${(e as Error).message}`);
  }
  if (info.isSymbolicLink()) {
    throw new IpfsUnsupportedError(`${fsPath} is a symbolic link; add its target instead`);
  }
  if (info.isFile()) return { type: 'file', name, path, source: { fsPath } };
  if (!info.isDirectory()) throw new IpfsUnsupportedError(`${fsPath} is neither a file nor a directory`);
  const names = (await readdir(fsPath)).filter((n) => !n.startsWith('.')).sort();
  const children: AddTreeNode[] = [];
  for (const child of names) children.push(await fromFs(join(fsPath, child), child, `${path}/${child}`));
  return { type: 'directory', name, path, children };
}

function fromMemory(input: Exclude<AddInput, string>, path: string): AddTreeNode {
  checkEntryName(input.name, `add input '${path}'`);
  if ('content' in input) {
    const bytes = typeof input.content === 'string' ? utf8.encode(input.content) : input.content;
    return { type: 'file', name: input.name, path, source: { bytes } };
  }
  return {
    type: 'directory',
    name: input.name,
    path,
    children: input.entries.map((e) => {
      if (typeof e === 'string') {
        throw new InvalidInputError('add input', 'an in-memory directory can only hold in-memory entries');
      }
      return fromMemory(e, `${path}/${e.name}`);
    }),
  };
}
