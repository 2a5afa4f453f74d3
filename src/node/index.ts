/**
 * The dev node: chain core (blocks, pool, clock), SQLite storage and the JSON-RPC server. New RPC methods go in
 * `rpc/methods/<method_name>.ts` and are listed in `rpc/methods/index.ts`.
 */
export { BlockProducer, type BuildMode } from './chain/blockProducer.js';
export {
  BlockBuildError,
  type BlockRecord,
  Chain,
  type ChainEvents,
  type ChainOptions,
  type ImportedBlock,
  type NewBlockOptions,
  UnknownBlockError,
} from './chain/chain.js';
export { Clock, TimeTravelError } from './chain/clock.js';
export { PoolError, type PoolTransaction, TransactionPool, type TxEvent } from './chain/txPool.js';
export { DATABASE_FILE, type NodeOptions, type RunningNode, startNode } from './node.js';
export { RpcError } from './rpc/errors.js';
export { defineMethod, type NodeContext, type RpcContext, type RpcMethod } from './rpc/method.js';
export { ALL_METHODS } from './rpc/methods/index.js';
export { type RpcServer, startRpcServer } from './rpc/server.js';
export { ChainStore } from './storage/chainStore.js';
