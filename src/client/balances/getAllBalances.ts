// spec: economy §2.5 (`get_all_balances` returns raw entries; clients apply demurrage), tooling §1.7.1 (`balance --all`)
import { fromPapiCid, toAddress } from '../common/convert.js';
import { resolveBlock } from '../common/resolveBlock.js';
import type { AccountInput, ReadOptions } from '../common/types.js';
import { getDemurrageRate } from '../communities/getDemurrageRate.js';
import type { Connection } from '../connection/connect.js';
import { fromPapiBalanceEntry } from './readBalanceEntry.js';
import { type DemurragedBalance, type DemurrageOptions, demurraged } from './types.js';

export type GetAllBalancesReturnType = DemurragedBalance[];

/**
 * The account's balance in every community where it has an entry (`CommunitiesApi_get_all_balances`, raw
 * entries), each decayed with its community's rate to the read block.
 */
export const getAllBalances = async (
  conn: Connection,
  p: { account: AccountInput } & ReadOptions & DemurrageOptions,
): Promise<GetAllBalancesReturnType> => {
  const block = await resolveBlock(conn, p.at);
  const rows = (await conn.api.apis.CommunitiesApi.get_all_balances(toAddress(p.account), {
    at: block.hash,
  })) as [unknown, unknown][];
  const blockNumber = BigInt(p.blockNumber ?? block.number);
  return Promise.all(
    rows.map(async ([rawCid, rawEntry]) => {
      const cid = fromPapiCid(rawCid);
      const entry = fromPapiBalanceEntry(rawEntry);
      const rate = await getDemurrageRate(conn, { cid, at: block.hash });
      return demurraged(cid, entry, rate, block, blockNumber);
    }),
  );
};
