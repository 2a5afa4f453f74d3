// spec: economy §7 (`SwapNativeOptions(cid, account)`), tooling §1.7.3 (`treasury swap-option get-native`)
import { optional, toAddress, toPapiCid } from '../common/convert.js';
import type { AccountInput, CidInput, ReadOptions } from '../common/types.js';
import type { Connection } from '../connection/connect.js';
import { fromPapiSwapNativeOption, type SwapNativeOption } from './swapOptions.js';

/** The account's native swap option in a community, or undefined. */
export const getSwapNativeOption = async (
  conn: Connection,
  { cid, account, at = 'best' }: { cid: CidInput; account: AccountInput } & ReadOptions,
): Promise<SwapNativeOption | undefined> =>
  optional(
    await conn.api.query.EncointerTreasuries.SwapNativeOptions.getValue(toPapiCid(cid), toAddress(account), {
      at,
    }),
    fromPapiSwapNativeOption,
  );
