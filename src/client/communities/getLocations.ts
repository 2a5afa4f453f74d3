// spec: ceremonies §6.5 (`get_locations`: the canonical location list), §6.9 (CommunitiesApi)
import type { Location } from '../../primitives/geo/location.js';
import { fromPapiLocation, toPapiCid } from '../common/convert.js';
import { resolveBlock } from '../common/resolveBlock.js';
import type { CidInput, ReadOptions } from '../common/types.js';
import type { Connection } from '../connection/connect.js';

export type GetLocationsReturnType = Location[];

/**
 * The community's meetup locations in the runtime's canonical order (`CommunitiesApi_get_locations`), which the
 * meetup-location assignment indexes into.
 */
export const getLocations = async (
  conn: Connection,
  { cid, at }: { cid: CidInput } & ReadOptions,
): Promise<GetLocationsReturnType> => {
  const block = await resolveBlock(conn, at);
  const raw = (await conn.api.apis.CommunitiesApi.get_locations(toPapiCid(cid), {
    at: block.hash,
  })) as unknown[];
  return raw.map(fromPapiLocation);
};
