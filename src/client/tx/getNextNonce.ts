// spec: tooling §1.5 (nonce fetched once, incremented locally), §12 item 5 (nonce queue)
import { toAddress } from '../common/convert.js';
import type { AccountInput } from '../common/types.js';
import type { Connection } from '../connection/connect.js';

/**
 * The next nonce of an account including its transactions waiting in the node's pool (`system_accountNextIndex`),
 * for sending several extrinsics of one signer at once with `nonce`, `nonce + 1`, …
 */
export const getNextNonce = async (conn: Connection, account: AccountInput): Promise<number> => {
  const n = await conn.client._request<number | string>('system_accountNextIndex', [toAddress(account)]);
  return typeof n === 'number' ? n : Number(n);
};
