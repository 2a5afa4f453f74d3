// spec: ARCHITECTURE §5 (dev node: chain core, SQLite, JSON-RPC on port 9944)
/**
 * Assembles a dev node: runtime preset → chain (SQLite store, pool, clock) → block producer → RPC server.
 * The CLI's `encointer node` and the end-to-end tests start here.
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { createEncointerRuntime } from '../runtime/encointerRuntime.js';
import type { PresetName } from '../runtime/presets.js';
import { BlockProducer, type BuildMode } from './chain/blockProducer.js';
import { Chain } from './chain/chain.js';
import type { NodeInfo } from './rpc/method.js';
import { ALL_METHODS } from './rpc/methods/index.js';
import { type RpcServer, startRpcServer } from './rpc/server.js';
import { ChainStore } from './storage/chainStore.js';
import { VerifierPool } from './verify/verifierPool.js';

export const NODE_NAME = 'encointer-ts';
export const NODE_VERSION = '0.1.0';
/** The database file inside the base path. */
export const DATABASE_FILE = 'chain.sqlite';

export interface NodeLogger {
  info(message: string): void;
  error(message: string): void;
}

export interface NodeOptions {
  readonly genesis: PresetName;
  /** Directory of the database; undefined keeps the chain in memory (nothing survives the process). */
  readonly basePath: string | undefined;
  readonly rpcPort: number;
  /** Bind 0.0.0.0 instead of 127.0.0.1. */
  readonly rpcExternal?: boolean;
  readonly buildMode: BuildMode;
  /** How far timestamps advance per block (default: the preset's block time). */
  readonly blockTimeMs?: bigint;
  /** The first block's timestamp (default: the wall clock). */
  readonly startTime?: bigint;
  readonly logger?: NodeLogger;
  /** Signature verification worker threads (default: one per core; 0 verifies on the main thread). */
  readonly verifyWorkers?: number;
}

export interface RunningNode {
  readonly chain: Chain;
  readonly producer: BlockProducer;
  readonly server: RpcServer;
  readonly info: NodeInfo;
  /** How many threads verify signatures (0: the main thread does). */
  readonly verifyWorkers: number;
  /** Stops producing, closes the RPC server and the database (the last committed block stays). */
  close(): Promise<void>;
}

const silent: NodeLogger = { info: () => {}, error: () => {} };

/** What `system_*` reports for a preset. */
export const nodeInfoFor = (chain: Chain): NodeInfo => {
  const preset = chain.runtime.preset.name;
  const system = chain.runtime.runtime.pallets.find((p) => p.name === 'System');
  const ss58 = system?.constants?.SS58Prefix?.value;
  return {
    chainName: preset === 'dev' ? 'Encointer Dev' : 'Encointer Local (production-like)',
    nodeName: NODE_NAME,
    nodeVersion: NODE_VERSION,
    chainType: preset === 'dev' ? 'Development' : 'Local',
    properties: { ss58Format: typeof ss58 === 'number' ? ss58 : 42, tokenDecimals: 12, tokenSymbol: 'ERT' },
    peerId: '12D3KooWEncointerTsDevNode1111111111111111111111',
  };
};

/**
 * Starts a node.
 *
 * @example
 * const node = await startNode({ genesis: 'dev', basePath: undefined, rpcPort: 0, buildMode: { kind: 'instant' } });
 * console.log(node.server.url); // ws://127.0.0.1:41234
 * await node.close();
 */
export const startNode = async (options: NodeOptions): Promise<RunningNode> => {
  const log = options.logger ?? silent;
  let file = ':memory:';
  if (options.basePath !== undefined) {
    mkdirSync(options.basePath, { recursive: true });
    file = path.join(options.basePath, DATABASE_FILE);
  }
  const store = ChainStore.open(file);
  const verifier =
    options.verifyWorkers === 0
      ? undefined
      : new VerifierPool(options.verifyWorkers === undefined ? {} : { size: options.verifyWorkers });
  let chain: Chain;
  try {
    chain = Chain.open({
      runtime: createEncointerRuntime(options.genesis),
      store,
      ...(options.blockTimeMs === undefined ? {} : { blockTimeMs: options.blockTimeMs }),
      ...(options.startTime === undefined ? {} : { startTime: () => options.startTime! }),
      ...(verifier === undefined ? {} : { signatureVerifier: verifier }),
    });
  } catch (e) {
    store.close();
    await verifier?.close();
    throw e;
  }
  chain.events.onListenerError = (e) =>
    log.error(`listener failed: ${e instanceof Error ? e.stack : String(e)}`);
  const producer = new BlockProducer(chain, options.buildMode, log);
  const info = nodeInfoFor(chain);
  let server: RpcServer;
  try {
    server = await startRpcServer({
      methods: ALL_METHODS,
      node: { chain, producer, info },
      host: options.rpcExternal === true ? '0.0.0.0' : '127.0.0.1',
      port: options.rpcPort,
      logError: (m) => log.error(m),
    });
  } catch (e) {
    chain.close();
    await verifier?.close();
    throw e;
  }
  producer.start();
  let closed = false;
  return {
    chain,
    producer,
    server,
    info,
    verifyWorkers: verifier?.size ?? 0,
    close: async () => {
      if (closed) return;
      closed = true;
      producer.stop();
      await server.close();
      chain.close();
      await verifier?.close();
    },
  };
};
