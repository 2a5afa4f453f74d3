// spec: tooling §8 (community spec file, enhanced GeoJSON), §1.2 (account arguments), §1.4 (CID of a spec)
import { readFile } from 'node:fs/promises';
import { z } from 'zod';
import type { CommunityIdentifier } from '../primitives/cid/communityIdentifier.js';
import { computeCid } from '../primitives/cid/computeCid.js';
import { fromHex, parseHex } from '../primitives/common/bytes.js';
import { InvalidInputError } from '../primitives/common/errors.js';
import { ss58Decode } from '../primitives/common/ss58.js';
import { U64F64 } from '../primitives/fixed/fixed.js';
import { fromF64 } from '../primitives/fixed/float.js';
import { checkCoordinate, degreesToBits, type Location } from '../primitives/geo/location.js';

export type CommunityRules = 'LoCo' | 'LoCoFlex' | 'BeeDance';

/** `community.meta`: the on-chain `CommunityMetadata`, not yet validated against the pallet's limits. */
export interface CommunitySpecMeta {
  name: string;
  symbol: string;
  assets: string;
  theme: string | undefined;
  /** `""` stays an empty string; `null` or absent is none. */
  url: string | undefined;
  /** The BIP-340 x-only public key (32 bytes), if any. */
  announcementSigner: Uint8Array | undefined;
  rules: CommunityRules;
}

export interface CommunitySpec {
  meta: CommunitySpecMeta;
  /** 32-byte account ids, in file order (the order changes the CID). */
  bootstrappers: Uint8Array[];
  /** `demurrage_halving_blocks` H; the per-block demurrage is ln 2 / H. Absent: the runtime default applies. */
  demurrageHalvingBlocks: bigint | undefined;
  /** `ceremony_income` as written in the file (CC per attendee). */
  ceremonyIncome: number | undefined;
  /** `ceremony_income` as the U64F64 bits `NominalIncome::from_num(f64)` gives. Absent: the default reward. */
  nominalIncome: bigint | undefined;
  /** Every Point feature in file order; the first one is passed to `new_community` and fixes the CID geohash. */
  locations: Location[];
}

/** Options for resolving bootstrapper entries. */
export interface SpecParseOptions {
  /** Resolves a `//Name` entry to its account id; by default only the well-known dev accounts Alice…Ferdie. */
  resolveDevAccount?: (name: string, field: string) => Uint8Array;
}

// Public keys of the sr25519 dev accounts (ceremonies §9.8); deriving other `//Name` keys needs sr25519.
const DEV_ACCOUNTS: Readonly<Record<string, string>> = {
  '//Alice': '0xd43593c715fdd31c61141abd04a99fd6822c8558854ccde39a5684e7a56da27d',
  '//Bob': '0x8eaf04151687736326c9fea17e25fc5287613693c912909cb226aa4794f26a48',
  '//Charlie': '0x90b5ab205c6974c9ea841be688864633dc9ca8a357843eeacf2314649965fe22',
  '//Dave': '0x306721211d5404bd9da88e0204360a1a9ab8b87c66c1bc2fcdd37f3c2222cc20',
  '//Eve': '0xe659a7a1628cdd93febc04a4e0646ea20e9f5f0ce097d9a05290d4a9e054df4e',
  '//Ferdie': '0x1cbd2d43530a44705ad088af313e18f80b53ef16b36177cd4b77b846f2a5f07c',
};

const defaultDevAccount = (name: string, field: string): Uint8Array => {
  const hex = DEV_ACCOUNTS[name];
  if (hex === undefined) {
    throw new InvalidInputError(
      field,
      `'${name}' is not one of the built-in dev accounts //Alice…//Ferdie; give its SS58 address instead`,
    );
  }
  return fromHex(hex);
};

const geometrySchema = z.object({ type: z.string(), coordinates: z.unknown() }).nullable().optional();

const featureCollectionShape = {
  type: z.literal('FeatureCollection'),
  features: z.array(z.object({ type: z.literal('Feature'), geometry: geometrySchema })),
};

const specSchema = z.object({
  ...featureCollectionShape,
  community: z.object({
    meta: z.object({
      name: z.string(),
      symbol: z.string(),
      assets: z.string(),
      theme: z.string().nullable().optional(),
      url: z.string().nullable().optional(),
      announcementSigner: z.object({ bip340: z.string() }).nullable().optional(),
      rules: z.enum(['loCo', 'loCoFlex', 'beeDance']),
    }),
    bootstrappers: z.array(z.string()),
    demurrage_halving_blocks: z.number().int().positive().max(Number.MAX_SAFE_INTEGER).optional(),
    ceremony_income: z.number().nonnegative().optional(),
  }),
});

const locationsSchema = z.object(featureCollectionShape);

const RULES: Record<'loCo' | 'loCoFlex' | 'beeDance', CommunityRules> = {
  loCo: 'LoCo',
  loCoFlex: 'LoCoFlex',
  beeDance: 'BeeDance',
};

/** Zod path → `community.bootstrappers[2]`. */
const fieldName = (path: readonly PropertyKey[]): string =>
  path.reduce<string>(
    (acc, key) => (typeof key === 'number' ? `${acc}[${key}]` : acc ? `${acc}.${String(key)}` : String(key)),
    '',
  ) || '(root)';

