// spec: ceremonies §6.5 (CommunityIdentifiersByGeohash, Locations, canonical get_locations), §6.6 (remove_location)

import { formatCid } from '../cid/cidString.js';
import { type CommunityIdentifier, compareCid } from '../cid/communityIdentifier.js';
import { encodeGeohash } from './geohash.js';
import { compareLocation, type Location, locationEquals } from './location.js';

/** Read access to the two storage maps the distance rules consult. Geohashes are 5-character strings. */
export interface LocationIndexView {
  /** `CommunityIdentifiersByGeohash[bucket]`, sorted. */
  cidsInBucket(bucket: string): readonly CommunityIdentifier[];
  /** `Locations[cid][bucket]`, sorted by (lat, lon). */
  locationsInBucket(cid: CommunityIdentifier, bucket: string): readonly Location[];
}

/** Inserts into a sorted array unless an equal element is present; returns whether it inserted. */
const sortedInsert = <T>(list: T[], item: T, cmp: (a: T, b: T) => number): boolean => {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    const c = cmp(list[mid]!, item);
    if (c === 0) return false;
    if (c < 0) lo = mid + 1;
    else hi = mid;
  }
  list.splice(lo, 0, item);
  return true;
};

const getOrInsert = <K, V>(map: Map<K, V>, key: K, make: () => V): V => {
  let v = map.get(key);
  if (v === undefined) {
    v = make();
    map.set(key, v);
  }
  return v;
};

/**
 * In-memory model of the communities pallet's location storage, with the pallet's insert/remove semantics.
 * Bounds (`MaxLocationsPerGeohash`, …) and validation are the caller's business (see `validateLocation`).
 */
export class MemoryLocationIndex implements LocationIndexView {
  private readonly byBucket = new Map<string, CommunityIdentifier[]>();
  /** cid string → bucket → sorted locations. */
  private readonly locations = new Map<string, Map<string, Location[]>>();

  cidsInBucket(bucket: string): readonly CommunityIdentifier[] {
    return this.byBucket.get(bucket) ?? [];
  }

  locationsInBucket(cid: CommunityIdentifier, bucket: string): readonly Location[] {
    return this.locations.get(formatCid(cid))?.get(bucket) ?? [];
  }

  /** `add_location` effects: sorted insert into `Locations[cid][g]` if absent, and cid into the bucket index. */
  addLocation(cid: CommunityIdentifier, location: Location): void {
    const bucket = encodeGeohash(location);
    const perCid = getOrInsert(this.locations, formatCid(cid), () => new Map<string, Location[]>());
    sortedInsert(
      getOrInsert(perCid, bucket, () => []),
      location,
      compareLocation,
    );
    const cids = getOrInsert(this.byBucket, bucket, () => []);
    sortedInsert(cids, cid, compareCid);
  }

  /**
   * `remove_location` effects.
   * QUIRK: ceremonies §10 item 17 — the remaining length starts at 0, so removing a location that is not present
   * drops the cid from the bucket index even when it still has locations there (they stay in `getLocations`).
   */
  removeLocation(cid: CommunityIdentifier, location: Location): void {
    const bucket = encodeGeohash(location);
    const list = this.locations.get(formatCid(cid))?.get(bucket);
    let remaining = 0;
    if (list) {
      const i = list.findIndex((l) => locationEquals(l, location));
      if (i >= 0) {
        list.splice(i, 1);
        remaining = list.length;
      }
    }
    if (remaining === 0) {
      const cids = this.byBucket.get(bucket);
      if (cids) {
        const j = cids.findIndex((c) => compareCid(c, cid) === 0);
        if (j >= 0) cids.splice(j, 1);
        if (cids.length === 0) this.byBucket.delete(bucket);
      }
    }
  }

  /**
   * `get_locations(cid)`: buckets in ascending byte order of the geohash, each bucket's sorted list.
   * Meetup locations index into this list, so the order is consensus-relevant.
   */
  getLocations(cid: CommunityIdentifier): Location[] {
    const perCid = this.locations.get(formatCid(cid));
    if (!perCid) return [];
    // Geohash characters are ASCII, so UTF-16 string order is byte order.
    return [...perCid.keys()]
      .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))
      .flatMap((bucket) => perCid.get(bucket)!);
  }
}
