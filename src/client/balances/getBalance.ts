// spec: economy §2.5 (`balance(cid, who)` = apply_demurrage(Balance[cid][who], rate(cid), now)), tooling §1.7.1
import { toAddress, toCid, toPapiCid } from '../common/convert.js';
import { resolveBlock } from '../common/resolveBlock.js';
import type { AccountInput, CidInput, ReadOptions } from '../common/types.js';
import { getDemurrageRate } from '../communities/getDemurrageRate.js';
import type { Connection } from '../connection/connect.js';
import { fromPapiBalanceEntry } from './readBalanceEntry.js';
import { type DemurragedBalance, type DemurrageOptions, demurraged } from './types.js';

export interface GetBalanceParameters extends ReadOptions, DemurrageOptions {
  cid: CidInput;
  account: AccountInput;
}

export type GetBalanceReturnType = DemurragedBalance;

/**
 * An account's community-currency balance with demurrage applied client-side, bit-exact with the runtime
 * (`src/primitives/demurrage`): the raw entry and the community's rate are read at one block, and the entry is
 * decayed to that block's number. A missing entry is 0.
 * @example
 * const { balance } = await getBalance(conn, { cid: 'sqm1v79KBZ3', account: alice.address });
 * formatFixed(U64F64, balance) // '0.99999…'
 */
export const getBalance = async (
  conn: Connection,
  p: GetBalanceParameters,
): Promise<GetBalanceReturnType> => {
  const block = await resolveBlock(conn, p.at);
  const cid = toCid(p.cid);
  const [raw, rate] = await Promise.all([
    conn.api.query.EncointerBalances.Balance.getValue(toPapiCid(cid), toAddress(p.account), {
      at: block.hash,
    }),
    getDemurrageRate(conn, { cid, at: block.hash }),
  ]);
  const entry = fromPapiBalanceEntry(raw);
  const blockNumber = BigInt(p.blockNumber ?? block.number);
  return demurraged(cid, entry, rate, block, blockNumber);
};
