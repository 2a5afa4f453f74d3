// spec: ceremonies §9.13 "Communities", §9.8, §9.10, §6.4–§6.6, §10 items 17, 18, 19, 21, 25
import { Twox128 } from '@polkadot-api/substrate-bindings';
import { describe, expect, it } from 'vitest';
import { parseCid } from '../../../primitives/cid/cidString.js';
import type { CommunityIdentifier as Cid } from '../../../primitives/cid/communityIdentifier.js';
import { u64 } from '../../../primitives/codec/describe.js';
import { fromHex, toHex } from '../../../primitives/common/bytes.js';
import { I64F64, ONE, U64F64 } from '../../../primitives/fixed/fixed.js';
import { fromF64 } from '../../../primitives/fixed/float.js';
import { type Location, locationFromDegrees } from '../../../primitives/geo/location.js';
import { nearbyLocations } from '../../../primitives/geo/nearbyLocations.js';
import { CommunityIdentifier, type CommunityMetadata as Metadata } from '../../../primitives/scale/index.js';
import { NONE, type Origin, ROOT, signed } from '../../framework/pallet.js';
import { type DispatchResult, Runtime } from '../../framework/runtime.js';
import { key, storageOf } from '../../framework/storage.js';
import { createTestEnv } from '../../framework/testEnv.js';
import { Balance, DemurragePerBlock, TotalIssuance } from '../encointerBalances/storage.js';
import { CurrentPhase } from '../scheduler/storage.js';
import {
  type CommunitiesLimits,
  communityExists,
  getBootstrappers,
  getCommunityIdentifiers,
  getLocations,
  getNominalIncome,
  locationIndexOf,
} from './communities.js';
import { applyCommunitiesGenesis, type CommunitiesGenesis, TEST_COMMUNITIES_GENESIS } from './genesis.js';
import { createCommunitiesPallet, DEV_COMMUNITIES_CONFIG } from './pallet.js';
import { COMMUNITIES_API, getAllBalances, getCids, getName } from './runtimeApi.js';
import {
  Bootstrappers,
  CommunityIdentifiers,
  CommunityIdentifiersByGeohash,
  CommunityMetadata,
  Locations,
  MaxSpeedMps,
  MinSolarTripTimeS,
  NominalIncome,
} from './storage.js';

// Dev keys (ceremonies §9.8).
const ALICE = fromHex('0xd43593c715fdd31c61141abd04a99fd6822c8558854ccde39a5684e7a56da27d');
const BOB = fromHex('0x8eaf04151687736326c9fea17e25fc5287613693c912909cb226aa4794f26a48');
const CHARLIE = fromHex('0x90b5ab205c6974c9ea841be688864633dc9ca8a357843eeacf2314649965fe22');
const DAVE = fromHex('0x306721211d5404bd9da88e0204360a1a9ab8b87c66c1bc2fcdd37f3c2222cc20');
const EVE = fromHex('0xe659a7a1628cdd93febc04a4e0646ea20e9f5f0ce097d9a05290d4a9e054df4e');
const FERDIE = fromHex('0x1cbd2d43530a44705ad088af313e18f80b53ef16b36177cd4b77b846f2a5f07c');
const ABC = [ALICE, BOB, CHARLIE];
const SIX = [ALICE, BOB, CHARLIE, DAVE, EVE, FERDIE];

const ascii = (s: string) => Uint8Array.from(s, (c) => c.charCodeAt(0));
const gh = ascii;
const loc = (lat: number, lon: number): Location => locationFromDegrees(lat, lon);

const META: Metadata = {
  name: ascii('Leu Zurich'),
  symbol: ascii('LEU'),
  assets: ascii('QmRgHZwX9ryGd5ZQpnMYAyvNmkd3SRmKnUKmLAuDufWKqK'),
  theme: undefined,
  url: ascii('leu.zuerich'),
  announcement_signer: undefined,
  rules: 'LoCo',
};

/** The reference's communities mock: 10 cids, 10 per geohash, 200 locations per geohash, 15 bootstrappers. */
const MOCK_LIMITS: CommunitiesLimits = {
  maxCommunityIdentifiers: 10,
  maxCommunityIdentifiersPerGeohash: 10,
  maxLocationsPerGeohash: 200,
  maxBootstrappers: 15,
};

const setup = (
  limits: CommunitiesLimits = MOCK_LIMITS,
  genesis: CommunitiesGenesis = TEST_COMMUNITIES_GENESIS,
) => {
  const runtime = new Runtime({
    crate: 'test',
    pallets: [createCommunitiesPallet({ ...DEV_COMMUNITIES_CONFIG, limits })],
  });
  const env = createTestEnv(runtime);
  applyCommunitiesGenesis(env.state, genesis);
  const call = (origin: Origin, name: string, args: object) =>
    env.apply(origin, { tag: 'EncointerCommunities', value: { tag: name, value: args } });
  const newCommunity = (
    location: Location,
    bootstrappers: Uint8Array[] = ABC,
    extra: Partial<{ community_metadata: Metadata; demurrage: bigint; nominal_income: bigint }> = {},
    origin: Origin = signed(ALICE),
  ) =>
    call(origin, 'new_community', {
      location,
      bootstrappers,
      community_metadata: META,
      demurrage: undefined,
      nominal_income: undefined,
      ...extra,
    });
  const addLocation = (cid: Cid, location: Location, origin: Origin = signed(ALICE)) =>
    call(origin, 'add_location', { cid, location });
  const removeLocation = (cid: Cid, location: Location, origin: Origin = ROOT) =>
    call(origin, 'remove_location', { cid, location });
  /** `ok`, `BadOrigin`, `Other` or `EncointerCommunities.<Error>`. */
  const outcome = (r: DispatchResult): string => (r.ok ? 'ok' : runtime.describeError(r.error));
  const events = () => env.eventsOf('EncointerCommunities');
  const ok = (r: DispatchResult) => expect(outcome(r)).toBe('ok');
  return { runtime, env, call, newCommunity, addLocation, removeLocation, outcome, events, ok };
};

