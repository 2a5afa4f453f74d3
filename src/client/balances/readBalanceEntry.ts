// spec: economy §2.2 (`Balance`, `TotalIssuance`: `{ principal: U64F64, last_update }`)
import type { BalanceEntry } from '../../primitives/demurrage/applyDemurrage.js';
import { fixedBits } from '../common/convert.js';

/** papi's `BalanceEntry` value → the primitive type (principal bits, last update as bigint). */
export const fromPapiBalanceEntry = (v: unknown): BalanceEntry => {
  const e = v as { principal: unknown; last_update: number | bigint };
  return { principal: fixedBits(e.principal), lastUpdate: BigInt(e.last_update) };
};
