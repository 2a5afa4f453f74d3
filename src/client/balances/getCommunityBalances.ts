// spec: economy §2.2 (`Balance[cid][who]`), §2.5 (demurrage applied client-side)
import { applyDemurrage, type BalanceEntry } from '../../primitives/demurrage/applyDemurrage.js';
import { toCid, toPapiCid } from '../common/convert.js';
import { resolveBlock } from '../common/resolveBlock.js';
import type { Address, BlockInfo, CidInput, ReadOptions } from '../common/types.js';
import { getDemurrageRate } from '../communities/getDemurrageRate.js';
import type { Connection } from '../connection/connect.js';
import { fromPapiBalanceEntry } from './readBalanceEntry.js';

export interface CommunityBalances {
  readonly block: BlockInfo;
  /** Per-block demurrage, I64F64 bits. */
  readonly rate: bigint;
  /** Every holder with its stored entry and its balance decayed to the read block (U64F64 bits). */
  readonly holders: readonly { account: Address; entry: BalanceEntry; balance: bigint }[];
}

/**
 * Every balance of a community in one read (`EncointerBalances.Balance` entries under the cid), with demurrage
 * applied up to the read block, bit-exact with the runtime.
 */
export const getCommunityBalances = async (
  conn: Connection,
  p: { cid: CidInput } & ReadOptions,
): Promise<CommunityBalances> => {
  const block = await resolveBlock(conn, p.at);
  const cid = toCid(p.cid);
  const [entries, rate] = await Promise.all([
    conn.api.query.EncointerBalances.Balance.getEntries(toPapiCid(cid), { at: block.hash }) as Promise<
      { keyArgs: [unknown, Address]; value: unknown }[]
    >,
    getDemurrageRate(conn, { cid, at: block.hash }),
  ]);
  const now = BigInt(block.number);
  return {
    block,
    rate: rate.bits,
    holders: entries.map((e) => {
      const entry = fromPapiBalanceEntry(e.value);
      return { account: e.keyArgs[1], entry, balance: applyDemurrage(entry, rate.bits, now).principal };
    }),
  };
};