const err = (name: string) => `EncointerCommunities.${name}`;

// CIDs of ceremonies §9.8 (derived there from the dev keys).
const CID_S00TW_ABC = parseCid('s00tw4L6cmG');
const CID_7ZZZZ_ABC = parseCid('7zzzz4L6cmG');
const CID_7ZZZZ_BCA = parseCid('7zzzz42pCVe');
const CID_7ZZZZ_SIX = parseCid('7zzzz79dF6b');
const CID_S00TW_SIX = parseCid('s00tw79dF6b');

describe('communities pallet (ceremonies §9.13 "Communities")', () => {
  it('new_community at (1,1) with [A,B,C] emits CommunityRegistered and fills every storage item', () => {
    const s = setup();
    s.ok(s.newCommunity(loc(1, 1)));
    expect(s.events()).toEqual([{ tag: 'CommunityRegistered', value: CID_S00TW_ABC }]);
    expect(Locations.get(s.env.state, CID_S00TW_ABC, gh('s00tw'))).toEqual([loc(1, 1)]);
    expect(CommunityIdentifiersByGeohash.get(s.env.state, gh('s00tw'))).toEqual([CID_S00TW_ABC]);
    expect(Bootstrappers.get(s.env.state, CID_S00TW_ABC)).toEqual(ABC);
    expect(CommunityMetadata.get(s.env.state, CID_S00TW_ABC)).toEqual(META);
    expect(CommunityIdentifiers.get(s.env.state)).toEqual([CID_S00TW_ABC]);
    expect(getBootstrappers(s.env.state, CID_S00TW_ABC)).toEqual(ABC);
    expect(communityExists(s.env.state, CID_S00TW_ABC)).toBe(true);
    expect(communityExists(s.env.state, CID_7ZZZZ_ABC)).toBe(false);
    // Neither demurrage nor nominal income given: both stay absent (balances' default rate, CeremonyReward).
    expect(DemurragePerBlock.exists(s.env.state, CID_S00TW_ABC)).toBe(false);
    expect(getNominalIncome(s.env.state, CID_S00TW_ABC)).toBeUndefined();
  });

  it.each([
    [loc(0, 0), SIX, CID_7ZZZZ_SIX],
    [loc(1, 1), SIX, CID_S00TW_SIX],
    [loc(1, 1), ABC, CID_S00TW_ABC],
    [loc(0, 0), ABC, CID_7ZZZZ_ABC],
    [loc(0, -0.015), [BOB, CHARLIE, ALICE], CID_7ZZZZ_BCA],
  ])('§9.8: new_community derives the CID of the table (case %#)', (location, bootstrappers, cid) => {
    const s = setup();
    s.ok(s.newCommunity(location, bootstrappers));
    expect(getCommunityIdentifiers(s.env.state)).toEqual([cid]);
  });

  it('new_community stores the demurrage through the balances pallet and the nominal income', () => {
    const s = setup();
    s.ok(s.newCommunity(loc(1, 1), ABC, { demurrage: 12345n, nominal_income: 7n * ONE }));
    expect(DemurragePerBlock.exists(s.env.state, CID_S00TW_ABC)).toBe(true);
    expect(DemurragePerBlock.get(s.env.state, CID_S00TW_ABC)).toBe(12345n);
    expect(getNominalIncome(s.env.state, CID_S00TW_ABC)).toBe(7n * ONE);
  });

  it('a demurrage of exactly 0 is stored (the key exists: demurrage disabled, not the default)', () => {
    const s = setup();
    s.ok(s.newCommunity(loc(1, 1), ABC, { demurrage: 0n, nominal_income: 0n }));
    expect(DemurragePerBlock.exists(s.env.state, CID_S00TW_ABC)).toBe(true);
    expect(getNominalIncome(s.env.state, CID_S00TW_ABC)).toBe(0n);
  });

  it('adding (0,−0.015) to the community at (0,0) keeps one bucket with two sorted locations; (0,0.015) opens kpbpb', () => {
    const s = setup();
    s.ok(s.newCommunity(loc(0, 0)));
    const cid = CID_7ZZZZ_ABC;
    s.ok(s.addLocation(cid, loc(0, -0.015)));
    expect(Locations.get(s.env.state, cid, gh('7zzzz'))).toEqual([loc(0, -0.015), loc(0, 0)]);
    expect(CommunityIdentifiersByGeohash.get(s.env.state, gh('7zzzz'))).toEqual([cid]);
    s.ok(s.addLocation(cid, loc(0, 0.015)));
    expect(Locations.get(s.env.state, cid, gh('kpbpb'))).toEqual([loc(0, 0.015)]);
    expect(CommunityIdentifiersByGeohash.get(s.env.state, gh('kpbpb'))).toEqual([cid]);
    expect(s.events().slice(1)).toEqual([
      { tag: 'LocationAdded', value: [cid, loc(0, -0.015)] },
      { tag: 'LocationAdded', value: [cid, loc(0, 0.015)] },
    ]);
  });

  it('removing both locations of a bucket empties the bucket index', () => {
    const s = setup();
    s.ok(s.newCommunity(loc(0, 0)));
    const cid = CID_7ZZZZ_ABC;
    s.ok(s.addLocation(cid, loc(0, -0.015)));
    s.ok(s.removeLocation(cid, loc(0, 0)));
    expect(CommunityIdentifiersByGeohash.get(s.env.state, gh('7zzzz'))).toEqual([cid]);
    expect(Locations.get(s.env.state, cid, gh('7zzzz'))).toEqual([loc(0, -0.015)]);
    s.ok(s.removeLocation(cid, loc(0, -0.015)));
    expect(Locations.get(s.env.state, cid, gh('7zzzz'))).toEqual([]);
    expect(CommunityIdentifiersByGeohash.exists(s.env.state, gh('7zzzz'))).toBe(false);
    expect(getLocations(s.env.state, cid)).toEqual([]);
    expect(s.events().slice(-2)).toEqual([
      { tag: 'LocationRemoved', value: [cid, loc(0, 0)] },
      { tag: 'LocationRemoved', value: [cid, loc(0, -0.015)] },
    ]);
  });

  /** Three communities with balances: Alice holds 100 (c1) and 20 (c3), Bob 50, 30 and 10. */
  const withBalances = () => {
    const s = setup();
    s.ok(s.newCommunity(loc(1, 1)));
    s.ok(s.newCommunity(loc(0, 0), SIX));
    s.ok(s.newCommunity(loc(10, 10)));
    const [c1, c2, c3] = getCids(s.env.state) as [Cid, Cid, Cid];
    const entry = (n: bigint) => ({ principal: n * ONE, last_update: 0 });
    Balance.set(s.env.state, c1, ALICE, entry(100n));
    Balance.set(s.env.state, c3, ALICE, entry(20n));
    Balance.set(s.env.state, c1, BOB, entry(50n));
    Balance.set(s.env.state, c2, BOB, entry(30n));
    Balance.set(s.env.state, c3, BOB, entry(10n));
    TotalIssuance.set(s.env.state, c1, entry(150n));
    return { s, c1, c2, c3, entry };
  };

  it('get_all_balances lists raw entries in CommunityIdentifiers order with the exact principals', () => {
    const { s, c1, c2, c3, entry } = withBalances();
    expect(getAllBalances(s.env.state, ALICE)).toEqual([
      [c1, entry(100n)],
      [c3, entry(20n)],
    ]);
    expect(getAllBalances(s.env.state, BOB)).toEqual([
      [c1, entry(50n)],
      [c2, entry(30n)],
      [c3, entry(10n)],
    ]);
    expect(getAllBalances(s.env.state, CHARLIE)).toEqual([]);
  });

  it('purge_community purges the balances: get_all_balances goes from 2 entries to 1', () => {
    const { s, c1, c3, entry } = withBalances();
    expect(getAllBalances(s.env.state, ALICE)).toHaveLength(2);
    s.ok(s.call(ROOT, 'purge_community', { cid: c1 }));
    expect(getAllBalances(s.env.state, ALICE)).toEqual([[c3, entry(20n)]]);
    expect(TotalIssuance.exists(s.env.state, c1)).toBe(false);
    expect(s.events().at(-1)).toEqual({ tag: 'CommunityPurged', value: c1 });
  });

  it('updates (metadata, nominal income 1.1, demurrage 0.0001) store and emit; Bob gets BadOrigin', () => {
    const s = setup();
    s.ok(s.newCommunity(loc(1, 1)));
    const cid = CID_S00TW_ABC;
    const other: Metadata = { ...META, name: ascii('Other'), symbol: ascii('OTH'), url: undefined };
    const income = fromF64(U64F64, 1.1);
    const demurrage = fromF64(I64F64, 0.0001);
    const calls = [
      ['update_community_metadata', { cid, community_metadata: other }],
      ['update_nominal_income', { cid, nominal_income: income }],
      ['update_demurrage', { cid, demurrage }],
    ] as const;
    for (const [name, args] of calls) expect(s.outcome(s.call(signed(BOB), name, args))).toBe('BadOrigin');
    for (const [name, args] of calls) s.ok(s.call(ROOT, name, args));
    expect(s.events().slice(1)).toEqual([
      { tag: 'MetadataUpdated', value: cid },
      { tag: 'NominalIncomeUpdated', value: [cid, income] },
      { tag: 'DemurrageUpdated', value: [cid, demurrage] },
    ]);
    expect(CommunityMetadata.get(s.env.state, cid)).toEqual(other);
    expect(NominalIncome.get(s.env.state, cid)).toBe(0x1_1999_9999_9999_a000n);
    expect(DemurragePerBlock.get(s.env.state, cid)).toBe(0x6_8db8_bac7_10cbn);
  });
});

