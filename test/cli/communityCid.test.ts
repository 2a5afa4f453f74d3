// spec: tooling §1.4 (CID), §1.7.3 (`community` commands), §8 (spec files and their CIDs); ceremonies §9.8
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import type { CliIo } from '../../src/cli/io.js';
import { EXIT_BAD_INPUT, runCli } from '../../src/cli/run.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const dataDir = path.resolve(repoRoot, '../shared/test-data/encointer-node');
const dataFile = (name: string) => path.join(dataDir, name);

const run = async (argv: string[]) => {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = { out: (t) => out.push(t), err: (t) => err.push(t) };
  const code = await runCli(argv, io);
  return { code, out, err };
};
const cidOf = async (file: string) => {
  const r = await run(['community', 'cid', file]);
  expect(r.err).toEqual([]);
  expect(r.code).toBe(0);
  expect(r.out).toHaveLength(1);
  return r.out[0]!;
};

const jsonFiles = readdirSync(dataDir).filter((f) => f.endsWith('.json'));
const isSpec = (f: string) => 'community' in JSON.parse(readFileSync(dataFile(f), 'utf8'));
const specFiles = jsonFiles.filter(isSpec);
const locationFiles = jsonFiles.filter((f) => !isSpec(f));

/** Independent plain-double geohash decoder (cell bounds are dyadic, so exact in doubles). */
const geohashCell = (hash: string) => {
  const lat = [-90, 90];
  const lon = [-180, 180];
  let isLon = true;
  for (const ch of hash) {
    const v = '0123456789bcdefghjkmnpqrstuvwxyz'.indexOf(ch);
    for (let b = 4; b >= 0; b--, isLon = !isLon) {
      const range = isLon ? lon : lat;
      const mid = (range[0]! + range[1]!) / 2;
      if ((v >> b) & 1) range[0] = mid;
      else range[1] = mid;
    }
  }
  return { lat, lon };
};
const firstPoint = (file: string): [number, number] => {
  const json: { features: { geometry?: { type: string; coordinates: [number, number] } | null }[] } =
    JSON.parse(readFileSync(dataFile(file), 'utf8'));
  return json.features.find((f) => f.geometry?.type === 'Point')!.geometry!.coordinates;
};

describe('encointer community cid <specfile> on the upstream spec files (tooling §8.2)', () => {
  it('finds the 14 community specs and the 4 locations files of tooling §8.2', () => {
    expect(specFiles).toHaveLength(14);
    expect(locationFiles.sort()).toEqual([
      'decoded.berlin.locations.json',
      'leu.zuerich.locations.json',
      'nyota.locations.json',
      'paynuq.locations.json',
    ]);
  });

  it('leu.zuerich.V1.json → u0qj92QX9PQ (tooling §8.2: its CID is invoice.py’s default; §10: default u0qj92QX9PQ)', async () => {
    expect(await cidOf(dataFile('leu.zuerich.V1.json'))).toBe('u0qj92QX9PQ');
  });

  it('paynuq.json → s1vrqQL2SD (tooling §8.2 marks PAYNUQ as the 10-character CID; §1.4 names the 10-character CIDs of §8.2: u0qj9QqA2Q (Leu Zürich, ceremonies §9.8) and s1vrqQL2SD)', async () => {
    expect(await cidOf(dataFile('paynuq.json'))).toBe('s1vrqQL2SD');
  });

  it('one of leu.zuerich.json / .V2 is the book’s Leu.Zürich cid u0qj9QqA2Q; the three Leu Zürich specs give different CIDs (tooling §1.4)', async () => {
    const current = await cidOf(dataFile('leu.zuerich.json'));
    const v1 = await cidOf(dataFile('leu.zuerich.V1.json'));
    const v2 = await cidOf(dataFile('leu.zuerich.V2.json'));
    expect([current, v2]).toContain('u0qj9QqA2Q');
    expect(new Set([current, v1, v2]).size).toBe(3);
    // same first location → same geohash (ceremonies §9.8: u0qj9QqA2Q has geohash u0qj9)
    expect([current, v1, v2].map((c) => c.slice(0, 5))).toEqual(['u0qj9', 'u0qj9', 'u0qj9']);
  });

  it.each(['test-locations-mediterranean.json', 'corsica.locoflex.gesell.json'])(
    '%s lists the six dev keys Alice…Ferdie in order → digest 79dF6b (ceremonies §9.8: f08c911c)',
    async (file) => {
      expect((await cidOf(dataFile(file))).slice(5)).toBe('79dF6b');
    },
  );

  it.each(specFiles)('%s: a 10–11 character CID whose geohash cell holds the first point', async (file) => {
    const cid = await cidOf(dataFile(file));
    // tooling §1.4: 5 geohash characters + Base58 digest, "typically 11 characters, sometimes 10"
    expect(cid).toMatch(/^[0-9b-hjkmnp-z]{5}[1-9A-HJ-NP-Za-km-z]{5,6}$/);
    const [lon, lat] = firstPoint(file);
    const cell = geohashCell(cid.slice(0, 5));
    expect(lat).toBeGreaterThanOrEqual(cell.lat[0]!);
    expect(lat).toBeLessThanOrEqual(cell.lat[1]!);
    expect(lon).toBeGreaterThanOrEqual(cell.lon[0]!);
    expect(lon).toBeLessThanOrEqual(cell.lon[1]!);
  });

  it.each(locationFiles)('%s is a locations file, not a spec: exit 2, one-line error', async (file) => {
    const r = await run(['community', 'cid', dataFile(file)]);
    expect(r.code).toBe(EXIT_BAD_INPUT);
    expect(r.out).toEqual([]);
    expect(r.err).toEqual(['error: community: required field is missing']);
  });
});

