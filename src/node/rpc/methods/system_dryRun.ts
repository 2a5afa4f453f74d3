// spec: substrate-compat §3.1 (system_dryRun: hex of SCALE ApplyExtrinsicResult), §7.4 (BlockBuilder_apply_extrinsic)
import { z } from 'zod';
import { toHex } from '../../../primitives/common/bytes.js';
import { blockAt } from '../blocks.js';
import { ensureExtrinsic, runtimeCall } from '../fees.js';
import { defineMethod } from '../method.js';
import { at, hexBytes } from '../params.js';

/**
 * Applies an extrinsic with `BlockBuilder_apply_extrinsic` on a scratch copy of a block's state (default: best) and
 * returns the SCALE `ApplyExtrinsicResult` as hex: `0x0000` = applied and dispatched, `0x0001…` = dispatch error,
 * `0x01…` = not valid (e.g. `0x010003` stale nonce, `0x010004` bad signature). Nothing is kept. Undecodable bytes
 * answer code 2, a runtime failure code 1.
 *
 * @example
 * // → {"jsonrpc":"2.0","id":1,"method":"system_dryRun","params":["0x4502840040…"]}
 * // ← {"jsonrpc":"2.0","id":1,"result":"0x0000"}
 */
export const system_dryRun = defineMethod({
  name: 'system_dryRun',
  aliases: ['system_dryRunAt'],
  params: z.tuple([hexBytes, at]),
  exampleParams: ['0x280403000b7093291f9401'],
  handler: (ctx, [xt, hash]) => {
    const block = blockAt(ctx, hash);
    ensureExtrinsic(ctx, xt, 'Unable to dry run extrinsic');
    return toHex(runtimeCall(ctx, block, 'BlockBuilder_apply_extrinsic', xt, 'Unable to dry run extrinsic.'));
  },
});
