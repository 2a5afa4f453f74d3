// spec: tooling §1.1 (connection), §12 item 1 (one library); substrate-compat §1.2 (papi over chainHead_v1)
import { createClient, type PolkadotClient } from 'polkadot-api';
import { getWsProvider, type StatusChange } from 'polkadot-api/ws';
import type { UnsafeApi } from '../common/unsafeApi.js';
import { type EndpointParameters, resolveEndpoint } from './endpoint.js';
import { ConnectionError } from './errors.js';
import { loadWebSocketClass, type WebSocketClass } from './webSocketClass.js';

/** A live connection: papi's client, its dynamic API built from the chain's own metadata, and a per-connection cache. */
export interface Connection {
  /** The WebSocket endpoint, e.g. `ws://127.0.0.1:9944`. */
  readonly endpoint: string;
  readonly client: PolkadotClient;
  /** papi's dynamic API (no generated descriptors): `api.query.Pallet.Item`, `api.tx.Pallet.call`, `api.apis.Api.fn`. */
  readonly api: UnsafeApi;
  /** Memoised per-connection lookups (decoded metadata, RPC availability); helpers own their keys. */
  readonly cache: Map<string, Promise<unknown>>;
  /** Closes the socket and stops following the chain. Idempotent. */
  disconnect(): void;
}

export interface ConnectParameters extends EndpointParameters {
  /** A full endpoint; wins over `nodeUrl`/`port`. */
  endpoint?: string | undefined;
  /** How long to wait for the socket and the first finalized block; default 10 000 ms. */
  timeoutMs?: number | undefined;
}

const SOCKET_ERRORS: Readonly<Record<string, string>> = {
  ECONNREFUSED: 'connection refused (nothing listens on that port)',
  ENOTFOUND: 'host not found',
  EAI_AGAIN: 'host name lookup failed',
  ECONNRESET: 'connection reset by the server',
  ETIMEDOUT: 'connection timed out',
  EHOSTUNREACH: 'host unreachable',
};

/** Wraps the socket class to remember the last low-level error, which papi's status events do not carry. */
const recordingSocket = (Base: WebSocketClass, sink: { error?: { code?: string; message?: string } }) =>
  class extends Base {
    constructor(url: string | URL, protocols?: string | string[]) {
      super(url, protocols);
      this.addEventListener('error', (event: Event) => {
        const e = (event as unknown as { error?: { code?: string; message?: string }; message?: string })
          .error;
        sink.error = e ?? { message: (event as unknown as { message?: string }).message ?? 'socket error' };
      });
    }
  } as WebSocketClass;

/**
 * Connects to a node with polkadot-api (`createClient(getWsProvider(url))`) and waits until the chain is followed.
 * Throws ConnectionError with the socket's reason when nothing answers (papi itself would retry forever).
 * @example
 * const conn = await connect({ nodeUrl: 'ws://127.0.0.1', port: 9944 });
 * try { … } finally { conn.disconnect(); }
 */
export const connect = async (parameters: ConnectParameters | string = {}): Promise<Connection> => {
  const p = typeof parameters === 'string' ? { endpoint: parameters } : parameters;
  const endpoint = p.endpoint ?? resolveEndpoint(p);
  const timeoutMs = p.timeoutMs ?? 10_000;
  const sink: { error?: { code?: string; message?: string } } = {};
  const Socket = recordingSocket(await loadWebSocketClass(), sink);

  let settle: ((failure: ConnectionError | undefined) => void) | undefined;
  const firstStatus = new Promise<ConnectionError | undefined>((resolve) => {
    settle = resolve;
  });
  const onStatusChanged = (status: StatusChange) => {
    if (settle === undefined) return;
    if (status.type === 'CONNECTED') {
      settle(undefined);
      settle = undefined;
    } else if (status.type === 'ERROR' || status.type === 'CLOSE') {
      const code = sink.error?.code;
      const reason =
        (code !== undefined ? SOCKET_ERRORS[code] : undefined) ?? sink.error?.message ?? 'socket closed';
      settle(new ConnectionError(endpoint, code !== undefined ? `${reason} (${code})` : reason, code));
      settle = undefined;
    }
  };
  const client = createClient(getWsProvider(endpoint, { websocketClass: Socket, onStatusChanged }));
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<ConnectionError>((resolve) => {
    timer = setTimeout(
      () => resolve(new ConnectionError(endpoint, `no answer within ${timeoutMs} ms`, 'TIMEOUT')),
      timeoutMs,
    );
  });
  try {
    const failure = await Promise.race([firstStatus, timeout]);
    if (failure !== undefined) throw failure;
    // The socket is open; make sure a Substrate node follows the chain behind it.
    const followed = await Promise.race([client.getFinalizedBlock().then(() => undefined), timeout]);
    if (followed !== undefined) throw followed;
  } catch (e) {
    client.destroy();
    throw e instanceof ConnectionError ? e : new ConnectionError(endpoint, (e as Error).message);
  } finally {
    clearTimeout(timer);
  }
  let open = true;
  return {
    endpoint,
    client,
    api: client.getUnsafeApi(),
    cache: new Map(),
    disconnect: () => {
      if (!open) return;
      open = false;
      client.destroy();
    },
  };
};
