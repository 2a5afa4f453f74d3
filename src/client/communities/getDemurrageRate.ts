// spec: economy §2.3 (rate = DemurragePerBlock[cid] if the key exists, else DefaultDemurrage), §2.5 (client recipe)
import { fixedBits, toPapiCid } from '../common/convert.js';
import { resolveBlock } from '../common/resolveBlock.js';
import { storageExists } from '../common/storage.js';
import type { CidInput, ReadOptions } from '../common/types.js';
import type { Connection } from '../connection/connect.js';

export interface DemurrageRate {
  /** I64F64 bits of the per-block rate. */
  readonly bits: bigint;
  readonly source: 'community' | 'default';
}

export type GetDemurrageRateReturnType = DemurrageRate;

/**
 * The community's per-block demurrage. The key's existence decides, not its value: a ValueQuery read of a missing
 * key gives 0, which would wrongly mean "no demurrage" (economy §1.6, the encointer-js bug).
 */
export const getDemurrageRate = async (
  conn: Connection,
  { cid, at }: { cid: CidInput } & ReadOptions,
): Promise<GetDemurrageRateReturnType> => {
  const block = await resolveBlock(conn, at);
  const key = toPapiCid(cid);
  const entry = conn.api.query.EncointerBalances.DemurragePerBlock;
  if (await storageExists(conn, entry, [key], block.hash)) {
    return { bits: fixedBits(await entry.getValue(key, { at: block.hash })), source: 'community' };
  }
  return {
    bits: fixedBits(await conn.api.constants.EncointerBalances.DefaultDemurrage()),
    source: 'default',
  };
};
