// spec: ceremonies §6.5 (`Locations(cid, geohash)`), tooling §1.7.3 (`location remove -g <geohash> -l <index>`)

import { InvalidInputError } from '../../primitives/common/errors.js';
import type { Location } from '../../primitives/geo/location.js';
import { fromPapiLocation, toPapiCid } from '../common/convert.js';
import type { CidInput, HexString, ReadOptions } from '../common/types.js';
import type { Connection } from '../connection/connect.js';

const GEOHASH = /^[0-9b-hjkmnp-z]{5}$/;

/** The community's locations stored under one 5-character geohash bucket, in storage order. */
export const getGeohashLocations = async (
  conn: Connection,
  { cid, geohash, at = 'best' }: { cid: CidInput; geohash: string } & ReadOptions,
): Promise<Location[]> => {
  if (!GEOHASH.test(geohash)) {
    throw new InvalidInputError(
      'geohash',
      `'${geohash}' is not a 5-character geohash (base32 0-9, b-z without a, i, l, o)`,
    );
  }
  const key = `0x${Buffer.from(geohash, 'ascii').toString('hex')}` as HexString;
  const raw = (await conn.api.query.EncointerCommunities.Locations.getValue(toPapiCid(cid), key, {
    at,
  })) as unknown[];
  return raw.map(fromPapiLocation);
};
