// spec: ceremonies §5.1 (`PhaseDurations`), §5.5
import { enumType } from '../common/convert.js';
import type { CeremonyPhase, ReadOptions } from '../common/types.js';
import type { Connection } from '../connection/connect.js';

export type GetPhaseDurationsReturnType = Record<CeremonyPhase, bigint>;

/** `EncointerScheduler.PhaseDurations` of the three phases, in ms (missing entries are 0). */
export const getPhaseDurations = async (
  conn: Connection,
  { at = 'best' }: ReadOptions = {},
): Promise<GetPhaseDurationsReturnType> => {
  const entries = (await conn.api.query.EncointerScheduler.PhaseDurations.getEntries({ at })) as {
    keyArgs: [unknown];
    value: bigint;
  }[];
  const out: Record<CeremonyPhase, bigint> = { Registering: 0n, Assigning: 0n, Attesting: 0n };
  for (const e of entries) out[enumType<CeremonyPhase>(e.keyArgs[0])] = BigInt(e.value);
  return out;
};
