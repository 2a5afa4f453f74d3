/**
 * How an RPC method is declared: one file per method under `methods/`, named exactly like the method, exporting
 * one `defineMethod(...)` with its parameter tuple (zod) and a JSDoc example. `methods/index.ts` lists them all.
 */
import type { z } from 'zod';
import type { BlockProducer } from '../chain/blockProducer.js';
import type { Chain } from '../chain/chain.js';
import type { Connection } from './connection.js';

/** What `system_*` and `chainSpec_v1_*` report about this node. */
export interface NodeInfo {
  readonly chainName: string;
  readonly nodeName: string;
  readonly nodeVersion: string;
  readonly chainType: 'Development' | 'Local' | 'Live';
  readonly properties: {
    readonly ss58Format: number;
    readonly tokenDecimals: number;
    readonly tokenSymbol: string;
  };
  readonly peerId: string;
}

/** The node as the RPC methods see it. */
export interface NodeContext {
  readonly chain: Chain;
  readonly producer: BlockProducer;
  readonly info: NodeInfo;
}

export interface RpcContext {
  readonly node: NodeContext;
  readonly connection: Connection;
  /** Every method name the server answers (canonical names and aliases), sorted. */
  readonly methodNames: readonly string[];
  /** Runs `fn` right after this request's reply is sent (operation events must follow their `started` reply). */
  afterReply(fn: () => void): void;
}

export interface RpcMethod {
  readonly name: string;
  readonly aliases: readonly string[];
  /** Needs a connection that can push notifications (WebSocket, not HTTP). */
  readonly subscription: boolean;
  readonly params: z.ZodType<unknown[]>;
  /** Parameters of the documented example: a test checks they satisfy `params`. */
  readonly exampleParams: readonly unknown[];
  readonly handler: (ctx: RpcContext, params: unknown[]) => unknown;
}

export interface MethodSpec<S extends z.ZodType<unknown[]>> {
  readonly name: string;
  readonly aliases?: readonly string[];
  readonly subscription?: boolean;
  readonly params: S;
  readonly exampleParams: z.input<S>;
  readonly handler: (ctx: RpcContext, params: z.output<S>) => unknown;
}

/** Declares a method; `handler` receives the parsed parameter tuple. */
export const defineMethod = <S extends z.ZodType<unknown[]>>(spec: MethodSpec<S>): RpcMethod => ({
  name: spec.name,
  aliases: spec.aliases ?? [],
  subscription: spec.subscription ?? false,
  params: spec.params,
  exampleParams: spec.exampleParams as readonly unknown[],
  handler: spec.handler as RpcMethod['handler'],
});
