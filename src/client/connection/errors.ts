// spec: tooling §1.1 (connection), ARCHITECTURE §3 item 7 (errors that explain)
import { EncointerError } from '../../primitives/common/errors.js';

/** Nothing answered at the endpoint, or it does not speak the Substrate JSON-RPC API. */
export class ConnectionError extends EncointerError {
  readonly endpoint: string;
  /** The socket error code where one is known (`ECONNREFUSED`, `ENOTFOUND`, …). */
  readonly code: string | undefined;

  constructor(endpoint: string, reason: string, code?: string) {
    super('ConnectionError', `cannot connect to ${endpoint}: ${reason}`, [
      'Is an Encointer node running there? Start a local one with `encointer node`,',
      'or point -u/--node-url and -p/--node-port at a running node (e.g. -u wss://host -p 443).',
    ]);
    this.endpoint = endpoint;
    this.code = code;
  }
}
