// spec: tooling §1.1 (`--at <0xHASH>`), economy §2.5 (demurrage needs the block number of the read)
import { InvalidInputError } from '../../primitives/common/errors.js';
import type { Connection } from '../connection/connect.js';
import type { BlockInfo, BlockRef, HexString } from './types.js';

const HASH = /^0x[0-9a-fA-F]{64}$/;

/**
 * Pins a block reference to one concrete block (hash and number), so that several reads see the same state.
 * `'best'` is the head of the best chain, `'finalized'` the last finalized block.
 */
export const resolveBlock = async (conn: Connection, at: BlockRef = 'best'): Promise<BlockInfo> => {
  if (at === 'best') {
    const [best] = await conn.client.getBestBlocks();
    if (best !== undefined) return { hash: best.hash as HexString, number: best.number };
    const f = await conn.client.getFinalizedBlock();
    return { hash: f.hash as HexString, number: f.number };
  }
  if (at === 'finalized') {
    const f = await conn.client.getFinalizedBlock();
    return { hash: f.hash as HexString, number: f.number };
  }
  if (!HASH.test(at))
    throw new InvalidInputError('--at', `'${at}' is not a 32-byte block hash (0x + 64 hex)`);
  try {
    const header = await conn.client.getBlockHeader(at);
    return { hash: at, number: header.number };
  } catch {
    // Not pinned by papi's follow subscription: ask the legacy API, which knows every stored block.
    const header = await conn.client._request<{ number: string } | null>('chain_getHeader', [at]);
    if (header === null) throw new InvalidInputError('--at', `block ${at} is unknown to the node`);
    return { hash: at, number: Number.parseInt(header.number, 16) };
  }
};
