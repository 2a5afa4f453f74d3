// spec: ceremonies §6.5 (`CommunityIdentifiers`, registration order)
import type { CommunityIdentifier } from '../../primitives/cid/communityIdentifier.js';
import { fromPapiCid } from '../common/convert.js';
import type { ReadOptions } from '../common/types.js';
import type { Connection } from '../connection/connect.js';

export type GetCommunityIdentifiersReturnType = CommunityIdentifier[];

/** Every registered cid, in registration order (`EncointerCommunities.CommunityIdentifiers`). */
export const getCommunityIdentifiers = async (
  conn: Connection,
  { at = 'best' }: ReadOptions = {},
): Promise<GetCommunityIdentifiersReturnType> =>
  ((await conn.api.query.EncointerCommunities.CommunityIdentifiers.getValue({ at })) as unknown[]).map(
    fromPapiCid,
  );
