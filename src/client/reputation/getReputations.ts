// spec: ceremonies §7.12 (`get_reputations`), tooling §1.7.4 (`ceremony participant reputation`)

import { formatCid } from '../../primitives/cid/cidString.js';
import type { CommunityIdentifier } from '../../primitives/cid/communityIdentifier.js';
import { fromPapiCid, toAddress } from '../common/convert.js';
import { resolveBlock } from '../common/resolveBlock.js';
import type { AccountInput, ReadOptions } from '../common/types.js';
import type { Connection } from '../connection/connect.js';
import { fromPapiReputation, type Reputation } from './types.js';

export interface CommunityReputation {
  readonly cindex: number;
  readonly cid: CommunityIdentifier;
  readonly cidString: string;
  readonly reputation: Reputation;
}

export type GetReputationsReturnType = CommunityReputation[];

/**
 * Every reputation entry of an account over all communities and ceremonies (`CeremoniesApi_get_reputations`),
 * sorted by ceremony index then cid string.
 */
export const getReputations = async (
  conn: Connection,
  p: { account: AccountInput } & ReadOptions,
): Promise<GetReputationsReturnType> => {
  const block = await resolveBlock(conn, p.at);
  const rows = (await conn.api.apis.CeremoniesApi.get_reputations(toAddress(p.account), {
    at: block.hash,
  })) as [number, { community_identifier: unknown; reputation: unknown }][];
  return rows
    .map(([cindex, r]) => {
      const cid = fromPapiCid(r.community_identifier);
      return {
        cindex: Number(cindex),
        cid,
        cidString: formatCid(cid),
        reputation: fromPapiReputation(r.reputation),
      };
    })
    .sort((a, b) => a.cindex - b.cindex || a.cidString.localeCompare(b.cidString));
};
