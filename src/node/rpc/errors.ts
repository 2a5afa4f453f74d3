// spec: substrate-compat §2 (standard JSON-RPC errors), §3.3 (state 400x), §3.4 (author 10xx), §4.2 (chainHead -328xx)
import { EncointerError } from '../../primitives/common/errors.js';

/** A JSON-RPC error answer: `{ code, message, data? }`. Handlers throw it; the dispatcher sends it. */
export class RpcError extends EncointerError {
  constructor(
    readonly code: number,
    message: string,
    readonly data?: unknown,
  ) {
    super('RpcError', message);
  }
}

export const PARSE_ERROR = -32700;
export const INVALID_REQUEST = -32600;
export const METHOD_NOT_FOUND = -32601;
export const INVALID_PARAMS = -32602;
export const INTERNAL_ERROR = -32603;
/** Too many subscriptions on one connection (jsonrpsee's server-error range). */
export const TOO_MANY_SUBSCRIPTIONS = -32000;
/** `state_call` and `state_*` at a block the node cannot serve (`sc-rpc-api` state errors). */
export const STATE_CLIENT_ERROR = 4003;

/** papi's legacy fallback triggers on exactly this message (§1.2), so it is fixed. */
export const methodNotFound = (): RpcError => new RpcError(METHOD_NOT_FOUND, 'Method not found');

export const invalidParams = (detail: string): RpcError =>
  new RpcError(INVALID_PARAMS, `Invalid params: ${detail}`);

/** A state query at a block hash that is not on the chain. */
export const unknownBlock = (hash: string): RpcError =>
  new RpcError(STATE_CLIENT_ERROR, `Client error: UnknownBlock: header not found for ${hash}`);