describe('location rules through the pallet (ceremonies §9.10, MinSolarTripTimeS 1, MaxSpeedMps 83)', () => {
  it('get_nearby_locations_works: the query sees L2..L6 of both communities, not L1, L7, L8', () => {
    const s = setup();
    s.ok(s.newCommunity(loc(0, 0)));
    s.ok(s.newCommunity(loc(1, 1)));
    const [c1, c2] = [CID_7ZZZZ_ABC, CID_S00TW_ABC];
    const L2 = loc(0.02197265625, 40.01220703125);
    const L3 = loc(1e-10, 39.990234376);
    const L4 = loc(0.066, 40.056);
    const L5 = loc(0.066, 40.012);
    const L6 = loc(0.022, 40.056);
    const L7 = loc(-0.022, 40.056);
    const L8 = loc(45, 45);
    for (const [cid, l] of [
      [c1, L2],
      [c2, L3],
      [c1, L4],
      [c2, L5],
      [c2, L6],
      [c1, L7],
      [c2, L8],
    ] as const) {
      s.ok(s.addLocation(cid, l));
    }
    const near = nearbyLocations(loc(0.043945312, 40.034179687), locationIndexOf(s.env.state), {
      minSolarTripTimeS: 1,
      maxSpeedMps: 83,
    });
    const key = (l: Location) => `${l.lat}/${l.lon}`;
    expect(new Set(near.map(key))).toEqual(new Set([L2, L3, L4, L5, L6].map(key)));
  });

  it('validate_location_works: too close, far enough, and both sides of the dateline', () => {
    const s = setup();
    s.ok(s.newCommunity(loc(0, 0)));
    const cid = CID_7ZZZZ_ABC;
    expect(s.outcome(s.addLocation(cid, loc(1e-9, 1e-9)))).toBe(
      err('MinimumDistanceViolationToOtherLocation'),
    );
    expect(s.outcome(s.addLocation(cid, loc(0, 179.9)))).toBe(err('MinimumDistanceViolationToDateLine'));
    expect(s.outcome(s.addLocation(cid, loc(0, -179.9)))).toBe(err('MinimumDistanceViolationToDateLine'));
    s.ok(s.addLocation(cid, loc(-0.043945312, -0.043945312)));
  });

  it('an exact duplicate location is rejected (solar trip time 0)', () => {
    const s = setup();
    s.ok(s.newCommunity(loc(0, 0)));
    expect(s.outcome(s.addLocation(CID_7ZZZZ_ABC, loc(0, 0)))).toBe(
      err('MinimumDistanceViolationToOtherLocation'),
    );
  });

  it('a second community at (1.000001, 1.000001) next to one at (1,1) is rejected', () => {
    const s = setup();
    s.ok(s.newCommunity(loc(1, 1)));
    expect(s.outcome(s.newCommunity(loc(1.000001, 1.000001), SIX))).toBe(
      err('MinimumDistanceViolationToOtherLocation'),
    );
  });

  it.each([
    [89, 60, 'InvalidLocation'],
    [-89, 60, 'InvalidLocation'],
    [78, 0, 'InvalidLocation'],
    [10, 179, 'MinimumDistanceViolationToDateLine'],
    [0, 171, 'MinimumDistanceViolationToDateLine'],
  ])('a community at (%s, %s) is rejected with %s', (lat, lon, error) => {
    const s = setup();
    expect(s.outcome(s.newCommunity(loc(lat, lon)))).toBe(err(error));
    expect(getCids(s.env.state)).toEqual([]);
  });

  it('a community at (0, 170.9) is accepted (1 010 810 m from the dateline)', () => {
    const s = setup();
    s.ok(s.newCommunity(loc(0, 170.9)));
  });

  it('two communities in the same bucket: 7zzzz lists both cids, sorted', () => {
    const s = setup();
    s.ok(s.newCommunity(loc(0, 0), ABC));
    s.ok(s.newCommunity(loc(0, -0.015), [BOB, CHARLIE, ALICE]));
    // digest 7696d251 < 823f31cb
    expect(CommunityIdentifiersByGeohash.get(s.env.state, gh('7zzzz'))).toEqual([
      CID_7ZZZZ_BCA,
      CID_7ZZZZ_ABC,
    ]);
    // Registration order is kept in CommunityIdentifiers.
    expect(getCids(s.env.state)).toEqual([CID_7ZZZZ_ABC, CID_7ZZZZ_BCA]);
  });

  it('get_locations_works: buckets in geohash byte order (7zzzz < s037m < s0dyg < s1h60)', () => {
    const s = setup();
    s.ok(s.newCommunity(loc(0, 0)));
    s.ok(s.newCommunity(loc(1, 1)));
    const [c1, c2] = [CID_7ZZZZ_ABC, CID_S00TW_ABC];
    // Added out of order so that only the storage order can produce the expected list.
    s.ok(s.addLocation(c1, loc(6, 6)));
    s.ok(s.addLocation(c2, loc(3, 3)));
    s.ok(s.addLocation(c1, loc(2, 2)));
    s.ok(s.addLocation(c2, loc(5, 5)));
    s.ok(s.addLocation(c1, loc(4, 4)));
    expect(getLocations(s.env.state, c1)).toEqual([loc(0, 0), loc(2, 2), loc(4, 4), loc(6, 6)]);
    expect(getLocations(s.env.state, c2)).toEqual([loc(1, 1), loc(3, 3), loc(5, 5)]);
  });

  it('create_locations(10): (i,i) for i = 1..9 added to a community at (0,0) come back in order', () => {
    const s = setup();
    s.ok(s.newCommunity(loc(0, 0)));
    for (const i of [9, 3, 1, 7, 5, 2, 8, 4, 6]) s.ok(s.addLocation(CID_7ZZZZ_ABC, loc(i, i)));
    expect(getLocations(s.env.state, CID_7ZZZZ_ABC)).toEqual(
      [0, 1, 2, 3, 4, 5, 6, 7, 8, 9].map((i) => loc(i, i)),
    );
    const buckets = ['s00tw', 's037m', 's0d1h', 's0dyg', 's0gs3', 's1h60', 's1hzz', 's1mtw', 's1w7h'];
    buckets.forEach((b, i) => {
      expect(Locations.get(s.env.state, CID_7ZZZZ_ABC, gh(b))).toEqual([loc(i + 1, i + 1)]);
    });
  });

  it('same-bucket order is (lat, lon): [(0,−0.015), (0,0)]', () => {
    const s = setup();
    s.ok(s.newCommunity(loc(0, 0)));
    s.ok(s.addLocation(CID_7ZZZZ_ABC, loc(0, -0.015)));
    expect(getLocations(s.env.state, CID_7ZZZZ_ABC)).toEqual([loc(0, -0.015), loc(0, 0)]);
  });
});

