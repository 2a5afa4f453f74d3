// spec: substrate-compat §2 (WebSocket and HTTP on one port, JSON-RPC 2.0 text frames)
/**
 * The JSON-RPC server: HTTP POST and WebSocket on one port (`node:http` + `ws`). HTTP answers single requests and
 * batches without subscriptions; WebSocket connections also get subscriptions. `GET /health` answers like
 * Substrate's health endpoint.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Connection } from './connection.js';
import { RpcDispatcher } from './dispatcher.js';
import type { NodeContext, RpcMethod } from './method.js';
import { createWsServer, WS_OPEN, type WsServer, type WsSocket } from './ws.js';

export interface RpcServerOptions {
  readonly methods: readonly RpcMethod[];
  readonly node: NodeContext;
  /** Interface to bind: 127.0.0.1 unless the node runs with `--rpc-external` (0.0.0.0). */
  readonly host: string;
  /** 0 picks a free port. */
  readonly port: number;
  /** Largest request accepted, in bytes (default 15 MiB, Substrate's limit). */
  readonly maxRequestBytes?: number;
  readonly logError?: (message: string) => void;
}

export interface RpcServer {
  readonly port: number;
  readonly host: string;
  /** `ws://host:port`. */
  readonly url: string;
  readonly dispatcher: RpcDispatcher;
  /** How many WebSocket connections are open. */
  readonly connections: () => number;
  close(): Promise<void>;
}

const DEFAULT_MAX_REQUEST = 15 * 1024 * 1024;
/** A client that reads slower than this much queued output is disconnected, to keep the node's memory bounded. */
const MAX_BUFFERED_OUTPUT = 64 * 1024 * 1024;

/** Starts the server; resolves once it listens. */
export const startRpcServer = async (options: RpcServerOptions): Promise<RpcServer> => {
  const logError = options.logError ?? (() => {});
  const dispatcher = new RpcDispatcher(options.methods, options.node, logError);
  const maxRequest = options.maxRequestBytes ?? DEFAULT_MAX_REQUEST;
  const http = createServer((req, res) => {
    if (closing) {
      res.writeHead(503, CORS).end('The node is shutting down.');
      return;
    }
    track(
      handleHttp(req, res, dispatcher, maxRequest).catch((e) => {
        logError(`HTTP request failed: ${e instanceof Error ? e.message : String(e)}`);
        if (!res.headersSent) res.writeHead(500).end();
      }),
    );
  });
  const wss = createWsServer(http, maxRequest);
  const open = new Set<{ socket: WsSocket; connection: Connection }>();
  // Requests being answered: closing lets them finish (bounded) before the chain under them closes.
  const inFlight = new Set<Promise<unknown>>();
  let closing = false;
  const track = (p: Promise<unknown>): void => {
    inFlight.add(p);
    void p.finally(() => inFlight.delete(p));
  };
  wss.on('error', (e) => logError(`WebSocket server error: ${e.message}`));
  wss.on('connection', (socket) => {
    const connection = new Connection((text) => {
      if (socket.readyState !== WS_OPEN) return;
      if (socket.bufferedAmount > MAX_BUFFERED_OUTPUT) {
        socket.terminate();
        return;
      }
      socket.send(text);
    }, true);
    const entry = { socket, connection };
    open.add(entry);
    socket.on('message', (data, isBinary) => {
      const text = isBinary ? undefined : toText(data);
      if (text === undefined || closing) return;
      track(dispatcher.handleText(connection, text).catch((e) => logError(`RPC frame failed: ${String(e)}`)));
    });
    socket.on('error', () => {});
    socket.on('close', () => {
      open.delete(entry);
      connection.close();
    });
  });

  await listen(http, options.port, options.host);
  const address = http.address() as AddressInfo;
  const urlHost = options.host === '0.0.0.0' ? '127.0.0.1' : options.host;
  return {
    port: address.port,
    host: options.host,
    url: `ws://${urlHost}:${address.port}`,
    dispatcher,
    connections: () => open.size,
    close: async () => {
      closing = true;
      await settled(inFlight, CLOSE_GRACE_MS);
      await closeAll(http, wss, open);
    },
  };
};

/** How long closing waits for requests already being answered. */
const CLOSE_GRACE_MS = 2_000;

/** Resolves when every promise in `pending` has settled, or after `ms`. */
const settled = async (pending: Set<Promise<unknown>>, ms: number): Promise<void> => {
  if (pending.size === 0) return;
  let timer: NodeJS.Timeout | undefined;
  await Promise.race([
    Promise.allSettled([...pending]),
    new Promise<void>((resolve) => {
      timer = setTimeout(resolve, ms);
    }),
  ]);
  clearTimeout(timer);
};

const listen = (server: Server, port: number, host: string): Promise<void> =>
  new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve();
    });
  });

const closeAll = async (
  http: Server,
  wss: WsServer,
  open: Set<{ socket: WsSocket; connection: Connection }>,
): Promise<void> => {
  for (const { socket, connection } of open) {
    connection.close();
    socket.terminate();
  }
  open.clear();
  await new Promise<void>((resolve) => wss.close(() => resolve()));
  http.closeAllConnections();
  await new Promise<void>((resolve) => http.close(() => resolve()));
};

const toText = (data: Buffer | ArrayBuffer | Buffer[]): string => {
  if (Array.isArray(data)) return Buffer.concat(data).toString('utf8');
  if (data instanceof ArrayBuffer) return Buffer.from(data).toString('utf8');
  return data.toString('utf8');
};

const CORS = {
  'Access-Control-Allow-Origin': '*',
  'Access-Control-Allow-Methods': 'POST, GET, OPTIONS',
  'Access-Control-Allow-Headers': 'Content-Type',
};

const handleHttp = async (
  req: IncomingMessage,
  res: ServerResponse,
  dispatcher: RpcDispatcher,
  maxRequest: number,
): Promise<void> => {
  if (req.method === 'OPTIONS') {
    res.writeHead(204, CORS).end();
    return;
  }
  if (req.method === 'GET' && (req.url === '/health' || req.url?.startsWith('/health?'))) {
    res.writeHead(200, { ...CORS, 'Content-Type': 'application/json' });
    res.end(JSON.stringify({ peers: 0, isSyncing: false, shouldHavePeers: false }));
    return;
  }
  if (req.method !== 'POST') {
    res
      .writeHead(405, { ...CORS, Allow: 'POST, GET, OPTIONS' })
      .end('Use POST with a JSON-RPC request body.');
    return;
  }
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > maxRequest) {
      res.writeHead(413, CORS).end('Request too large');
      req.destroy();
      return;
    }
    chunks.push(chunk as Buffer);
  }
  const replies: string[] = [];
  const connection = new Connection((text) => replies.push(text), false);
  await dispatcher.handleText(connection, Buffer.concat(chunks).toString('utf8'));
  connection.close();
  res.writeHead(200, { ...CORS, 'Content-Type': 'application/json; charset=utf-8' });
  res.end(replies[0] ?? '');
};
