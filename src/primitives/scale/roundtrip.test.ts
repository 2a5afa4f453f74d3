// Property tests: decode(encode(x)) = x for every exported described type, over generated valid values
// (spec: ceremonies §0).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as codec from '../codec/describe.js';
import type { AnyType } from '../codec/types.js';
import * as scale from './index.js';

const { CEREMONY_PHASES, COMMUNITY_RULES, EXCLUSION_REASONS, MEETUP_RESULTS, PARTICIPANT_TYPES, VOTES } =
  scale;

const bytes = (n: number) => fc.uint8Array({ minLength: n, maxLength: n });
const upTo = (max: number) => fc.uint8Array({ maxLength: max });
const uint = (bits: number) => fc.bigInt({ min: 0n, max: (1n << BigInt(bits)) - 1n });
const sint = (bits: number) =>
  fc.bigInt({ min: -(1n << BigInt(bits - 1)), max: (1n << BigInt(bits - 1)) - 1n });
const u8 = fc.integer({ min: 0, max: 0xff });
const u16 = fc.integer({ min: 0, max: 0xffff });
const u32 = fc.integer({ min: 0, max: 0xffff_ffff });
const i32 = fc.integer({ min: -(2 ** 31), max: 2 ** 31 - 1 });
const u64 = uint(64);
const u128 = uint(128);
const i128 = sint(128);
const opt = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined });
const list = <T>(arb: fc.Arbitrary<T>, maxLength = 4) => fc.array(arb, { maxLength });
const unitVariant = <const T extends string>(tag: T) => fc.constant({ tag, value: undefined });
const variant = <const T extends string, V>(tag: T, value: fc.Arbitrary<V>) =>
  fc.record({ tag: fc.constant(tag), value });

const account = bytes(32);
const h256 = bytes(32);
const cid = fc.record({ geohash: bytes(5), digest: bytes(4) });
const location = fc.record({ lat: i128, lon: i128 });
const palletString = upTo(256);
const multiSignature = fc.oneof(
  variant('Ed25519', bytes(64)),
  variant('Sr25519', bytes(64)),
  variant('Ecdsa', bytes(65)),
);
const phase = fc.constantFrom(...CEREMONY_PHASES);
const participantType = fc.constantFrom(...PARTICIPANT_TYPES);
const reputation = fc.oneof(
  unitVariant('Unverified'),
  unitVariant('UnverifiedReputable'),
  unitVariant('VerifiedUnlinked'),
  variant('VerifiedLinked', u32),
);
const assignmentParams = fc.record({ m: u64, s1: u64, s2: u64 });
const communityReputation = fc.record({ community_identifier: cid, reputation });
const signer = variant('Bip340', bytes(32));
const metadata = fc.record({
  name: palletString,
  symbol: palletString,
  assets: palletString,
  theme: opt(palletString),
  url: opt(palletString),
  announcement_signer: opt(signer),
  rules: fc.constantFrom(...COMMUNITY_RULES),
});
const ceremonyGlobal = fc.record({ ceremony_phase: phase, ceremony_index: u32 });
const personal = fc.record({
  participant_type: participantType,
  meetup_index: opt(u64),
  meetup_location_index: opt(u64),
  meetup_time: opt(u64),
  meetup_registry: opt(list(account)),
});
const businessData = fc.record({ url: palletString, last_oid: u32 });
const assetKind = fc.uint8Array({ maxLength: 40 });
const swapNative = fc.record({
  cid,
  native_allowance: u128,
  rate: opt(u128),
  do_burn: fc.boolean(),
  valid_from: opt(u64),
  valid_until: opt(u64),
});
const swapAsset = fc.record({
  cid,
  asset_id: assetKind,
  asset_allowance: u128,
  rate: opt(u128),
  do_burn: fc.boolean(),
  valid_from: opt(u64),
  valid_until: opt(u64),
});
const application = fc.record({ cid, spec_hash: h256, dossier: upTo(256) });
const snapshotEntry = fc.record({ cid, electorate: u128, reputables: u128, weight: u128 });
const exponent = fc.tuple(u8, u8);
const proposalAction = fc.oneof(
  variant('AddLocation', fc.tuple(cid, location)),
  variant('RemoveLocation', fc.tuple(cid, location)),
  variant('UpdateCommunityMetadata', fc.tuple(cid, metadata)),
  variant('UpdateDemurrage', fc.tuple(cid, i128)),
  variant('UpdateNominalIncome', fc.tuple(cid, u128)),
  variant('SetInactivityTimeout', u32),
  variant('Petition', fc.tuple(opt(cid), palletString)),
  variant('SpendNative', fc.tuple(opt(cid), account, u128)),
  variant('IssueSwapNativeOption', fc.tuple(cid, account, swapNative)),
  variant('SpendAsset', fc.tuple(opt(cid), account, u128, assetKind)),
  variant('IssueSwapAssetOption', fc.tuple(cid, account, swapAsset)),
  variant('OnboardCommunity', application),
  variant('SetOnboardingExponent', exponent),
);
const proposalState = fc.oneof(
  unitVariant('Ongoing'),
  variant('Confirming', fc.record({ since: u64 })),
  unitVariant('Approved'),
  variant('SupersededBy', fc.record({ id: u128 })),
  unitVariant('Rejected'),
  unitVariant('Enacted'),
);

