// spec: tooling §7.1, §7.4 — a Kubo daemon's HTTP RPC API (`-l/--ipfs-local` = http://127.0.0.1:5001,
// `--ipfs-api URL`) or a Kubo-compatible pinning service (IPFS_ADD_URL + IPFS_API_KEY, basic auth).
import { openAsBlob } from 'node:fs';
import { type AddTreeNode, resolveAddInput } from './addInput.js';
import { type CidV0, normalizeCid } from './cid.js';
import { IpfsApiError, IpfsConfigError, IpfsIsDirectoryError, IpfsNotFoundError } from './errors.js';
import {
  type AddedEntry,
  type AddInput,
  type AddOptions,
  type AddResult,
  type DirectoryLink,
  type IpfsObject,
  type IpfsStore,
  splitIpfsPath,
} from './ipfsStore.js';

/** The RPC address of a Kubo daemon on this machine (Kubo's default `Addresses.API`). */
export const LOCAL_KUBO_API = 'http://127.0.0.1:5001';

export interface KuboRpcOptions {
  /** Daemon address, e.g. `http://127.0.0.1:5001` (with or without `/api/v0`). */
  apiUrl: string;
  /** Full URL of the add endpoint when it differs from `<apiUrl>/api/v0/add` (IPFS_ADD_URL). */
  addUrl?: string;
  /** Value of the Authorization header (e.g. `Basic …` for a pinning service). */
  authorization?: string;
  /** Per-request timeout; default 120 s. */
  timeoutMs?: number;
}

interface KuboAddLine {
  Name?: string;
  Hash?: string;
  Size?: string;
}

/** Talks to a Kubo-compatible `/api/v0` endpoint; every request is a POST, as Kubo requires. */
export class KuboRpcStore implements IpfsStore {
  readonly kind = 'kubo-rpc' as const;
  private readonly base: string;
  private readonly addUrl: string;
  private readonly authorization: string | undefined;
  private readonly timeoutMs: number;

  constructor(options: KuboRpcOptions) {
    this.base = apiBase(options.apiUrl);
    this.addUrl = options.addUrl ?? `${this.base}/add`;
    this.authorization = options.authorization;
    this.timeoutMs = options.timeoutMs ?? 120_000;
  }

  private async call(url: string, body?: FormData): Promise<Response> {
    const headers: Record<string, string> = {};
    if (this.authorization !== undefined) headers.authorization = this.authorization;
    let res: Response;
    try {
      res = await fetch(url, { method: 'POST', headers, body, signal: AbortSignal.timeout(this.timeoutMs) });
    } catch (e) {
      const cause = (e as Error & { cause?: Error }).cause?.message ?? (e as Error).message;
      throw new IpfsApiError(url, `request failed (${cause}); is the IPFS daemon running?`);
    }
    if (!res.ok) {
      const text = await res.text();
      let message = text.trim() || res.statusText;
      try {
        message = (JSON.parse(text) as { Message?: string }).Message ?? message;
      } catch {
        // plain-text error body
      }
      throw new KuboCallError(url, message, res.status);
    }
    return res;
  }

  private rpc(command: string, params: Record<string, string>): string {
    const url = new URL(`${this.base}/${command}`);
    for (const [k, v] of Object.entries(params)) url.searchParams.set(k, v);
    return url.toString();
  }

  async add(input: AddInput, options: AddOptions = {}): Promise<AddResult> {
    const tree = await resolveAddInput(input);
    const form = new FormData();
    const types = new Map<string, 'file' | 'directory'>();
    await appendParts(form, tree, types);
    const url = new URL(this.addUrl);
    url.searchParams.set('pin', String(options.pin ?? true));
    url.searchParams.set('cid-version', '0');
    url.searchParams.set('wrap-with-directory', String(options.wrapWithDirectory ?? false));
    url.searchParams.set('progress', 'false');
    const res = await this.call(url.toString(), form);
    const lines = (await res.text())
      .split('\n')
      .filter((l) => l.trim() !== '')
      .map((l) => {
        try {
          return JSON.parse(l) as KuboAddLine;
        } catch {
          throw new IpfsApiError(this.addUrl, `add answered a line that is not JSON: ${l.slice(0, 120)}`);
        }
      })
      .filter((l) => l.Hash !== undefined);
    if (lines.length === 0) throw new IpfsApiError(this.addUrl, 'add answered without any CID');
    const entries: AddedEntry[] = lines.map((l) => {
      const path = l.Name ?? '';
      return {
        path,
        cid: normalizeCid(l.Hash!, 'add response Hash'),
        type: path === '' ? 'directory' : (types.get(path) ?? 'file'),
        size: Number(l.Size ?? 0),
      };
    });
    // QUIRK: tooling §7.1/§11 — upstream returned the entry's Name for a single file; the root is the wrapper
    // (empty name) with -w, else the entry named like the added item.
    const rootPath = options.wrapWithDirectory ? '' : tree.path;
    const root = entries.find((e) => e.path === rootPath) ?? entries[entries.length - 1]!;
    return { cid: root.cid, entries };
  }

