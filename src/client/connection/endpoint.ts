// spec: tooling §1.1 (`-u/--node-url`, `-p/--node-port`), §12 item 2 (full endpoint URLs)
import { InvalidInputError } from '../../primitives/common/errors.js';

export const DEFAULT_NODE_URL = 'ws://127.0.0.1';
export const DEFAULT_NODE_PORT = 9944;

export interface EndpointParameters {
  /** Scheme and host (`ws://127.0.0.1`, `wss://host`); may carry a port and a path. Default `ws://127.0.0.1`. */
  nodeUrl?: string | undefined;
  /** Port; default 9944 for `ws://`, 443 for a `wss://` URL that names no port. */
  port?: number | string | undefined;
}

const parsePort = (value: number | string, field: string): number => {
  const text = String(value).trim();
  const n = /^\d+$/.test(text) ? Number(text) : Number.NaN;
  if (!Number.isInteger(n) || n < 1 || n > 65_535) {
    throw new InvalidInputError(field, `expected a port from 1 to 65535, got '${value}'`);
  }
  return n;
};

const SCHEMES: Readonly<Record<string, 'ws' | 'wss'>> = { ws: 'ws', wss: 'wss', http: 'ws', https: 'wss' };

/**
 * The WebSocket endpoint for `--node-url`/`--port`: `<scheme>://<host>:<port><path>`. A URL without a scheme is
 * taken as `ws://`; `http(s)` becomes `ws(s)`. A port in the URL wins when `port` is absent and must agree with it
 * otherwise. Throws InvalidInputError naming the flag at fault.
 * @example resolveEndpoint({}) // 'ws://127.0.0.1:9944'
 * @example resolveEndpoint({ nodeUrl: 'wss://kusama.api.encointer.org' }) // 'wss://kusama.api.encointer.org:443'
 */
export const resolveEndpoint = ({ nodeUrl, port }: EndpointParameters = {}): string => {
  const raw = (nodeUrl ?? DEFAULT_NODE_URL).trim();
  if (raw === '') throw new InvalidInputError('--node-url', 'must not be empty');
  const withScheme = /^[a-z][a-z0-9+.-]*:\/\//i.test(raw) ? raw : `ws://${raw}`;
  let url: URL;
  try {
    url = new URL(withScheme);
  } catch {
    throw new InvalidInputError('--node-url', `'${raw}' is not a URL such as ws://127.0.0.1 or wss://host`);
  }
  const scheme = SCHEMES[url.protocol.slice(0, -1).toLowerCase()];
  if (scheme === undefined) {
    throw new InvalidInputError('--node-url', `unsupported scheme '${url.protocol}': use ws:// or wss://`);
  }
  if (url.hostname === '') throw new InvalidInputError('--node-url', `'${raw}' names no host`);
  // `URL` drops a port equal to its scheme's default, so read the written port from the text itself.
  const written = /^[a-z][a-z0-9+.-]*:\/\/(?:[^@/?#]*@)?(?:\[[^\]]*\]|[^:/?#]*):(\d*)/i.exec(withScheme)?.[1];
  const urlPort = written !== undefined && written !== '' ? parsePort(written, '--node-url') : undefined;
  const flagPort = port === undefined ? undefined : parsePort(port, '--port');
  if (urlPort !== undefined && flagPort !== undefined && urlPort !== flagPort) {
    throw new InvalidInputError(
      '--port',
      `${flagPort} contradicts the port ${urlPort} in --node-url '${raw}'; give the port only once`,
    );
  }
  const effective = urlPort ?? flagPort ?? (scheme === 'wss' ? 443 : DEFAULT_NODE_PORT);
  const path = url.pathname === '/' ? '' : url.pathname;
  return `${scheme}://${url.hostname}:${effective}${path}${url.search}`;
};
