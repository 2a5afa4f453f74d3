// spec: economy §7 (treasury account; RPC encointer_getCommunityTreasuryAccountUnchecked), tooling §1.7.3
import { toPapiCid } from '../common/convert.js';
import type { Address, CidInput, ReadOptions } from '../common/types.js';
import type { Connection } from '../connection/connect.js';

/**
 * The treasury account of a community, or the global treasury without `cid`
 * (`TreasuriesApi_get_community_treasury_account_unchecked`; the cid is not checked).
 */
export const getTreasuryAccount = async (
  conn: Connection,
  { cid, at = 'best' }: { cid?: CidInput | undefined } & ReadOptions = {},
): Promise<Address> =>
  (await conn.api.apis.TreasuriesApi.get_community_treasury_account_unchecked(
    cid === undefined ? undefined : toPapiCid(cid),
    { at },
  )) as Address;
