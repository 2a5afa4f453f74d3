// spec: ceremonies §7.2 (`IssuedRewards[(cid, cindex)][meetup_index]`: MeetupResult), §7.9
import { toPapiCid } from '../common/convert.js';
import type { CidInput, ReadOptions } from '../common/types.js';
import type { Connection } from '../connection/connect.js';

export type GetIssuedRewardsReturnType = Map<bigint, string>;

/**
 * The meetups of a community ceremony whose rewards were claimed, with their `MeetupResult`
 * (`Ok`, `VotesNotDependable`, …). A meetup that is absent can still be claimed.
 */
export const getIssuedRewards = async (
  conn: Connection,
  { cid, cindex, at = 'best' }: { cid: CidInput; cindex: number } & ReadOptions,
): Promise<GetIssuedRewardsReturnType> => {
  const entries = (await conn.api.query.EncointerCeremonies.IssuedRewards.getEntries(
    [toPapiCid(cid), cindex],
    {
      at,
    },
  )) as { keyArgs: [unknown, bigint]; value: { type: string } }[];
  return new Map(entries.map((e) => [BigInt(e.keyArgs[1]), e.value.type]));
};