describe('quirks (ceremonies §10)', () => {
  it('QUIRK §10.17: removing an absent location drops the cid from a bucket where it still has locations', () => {
    const s = setup();
    s.ok(s.newCommunity(loc(0, 0)));
    const cid = CID_7ZZZZ_ABC;
    s.ok(s.addLocation(cid, loc(0, -0.015)));
    // (0, −0.01) is in bucket 7zzzz but not stored.
    s.ok(s.removeLocation(cid, loc(0, -0.01)));
    expect(s.events().at(-1)).toEqual({ tag: 'LocationRemoved', value: [cid, loc(0, -0.01)] });
    expect(CommunityIdentifiersByGeohash.exists(s.env.state, gh('7zzzz'))).toBe(false);
    // The locations are still listed ...
    expect(getLocations(s.env.state, cid)).toEqual([loc(0, -0.015), loc(0, 0)]);
    // ... but the distance rules no longer see them: a point 0.15 m from (0,0) is accepted.
    s.ok(s.addLocation(cid, loc(1e-9, 1e-9)));
  });

  it.each(['Assigning', 'Attesting'] as const)(
    'QUIRK §10.18: new_community works in %s, while add/remove_location need Registering',
    (phase) => {
      const s = setup();
      CurrentPhase.set(s.env.state, phase);
      s.ok(s.newCommunity(loc(1, 1)));
      expect(s.outcome(s.addLocation(CID_S00TW_ABC, loc(2, 2)))).toBe(err('RegistrationPhaseRequired'));
      expect(s.outcome(s.removeLocation(CID_S00TW_ABC, loc(1, 1)))).toBe(err('RegistrationPhaseRequired'));
      expect(getLocations(s.env.state, CID_S00TW_ABC)).toEqual([loc(1, 1)]);
    },
  );

  it('QUIRK §10.19: purge_community leaves ceremonies storage alone but no communities/balances keys of the cid', () => {
    // A stand-in for a ceremonies item keyed by cid (the ceremonies pallet owns the real ones).
    const CeremoniesItem = storageOf('EncointerCeremonies').map(
      'InactivityCounters',
      key('Blake2_128Concat', CommunityIdentifier),
      u64,
    );
    const s = setup();
    s.ok(s.newCommunity(loc(0, 0), ABC, { demurrage: 5n, nominal_income: ONE }));
    const cid = CID_7ZZZZ_ABC;
    s.ok(s.addLocation(cid, loc(0, -0.015)));
    s.ok(s.addLocation(cid, loc(2, 2)));
    Balance.set(s.env.state, cid, BOB, { principal: ONE, last_update: 3 });
    TotalIssuance.set(s.env.state, cid, { principal: ONE, last_update: 3 });
    CeremoniesItem.set(s.env.state, cid, 7n);
    const text = new TextEncoder();
    const prefixOf = (pallet: string) => toHex(Twox128(text.encode(pallet)));
    const versionKey =
      prefixOf('EncointerCommunities') + toHex(Twox128(text.encode(':__STORAGE_VERSION__:'))).slice(2);
    s.ok(s.call(ROOT, 'purge_community', { cid }));
    // Only the pallet-wide parameters and the storage version remain.
    expect(s.env.state.keys(prefixOf('EncointerCommunities'))).toEqual(
      [MinSolarTripTimeS.key(), MaxSpeedMps.key(), versionKey].sort(),
    );
    expect(s.env.state.keys(prefixOf('EncointerBalances'))).toEqual([]);
    expect(CeremoniesItem.get(s.env.state, cid)).toBe(7n);
    expect(communityExists(s.env.state, cid)).toBe(false);
  });

  it.each([
    [19, 'ok'],
    [20, err('InvalidCommunityMetadata')],
  ])('QUIRK §10.21: a url of %s bytes gives %s (the doc says 20 are allowed)', (len, expected) => {
    const s = setup();
    const community_metadata = { ...META, url: ascii('u'.repeat(len)) };
    expect(s.outcome(s.newCommunity(loc(1, 1), ABC, { community_metadata }))).toBe(expected);
  });

  it('QUIRK §10.25: MaxSpeedMps 0 is stored, but every location check then fails as an invalid configuration', () => {
    const s = setup();
    s.ok(s.call(ROOT, 'set_max_speed_mps', { max_speed_mps: 0 }));
    expect(MaxSpeedMps.get(s.env.state)).toBe(0);
    expect(s.outcome(s.newCommunity(loc(1, 1)))).toBe('Other');
    // Checks that come before the distance rules still answer with their own error.
    expect(s.outcome(s.newCommunity(loc(89, 1)))).toBe(err('InvalidLocation'));
    expect(s.outcome(s.newCommunity(loc(0, 175)))).toBe(err('MinimumDistanceViolationToDateLine'));
    expect(() => setup(MOCK_LIMITS, { minSolarTripTimeS: 1, maxSpeedMps: 0 })).toThrow(/maxSpeedMps/);
  });
});

