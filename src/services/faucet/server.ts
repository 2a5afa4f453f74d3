// spec: tooling §4.1 (port 5000), §4.2 (`GET /api?accounts=…`), ARCHITECTURE §6 (clean shutdown)
/**
 * The faucet's HTTP front end on `node:http`: `GET /api?accounts=ADDR1,ADDR2` (or repeated `accounts=`) funds
 * the accounts and answers JSON; `GET /health` describes the faucet. Binds 127.0.0.1 unless told otherwise.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { type ServiceLog, serviceJsonReplacer, silentLog } from '../serviceLog.js';
import { FaucetError } from './errors.js';
import type { NativeFaucet } from './nativeFaucet.js';

export const DEFAULT_FAUCET_HOST = '127.0.0.1';
export const DEFAULT_FAUCET_PORT = 5000;
/** Room for 1000 addresses of 48 characters in one query string (Node's default header limit is 16 KiB). */
const MAX_HEADER_BYTES = 128 * 1024;

export interface FaucetServerParameters {
  faucet: NativeFaucet;
  /** Default 127.0.0.1. */
  host?: string | undefined;
  /** Default 5000; 0 picks a free port. */
  port?: number | undefined;
  log?: ServiceLog | undefined;
}

export interface FaucetServer {
  /** `http://host:port`. */
  readonly url: string;
  readonly port: number;
  /** Stops accepting requests, lets running ones finish, then closes every connection. Idempotent. */
  close(): Promise<void>;
}

const send = (res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) => {
  const text = `${JSON.stringify(body, serviceJsonReplacer)}\n`;
  res.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'content-length': String(Buffer.byteLength(text)),
    ...headers,
  });
  res.end(text);
};

/** Starts listening; resolves once the port is bound. */
export const startFaucetServer = async (p: FaucetServerParameters): Promise<FaucetServer> => {
  const { faucet } = p;
  const log = p.log ?? silentLog;
  const host = p.host ?? DEFAULT_FAUCET_HOST;
  let closing = false;
  const running = new Set<Promise<void>>();

  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const started = Date.now();
    const url = new URL(req.url ?? '/', 'http://faucet');
    if (closing) {
      send(
        res,
        503,
        { success: false, error: 'ShuttingDown', message: 'the faucet is shutting down' },
        {
          connection: 'close',
        },
      );
      return;
    }
    if (url.pathname === '/health') {
      send(res, 200, {
        ok: true,
        funder: faucet.funder,
        amount: faucet.amount,
        perAccountCap: faucet.perAccountCap ?? null,
        maxAccounts: faucet.maxAccounts,
      });
      return;
    }
    if (url.pathname !== '/api') {
      send(res, 404, {
        success: false,
        error: 'NotFound',
        message: `no route ${url.pathname}; use GET /api`,
      });
      return;
    }
    if (req.method !== 'GET') {
      send(
        res,
        405,
        { success: false, error: 'MethodNotAllowed', message: `${req.method} /api: only GET is served` },
        { allow: 'GET' },
      );
      return;
    }
    const accounts = url.searchParams.getAll('accounts');
    try {
      const receipt = await faucet.fund(accounts);
      send(res, 200, receipt);
      log('request', `funded ${receipt.funded.length} account(s) in ${Date.now() - started} ms`, {
        status: 200,
        accounts: receipt.funded.length,
        ms: Date.now() - started,
      });
    } catch (e) {
      if (e instanceof FaucetError) {
        send(res, e.status, { success: false, error: e.code, message: e.message, ...e.body });
        log('request', `${e.status} ${e.code}: ${e.message}`, {
          status: e.status,
          error: e.code,
          message: e.message,
          ms: Date.now() - started,
        });
        return;
      }
      const message = e instanceof Error ? e.message : String(e);
      send(res, 500, { success: false, error: 'InternalError', message });
      log('request', `500 InternalError: ${message}`, { status: 500, error: 'InternalError', message });
    }
  };

  const server = createServer({ maxHeaderSize: MAX_HEADER_BYTES }, (req, res) => {
    const done = handle(req, res).catch((e: unknown) => {
      log('error', `request handler failed: ${(e as Error)?.message ?? e}`, {});
      if (!res.headersSent) send(res, 500, { success: false, error: 'InternalError' });
    });
    running.add(done);
    void done.finally(() => running.delete(done));
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(p.port ?? DEFAULT_FAUCET_PORT, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const port = (server.address() as AddressInfo).port;
  const shownHost = host.includes(':') ? `[${host}]` : host;
  let closed: Promise<void> | undefined;
  return {
    url: `http://${shownHost}:${port}`,
    port,
    close: () => {
      closed ??= (async () => {
        closing = true;
        const stopped = new Promise<void>((resolve) => server.close(() => resolve()));
        server.closeIdleConnections();
        await Promise.allSettled([...running]);
        await faucet.idle();
        server.closeAllConnections();
        await stopped;
      })();
      return closed;
    },
  };
};
