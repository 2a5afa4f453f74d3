// spec: tooling §3.4 (grid of meetup locations, 1 000 m apart), ceremonies §6.4 (location validity, minimum distance)
/**
 * Meetup locations around a centre: points of a square grid (1 km apart by default) taken ring by ring outwards,
 * each one checked with the communities pallet's own rules (src/primitives/geo) against every location already
 * on chain and those placed before it. A point that would violate a rule — too close to another community, too
 * near the dateline — is skipped and the next grid point is tried.
 */
import type { CommunityIdentifier } from '../primitives/cid/communityIdentifier.js';
import { InvalidInputError } from '../primitives/common/errors.js';
import { locationFromDegrees } from '../primitives/geo/location.js';
import type { MemoryLocationIndex } from '../primitives/geo/locationIndex.js';
import type { DistanceParams } from '../primitives/geo/neighborBuckets.js';
import { validateLocation } from '../primitives/geo/validateLocation.js';

/** A point in decimal degrees, as spec files hold them. */
export interface DegreePoint {
  readonly lat: number;
  readonly lon: number;
}

export interface PlaceLocationsParameters {
  centre: DegreePoint;
  count: number;
  /** Grid spacing in metres; default 1 000 (upstream). */
  spacingM?: number;
  /** Locations already on chain (all communities); the placed points are added to it. */
  existing: MemoryLocationIndex;
  /** The pallet's MinSolarTripTimeS / MaxSpeedMps. */
  rules: DistanceParams;
}

const METRES_PER_DEGREE = 111_320;
/** Stands for the community being placed (its CID is not known before the first location is chosen). */
const NEW_COMMUNITY: CommunityIdentifier = {
  geohash: new Uint8Array(5),
  digest: Uint8Array.of(0xff, 0xff, 0xff, 0xff),
};

/** Grid offsets (east, south) of ring `r`: the square of side 2r+1 around the centre, clockwise from north-west. */
const ring = (r: number): [number, number][] => {
  if (r === 0) return [[0, 0]];
  const out: [number, number][] = [];
  for (let x = -r; x < r; x++) out.push([x, -r]);
  for (let y = -r; y < r; y++) out.push([r, y]);
  for (let x = r; x > -r; x--) out.push([x, r]);
  for (let y = r; y > -r; y--) out.push([-r, y]);
  return out;
};

/** Six decimals (~0.1 m) keep spec files readable; validation runs on the rounded values. */
const round6 = (x: number): number => Math.round(x * 1e6) / 1e6;

/**
 * `count` valid locations around `centre`, nearest rings first (the first one, normally the centre, fixes the
 * CID's geohash). Throws InvalidInputError when the neighbourhood is too crowded.
 */
export const placeLocations = (p: PlaceLocationsParameters): DegreePoint[] => {
  const spacing = p.spacingM ?? 1_000;
  const index = p.existing;
  const placed: DegreePoint[] = [];
  const maxRing = Math.ceil(Math.sqrt(p.count)) * 3 + 3;
  for (let r = 0; r <= maxRing && placed.length < p.count; r++) {
    for (const [east, south] of ring(r)) {
      if (placed.length >= p.count) break;
      const lat = round6(p.centre.lat - (south * spacing) / METRES_PER_DEGREE);
      const cosLat = Math.cos((lat * Math.PI) / 180);
      if (!(cosLat > 1e-6)) continue;
      const lon = round6(p.centre.lon + (east * spacing) / (METRES_PER_DEGREE * cosLat));
      if (Math.abs(lat) >= 90 || Math.abs(lon) >= 180) continue;
      const location = locationFromDegrees(lat, lon);
      if (!validateLocation(location, index, p.rules).ok) continue;
      index.addLocation(NEW_COMMUNITY, location);
      placed.push({ lat, lon });
    }
  }
  if (placed.length < p.count) {
    throw new InvalidInputError(
      '--center',
      `only ${placed.length} of ${p.count} locations fit around ${p.centre.lat},${p.centre.lon} (other communities or the dateline are too close); choose another centre`,
    );
  }
  return placed;
};