describe('call validation (ceremonies §6.6 check order)', () => {
  it('new_community: origin, bootstrapper count, metadata, location, duplicate cid, demurrage', () => {
    const s = setup();
    expect(s.outcome(s.newCommunity(loc(1, 1), ABC, {}, NONE))).toBe('BadOrigin');
    expect(s.outcome(s.newCommunity(loc(1, 1), ABC, {}, ROOT))).toBe('BadOrigin');
    expect(s.outcome(s.newCommunity(loc(1, 1), [ALICE, BOB]))).toBe(err('InvalidAmountBootstrappers'));
    const sixteen = Array.from({ length: 16 }, (_, i) => new Uint8Array(32).fill(i + 1));
    // MaxBootstrappers 15: the count check fires before the bounded-vec check (TooManyBootstrappers is unreachable).
    expect(s.outcome(s.newCommunity(loc(1, 1), sixteen))).toBe(err('InvalidAmountBootstrappers'));
    s.ok(s.newCommunity(loc(5, 5), sixteen.slice(0, 15)));
    const badName = { ...META, name: Uint8Array.of(0xe2, 0x82, 0xac) }; // "€"
    expect(s.outcome(s.newCommunity(loc(1, 1), ABC, { community_metadata: badName }))).toBe(
      err('InvalidCommunityMetadata'),
    );
    // Metadata is checked before the location.
    expect(s.outcome(s.newCommunity(loc(100, 1), ABC, { community_metadata: badName }))).toBe(
      err('InvalidCommunityMetadata'),
    );
    // Outside the geohash range the CID cannot be computed: InvalidLocation.
    expect(s.outcome(s.newCommunity(loc(100, 1)))).toBe(err('InvalidLocation'));
    expect(s.outcome(s.newCommunity(loc(1, 1), ABC, { demurrage: -1n }))).toBe(err('InvalidDemurrage'));
    expect(s.outcome(s.newCommunity(loc(1, 1), ABC, { demurrage: ONE + 1n }))).toBe(err('InvalidDemurrage'));
    expect(getCids(s.env.state)).toHaveLength(1);
    s.ok(s.newCommunity(loc(1, 1), ABC, { demurrage: ONE }));
    // The duplicate check comes before the location and demurrage checks.
    expect(s.outcome(s.newCommunity(loc(1, 1), ABC, { demurrage: -1n }))).toBe(
      err('CommunityAlreadyRegistered'),
    );
  });

  it('a failed new_community leaves no trace (rolled back after partial writes)', () => {
    const s = setup({ ...MOCK_LIMITS, maxCommunityIdentifiers: 1 });
    s.ok(s.newCommunity(loc(1, 1)));
    // The bucket index and Locations are written before the CommunityIdentifiers bound is hit.
    expect(s.outcome(s.newCommunity(loc(0, 0)))).toBe(err('TooManyCommunityIdentifiers'));
    expect(CommunityIdentifiersByGeohash.exists(s.env.state, gh('7zzzz'))).toBe(false);
    expect(Locations.exists(s.env.state, CID_7ZZZZ_ABC, gh('7zzzz'))).toBe(false);
    expect(s.events()).toHaveLength(1);
  });

  it('bounds: TooManyCommunityIdentifiersPerGeohash and TooManyLocationsPerGeohash', () => {
    const s = setup({ ...MOCK_LIMITS, maxCommunityIdentifiersPerGeohash: 1, maxLocationsPerGeohash: 1 });
    s.ok(s.newCommunity(loc(0, 0)));
    expect(s.outcome(s.newCommunity(loc(0, -0.015), [BOB, CHARLIE, ALICE]))).toBe(
      err('TooManyCommunityIdentifiersPerGeohash'),
    );
    expect(s.outcome(s.addLocation(CID_7ZZZZ_ABC, loc(0, -0.015)))).toBe(err('TooManyLocationsPerGeohash'));
    s.ok(s.addLocation(CID_7ZZZZ_ABC, loc(0, 0.015)));
  });

  it('add_location: origin, phase, unknown cid, invalid location', () => {
    const s = setup();
    s.ok(s.newCommunity(loc(1, 1)));
    const cid = CID_S00TW_ABC;
    expect(s.outcome(s.addLocation(cid, loc(2, 2), NONE))).toBe('BadOrigin');
    expect(s.outcome(s.addLocation(CID_7ZZZZ_ABC, loc(2, 2)))).toBe(err('CommunityInexistent'));
    expect(s.outcome(s.addLocation(cid, loc(-78, 2)))).toBe(err('InvalidLocation'));
    expect(s.outcome(s.addLocation(cid, loc(2, 180)))).toBe(err('InvalidLocation'));
    expect(s.outcome(s.addLocation(cid, loc(2, -180)))).toBe(err('InvalidLocation'));
    // The phase is checked before the cid.
    CurrentPhase.set(s.env.state, 'Assigning');
    expect(s.outcome(s.addLocation(CID_7ZZZZ_ABC, loc(2, 2)))).toBe(err('RegistrationPhaseRequired'));
  });

  it('remove_location: origin (CommunityMaster), phase, unknown cid, geohash failure', () => {
    const s = setup();
    s.ok(s.newCommunity(loc(1, 1)));
    const cid = CID_S00TW_ABC;
    expect(s.outcome(s.removeLocation(cid, loc(1, 1), signed(ALICE)))).toBe('BadOrigin');
    expect(s.outcome(s.removeLocation(CID_7ZZZZ_ABC, loc(1, 1)))).toBe(err('CommunityInexistent'));
    expect(s.outcome(s.removeLocation(cid, loc(91, 1)))).toBe(err('InvalidLocationForGeohash'));
    CurrentPhase.set(s.env.state, 'Attesting');
    expect(s.outcome(s.removeLocation(cid, loc(1, 1)))).toBe(err('RegistrationPhaseRequired'));
  });

  it('update calls: unknown cid, invalid metadata, demurrage range (bounds 0 and 1 included)', () => {
    const s = setup();
    s.ok(s.newCommunity(loc(1, 1)));
    const cid = CID_S00TW_ABC;
    const unknown = CID_7ZZZZ_ABC;
    expect(
      s.outcome(s.call(ROOT, 'update_community_metadata', { cid: unknown, community_metadata: META })),
    ).toBe(err('CommunityInexistent'));
    const badAssets = { ...META, assets: ascii('IhaveCorrectLengthButWrongSymbols1111111111111') };
    expect(s.outcome(s.call(ROOT, 'update_community_metadata', { cid, community_metadata: badAssets }))).toBe(
      err('InvalidCommunityMetadata'),
    );
    expect(s.outcome(s.call(ROOT, 'update_demurrage', { cid: unknown, demurrage: 1n }))).toBe(
      err('CommunityInexistent'),
    );
    expect(s.outcome(s.call(ROOT, 'update_demurrage', { cid, demurrage: -ONE }))).toBe(
      err('InvalidDemurrage'),
    );
    expect(s.outcome(s.call(ROOT, 'update_demurrage', { cid, demurrage: ONE + 1n }))).toBe(
      err('InvalidDemurrage'),
    );
    expect(DemurragePerBlock.exists(s.env.state, cid)).toBe(false);
    s.ok(s.call(ROOT, 'update_demurrage', { cid, demurrage: 0n }));
    s.ok(s.call(ROOT, 'update_demurrage', { cid, demurrage: ONE }));
    expect(DemurragePerBlock.get(s.env.state, cid)).toBe(ONE);
    expect(s.outcome(s.call(ROOT, 'update_nominal_income', { cid: unknown, nominal_income: 1n }))).toBe(
      err('CommunityInexistent'),
    );
    // No range check: InvalidNominalIncome is never raised.
    s.ok(s.call(ROOT, 'update_nominal_income', { cid, nominal_income: 0n }));
    s.ok(s.call(ROOT, 'update_nominal_income', { cid, nominal_income: (1n << 128n) - 1n }));
    expect(getNominalIncome(s.env.state, cid)).toBe((1n << 128n) - 1n);
  });

  it('set_min_solar_trip_time_s / set_max_speed_mps: CommunityMaster only, stored, evented', () => {
    const s = setup();
    expect(s.outcome(s.call(signed(ALICE), 'set_min_solar_trip_time_s', { min_solar_trip_time_s: 5 }))).toBe(
      'BadOrigin',
    );
    expect(s.outcome(s.call(signed(ALICE), 'set_max_speed_mps', { max_speed_mps: 5 }))).toBe('BadOrigin');
    s.ok(s.call(ROOT, 'set_min_solar_trip_time_s', { min_solar_trip_time_s: 5 }));
    s.ok(s.call(ROOT, 'set_max_speed_mps', { max_speed_mps: 7 }));
    expect([MinSolarTripTimeS.get(s.env.state), MaxSpeedMps.get(s.env.state)]).toEqual([5, 7]);
    expect(s.events()).toEqual([
      { tag: 'MinSolarTripTimeSUpdated', value: 5 },
      { tag: 'MaxSpeedMpsUpdated', value: 7 },
    ]);
  });

  it('a larger MinSolarTripTimeS widens the exclusion zone', () => {
    const s = setup();
    s.ok(s.newCommunity(loc(0, 0)));
    // (0.01, 0) is ~1 112 m north: trip time 13 s at 83 m/s.
    s.ok(s.call(ROOT, 'set_min_solar_trip_time_s', { min_solar_trip_time_s: 14 }));
    expect(s.outcome(s.addLocation(CID_7ZZZZ_ABC, loc(0.01, 0)))).toBe(
      err('MinimumDistanceViolationToOtherLocation'),
    );
    s.ok(s.call(ROOT, 'set_min_solar_trip_time_s', { min_solar_trip_time_s: 13 }));
    s.ok(s.addLocation(CID_7ZZZZ_ABC, loc(0.01, 0)));
  });

  it('purge_community: CommunityMaster only; no existence check (an unknown cid is "purged")', () => {
    const s = setup();
    expect(s.outcome(s.call(signed(ALICE), 'purge_community', { cid: CID_7ZZZZ_ABC }))).toBe('BadOrigin');
    s.ok(s.call(ROOT, 'purge_community', { cid: CID_7ZZZZ_ABC }));
    expect(s.events()).toEqual([{ tag: 'CommunityPurged', value: CID_7ZZZZ_ABC }]);
  });

  it('purge keeps the registration order of the remaining communities', () => {
    const s = setup();
    s.ok(s.newCommunity(loc(1, 1)));
    s.ok(s.newCommunity(loc(0, 0)));
    s.ok(s.newCommunity(loc(0, -0.015), [BOB, CHARLIE, ALICE]));
    s.ok(s.call(ROOT, 'purge_community', { cid: CID_7ZZZZ_ABC }));
    expect(getCids(s.env.state)).toEqual([CID_S00TW_ABC, CID_7ZZZZ_BCA]);
    expect(CommunityIdentifiersByGeohash.get(s.env.state, gh('7zzzz'))).toEqual([CID_7ZZZZ_BCA]);
  });
});