// One generator per exported type; the last test fails when a type is added without one.
const arbitraries: Record<string, fc.Arbitrary<unknown>> = {
  u8,
  u16,
  u32,
  i32,
  u64,
  u128,
  i128,
  bool: fc.boolean(),
  compactU32: u32,
  AccountId: account,
  H256: h256,
  MultiSignature: multiSignature,
  Ed25519Signature: bytes(64),
  Sr25519Signature: bytes(64),
  EcdsaSignature: bytes(65),
  GeoHash: bytes(5),
  CommunityIdentifier: cid,
  MaybeCommunityIdentifier: opt(cid),
  I64F64: i128,
  U64F64: u128,
  Degree: i128,
  Demurrage: i128,
  BalanceType: u128,
  NominalIncome: u128,
  Location: location,
  Moment: u64,
  CeremonyIndex: u32,
  BlockNumber: u32,
  NativeBalance: u128,
  CommunityCeremony: fc.tuple(cid, u32),
  PalletString: palletString,
  ByteVec: fc.uint8Array({ maxLength: 300 }),
  CeremonyPhaseType: phase,
  ParticipantIndex: u64,
  MeetupIndex: u64,
  AttestationIndex: u64,
  MeetupParticipantIndex: u8,
  InactivityTimeout: u32,
  EndorsementTickets: u8,
  ReputationLifetime: u32,
  MeetupTimeOffset: i32,
  ReputationCount: u128,
  Reputation: reputation,
  ParticipantType: participantType,
  AssignmentParams: assignmentParams,
  Assignment: fc.record({
    bootstrappers_reputables: assignmentParams,
    endorsees: assignmentParams,
    newbies: assignmentParams,
    locations: assignmentParams,
  }),
  AssignmentCount: fc.record({ bootstrappers: u64, reputables: u64, endorsees: u64, newbies: u64 }),
  MeetupResult: fc.constantFrom(...MEETUP_RESULTS),
  ExclusionReason: fc.constantFrom(...EXCLUSION_REASONS),
  ProofOfAttendance: fc.record({
    prover_public: account,
    ceremony_index: u32,
    community_identifier: cid,
    attendee_public: account,
    attendee_signature: multiSignature,
  }),
  ProofOfAttendanceMessage: fc.tuple(account, u32),
  ClaimOfAttendance: fc.record({
    claimant_public: account,
    ceremony_index: u32,
    community_identifier: cid,
    meetup_index: u64,
    location,
    timestamp: u64,
    number_of_participants_confirmed: u32,
    claimant_signature: opt(multiSignature),
  }),
  ClaimOfAttendanceMessage: fc.tuple(account, u32, cid, u64, location, u64, u32),
  CommunityReputation: communityReputation,
  Reputations: list(fc.tuple(u32, communityReputation)),
  CeremonyInfo: ceremonyGlobal,
  AggregatedAccountDataGlobal: ceremonyGlobal,
  AggregatedAccountDataPersonal: personal,
  AggregatedAccountData: fc.record({ global: ceremonyGlobal, personal: opt(personal) }),
  Attestations: list(account, 6),
  CommunityRules: fc.constantFrom(...COMMUNITY_RULES),
  AnnouncementSigner: signer,
  CommunityMetadata: metadata,
  MinSolarTripTime: u32,
  MaxSpeedMps: u32,
  Bootstrappers: list(account),
  CommunityIdentifiers: list(cid),
  CommunityIdentifiersPerGeohash: list(cid),
  LocationsPerGeohash: list(location),
  BalanceEntry: fc.record({ principal: u128, last_update: u32 }),
  FeeConversionFactor: u128,
  BusinessIdentifier: fc.record({ community_identifier: cid, controller: account }),
  OfferingIdentifier: u32,
  BusinessData: businessData,
  OfferingData: fc.record({ url: palletString }),
  Business: fc.record({ controller: account, business_data: businessData }),
  FaucetName: upTo(64),
  WhiteList: list(cid, 8),
  Faucet: fc.record({
    name: upTo(64),
    purpose_id: u64,
    whitelist: opt(list(cid)),
    drip_amount: u128,
    creator: account,
  }),
  PurposeId: u64,
  Descriptor: upTo(128),
  CommitmentHash: opt(h256),
  AssetKind: assetKind,
  SwapNativeOption: swapNative,
  SwapAssetOption: swapAsset,
  BoundedIpfsCid: upTo(256),
  OnboardingApplication: application,
  RegistrationSpec: fc.tuple(location, list(account), metadata, opt(i128), opt(u128)),
  SnapshotEntry: snapshotEntry,
  OnboardingSnapshot: list(snapshotEntry),
  OnboardingExponent: exponent,
  OnboardingInfo: fc.record({ applicant: account, deposit: u128, exponent, total_weight: u128 }),
  WhitelistEntry: fc.record({ spec_hash: h256, proposal_id: u128, applicant: account, expires_after: u32 }),
  ProposalId: u128,
  VoteCount: u128,
  Vote: fc.constantFrom(...VOTES),
  Tally: fc.record({ turnout: u128, ayes: u128 }),
  ProposalAccessPolicy: fc.oneof(unitVariant('Global'), variant('Community', cid), unitVariant('Federated')),
  ProposalState: proposalState,
  ProposalAction: proposalAction,
  ProposalActionIdentifier: fc.oneof(
    variant('AddLocation', cid),
    variant('RemoveLocation', cid),
    variant('UpdateCommunityMetadata', cid),
    variant('UpdateDemurrage', cid),
    variant('UpdateNominalIncome', cid),
    unitVariant('SetInactivityTimeout'),
    variant('Petition', opt(cid)),
    variant('SpendNative', opt(cid)),
    variant('IssueSwapNativeOption', cid),
    variant('SpendAsset', opt(cid)),
    variant('IssueSwapAssetOption', cid),
    variant('OnboardCommunity', cid),
    unitVariant('SetOnboardingExponent'),
  ),
  Proposal: fc.record({
    start: u64,
    start_cindex: u32,
    action: proposalAction,
    state: proposalState,
    electorate_size: u128,
  }),
  ReputationVec: list(fc.tuple(cid, u32), 8),
  EnactmentQueue: list(u128, 8),
  LastApprovedProposal: fc.tuple(u64, u128),
};

