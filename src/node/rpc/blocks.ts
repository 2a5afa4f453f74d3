/** Block and state lookups shared by the RPC methods. */
import { toHex } from '../../primitives/common/bytes.js';
import type { StateReader } from '../../runtime/framework/state.js';
import type { BlockRecord } from '../chain/chain.js';
import { unknownBlock } from './errors.js';
import type { RpcContext } from './method.js';

/** The block `at` names (best when undefined); a state error 4003 when it is not on the chain. */
export const blockAt = (ctx: RpcContext, at: string | undefined): BlockRecord => {
  const chain = ctx.node.chain;
  if (at === undefined) return chain.best;
  const block = chain.blockByHash(at);
  if (block === undefined) throw unknownBlock(at);
  return block;
};

/** The state after the block `at` names (best when undefined). */
export const stateAt = (ctx: RpcContext, at: string | undefined): StateReader =>
  ctx.node.chain.stateAt(blockAt(ctx, at));

/** A value as RPC hex, or null when absent. */
export const hexOrNull = (value: Uint8Array | null | undefined): string | null =>
  value === undefined || value === null ? null : toHex(value);
