// spec: ceremonies §5.1 (`CurrentPhase`), tooling §1.7.4 (`ceremony phase`)
import { enumType } from '../common/convert.js';
import type { CeremonyPhase, ReadOptions } from '../common/types.js';
import type { Connection } from '../connection/connect.js';

export type GetCurrentPhaseReturnType = CeremonyPhase;

/**
 * `EncointerScheduler.CurrentPhase`.
 * @example await getCurrentPhase(conn) // 'Registering'
 */
export const getCurrentPhase = async (
  conn: Connection,
  { at = 'best' }: ReadOptions = {},
): Promise<GetCurrentPhaseReturnType> =>
  enumType<CeremonyPhase>(await conn.api.query.EncointerScheduler.CurrentPhase.getValue({ at }));