// Every described type the folder exports, and the primitives of ../codec it builds on.
const primitives = {
  bool: codec.bool,
  compactU32: codec.compactU32,
  i32: codec.i32,
  i128: codec.i128,
  u8: codec.u8,
  u16: codec.u16,
  u32: codec.u32,
  u64: codec.u64,
  u128: codec.u128,
};
const types = [
  ...Object.entries(scale).filter(([, v]) => codec.isType(v)),
  ...Object.entries(primitives),
] as [string, AnyType][];

describe('decode(encode(x)) = x for every described type (fast-check)', () => {
  it.each(types)('%s round-trips, also from a subarray, and rejects a trailing byte', (name, type) => {
    const arb = arbitraries[name];
    expect(arb, `no arbitrary for ${name}`).toBeDefined();
    fc.assert(
      fc.property(arb!, (value) => {
        const encoded = type.enc(value);
        expect(type.dec(encoded)).toEqual(value);
        const framed = new Uint8Array(encoded.length + 3);
        framed.set(encoded, 1);
        expect(type.dec(framed.subarray(1, 1 + encoded.length))).toEqual(value);
        expect(() => type.dec(framed.subarray(1, 2 + encoded.length))).toThrow(/trailing bytes/);
      }),
      { numRuns: 60 },
    );
  });

  it('has no generator left over for a type that no longer exists', () => {
    const names = new Set(types.map(([name]) => name));
    expect(Object.keys(arbitraries).filter((name) => !names.has(name))).toEqual([]);
  });
});