  async cat(cid: string, path = ''): Promise<Uint8Array> {
    const arg = ipfsArg(cid, path);
    try {
      const res = await this.call(this.rpc('cat', { arg }));
      return new Uint8Array(await res.arrayBuffer());
    } catch (e) {
      throw translate(e, arg);
    }
  }

  async get(cid: string, path = ''): Promise<IpfsObject> {
    const arg = ipfsArg(cid, path);
    let stat: { Hash: string; Size: number; Type: string };
    try {
      stat = (await (await this.call(this.rpc('files/stat', { arg: `/ipfs/${arg}` }))).json()) as typeof stat;
    } catch (e) {
      throw translate(e, arg);
    }
    const resolved = normalizeCid(stat.Hash, 'files/stat Hash');
    if (stat.Type === 'directory') {
      const res = await this.call(this.rpc('ls', { arg: resolved }));
      const body = (await res.json()) as {
        Objects?: { Links?: { Name: string; Hash: string; Size: number; Type: number }[] }[];
      };
      const links: DirectoryLink[] = (body.Objects?.[0]?.Links ?? []).map((l) => {
        const type = l.Type === 1 || l.Type === 5 ? 'directory' : l.Type === 2 ? 'file' : 'other';
        const link: DirectoryLink = { name: l.Name, cid: normalizeCid(l.Hash, 'ls Hash'), type };
        if (type === 'file') link.size = l.Size;
        return link;
      });
      return { type: 'directory', cid: resolved, links };
    }
    const content = await this.cat(resolved);
    return { type: 'file', cid: resolved, size: content.length, content };
  }

  async pin(cid: string): Promise<void> {
    await this.call(this.rpc('pin/add', { arg: normalizeCid(cid) }));
  }

  async pins(): Promise<CidV0[]> {
    const res = await this.call(this.rpc('pin/ls', { type: 'recursive' }));
    const body = (await res.json()) as { Keys?: Record<string, unknown> };
    return Object.keys(body.Keys ?? {})
      .map((k) => normalizeCid(k, 'pin/ls key'))
      .sort();
  }
}

class KuboCallError extends IpfsApiError {}

function apiBase(apiUrl: string): string {
  let url: URL;
  try {
    url = new URL(apiUrl);
  } catch {
    throw new IpfsConfigError(`'${apiUrl}' is not a URL; expected e.g. ${LOCAL_KUBO_API}`);
  }
  const path = url.pathname.replace(/\/+$/, '').replace(/\/api\/v0$/, '');
  return `${url.origin}${path}/api/v0`;
}

function ipfsArg(cid: string, path: string): string {
  const split = splitIpfsPath(cid, path);
  const v0 = normalizeCid(split.cid);
  return split.path ? `${v0}/${split.path}` : v0;
}

function translate(e: unknown, arg: string): unknown {
  if (!(e instanceof KuboCallError)) return e;
  const msg = e.message.toLowerCase();
  if (msg.includes('is a directory')) return new IpfsIsDirectoryError(arg);
  if (msg.includes('not found') || msg.includes('no link named')) {
    const { cid, path } = splitIpfsPath(arg);
    return new IpfsNotFoundError(cid, path, e.message);
  }
  return e;
}

async function appendParts(form: FormData, node: AddTreeNode, types: Map<string, 'file' | 'directory'>) {
  types.set(node.path, node.type);
  // Kubo's multipart reader URL-decodes file names; parents must come before their children.
  const filename = encodeURIComponent(node.path);
  if (node.type === 'directory') {
    form.append('file', new Blob([], { type: 'application/x-directory' }), filename);
    for (const child of node.children) await appendParts(form, child, types);
    return;
  }
  const blob =
    'bytes' in node.source
      ? new Blob([node.source.bytes], { type: 'application/octet-stream' })
      : await openAsBlob(node.source.fsPath, { type: 'application/octet-stream' });
  form.append('file', blob, filename);
}

/**
 * The remote pinning service from IPFS_ADD_URL (a Kubo-compatible `/api/v0/add` URL) and IPFS_API_KEY
 * (`user:password`, sent as HTTP basic auth like `curl -u`); undefined when either is unset.
 */
export function remoteStoreFromEnv(
  env: Record<string, string | undefined> = process.env,
): KuboRpcStore | undefined {
  const addUrl = env.IPFS_ADD_URL;
  const key = env.IPFS_API_KEY;
  if (!addUrl || key === undefined) return undefined;
  if (!key.includes(':')) {
    throw new IpfsConfigError('IPFS_API_KEY must be user:password (HTTP basic auth for IPFS_ADD_URL)');
  }
  let base: string;
  try {
    const u = new URL(addUrl);
    // QUIRK: tooling §7.1 — upstream used a hard-coded Infura URL for folders; IPFS_ADD_URL is honoured for both.
    base = `${u.origin}${u.pathname.replace(/\/add\/?$/, '')}`;
  } catch {
    throw new IpfsConfigError(
      `IPFS_ADD_URL '${addUrl}' is not a URL; expected e.g. https://host:5001/api/v0/add`,
    );
  }
  return new KuboRpcStore({
    apiUrl: base,
    addUrl,
    authorization: `Basic ${Buffer.from(key, 'utf8').toString('base64')}`,
  });
}
