// spec: tooling §7.2 — a read-only path gateway like Kubo's (`GET /ipfs/<cid>/community_icon.svg`), bound to
// 127.0.0.1, serving any IpfsStore.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { InvalidInputError } from '../primitives/common/errors.js';
import { normalizeCid } from './cid.js';
import { contentTypeFor } from './contentType.js';
import { IpfsApiError, IpfsNotFoundError, IpfsUnsupportedError } from './errors.js';
import type { IpfsObject, IpfsStore } from './ipfsStore.js';

export interface GatewayOptions {
  /** Listen address; default 127.0.0.1 (the gateway has no access control). */
  host?: string;
  /** Port; default 0 (any free port, see `RunningGateway.port`). */
  port?: number;
}

export interface RunningGateway {
  /** Base URL, e.g. `http://127.0.0.1:8080`. */
  url: string;
  port: number;
  close(): Promise<void>;
}

type Handler = (req: IncomingMessage, res: ServerResponse) => void;

function sendJson(res: ServerResponse, status: number, body: unknown, head = false): void {
  const text = `${JSON.stringify(body)}\n`;
  res.writeHead(status, {
    'content-type': 'application/json',
    'content-length': Buffer.byteLength(text),
    'access-control-allow-origin': '*',
  });
  res.end(head ? undefined : text);
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

function directoryHtml(urlPath: string, obj: Extract<IpfsObject, { type: 'directory' }>): string {
  const base = urlPath.endsWith('/') ? urlPath : `${urlPath}/`;
  const rows = obj.links
    .map((l) => {
      const href = escapeHtml(base + encodeURIComponent(l.name) + (l.type === 'directory' ? '/' : ''));
      const size = l.size === undefined ? '' : String(l.size);
      return `<tr><td><a href="${href}">${escapeHtml(l.name)}</a></td><td>${escapeHtml(l.cid)}</td><td>${size}</td></tr>`;
    })
    .join('\n');
  return `<!doctype html>
<html><head><meta charset="utf-8"><title>${escapeHtml(urlPath)}</title></head>
<body><h1>Index of ${escapeHtml(urlPath)}</h1><p>${escapeHtml(obj.cid)}</p>
<table><tr><th>name</th><th>cid</th><th>size</th></tr>
${rows}
</table></body></html>
`;
}

/** The request handler, usable on any node:http server. */
export function gatewayHandler(store: IpfsStore): Handler {
  return (req, res) => {
    handle(store, req, res).catch((e: unknown) => {
      if (!res.headersSent) sendJson(res, 500, { error: 'Internal', message: (e as Error).message });
      else res.destroy();
    });
  };
}

async function handle(store: IpfsStore, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const url = new URL(req.url ?? '/', 'http://gateway.invalid');
  const head = req.method === 'HEAD';
  if (req.method !== 'GET' && !head) {
    res.setHeader('allow', 'GET, HEAD');
    sendJson(
      res,
      405,
      { error: 'MethodNotAllowed', message: `${req.method} is not supported; use GET` },
      head,
    );
    return;
  }
  if (url.pathname === '/health') {
    sendJson(res, 200, { ok: true, store: store.kind }, head);
    return;
  }
  const match = /^\/ipfs\/([^/]+)(\/.*)?$/.exec(url.pathname);
  if (match === null) {
    sendJson(res, 404, { error: 'NotFound', message: 'only /ipfs/<cid>/<path> is served' }, head);
    return;
  }
  let cid: string;
  let segments: string[];
  try {
    cid = normalizeCid(decodeURIComponent(match[1]!));
    segments = (match[2] ?? '')
      .split('/')
      .filter((s) => s !== '')
      .map((s) => decodeURIComponent(s));
  } catch (e) {
    const message = e instanceof InvalidInputError ? e.message : 'malformed percent-encoding in the path';
    sendJson(res, 400, { error: 'InvalidInput', message }, head);
    return;
  }
  const path = segments.join('/');
  let obj: IpfsObject;
  try {
    obj = await store.get(cid, path);
  } catch (e) {
    if (e instanceof IpfsNotFoundError) {
      sendJson(res, 404, { error: e.name, message: e.message, cid, path }, head);
    } else if (e instanceof IpfsUnsupportedError) {
      sendJson(res, 501, { error: e.name, message: e.message, cid, path }, head);
    } else if (e instanceof IpfsApiError) {
      sendJson(res, 502, { error: e.name, message: e.message, cid, path }, head);
    } else if (e instanceof InvalidInputError) {
      sendJson(res, 422, { error: e.name, message: e.message, cid, path }, head);
    } else {
      throw e;
    }
    return;
  }
  const etag = `"${obj.cid}"`;
  const common = {
    etag,
    'x-ipfs-path': `/ipfs/${cid}${path ? `/${path}` : ''}`,
    'cache-control': 'public, max-age=29030400, immutable',
    'access-control-allow-origin': '*',
  };
  if (req.headers['if-none-match'] === etag) {
    res.writeHead(304, common);
    res.end();
    return;
  }
  if (obj.type === 'file') {
    res.writeHead(200, {
      ...common,
      'content-type': contentTypeFor(segments[segments.length - 1] ?? '', obj.content),
      'content-length': obj.content.length,
      'x-content-type-options': 'nosniff',
    });
    res.end(head ? undefined : obj.content);
    return;
  }
  const wantsJson =
    url.searchParams.get('format') === 'json' || !(req.headers.accept ?? '').includes('text/html');
  if (wantsJson) {
    res.setHeader('etag', etag);
    res.setHeader('x-ipfs-path', common['x-ipfs-path']);
    sendJson(res, 200, { type: 'directory', cid: obj.cid, path, links: obj.links }, head);
    return;
  }
  const html = directoryHtml(url.pathname, obj);
  res.writeHead(200, {
    ...common,
    'content-type': 'text/html; charset=utf-8',
    'content-length': Buffer.byteLength(html),
  });
  res.end(head ? undefined : html);
}

/** Starts the gateway on 127.0.0.1 (or `options.host`). */
export function startGateway(store: IpfsStore, options: GatewayOptions = {}): Promise<RunningGateway> {
  const host = options.host ?? '127.0.0.1';
  const server = createServer(gatewayHandler(store));
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, host, () => {
      server.off('error', reject);
      const { port } = server.address() as AddressInfo;
      const shownHost = host.includes(':') ? `[${host}]` : host;
      resolve({
        url: `http://${shownHost}:${port}`,
        port,
        close: () =>
          new Promise<void>((done, fail) => {
            server.close((err) => (err ? fail(err) : done()));
            server.closeAllConnections();
          }),
      });
    });
  });
}