describe('CommunitiesApi (ceremonies §6.9)', () => {
  it('get_cids, get_name and get_locations', () => {
    const s = setup();
    expect(getCids(s.env.state)).toEqual([]);
    s.ok(s.newCommunity(loc(1, 1)));
    s.ok(s.addLocation(CID_S00TW_ABC, loc(2, 2)));
    expect(getCids(s.env.state)).toEqual([CID_S00TW_ABC]);
    expect(getName(s.env.state, CID_S00TW_ABC)).toEqual(ascii('Leu Zurich'));
    expect(getName(s.env.state, CID_7ZZZZ_ABC)).toBeUndefined();
    expect(getLocations(s.env.state, CID_S00TW_ABC)).toEqual([loc(1, 1), loc(2, 2)]);
    expect(getLocations(s.env.state, CID_7ZZZZ_ABC)).toEqual([]);
  });
});

describe('CommunitiesApi over SCALE (declared input/output types)', () => {
  const method = (name: string) => COMMUNITIES_API.methods.find((m) => m.name === name)!;

  it('get_name answers Option<BoundedVec<u8>> bytes', () => {
    const s = setup();
    s.ok(s.newCommunity(loc(1, 1)));
    const m = method('get_name');
    const cidArg = m.inputs[0]!.type.dec(m.inputs[0]!.type.enc(CID_S00TW_ABC));
    // Some(compact(10) ++ "Leu Zurich")
    expect(toHex(m.output.enc(m.run(s.env.state, cidArg)))).toBe('0x01284c6575205a7572696368');
    expect(toHex(m.output.enc(m.run(s.env.state, CID_7ZZZZ_ABC)))).toBe('0x00');
  });

  it('get_cids and get_locations answer Vec bytes', () => {
    const s = setup();
    s.ok(s.newCommunity(loc(1, 1)));
    // compact(1) ++ "s00tw" ++ digest 823f31cb
    expect(toHex(method('get_cids').output.enc(method('get_cids').run(s.env.state)))).toBe(
      '0x04733030747782' + '3f31cb',
    );
    // compact(1) ++ lat 1.0 (i128 LE: 2^64) ++ lon 1.0
    const one = '0000000000000000' + '0100000000000000';
    expect(
      toHex(method('get_locations').output.enc(method('get_locations').run(s.env.state, CID_S00TW_ABC))),
    ).toBe(`0x04${one}${one}`);
  });

  it('get_all_balances answers Vec<(CommunityIdentifier, BalanceEntry)> bytes', () => {
    const s = setup();
    s.ok(s.newCommunity(loc(1, 1)));
    Balance.set(s.env.state, CID_S00TW_ABC, ALICE, { principal: ONE, last_update: 5 });
    const m = method('get_all_balances');
    // compact(1) ++ cid ++ principal 1.0 (u128 LE) ++ last_update 5 (u32 LE)
    expect(toHex(m.output.enc(m.run(s.env.state, ALICE)))).toBe(
      '0x04733030747782' + '3f31cb' + '0000000000000000' + '0100000000000000' + '05000000',
    );
  });
});

