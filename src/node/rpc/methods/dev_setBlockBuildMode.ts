// spec: ARCHITECTURE §5 (block production modes: instant, interval, manual)
import { z } from 'zod';
import type { BuildMode } from '../../chain/blockProducer.js';
import { defineMethod } from '../method.js';

/**
 * Switches how blocks are produced: `"instant"` (a block per batch of ready transactions; chopsticks' `"Batch"` means
 * the same here), `"interval"` (a block every `intervalMs`, default the block time) or `"manual"` (only
 * `dev_newBlock`). Names are case-insensitive.
 *
 * @example
 * // → {"jsonrpc":"2.0","id":1,"method":"dev_setBlockBuildMode","params":["manual"]}
 * // ← {"jsonrpc":"2.0","id":1,"result":null}
 */
export const dev_setBlockBuildMode = defineMethod({
  name: 'dev_setBlockBuildMode',
  params: z.tuple([
    z
      .string()
      .transform((s) => s.toLowerCase())
      .pipe(z.enum(['instant', 'batch', 'interval', 'manual'])),
    z.number().int().positive().max(86_400_000).optional(),
  ]),
  exampleParams: ['manual'],
  handler: (ctx, [mode, intervalMs]) => {
    const { chain, producer } = ctx.node;
    const next: BuildMode =
      mode === 'interval'
        ? { kind: 'interval', intervalMs: intervalMs ?? Number(chain.clock.stepMs) }
        : { kind: mode === 'manual' ? 'manual' : 'instant' };
    producer.setMode(next);
    return null;
  },
});
