// spec: economy §2.5 (encointer_getAllBalances: raw, non-demurraged entries), §2.2 (BalanceEntry JSON), §1.2
import { z } from 'zod';
import { getAllBalances } from '../../../runtime/pallets/communities/runtimeApi.js';
import { stateAt } from '../blocks.js';
import { accountParam, balanceEntryJson, cidJson } from '../encointerJson.js';
import { defineMethod } from '../method.js';
import { at } from '../params.js';

/**
 * The account's community-currency balance entries, `[cid, {principal, lastUpdate}]`, for every registered
 * community where it has one, at a block (default: best). The entries are raw: clients apply demurrage themselves
 * (economy §2.4) with the community's rate and the block number of interest.
 *
 * @example
 * // → {"jsonrpc":"2.0","id":1,"method":"encointer_getAllBalances","params":["5GrwvaEF5zXb26Fz9rcQpDWS57CtERHpNehXCPcNoHGKutQY"]}
 * // ← {"jsonrpc":"2.0","id":1,"result":[[{"geohash":"0x7330307477","digest":"0xf08c911c"},{"principal":"12.5","lastUpdate":3}]]}
 */
export const encointer_getAllBalances = defineMethod({
  name: 'encointer_getAllBalances',
  params: z.tuple([accountParam, at]),
  exampleParams: ['5GrwvaEF5zXb26Fz9rcQpDWS57CtERHpNehXCPcNoHGKutQY'],
  handler: (ctx, [account, hash]) =>
    getAllBalances(stateAt(ctx, hash), account).map(([cid, entry]) => [
      cidJson(cid),
      balanceEntryJson(entry),
    ]),
});
