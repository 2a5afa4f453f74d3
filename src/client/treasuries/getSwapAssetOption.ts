// spec: economy §7 (`SwapAssetOptions(cid, account)`), tooling §1.7.3 (`treasury swap-option get-asset`)
import { optional, toAddress, toPapiCid } from '../common/convert.js';
import type { AccountInput, CidInput, ReadOptions } from '../common/types.js';
import type { Connection } from '../connection/connect.js';
import { fromPapiSwapAssetOption, type SwapAssetOption } from './swapOptions.js';

/** The account's asset swap option in a community, or undefined. */
export const getSwapAssetOption = async (
  conn: Connection,
  { cid, account, at = 'best' }: { cid: CidInput; account: AccountInput } & ReadOptions,
): Promise<SwapAssetOption | undefined> =>
  optional(
    await conn.api.query.EncointerTreasuries.SwapAssetOptions.getValue(toPapiCid(cid), toAddress(account), {
      at,
    }),
    fromPapiSwapAssetOption,
  );
