// spec: tooling §3.4 (random community spec generation), §8.1 (spec file format)
/**
 * A random bot community spec from the run's seed: name `bot-<word>`, a 3-letter symbol, an anchor in the central
 * Atlantic (or a given centre) and `--locations` meetup points placed by locationGrid.
 * QUIRK: tooling §3.4 — upstream's symbol was characters 2–4 of the name, always `OT-`; here it is the first
 * three letters of the word. Upstream's anchor, name and CID were unseeded; here the seed fixes them.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { type CommunitySpec, parseCommunitySpec } from '../client/specFile.js';
import type { DegreePoint } from './locationGrid.js';
import type { SeededRandom } from './seededRandom.js';
import { WORDS } from './words.js';

/** Upstream's anchor box `[-56, 41, -21, 13]` (lon min, lat max, lon max, lat min). */
export const ANCHOR_BOX = { lonMin: -56, lonMax: -21, latMin: 13, latMax: 41 } as const;

/** Name ≤ 20 ASCII characters and a 3-letter symbol, avoiding names already on chain. */
export const randomCommunityName = (
  rng: SeededRandom,
  taken: ReadonlySet<string>,
): { name: string; symbol: string } => {
  for (let attempt = 0; attempt < 1000; attempt++) {
    const word = rng.pick(WORDS);
    const name = attempt < 200 ? `bot-${word}` : `bot-${word}${attempt % 100}`;
    if (name.length <= 20 && !taken.has(name)) return { name, symbol: word.slice(0, 3).toUpperCase() };
  }
  throw new Error('no free bot community name left');
};

/** A uniformly random anchor inside ANCHOR_BOX. */
export const randomAnchor = (rng: SeededRandom): DegreePoint => ({
  lat: Math.round(rng.uniform(ANCHOR_BOX.latMin, ANCHOR_BOX.latMax) * 1e6) / 1e6,
  lon: Math.round(rng.uniform(ANCHOR_BOX.lonMin, ANCHOR_BOX.lonMax) * 1e6) / 1e6,
});

export interface SpecJsonParameters {
  name: string;
  symbol: string;
  assets: string;
  /** SS58 addresses, in order (the order changes the CID). */
  bootstrappers: readonly string[];
  locations: readonly DegreePoint[];
}

/** The spec file content: GeoJSON points with empty properties plus `community {meta, bootstrappers}`. */
export const specJson = (p: SpecJsonParameters): unknown => ({
  type: 'FeatureCollection',
  community: {
    meta: { name: p.name, symbol: p.symbol, assets: p.assets, rules: 'loCo' },
    bootstrappers: [...p.bootstrappers],
  },
  features: p.locations.map((l) => ({
    type: 'Feature',
    properties: {},
    geometry: { type: 'Point', coordinates: [l.lon, l.lat] },
  })),
});

/**
 * Writes `<specDir>/<name>.json` (indented 2, like upstream) and returns its path and the parsed spec, so the file
 * on disk is exactly what gets registered.
 */
export const writeSpecFile = async (
  specDir: string,
  name: string,
  json: unknown,
): Promise<{ file: string; spec: CommunitySpec }> => {
  await mkdir(specDir, { recursive: true });
  const file = path.join(specDir, `${name}.json`);
  await writeFile(file, `${JSON.stringify(json, null, 2)}\n`);
  return { file, spec: parseCommunitySpec(json) };
};
