/**
 * Lazy demurrage of a balance entry up to block `now`.
 * spec: economy §2.4 (`apply_demurrage`)
 */
import { mulRaw } from '../fixed/fixed.js';
import { demurrageFactor } from './demurrageFactor.js';

/** A community-currency holding as of block `lastUpdate` (`principal` in U64F64 bits). */
export interface BalanceEntry {
  readonly principal: bigint;
  readonly lastUpdate: bigint;
}

const U32_MAX = 0xffff_ffffn;

/**
 * Returns the entry decayed to block `now` (rate in I64F64 bits): `(floor(principal·f), now)`.
 * An entry already at `now` comes back unchanged; a zero principal only moves `lastUpdate`.
 * @example applyDemurrage({ principal: 1n << 64n, lastUpdate: 0n }, DEFAULT_DEMURRAGE, 1n)
 * // { principal: 0xfffffe1c0f591ff8n, lastUpdate: 1n }
 */
export function applyDemurrage(entry: BalanceEntry, rate: bigint, now: bigint): BalanceEntry {
  if (entry.lastUpdate === now) return entry;
  if (entry.principal === 0n) return { principal: 0n, lastUpdate: now };
  // The reference logs and uses 0 when the clock went backwards ("never happens"); u32 clamp only bites u64 blocks.
  const raw = now < entry.lastUpdate ? 0n : now - entry.lastUpdate;
  const elapsed = raw > U32_MAX ? U32_MAX : raw;
  return { principal: mulRaw(entry.principal, demurrageFactor(rate, elapsed)), lastUpdate: now };
}
