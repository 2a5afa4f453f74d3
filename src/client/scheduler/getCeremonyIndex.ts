// spec: ceremonies §5.1 (`CurrentCeremonyIndex`), tooling §1.7.4 (`ceremony index`)
import type { ReadOptions } from '../common/types.js';
import type { Connection } from '../connection/connect.js';

export type GetCeremonyIndexReturnType = number;

/**
 * `EncointerScheduler.CurrentCeremonyIndex` (u32; the first ceremony is 1).
 * @example await getCeremonyIndex(conn) // 1
 */
export const getCeremonyIndex = async (
  conn: Connection,
  { at = 'best' }: ReadOptions = {},
): Promise<GetCeremonyIndexReturnType> =>
  Number(await conn.api.query.EncointerScheduler.CurrentCeremonyIndex.getValue({ at }));
