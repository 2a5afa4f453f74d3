// spec: ceremonies §7.2 (`ReputationLifetime`: ceremonies a reputation stays usable)
import type { ReadOptions } from '../common/types.js';
import type { Connection } from '../connection/connect.js';

/** `EncointerCeremonies.ReputationLifetime`. */
export const getReputationLifetime = async (
  conn: Connection,
  { at = 'best' }: ReadOptions = {},
): Promise<number> => Number(await conn.api.query.EncointerCeremonies.ReputationLifetime.getValue({ at }));
