// spec: ceremonies §5.1 (`NextPhaseTimestamp`), §5.2
import type { ReadOptions } from '../common/types.js';
import type { Connection } from '../connection/connect.js';

export type GetNextPhaseTimestampReturnType = bigint;

/** `EncointerScheduler.NextPhaseTimestamp`: when the phase changes next, in ms since the epoch (u64). */
export const getNextPhaseTimestamp = async (
  conn: Connection,
  { at = 'best' }: ReadOptions = {},
): Promise<GetNextPhaseTimestampReturnType> =>
  BigInt(await conn.api.query.EncointerScheduler.NextPhaseTimestamp.getValue({ at }));
