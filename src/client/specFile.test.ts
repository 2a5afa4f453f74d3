import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { fromHex, toHex } from '../primitives/common/bytes.js';
import { InvalidInputError } from '../primitives/common/errors.js';
import { ONE } from '../primitives/fixed/fixed.js';
import { locationFromDegrees } from '../primitives/geo/location.js';
import {
  parseCommunitySpec,
  parseLocationsFile,
  readCommunitySpecFile,
  readJsonFile,
  specCid,
} from './specFile.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const dataDir = path.resolve(repoRoot, '../shared/test-data/encointer-node');
// biome-ignore lint/suspicious/noExplicitAny: fixture JSON that each test reshapes, valid or not
type Fixture = any;
const load = async (name: string): Promise<Fixture> =>
  JSON.parse(await readFile(path.join(dataDir, name), 'utf8'));

// Dev account ids listed in ceremonies §9.8.
const ALICE = '0xd43593c715fdd31c61141abd04a99fd6822c8558854ccde39a5684e7a56da27d';
const FERDIE = '0x1cbd2d43530a44705ad088af313e18f80b53ef16b36177cd4b77b846f2a5f07c';

/** Expects `f` to throw InvalidInputError with exactly this one-line message. */
const expectInvalid = (f: () => unknown, message: string) => {
  let error: unknown;
  try {
    f();
  } catch (e) {
    error = e;
  }
  expect(error).toBeInstanceOf(InvalidInputError);
  expect((error as Error).message).toBe(message);
};

describe('community spec file (tooling §8.1)', () => {
  it('parses the Mediterranean demo spec (tooling §8.2 row 1)', async () => {
    const spec = parseCommunitySpec(await load('test-locations-mediterranean.json'));
    expect(spec.meta).toEqual({
      name: 'Mediterranea',
      symbol: 'MTA',
      assets: 'QmaRYgDkmmsza2A1zyxy7H7fFE3bELPA535KvCHzEf2kee',
      theme: undefined,
      url: undefined,
      announcementSigner: undefined,
      rules: 'LoCo',
    });
    // 6 dev keys //Alice … //Ferdie, in that order
    expect(spec.bootstrappers.map(toHex)).toHaveLength(6);
    expect(toHex(spec.bootstrappers[0]!)).toBe(ALICE);
    expect(toHex(spec.bootstrappers[5]!)).toBe(FERDIE);
    expect(spec.demurrageHalvingBlocks).toBe(7_884_000n);
    expect(spec.ceremonyIncome).toBe(1);
    expect(spec.nominalIncome).toBe(ONE);
    expect(spec.locations).toHaveLength(9);
    // GeoJSON order is [lon, lat]
    expect(spec.locations[0]).toEqual(locationFromDegrees(35.48415637985317, 18.543548583984375));
  });

  it('reads the BIP-340 announcement signer, loCoFlex rules and absent demurrage/income (corsica gesell)', async () => {
    const spec = parseCommunitySpec(await load('corsica.locoflex.gesell.json'));
    expect(toHex(spec.meta.announcementSigner!)).toBe(
      '0xceda72c19f11aebecf8fb4a0ab3fb2a03e03f283225655baab4728303a560a13',
    );
    expect(spec.meta.rules).toBe('LoCoFlex');
    expect(spec.demurrageHalvingBlocks).toBeUndefined();
    expect(spec.nominalIncome).toBeUndefined();
  });

  it('keeps url "" as an empty string and a fractional income as exact U64F64 bits', async () => {
    const json = await load('paynuq.json');
    expect(parseCommunitySpec(json).meta.url).toBe('');
    json.community.meta.url = null;
    json.community.ceremony_income = 0.5;
    json.community.meta.rules = 'beeDance';
    const spec = parseCommunitySpec(json);
    expect(spec.meta.url).toBeUndefined();
    expect(spec.nominalIncome).toBe(ONE / 2n);
    expect(spec.meta.rules).toBe('BeeDance');
  });

  it('accepts //Name dev accounts for bootstrappers (tooling §1.2)', async () => {
    const json = await load('test-locations-mediterranean.json');
    json.community.bootstrappers = ['//Alice', '//Ferdie'];
    expect(parseCommunitySpec(json).bootstrappers.map(toHex)).toEqual([ALICE, FERDIE]);
    json.community.bootstrappers = ['//Zoe'];
    expect(() => parseCommunitySpec(json)).toThrow(/^community\.bootstrappers\[0\]: '\/\/Zoe' is not one of/);
    const custom = parseCommunitySpec(json, { resolveDevAccount: () => fromHex(ALICE) });
    expect(custom.bootstrappers.map(toHex)).toEqual([ALICE]);
  });

  it('skips non-Point geometries and features without geometry', async () => {
    const json = await load('greenbaydollar.json');
    json.features.unshift(
      {
        type: 'Feature',
        properties: {},
        geometry: {
          type: 'LineString',
          coordinates: [
            [0, 0],
            [1, 1],
          ],
        },
      },
      { type: 'Feature', properties: {}, geometry: null },
    );
    const spec = parseCommunitySpec(json);
    expect(spec.locations).toEqual([locationFromDegrees(44.51464671337695, -88.00985418615059)]);
  });

  it('the CID comes from the first point and the bootstrapper list (ceremonies §9.8 dev-key vector)', async () => {
    const json = await load('test-locations-mediterranean.json');
    json.features[0].geometry.coordinates = [0, 0];
    json.community.bootstrappers = ['//Alice', '//Bob', '//Charlie', '//Dave', '//Eve', '//Ferdie'];
    expect(toHex(specCid(parseCommunitySpec(json)).digest)).toBe('0xf08c911c');
    expect(new TextDecoder().decode(specCid(parseCommunitySpec(json)).geohash)).toBe('7zzzz');
  });
});

