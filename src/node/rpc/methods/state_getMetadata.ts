// spec: substrate-compat §3.3, §7.1 (V14 bytes with the `meta` magic, no length prefix)

import { z } from 'zod';
import { toHex } from '../../../primitives/common/bytes.js';
import { blockAt } from '../blocks.js';
import { defineMethod } from '../method.js';
import { at } from '../params.js';

/**
 * The runtime metadata V14 (what Substrate serves here; V15 comes through `state_call Metadata_metadata_at_version`).
 *
 * @example
 * // → {"jsonrpc":"2.0","id":1,"method":"state_getMetadata","params":[]}
 * // ← {"jsonrpc":"2.0","id":1,"result":"0x6d6574610e…"}
 */
export const state_getMetadata = defineMethod({
  name: 'state_getMetadata',
  params: z.tuple([at]),
  exampleParams: [],
  handler: (ctx, [hash]) => {
    blockAt(ctx, hash);
    return toHex(ctx.node.chain.runtime.metadataAt(14)!);
  },
});
