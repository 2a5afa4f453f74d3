// spec: substrate-compat §4.2 (hex SCALE header; its blake2_256 is the hash; null for a dead subscription)
import { z } from 'zod';
import { followOf } from '../chainHead/lookup.js';
import { defineMethod } from '../method.js';
import { blockHash, subscriptionId } from '../params.js';

/**
 * The SCALE-encoded header of a pinned block (papi picks its hasher by hashing it).
 *
 * @example
 * // → {"jsonrpc":"2.0","id":2,"method":"chainHead_v1_header","params":["e3a9d2c10b4f5867","0x…"]}
 * // ← {"jsonrpc":"2.0","id":2,"result":"0x…"}
 */
export const chainHead_v1_header = defineMethod({
  name: 'chainHead_v1_header',
  subscription: true,
  params: z.tuple([subscriptionId, blockHash]),
  exampleParams: ['e3a9d2c10b4f5867', `0x${'00'.repeat(32)}`],
  handler: (ctx, [id, hash]) => followOf(ctx, id)?.header(hash) ?? null,
});
