// spec: ceremonies §6.4 (minimum distance: MinSolarTripTimeS, MaxSpeedMps), §6.5 (storage)
import type { DistanceParams } from '../../primitives/geo/neighborBuckets.js';
import { resolveBlock } from '../common/resolveBlock.js';
import type { ReadOptions } from '../common/types.js';
import type { Connection } from '../connection/connect.js';

export type GetLocationRulesReturnType = DistanceParams;

/**
 * The distance rules new locations must satisfy (`MinSolarTripTimeS`, `MaxSpeedMps`), in the shape
 * `validateLocation` of src/primitives/geo takes.
 * @example validateLocation(location, index, await getLocationRules(conn))
 */
export const getLocationRules = async (
  conn: Connection,
  { at }: ReadOptions = {},
): Promise<GetLocationRulesReturnType> => {
  const block = await resolveBlock(conn, at);
  const q = conn.api.query.EncointerCommunities;
  const [minSolarTripTimeS, maxSpeedMps] = (await Promise.all([
    q.MinSolarTripTimeS.getValue({ at: block.hash }),
    q.MaxSpeedMps.getValue({ at: block.hash }),
  ])) as [number, number];
  return { minSolarTripTimeS: Number(minSolarTripTimeS), maxSpeedMps: Number(maxSpeedMps) };
};