describe('spec file errors name the field in one line (tooling §8.1)', () => {
  const cases: [string, (j: Fixture) => void, string][] = [
    [
      'bad SS58',
      (j) => {
        j.community.bootstrappers[2] = 'xyz';
      },
      "community.bootstrappers[2]: 'xyz' is not a valid SS58 address",
    ],
    [
      'latitude out of range',
      (j) => {
        j.features[1].geometry.coordinates = [10, 95];
      },
      'features[1].geometry.coordinates[1]: latitude 95 is outside [-90, 90]',
    ],
    [
      'longitude out of range',
      (j) => {
        j.features[0].geometry.coordinates = [-180.5, 10];
      },
      'features[0].geometry.coordinates[0]: longitude -180.5 is outside [-180, 180]',
    ],
    [
      'huge coordinate',
      (j) => {
        j.features[0].geometry.coordinates = [1e300, 10];
      },
      'features[0].geometry.coordinates[0]: longitude 1e+300 is outside [-180, 180]',
    ],
    [
      'coordinates not numbers',
      (j) => {
        j.features[0].geometry.coordinates = ['8.5', 47];
      },
      'features[0].geometry.coordinates: expected [longitude, latitude] in decimal degrees',
    ],
    [
      'missing rules',
      (j) => {
        delete j.community.meta.rules;
      },
      'community.meta.rules: required field is missing',
    ],
    [
      'unknown rules',
      (j) => {
        j.community.meta.rules = 'LoCo';
      },
      'community.meta.rules: Invalid option: expected one of "loCo"|"loCoFlex"|"beeDance"',
    ],
    [
      'name not a string',
      (j) => {
        j.community.meta.name = 42;
      },
      'community.meta.name: Invalid input: expected string, received number',
    ],
    [
      'zero halving blocks',
      (j) => {
        j.community.demurrage_halving_blocks = 0;
      },
      'community.demurrage_halving_blocks: Too small: expected number to be >0',
    ],
    [
      'negative income',
      (j) => {
        j.community.ceremony_income = -1;
      },
      'community.ceremony_income: Too small: expected number to be >=0',
    ],
    [
      'short announcement signer',
      (j) => {
        j.community.meta.announcementSigner = { bip340: '0xceda' };
      },
      'community.meta.announcementSigner.bip340: expected 32 bytes, got 2',
    ],
    [
      'no point',
      (j) => {
        j.features = [];
      },
      "features: no Point feature: the first point defines the community's location",
    ],
    [
      'not a FeatureCollection',
      (j) => {
        j.type = 'Feature';
      },
      'type: Invalid input: expected "FeatureCollection"',
    ],
  ];

  it.each(cases)('%s', async (_name, mutate, message) => {
    const json = await load('test-locations-mediterranean.json');
    mutate(json);
    expectInvalid(() => parseCommunitySpec(json), message);
  });

  it('a locations file is not a spec; a non-object is rejected at the root', async () => {
    expectInvalid(() => parseCommunitySpec(1), '(root): Invalid input: expected object, received number');
    const locations = await load('leu.zuerich.locations.json');
    expectInvalid(() => parseCommunitySpec(locations), 'community: required field is missing');
  });
});

describe('locations files and file reading (tooling §8.1, §8.2)', () => {
  it('parses every Point of a locations file', async () => {
    const locations = parseLocationsFile(await load('leu.zuerich.locations.json'));
    expect(locations).toHaveLength(10);
    expect(locations[0]).toEqual(locationFromDegrees(47.39222307831016, 8.519076704978941));
    expect(parseLocationsFile(await load('decoded.berlin.locations.json'))).toHaveLength(1);
  });

  it('reports unreadable files and malformed JSON naming the path', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'spec-'));
    const missing = path.join(dir, 'missing.json');
    await expect(readJsonFile(missing)).rejects.toThrow(`${missing}: cannot read the file (ENOENT)`);
    const broken = path.join(dir, 'broken.json');
    await writeFile(broken, '{"type": "FeatureCollection",');
    await expect(readJsonFile(broken)).rejects.toThrow(new RegExp(`^${broken}: not valid JSON: `));
    await expect(readCommunitySpecFile(path.join(dataDir, 'aslah.json'))).resolves.toMatchObject({
      meta: { symbol: 'ASL' },
    });
  });
});