describe('genesis (ceremonies §8)', () => {
  it('writes MinSolarTripTimeS, MaxSpeedMps and the storage version 2', () => {
    const s = setup(MOCK_LIMITS, { minSolarTripTimeS: 1, maxSpeedMps: 83 });
    expect([MinSolarTripTimeS.get(s.env.state), MaxSpeedMps.get(s.env.state)]).toEqual([1, 83]);
    const text = new TextEncoder();
    const versionKey =
      toHex(Twox128(text.encode('EncointerCommunities'))) +
      toHex(Twox128(text.encode(':__STORAGE_VERSION__:'))).slice(2);
    expect(s.env.state.get(versionKey)).toEqual(Uint8Array.of(2, 0));
  });

  it('rejects values the pallet cannot work with', () => {
    expect(() => setup(MOCK_LIMITS, { minSolarTripTimeS: -1, maxSpeedMps: 1 })).toThrow(/minSolarTripTimeS/);
    expect(() => setup(MOCK_LIMITS, { minSolarTripTimeS: 1, maxSpeedMps: 2 ** 32 })).toThrow(/maxSpeedMps/);
  });

  it('createCommunitiesPallet refuses bounds beyond the storage types (10 000)', () => {
    expect(() =>
      createCommunitiesPallet({
        ...DEV_COMMUNITIES_CONFIG,
        limits: { ...MOCK_LIMITS, maxBootstrappers: 10_001 },
      }),
    ).toThrow(/maxBootstrappers/);
  });
});