const parseWith = <T>(schema: z.ZodType<T>, json: unknown): T => {
  const r = schema.safeParse(json, {
    error: (iss) =>
      (iss.code === 'invalid_type' || iss.code === 'invalid_value') && iss.input === undefined
        ? 'required field is missing'
        : undefined,
  });
  if (!r.success) {
    const issue = r.error.issues[0]!;
    throw new InvalidInputError(fieldName(issue.path), issue.message);
  }
  return r.data;
};

/** Decimal degrees → I64F64 bits like `Degree::from_num(f64)`, within lat [−90, 90] / lon [−180, 180]. */
const coordinate = (degrees: number, axis: 'latitude' | 'longitude', field: string): bigint => {
  const bound = axis === 'latitude' ? 90 : 180;
  // Compared as doubles first (exact), so huge values get this message rather than a fixed-point overflow.
  if (!(Math.abs(degrees) <= bound)) {
    throw new InvalidInputError(field, `${axis} ${degrees} is outside [-${bound}, ${bound}]`);
  }
  return checkCoordinate(degreesToBits(degrees), axis, field);
};

/** The Point features' coordinates ([lon, lat], decimal degrees) as Locations; other geometries are skipped. */
const pointLocations = (
  features: readonly { geometry?: { type: string; coordinates: unknown } | null }[],
) => {
  const out: Location[] = [];
  features.forEach((f, i) => {
    if (f.geometry?.type !== 'Point') return;
    const field = `features[${i}].geometry.coordinates`;
    const c = f.geometry.coordinates;
    if (!Array.isArray(c) || c.length < 2 || c.some((x) => typeof x !== 'number')) {
      throw new InvalidInputError(field, 'expected [longitude, latitude] in decimal degrees');
    }
    const [lon, lat] = c as number[];
    out.push({
      lat: coordinate(lat!, 'latitude', `${field}[1]`),
      lon: coordinate(lon!, 'longitude', `${field}[0]`),
    });
  });
  return out;
};

/** A bootstrapper entry: an SS58 address (any prefix) or a `//Name` dev account. */
const resolveAccount = (entry: string, field: string, options: SpecParseOptions): Uint8Array =>
  entry.startsWith('//')
    ? (options.resolveDevAccount ?? defaultDevAccount)(entry, field)
    : ss58Decode(entry, field);

/**
 * Parses a community spec file (already JSON-decoded) into typed values. Throws InvalidInputError naming the
 * offending field, e.g. `community.bootstrappers[2]: 'xyz' is not a valid SS58 address`.
 */
export const parseCommunitySpec = (json: unknown, options: SpecParseOptions = {}): CommunitySpec => {
  const raw = parseWith(specSchema, json);
  const { meta, bootstrappers } = raw.community;
  const locations = pointLocations(raw.features);
  if (locations.length === 0) {
    throw new InvalidInputError(
      'features',
      "no Point feature: the first point defines the community's location",
    );
  }
  const income = raw.community.ceremony_income;
  let nominalIncome: bigint | undefined;
  if (income !== undefined) {
    try {
      nominalIncome = fromF64(U64F64, income);
    } catch {
      throw new InvalidInputError('community.ceremony_income', `${income} does not fit U64F64`);
    }
  }
  const halving = raw.community.demurrage_halving_blocks;
  return {
    meta: {
      name: meta.name,
      symbol: meta.symbol,
      assets: meta.assets,
      theme: meta.theme ?? undefined,
      url: meta.url ?? undefined,
      announcementSigner: meta.announcementSigner
        ? parseHex(meta.announcementSigner.bip340, 'community.meta.announcementSigner.bip340', 32)
        : undefined,
      rules: RULES[meta.rules],
    },
    bootstrappers: bootstrappers.map((b, i) => resolveAccount(b, `community.bootstrappers[${i}]`, options)),
    demurrageHalvingBlocks: halving === undefined ? undefined : BigInt(halving),
    ceremonyIncome: income,
    nominalIncome,
    locations,
  };
};

/** Parses a locations file (the FeatureCollection without `community`): every Point feature, in order. */
export const parseLocationsFile = (json: unknown): Location[] =>
  pointLocations(parseWith(locationsSchema, json).features);

/** Reads and JSON-decodes a file; unreadable files and malformed JSON are InvalidInputError naming the path. */
export const readJsonFile = async (path: string): Promise<unknown> => {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new InvalidInputError(path, `cannot read the file${code ? ` (${code})` : ''}`);
  }
  try {
    return JSON.parse(text);
  } catch (e) {
    throw new InvalidInputError(path, `not valid JSON: ${(e as Error).message.split('\n')[0]}`);
  }
};

/** Reads and parses a community spec file. */
export const readCommunitySpecFile = async (
  path: string,
  options?: SpecParseOptions,
): Promise<CommunitySpec> => parseCommunitySpec(await readJsonFile(path), options);

/** The CID a spec registers: geohash of its first location, digest of its bootstrapper list (tooling §1.4). */
export const specCid = (spec: CommunitySpec): CommunityIdentifier =>
  computeCid(spec.locations[0]!, spec.bootstrappers);
