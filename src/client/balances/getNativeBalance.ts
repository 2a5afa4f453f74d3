// spec: tooling §1.3 (native amounts: integer base units), §1.7.1 (`balance` without `--cid`: System.Account)
import { toAddress } from '../common/convert.js';
import type { AccountInput, ReadOptions } from '../common/types.js';
import type { Connection } from '../connection/connect.js';

export interface NativeBalance {
  readonly free: bigint;
  readonly reserved: bigint;
  readonly frozen: bigint;
  readonly nonce: number;
}

export type GetNativeBalanceReturnType = NativeBalance;

/** The account's native balances in base units (`System.Account`); a missing account reads as zeros. */
export const getNativeBalance = async (
  conn: Connection,
  { account, at = 'best' }: { account: AccountInput } & ReadOptions,
): Promise<GetNativeBalanceReturnType> => {
  const info = (await conn.api.query.System.Account.getValue(toAddress(account), { at })) as {
    nonce: number;
    data: { free: bigint; reserved: bigint; frozen?: bigint; misc_frozen?: bigint };
  };
  return {
    free: info.data.free,
    reserved: info.data.reserved,
    frozen: info.data.frozen ?? info.data.misc_frozen ?? 0n,
    nonce: info.nonce,
  };
};
