// spec: ceremonies §7.2 (`ReputationCount`, `GlobalReputationCount`), §7.16
import { toPapiCid } from '../common/convert.js';
import type { CidInput, ReadOptions } from '../common/types.js';
import type { Connection } from '../connection/connect.js';

export interface ReputationCount {
  /** Rewarded attendances in the community ceremony. */
  readonly community: bigint;
  /** Rewarded attendances in that ceremony over all communities. */
  readonly global: bigint;
}

/** How many attendances were rewarded at a ceremony index (community and global counts). */
export const getReputationCount = async (
  conn: Connection,
  p: { cid: CidInput; cindex: number } & ReadOptions,
): Promise<ReputationCount> => {
  const at = p.at ?? 'best';
  const q = conn.api.query.EncointerCeremonies;
  const [community, global] = await Promise.all([
    q.ReputationCount.getValue([toPapiCid(p.cid), p.cindex], { at }),
    q.GlobalReputationCount.getValue(p.cindex, { at }),
  ]);
  return { community: BigInt(community), global: BigInt(global) };
};
