// spec: economy §2.2 (BalanceEntry), §2.4–§2.5 (demurrage applied client-side)
import type { CommunityIdentifier } from '../../primitives/cid/communityIdentifier.js';
import { applyDemurrage, type BalanceEntry } from '../../primitives/demurrage/applyDemurrage.js';
import type { BlockInfo } from '../common/types.js';
import type { DemurrageRate } from '../communities/getDemurrageRate.js';

/** A community-currency amount with the data it was computed from. */
export interface DemurragedBalance {
  readonly cid: CommunityIdentifier;
  /** U64F64 bits after demurrage up to `blockNumber`. */
  readonly balance: bigint;
  /** The stored entry (principal as of `lastUpdate`). */
  readonly entry: BalanceEntry;
  readonly rate: DemurrageRate;
  /** The block whose state was read. */
  readonly block: BlockInfo;
  /** The block number demurrage was applied up to (default: the read block's number). */
  readonly blockNumber: bigint;
}

export interface DemurrageOptions {
  /**
   * Apply demurrage up to this block number instead of the read block's own number; use `number + 1` for what
   * a transaction in the next block will see (economy §2.5).
   */
  blockNumber?: bigint | number | undefined;
}

/** Decays a stored entry to `blockNumber` with the community's rate (the runtime's lazy demurrage, §2.4). */
export const demurraged = (
  cid: CommunityIdentifier,
  entry: BalanceEntry,
  rate: DemurrageRate,
  block: BlockInfo,
  blockNumber: bigint,
): DemurragedBalance => ({
  cid,
  balance: applyDemurrage(entry, rate.bits, blockNumber).principal,
  entry,
  rate,
  block,
  blockNumber,
});
