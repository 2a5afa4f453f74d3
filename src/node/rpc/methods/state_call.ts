// spec: substrate-compat §3.3 (errors 4003 "Client error: …"), §7.4 (runtime APIs: SCALE in, SCALE out)

import { z } from 'zod';
import { toHex } from '../../../primitives/common/bytes.js';
import { blockAt } from '../blocks.js';
import { RpcError, STATE_CLIENT_ERROR } from '../errors.js';
import { defineMethod } from '../method.js';
import { at, hexBytes } from '../params.js';

/**
 * Calls a runtime API (`<Api>_<method>`) with SCALE-encoded arguments on the state of a block (default: best).
 * An unknown API or a failing call answers error 4003 `Client error: …`.
 *
 * @example
 * // → {"jsonrpc":"2.0","id":1,"method":"state_call","params":["Metadata_metadata_versions","0x"]}
 * // ← {"jsonrpc":"2.0","id":1,"result":"0x080e0000000f000000"}
 */
export const state_call = defineMethod({
  name: 'state_call',
  aliases: ['state_callAt'],
  params: z.tuple([z.string(), hexBytes.optional().transform((b) => b ?? new Uint8Array()), at]),
  exampleParams: ['Metadata_metadata_versions', '0x'],
  handler: (ctx, [method, input, hash]) => {
    const chain = ctx.node.chain;
    const block = blockAt(ctx, hash);
    try {
      return toHex(chain.call(method, input, block));
    } catch (e) {
      const message = e instanceof Error ? e.message : String(e);
      throw new RpcError(
        STATE_CLIENT_ERROR,
        message.startsWith('Client error:') ? message : `Client error: Execution failed: ${message}`,
      );
    }
  },
});
