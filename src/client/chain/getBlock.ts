// spec: tooling §1.1 (`--at`)
import { resolveBlock } from '../common/resolveBlock.js';
import type { BlockInfo, ReadOptions } from '../common/types.js';
import type { Connection } from '../connection/connect.js';

export type GetBlockReturnType = BlockInfo;

/**
 * Hash and number of the best block (default), the finalized block, or a given block hash.
 * @example const { number } = await getBlock(conn); // best block number
 */
export const getBlock = (conn: Connection, { at }: ReadOptions = {}): Promise<GetBlockReturnType> =>
  resolveBlock(conn, at);