describe('encointer community cid: bad input exits 2 with one line', () => {
  let dir: string;
  const spec = () => JSON.parse(readFileSync(dataFile('test-locations-mediterranean.json'), 'utf8'));
  const write = async (name: string, content: string) => {
    const p = path.join(dir, name);
    await writeFile(p, content);
    return p;
  };
  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'cid-cli-'));
  });

  it('malformed JSON', async () => {
    const p = await write('broken.json', '{"type": "FeatureCollection", "community": ');
    const r = await run(['community', 'cid', p]);
    expect(r.code).toBe(2);
    expect(r.err).toHaveLength(1);
    expect(r.err[0]).toMatch(new RegExp(`^error: ${p}: not valid JSON: `));
  });

  it('bad SS58 bootstrapper', async () => {
    const json = spec();
    json.community.bootstrappers[2] = 'xyz';
    const r = await run(['community', 'cid', await write('bad-ss58.json', JSON.stringify(json))]);
    expect(r).toEqual({
      code: 2,
      out: [],
      err: ["error: community.bootstrappers[2]: 'xyz' is not a valid SS58 address"],
    });
  });

  it('location out of range', async () => {
    const json = spec();
    json.features[0].geometry.coordinates = [18.5, -91];
    const r = await run(['community', 'cid', await write('bad-lat.json', JSON.stringify(json))]);
    expect(r).toEqual({
      code: 2,
      out: [],
      err: ['error: features[0].geometry.coordinates[1]: latitude -91 is outside [-90, 90]'],
    });
  });

  it('unreadable file (missing, or a directory)', async () => {
    const missing = path.join(dir, 'nope.json');
    expect(await run(['community', 'cid', missing])).toEqual({
      code: 2,
      out: [],
      err: [`error: ${missing}: cannot read the file (ENOENT)`],
    });
    expect((await run(['community', 'cid', dir])).err).toEqual([
      `error: ${dir}: cannot read the file (EISDIR)`,
    ]);
  });

  it('missing argument is a usage error (exit 2)', async () => {
    const r = await run(['community', 'cid']);
    expect(r.code).toBe(2);
    expect(r.out).toEqual([]);
  });
});

describe('compiled binary: node dist/cli/main.js community cid', () => {
  const main = path.join(repoRoot, 'dist/cli/main.js');
  const exec = (...args: string[]) => spawnSync(process.execPath, [main, ...args], { encoding: 'utf8' });

  it('prints the CID and exits 0; bad input exits 2 with one line on stderr', () => {
    expect(existsSync(main), 'dist/cli/main.js is missing: run `npm run build` first').toBe(true);
    const ok = exec('community', 'cid', dataFile('leu.zuerich.V1.json'));
    expect(ok.stderr).toBe('');
    expect(ok.stdout).toBe('u0qj92QX9PQ\n');
    expect(ok.status).toBe(0);

    const json = exec('community', 'cid', dataFile('leu.zuerich.V1.json'), '--json');
    expect(JSON.parse(json.stdout)).toEqual({ cid: 'u0qj92QX9PQ' });

    const bad = exec('community', 'cid', dataFile('nyota.locations.json'));
    expect(bad.stdout).toBe('');
    expect(bad.stderr).toBe('error: community: required field is missing\n');
    expect(bad.status).toBe(2);
  });
});
