// spec: substrate-compat §3.4 (rejections are JSON-RPC errors on the request; TransactionStatus JSON)
import { toHex } from '../../primitives/common/bytes.js';
import { PoolError, type TxEvent } from '../chain/txPool.js';
import { RpcError } from './errors.js';

/** A pool rejection as the author RPC answers it (code, message and data as Substrate's). */
export const poolRpcError = (e: unknown): unknown =>
  e instanceof PoolError ? new RpcError(e.code, e.message, e.data) : e;

/** A `TransactionStatus` as serde serializes it: unit variants as bare strings, others as one-key objects. */
export const transactionStatusJson = (event: TxEvent): unknown => {
  switch (event.type) {
    case 'future':
    case 'ready':
    case 'invalid':
    case 'dropped':
      return event.type;
    case 'inBlock':
      return { inBlock: toHex(event.block) };
    case 'finalized':
      return { finalized: toHex(event.block) };
    case 'usurped':
      return { usurped: toHex(event.by) };
  }
};
