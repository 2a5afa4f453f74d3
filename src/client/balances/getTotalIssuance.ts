// spec: economy §2.5 (`total_issuance(cid)`), tooling §1.7.3 (`community issuance`)
import { toCid, toPapiCid } from '../common/convert.js';
import { resolveBlock } from '../common/resolveBlock.js';
import type { CidInput, ReadOptions } from '../common/types.js';
import { getDemurrageRate } from '../communities/getDemurrageRate.js';
import type { Connection } from '../connection/connect.js';
import { fromPapiBalanceEntry } from './readBalanceEntry.js';
import { type DemurragedBalance, type DemurrageOptions, demurraged } from './types.js';

export type GetTotalIssuanceReturnType = DemurragedBalance;

/** The community's total issuance, decayed like a balance (`EncointerBalances.TotalIssuance`). */
export const getTotalIssuance = async (
  conn: Connection,
  p: { cid: CidInput } & ReadOptions & DemurrageOptions,
): Promise<GetTotalIssuanceReturnType> => {
  const block = await resolveBlock(conn, p.at);
  const cid = toCid(p.cid);
  const [raw, rate] = await Promise.all([
    conn.api.query.EncointerBalances.TotalIssuance.getValue(toPapiCid(cid), { at: block.hash }),
    getDemurrageRate(conn, { cid, at: block.hash }),
  ]);
  const entry = fromPapiBalanceEntry(raw);
  const blockNumber = BigInt(p.blockNumber ?? block.number);
  return demurraged(cid, entry, rate, block, blockNumber);
};
