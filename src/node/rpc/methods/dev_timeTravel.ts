// spec: ARCHITECTURE §5 (deterministic clock; `dev_timeTravel` jumps)
import { z } from 'zod';
import { TimeTravelError } from '../../chain/clock.js';
import { invalidParams } from '../errors.js';
import { defineMethod } from '../method.js';

/** Milliseconds since the epoch, a decimal string of them, or a date string `Date.parse` reads. */
const timestamp = z.union([
  z.number().int().nonnegative(),
  z
    .string()
    .regex(/^[0-9]+$/)
    .transform(Number),
  z.string().transform((s, ctx) => {
    const ms = Date.parse(s);
    if (Number.isNaN(ms)) {
      ctx.addIssue({ code: 'custom', message: `invalid date ${JSON.stringify(s)}` });
      return z.NEVER;
    }
    return ms;
  }),
]);

/**
 * Sets the next block's timestamp (later blocks step on from there by the block time); returns it in ms. It must be
 * at least the best block's time plus `Timestamp.MinimumPeriod`. With time-driven phases the next block then moves
 * the ceremony phase if its time has come.
 *
 * @example
 * // → {"jsonrpc":"2.0","id":1,"method":"dev_timeTravel","params":["2030-01-01T00:00:00Z"]}
 * // ← {"jsonrpc":"2.0","id":1,"result":1893456000000}
 */
export const dev_timeTravel = defineMethod({
  name: 'dev_timeTravel',
  params: z.tuple([timestamp]),
  exampleParams: ['2030-01-01T00:00:00Z'],
  handler: (ctx, [ms]) => {
    try {
      ctx.node.chain.timeTravel(BigInt(ms));
    } catch (e) {
      if (e instanceof TimeTravelError) throw invalidParams(e.message);
      throw e;
    }
    return ms;
  },
});
