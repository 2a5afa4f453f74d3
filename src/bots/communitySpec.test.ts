import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { specCid } from '../client/specFile.js';
import { validateCommunityMetadata } from '../primitives/communityMetadata/validate.js';
import { ANCHOR_BOX, randomAnchor, randomCommunityName, specJson, writeSpecFile } from './communitySpec.js';
import { SeededRandom } from './seededRandom.js';

const utf8 = new TextEncoder();
const BOOTSTRAPPERS = [
  '5GrwvaEF5zXb26Fz9rcQpDWS57CtERHpNehXCPcNoHGKutQY',
  '5FHneW46xGXgs5mUiveU4sbTyGBzmstUspZC92UhjJM694ty',
  '5FLSigC9HGRKVhB9FiEo4Y3koPsNmBmLJbpXg2mp1hXcS59Y',
];
const ASSETS = 'QmP2fzfikh7VqTu8pvzd2G2vAd4eK7EaazXTEgqGN6AWoD';

describe('random community spec (tooling §3.4, §8.1)', () => {
  it('names are bot-<word>, at most 20 ASCII characters; symbols 3 letters, never the upstream OT-', () => {
    const rng = new SeededRandom('names');
    for (let i = 0; i < 200; i++) {
      const { name, symbol } = randomCommunityName(rng, new Set());
      expect(name).toMatch(/^bot-[a-z]+$/);
      expect(name.length).toBeLessThanOrEqual(20);
      expect(symbol).toMatch(/^[A-Z]{3}$/);
      expect(symbol).toBe(name.slice(4, 7).toUpperCase());
      expect(() =>
        validateCommunityMetadata({
          name: utf8.encode(name),
          symbol: utf8.encode(symbol),
          assets: utf8.encode(ASSETS),
        }),
      ).not.toThrow();
    }
  });

  it('avoids names already taken', () => {
    const first = randomCommunityName(new SeededRandom('taken'), new Set()).name;
    expect(randomCommunityName(new SeededRandom('taken'), new Set([first])).name).not.toBe(first);
  });

  it("anchors fall inside upstream's box [-56, 41, -21, 13] and depend on the seed only", () => {
    for (let i = 0; i < 100; i++) {
      const a = randomAnchor(new SeededRandom(String(i)));
      expect(a.lon).toBeGreaterThanOrEqual(ANCHOR_BOX.lonMin);
      expect(a.lon).toBeLessThanOrEqual(ANCHOR_BOX.lonMax);
      expect(a.lat).toBeGreaterThanOrEqual(ANCHOR_BOX.latMin);
      expect(a.lat).toBeLessThanOrEqual(ANCHOR_BOX.latMax);
    }
    expect(randomAnchor(new SeededRandom('x'))).toEqual(randomAnchor(new SeededRandom('x')));
  });

  it('writes a spec file the CLI parser accepts, first point first, bootstrappers in order', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'bot-spec-'));
    const json = specJson({
      name: 'bot-maple',
      symbol: 'MAP',
      assets: ASSETS,
      bootstrappers: BOOTSTRAPPERS,
      locations: [
        { lat: 30.5, lon: -40.25 },
        { lat: 30.509, lon: -40.25 },
      ],
    });
    const { file, spec } = await writeSpecFile(dir, 'bot-maple', json);
    expect(file).toBe(path.join(dir, 'bot-maple.json'));
    const onDisk = JSON.parse(readFileSync(file, 'utf8'));
    expect(onDisk.community.meta).toEqual({
      name: 'bot-maple',
      symbol: 'MAP',
      assets: ASSETS,
      rules: 'loCo',
    });
    expect(onDisk.features[0]).toEqual({
      type: 'Feature',
      properties: {},
      geometry: { type: 'Point', coordinates: [-40.25, 30.5] },
    });
    expect(spec.locations).toHaveLength(2);
    expect(spec.bootstrappers).toHaveLength(3);
    expect(spec.meta.rules).toBe('LoCo');
    expect(specCid(spec).geohash.length).toBe(5);
  });
});
