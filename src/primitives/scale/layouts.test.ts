// Hand-written expected encodings, derived from the layout text of ceremonies §1 and economy §2.2, §4.1, §5.1,
// §6.2, §7, §8, §9.5 and Appendix B (fields in declaration order, enums = 1 index byte + data).
import { describe, expect, it } from 'vitest';
import { bool, compactU32, i32, i128, isType, u8, u16, u32, u64, u128 } from '../codec/describe.js';
import type { AnyType } from '../codec/types.js';
import { fromHex, toHex } from '../common/bytes.js';
import * as scale from './index.js';

const {
  AccountId,
  AggregatedAccountData,
  AggregatedAccountDataGlobal,
  AggregatedAccountDataPersonal,
  AnnouncementSigner,
  AssetKind,
  Assignment,
  AssignmentCount,
  AssignmentParams,
  AttestationIndex,
  Attestations,
  BalanceEntry,
  BalanceType,
  BlockNumber,
  Bootstrappers,
  BoundedIpfsCid,
  Business,
  BusinessData,
  BusinessIdentifier,
  ByteVec,
  CeremonyIndex,
  CeremonyInfo,
  CeremonyPhaseType,
  ClaimOfAttendance,
  ClaimOfAttendanceMessage,
  CommitmentHash,
  CommunityCeremony,
  CommunityIdentifier,
  CommunityIdentifiers,
  CommunityIdentifiersPerGeohash,
  CommunityMetadata,
  CommunityReputation,
  CommunityRules,
  Degree,
  Demurrage,
  Descriptor,
  EndorsementTickets,
  EnactmentQueue,
  ExclusionReason,
  Faucet,
  FaucetName,
  FeeConversionFactor,
  GeoHash,
  H256,
  I64F64,
  InactivityTimeout,
  LastApprovedProposal,
  Location,
  LocationsPerGeohash,
  MaxSpeedMps,
  MaybeCommunityIdentifier,
  MeetupIndex,
  MeetupParticipantIndex,
  MeetupResult,
  MeetupTimeOffset,
  MinSolarTripTime,
  Moment,
  MultiSignature,
  NativeBalance,
  NominalIncome,
  OfferingData,
  OfferingIdentifier,
  OnboardingApplication,
  OnboardingExponent,
  OnboardingInfo,
  OnboardingSnapshot,
  PalletString,
  ParticipantIndex,
  ParticipantType,
  ProofOfAttendance,
  ProofOfAttendanceMessage,
  Proposal,
  ProposalAccessPolicy,
  ProposalAction,
  ProposalActionIdentifier,
  ProposalId,
  ProposalState,
  PurposeId,
  RegistrationSpec,
  Reputation,
  ReputationCount,
  ReputationLifetime,
  Reputations,
  ReputationVec,
  SnapshotEntry,
  SwapAssetOption,
  SwapNativeOption,
  Tally,
  U64F64,
  Vote,
  VoteCount,
  WhiteList,
  WhitelistEntry,
  Ed25519Signature,
  Sr25519Signature,
  EcdsaSignature,
} = scale;

const ascii = (text: string): string => toHex(new TextEncoder().encode(text)).slice(2);
const bytesOf = (text: string): Uint8Array => new TextEncoder().encode(text);
const z = (n: number): string => '00'.repeat(n);

const ALICE_HEX = 'd43593c715fdd31c61141abd04a99fd6822c8558854ccde39a5684e7a56da27d';
const BOB_HEX = '8eaf04151687736326c9fea17e25fc5287613693c912909cb226aa4794f26a48';
const ALICE = fromHex(`0x${ALICE_HEX}`);
const BOB = fromHex(`0x${BOB_HEX}`);
const H = new Uint8Array(32).fill(0xaa);
const H_HEX = 'aa'.repeat(32);

const cid = { geohash: fromHex('0x6762737576'), digest: fromHex('0xffffffff') }; // gbsuv7YXq9G
const CID = '6762737576ffffffff';
const cid2 = { geohash: fromHex('0x7330307477'), digest: fromHex('0x823f31cb') }; // s00tw4L6cmG
const CID2 = '7330307477823f31cb';

const ONE = 1n << 64n;
const ONE_HEX = `${z(8)}0100000000000000`;
const loc = { lat: ONE, lon: -ONE }; // (1.0, −1.0)
const LOC = `${ONE_HEX}${z(8)}ffffffffffffffff`;
const T = 0x0102030405060708n;
const T_HEX = '0807060504030201';
const DEMURRAGE = 0x1e3f0a8a973n;
const DEMURRAGE_HEX = `73a9a8f0e301${z(10)}`;

const sr25519 = { tag: 'Sr25519', value: new Uint8Array(64).fill(0x11) } as const;
const SR25519 = `01${'11'.repeat(64)}`;

// Minimal metadata: one-letter name/symbol/assets, no options set, rules BeeDance.
const meta = {
  name: bytesOf('a'),
  symbol: bytesOf('b'),
  assets: bytesOf('c'),
  theme: undefined,
  url: undefined,
  announcement_signer: undefined,
  rules: 'BeeDance',
} as const;
const META = '04610462046300000002';

// ceremonies §6.3 default metadata.
const DEFAULT_ASSETS = 'Defau1tCidThat1s46Characters1nLength1111111111';
const defaultMeta = {
  name: bytesOf('Default'),
  symbol: bytesOf('DEF'),
  assets: bytesOf(DEFAULT_ASSETS),
  theme: undefined,
  url: bytesOf('DefaultUrl'),
  announcement_signer: undefined,
  rules: 'LoCo',
} as const;
const DEFAULT_META = `1c${ascii('Default')}0c${ascii('DEF')}b8${ascii(DEFAULT_ASSETS)}000128${ascii('DefaultUrl')}0000`;

const swapNative = {
  cid,
  native_allowance: 0x10n,
  rate: ONE,
  do_burn: true,
  valid_from: undefined,
  valid_until: T,
};
const SWAP_NATIVE = `${CID}10${z(15)}01${ONE_HEX}010001${T_HEX}`;
const swapAsset = {
  cid,
  asset_id: Uint8Array.of(1, 2),
  asset_allowance: 5n,
  rate: undefined,
  do_burn: false,
  valid_from: 1n,
  valid_until: undefined,
};
const SWAP_ASSET = `${CID}08010205${z(15)}000001${'01'}${z(7)}00`;
const app = { cid, spec_hash: H, dossier: bytesOf('abc') };
const APP = `${CID}${H_HEX}0c616263`;
const snapshotEntry = { cid, electorate: 1000n, reputables: 400n, weight: 20n * ONE };
const SNAPSHOT_ENTRY = `${CID}e803${z(14)}9001${z(14)}${z(8)}1400000000000000`;
const unit = undefined;

type Row = readonly [label: string, codec: AnyType, value: unknown, hex: string];

const rows: readonly Row[] = [
  // primitives and common types
  ['u8', u8, 0xab, 'ab'],
  ['u16', u16, 0x0102, '0201'],
  ['u32', u32, 0x01020304, '04030201'],
  ['i32 −2', i32, -2, 'feffffff'],
  ['u64', u64, T, T_HEX],
  ['u128', u128, (1n << 128n) - 1n, 'ff'.repeat(16)],
  ['i128 −1', i128, -1n, 'ff'.repeat(16)],
  ['bool true', bool, true, '01'],
  ['bool false', bool, false, '00'],
  ['Compact<u32> 64', compactU32, 64, '0101'],
  ['AccountId', AccountId, ALICE, ALICE_HEX],
  ['H256', H256, H, H_HEX],
  [
    'MultiSignature Ed25519',
    MultiSignature,
    { tag: 'Ed25519', value: new Uint8Array(64).fill(0x22) },
    `00${'22'.repeat(64)}`,
  ],
  ['MultiSignature Sr25519', MultiSignature, sr25519, SR25519],
  ['ed25519::Signature', Ed25519Signature, new Uint8Array(64).fill(0x22), '22'.repeat(64)],
  ['sr25519::Signature', Sr25519Signature, new Uint8Array(64).fill(0x11), '11'.repeat(64)],
  ['ecdsa::Signature', EcdsaSignature, new Uint8Array(65).fill(0x33), '33'.repeat(65)],
  [
    'MultiSignature Ecdsa',
    MultiSignature,
    { tag: 'Ecdsa', value: new Uint8Array(65).fill(0x33) },
    `02${'33'.repeat(65)}`,
  ],
  ['GeoHash', GeoHash, bytesOf('gbsuv'), '6762737576'],
  ['CommunityIdentifier', CommunityIdentifier, cid, CID],
  ['Option<CommunityIdentifier>', MaybeCommunityIdentifier, cid2, `01${CID2}`],
  ['I64F64 −1.0', I64F64, -ONE, `${z(8)}ffffffffffffffff`],
  ['U64F64 max', U64F64, (1n << 128n) - 1n, 'ff'.repeat(16)],
  ['Degree 1.5', Degree, ONE + (ONE >> 1n), `${z(7)}800100000000000000`],
  ['Demurrage', Demurrage, DEMURRAGE, DEMURRAGE_HEX],
  ['BalanceType 0.5', BalanceType, ONE >> 1n, `${z(7)}80${z(8)}`],
  ['NominalIncome 2.0', NominalIncome, 2n * ONE, `${z(8)}02${z(7)}`],
  ['Location (1.0, −1.0)', Location, loc, LOC],
  ['Moment', Moment, T, T_HEX],
  ['CeremonyIndex', CeremonyIndex, 0x01020304, '04030201'],
  ['BlockNumber', BlockNumber, 0x01020304, '04030201'],
  ['NativeBalance', NativeBalance, 0x0a0bn, `0b0a${z(14)}`],
  ['CommunityCeremony (cid, 7): 9 + 4 bytes', CommunityCeremony, [cid, 7], `${CID}07000000`],
  ['PalletString "abc"', PalletString, bytesOf('abc'), '0c616263'],
  [
    'PalletString of 64 bytes (2-byte prefix)',
    PalletString,
    new Uint8Array(64).fill(0x61),
    `0101${'61'.repeat(64)}`,
  ],
  ['PalletString of 256 bytes', PalletString, new Uint8Array(256).fill(0x62), `0104${'62'.repeat(256)}`],
  ['Vec<u8>', ByteVec, Uint8Array.of(1, 2, 3), '0c010203'],
  // scheduler
  ['CeremonyPhaseType Registering', CeremonyPhaseType, 'Registering', '00'],
  ['CeremonyPhaseType Assigning', CeremonyPhaseType, 'Assigning', '01'],
  ['CeremonyPhaseType Attesting', CeremonyPhaseType, 'Attesting', '02'],
  // ceremonies
  ['ParticipantIndex', ParticipantIndex, 1n, `01${z(7)}`],
  ['MeetupIndex', MeetupIndex, 2n, `02${z(7)}`],
  ['AttestationIndex', AttestationIndex, 3n, `03${z(7)}`],
  ['MeetupParticipantIndex', MeetupParticipantIndex, 6, '06'],
  ['InactivityTimeout', InactivityTimeout, 3, '03000000'],
  ['EndorsementTickets', EndorsementTickets, 50, '32'],
  ['ReputationLifetime', ReputationLifetime, 6, '06000000'],
  ['MeetupTimeOffset −1', MeetupTimeOffset, -1, 'ffffffff'],
  ['ReputationCount', ReputationCount, 3n, `03${z(15)}`],
  ['Reputation Unverified', Reputation, { tag: 'Unverified', value: unit }, '00'],
  ['Reputation UnverifiedReputable', Reputation, { tag: 'UnverifiedReputable', value: unit }, '01'],
  ['Reputation VerifiedUnlinked', Reputation, { tag: 'VerifiedUnlinked', value: unit }, '02'],
  ['Reputation VerifiedLinked(10)', Reputation, { tag: 'VerifiedLinked', value: 10 }, '030a000000'],
  ['ParticipantType Bootstrapper', ParticipantType, 'Bootstrapper', '00'],
  ['ParticipantType Reputable', ParticipantType, 'Reputable', '01'],
  ['ParticipantType Endorsee', ParticipantType, 'Endorsee', '02'],
  ['ParticipantType Newbie', ParticipantType, 'Newbie', '03'],
  ['AssignmentParams', AssignmentParams, { m: 0x11n, s1: 0x22n, s2: 0x33n }, `11${z(7)}22${z(7)}33${z(7)}`],
  [
    'Assignment',
    Assignment,
    {
      bootstrappers_reputables: { m: 5n, s1: 1n, s2: 1n },
      endorsees: { m: 37n, s1: 1n, s2: 1n },
      newbies: { m: 2n, s1: 1n, s2: 1n },
      locations: { m: 3n, s1: 1n, s2: 3n },
    },
    [
      `05${z(7)}01${z(7)}01${z(7)}`,
      `25${z(7)}01${z(7)}01${z(7)}`,
      `02${z(7)}01${z(7)}01${z(7)}`,
      `03${z(7)}01${z(7)}03${z(7)}`,
    ].join(''),
  ],
  [
    'AssignmentCount',
    AssignmentCount,
    { bootstrappers: 6n, reputables: 0n, endorsees: 39n, newbies: 0n },
    `06${z(7)}${z(8)}27${z(7)}${z(8)}`,
  ],
  ['MeetupResult Ok', MeetupResult, 'Ok', '00'],
  ['MeetupResult VotesNotDependable', MeetupResult, 'VotesNotDependable', '01'],
  ['MeetupResult MeetupValidationIndexOutOfBounds', MeetupResult, 'MeetupValidationIndexOutOfBounds', '02'],
  ['ExclusionReason NoVote', ExclusionReason, 'NoVote', '00'],
  ['ExclusionReason WrongVote', ExclusionReason, 'WrongVote', '01'],
  ['ExclusionReason TooFewIncomingAttestations', ExclusionReason, 'TooFewIncomingAttestations', '02'],
  ['ExclusionReason TooFewOutgoingAttestations', ExclusionReason, 'TooFewOutgoingAttestations', '03'],
  [
    'ProofOfAttendance',
    ProofOfAttendance,
    {
      prover_public: ALICE,
      ceremony_index: 3,
      community_identifier: cid,
      attendee_public: BOB,
      attendee_signature: sr25519,
    },
    `${ALICE_HEX}03000000${CID}${BOB_HEX}${SR25519}`,
  ],
  ['ProofOfAttendanceMessage', ProofOfAttendanceMessage, [BOB, 0x0102], `${BOB_HEX}02010000`],
  [
    'ClaimOfAttendance without signature',
    ClaimOfAttendance,
    {
      claimant_public: ALICE,
      ceremony_index: 2,
      community_identifier: cid,
      meetup_index: 1n,
      location: loc,
      timestamp: T,
      number_of_participants_confirmed: 3,
      claimant_signature: undefined,
    },
    `${ALICE_HEX}02000000${CID}01${z(7)}${LOC}${T_HEX}0300000000`,
  ],
  [
    'ClaimOfAttendance with signature',
    ClaimOfAttendance,
    {
      claimant_public: ALICE,
      ceremony_index: 2,
      community_identifier: cid,
      meetup_index: 1n,
      location: loc,
      timestamp: T,
      number_of_participants_confirmed: 3,
      claimant_signature: sr25519,
    },
    `${ALICE_HEX}02000000${CID}01${z(7)}${LOC}${T_HEX}0300000001${SR25519}`,
  ],
  [
    'ClaimOfAttendanceMessage',
    ClaimOfAttendanceMessage,
    [ALICE, 2, cid, 1n, loc, T, 3],
    `${ALICE_HEX}02000000${CID}01${z(7)}${LOC}${T_HEX}03000000`,
  ],
  [
    'CommunityReputation',
    CommunityReputation,
    { community_identifier: cid, reputation: { tag: 'VerifiedLinked', value: 5 } },
    `${CID}0305000000`,
  ],
  [
    'Reputations',
    Reputations,
    [[4, { community_identifier: cid2, reputation: { tag: 'VerifiedUnlinked', value: unit } }]],
    `0404000000${CID2}02`,
  ],
  ['CeremonyInfo', CeremonyInfo, { ceremony_phase: 'Attesting', ceremony_index: 7 }, '0207000000'],
  [
    'AggregatedAccountDataGlobal',
    AggregatedAccountDataGlobal,
    { ceremony_phase: 'Assigning', ceremony_index: 2 },
    '0102000000',
  ],
  [
    'AggregatedAccountDataPersonal',
    AggregatedAccountDataPersonal,
    {
      participant_type: 'Reputable',
      meetup_index: 1n,
      meetup_location_index: 0n,
      meetup_time: T,
      meetup_registry: [ALICE, BOB],
    },
    `01${`01${'01'}${z(7)}`}01${z(8)}01${T_HEX}0108${ALICE_HEX}${BOB_HEX}`,
  ],
  [
    'AggregatedAccountData without personal data',
    AggregatedAccountData,
    { global: { ceremony_phase: 'Registering', ceremony_index: 1 }, personal: undefined },
    '000100000000',
  ],
  [
    'AggregatedAccountData with unassigned personal data',
    AggregatedAccountData,
    {
      global: { ceremony_phase: 'Registering', ceremony_index: 1 },
      personal: {
        participant_type: 'Newbie',
        meetup_index: undefined,
        meetup_location_index: undefined,
        meetup_time: undefined,
        meetup_registry: undefined,
      },
    },
    '00010000000103' + '00000000',
  ],
  ['Attestations', Attestations, [ALICE, BOB], `08${ALICE_HEX}${BOB_HEX}`],
  // communities
  ['CommunityRules LoCo', CommunityRules, 'LoCo', '00'],
  ['CommunityRules LoCoFlex', CommunityRules, 'LoCoFlex', '01'],
  ['CommunityRules BeeDance', CommunityRules, 'BeeDance', '02'],
  ['AnnouncementSigner Bip340', AnnouncementSigner, { tag: 'Bip340', value: H }, `00${H_HEX}`],
  ['CommunityMetadata (minimal)', CommunityMetadata, meta, META],
  ['CommunityMetadata (ceremonies §6.3 default)', CommunityMetadata, defaultMeta, DEFAULT_META],
  [
    'CommunityMetadata (all options set)',
    CommunityMetadata,
    {
      name: bytesOf('a'),
      symbol: bytesOf('b'),
      assets: bytesOf('c'),
      theme: bytesOf('d'),
      url: bytesOf('e'),
      announcement_signer: { tag: 'Bip340', value: H },
      rules: 'LoCoFlex',
    },
    `046104620463010464010465${'0100'}${H_HEX}01`,
  ],
  ['MinSolarTripTime', MinSolarTripTime, 1, '01000000'],
  ['MaxSpeedMps', MaxSpeedMps, 83, '53000000'],
  ['Bootstrappers', Bootstrappers, [ALICE, BOB], `08${ALICE_HEX}${BOB_HEX}`],
  ['CommunityIdentifiers', CommunityIdentifiers, [cid, cid2], `08${CID}${CID2}`],
  ['CommunityIdentifiersPerGeohash', CommunityIdentifiersPerGeohash, [cid2], `04${CID2}`],
  ['LocationsPerGeohash', LocationsPerGeohash, [loc], `04${LOC}`],
  // balances
  [
    'BalanceEntry (16 + 4 bytes)',
    BalanceEntry,
    { principal: ONE, last_update: 0x01020304 },
    `${ONE_HEX}04030201`,
  ],
  ['FeeConversionFactor', FeeConversionFactor, 0x0102n, `0201${z(14)}`],
  // bazaar
  [
    'BusinessIdentifier (9 + 32 bytes)',
    BusinessIdentifier,
    { community_identifier: cid, controller: ALICE },
    `${CID}${ALICE_HEX}`,
  ],
  ['OfferingIdentifier', OfferingIdentifier, 1, '01000000'],
  ['BusinessData', BusinessData, { url: bytesOf('abc'), last_oid: 1 }, '0c61626301000000'],
  ['OfferingData', OfferingData, { url: bytesOf('abc') }, '0c616263'],
  [
    'Business',
    Business,
    { controller: ALICE, business_data: { url: bytesOf('abc'), last_oid: 2 } },
    `${ALICE_HEX}0c61626302000000`,
  ],
  // faucet
  ['FaucetName', FaucetName, bytesOf('FaucetNumberOne'), `3c${ascii('FaucetNumberOne')}`],
  ['WhiteList', WhiteList, [cid], `04${CID}`],
  [
    'Faucet with whitelist',
    Faucet,
    { name: bytesOf('abc'), purpose_id: 2n, whitelist: [cid], drip_amount: 10n, creator: ALICE },
    `0c61626302${z(7)}0104${CID}0a${z(15)}${ALICE_HEX}`,
  ],
  [
    'Faucet without whitelist',
    Faucet,
    { name: bytesOf('abc'), purpose_id: 0n, whitelist: undefined, drip_amount: 1n, creator: BOB },
    `0c616263${z(8)}0001${z(15)}${BOB_HEX}`,
  ],
  // reputation commitments
  ['PurposeId', PurposeId, 2n, `02${z(7)}`],
  ['Descriptor', Descriptor, bytesOf('democracyProposal1'), `48${ascii('democracyProposal1')}`],
  ['CommitmentHash Some', CommitmentHash, H, `01${H_HEX}`],
  // treasuries
  ['AssetKind', AssetKind, Uint8Array.of(3), '0403'],
  ['SwapNativeOption', SwapNativeOption, swapNative, SWAP_NATIVE],
  ['SwapAssetOption', SwapAssetOption, swapAsset, SWAP_ASSET],
  // onboarding
  ['BoundedIpfsCid', BoundedIpfsCid, bytesOf('abc'), '0c616263'],
  ['OnboardingApplication', OnboardingApplication, app, APP],
  [
    'RegistrationSpec',
    RegistrationSpec,
    [loc, [ALICE], meta, DEMURRAGE, undefined],
    `${LOC}04${ALICE_HEX}${META}01${DEMURRAGE_HEX}00`,
  ],
  ['SnapshotEntry', SnapshotEntry, snapshotEntry, SNAPSHOT_ENTRY],
  ['OnboardingSnapshot', OnboardingSnapshot, [snapshotEntry], `04${SNAPSHOT_ENTRY}`],
  ['OnboardingExponent', OnboardingExponent, [1, 2], '0102'],
  [
    'OnboardingInfo',
    OnboardingInfo,
    { applicant: ALICE, deposit: 10n, exponent: [1, 2], total_weight: 38n * ONE },
    `${ALICE_HEX}0a${z(15)}0102${z(8)}2600000000000000`,
  ],
  [
    'WhitelistEntry',
    WhitelistEntry,
    { spec_hash: H, proposal_id: 3n, applicant: ALICE, expires_after: 7 },
    `${H_HEX}03${z(15)}${ALICE_HEX}07000000`,
  ],
  // democracy
  ['ProposalId', ProposalId, 1n, `01${z(15)}`],
  ['VoteCount', VoteCount, 2n, `02${z(15)}`],
  ['Vote Aye', Vote, 'Aye', '00'],
  ['Vote Nay', Vote, 'Nay', '01'],
  ['Tally', Tally, { turnout: 3n, ayes: 2n }, `03${z(15)}02${z(15)}`],
  ['ProposalAccessPolicy Global', ProposalAccessPolicy, { tag: 'Global', value: unit }, '00'],
  ['ProposalAccessPolicy Community', ProposalAccessPolicy, { tag: 'Community', value: cid }, `01${CID}`],
  ['ProposalAccessPolicy Federated', ProposalAccessPolicy, { tag: 'Federated', value: unit }, '02'],
  ['ProposalState Ongoing', ProposalState, { tag: 'Ongoing', value: unit }, '00'],
  ['ProposalState Confirming', ProposalState, { tag: 'Confirming', value: { since: T } }, `01${T_HEX}`],
  ['ProposalState Approved', ProposalState, { tag: 'Approved', value: unit }, '02'],
  ['ProposalState SupersededBy', ProposalState, { tag: 'SupersededBy', value: { id: 9n } }, `0309${z(15)}`],
  ['ProposalState Rejected', ProposalState, { tag: 'Rejected', value: unit }, '04'],
  ['ProposalState Enacted', ProposalState, { tag: 'Enacted', value: unit }, '05'],
  ['ProposalAction AddLocation', ProposalAction, { tag: 'AddLocation', value: [cid, loc] }, `00${CID}${LOC}`],
  [
    'ProposalAction RemoveLocation',
    ProposalAction,
    { tag: 'RemoveLocation', value: [cid, loc] },
    `01${CID}${LOC}`,
  ],
  [
    'ProposalAction UpdateCommunityMetadata',
    ProposalAction,
    { tag: 'UpdateCommunityMetadata', value: [cid, meta] },
    `02${CID}${META}`,
  ],
  [
    'ProposalAction UpdateDemurrage',
    ProposalAction,
    { tag: 'UpdateDemurrage', value: [cid, DEMURRAGE] },
    `03${CID}${DEMURRAGE_HEX}`,
  ],
  [
    'ProposalAction UpdateNominalIncome',
    ProposalAction,
    { tag: 'UpdateNominalIncome', value: [cid, ONE] },
    `04${CID}${ONE_HEX}`,
  ],
  [
    'ProposalAction SetInactivityTimeout',
    ProposalAction,
    { tag: 'SetInactivityTimeout', value: 0x01020304 },
    '0504030201',
  ],
  [
    'ProposalAction Petition (global)',
    ProposalAction,
    { tag: 'Petition', value: [undefined, bytesOf('abc')] },
    '06000c616263',
  ],
  [
    'ProposalAction Petition (community)',
    ProposalAction,
    { tag: 'Petition', value: [cid, bytesOf('abc')] },
    `0601${CID}0c616263`,
  ],
  [
    'ProposalAction SpendNative',
    ProposalAction,
    { tag: 'SpendNative', value: [undefined, BOB, 0x10n] },
    `0700${BOB_HEX}10${z(15)}`,
  ],
  [
    'ProposalAction IssueSwapNativeOption',
    ProposalAction,
    { tag: 'IssueSwapNativeOption', value: [cid, BOB, swapNative] },
    `08${CID}${BOB_HEX}${SWAP_NATIVE}`,
  ],
  [
    'ProposalAction SpendAsset',
    ProposalAction,
    { tag: 'SpendAsset', value: [cid, BOB, 1n, Uint8Array.of(3)] },
    `0901${CID}${BOB_HEX}01${z(15)}0403`,
  ],
  [
    'ProposalAction IssueSwapAssetOption',
    ProposalAction,
    { tag: 'IssueSwapAssetOption', value: [cid, BOB, swapAsset] },
    `0a${CID}${BOB_HEX}${SWAP_ASSET}`,
  ],
  ['ProposalAction OnboardCommunity', ProposalAction, { tag: 'OnboardCommunity', value: app }, `0b${APP}`],
  [
    'ProposalAction SetOnboardingExponent',
    ProposalAction,
    { tag: 'SetOnboardingExponent', value: [1, 3] },
    '0c0103',
  ],
  [
    'ProposalActionIdentifier AddLocation',
    ProposalActionIdentifier,
    { tag: 'AddLocation', value: cid },
    `00${CID}`,
  ],
  [
    'ProposalActionIdentifier RemoveLocation',
    ProposalActionIdentifier,
    { tag: 'RemoveLocation', value: cid },
    `01${CID}`,
  ],
  [
    'ProposalActionIdentifier UpdateCommunityMetadata',
    ProposalActionIdentifier,
    { tag: 'UpdateCommunityMetadata', value: cid },
    `02${CID}`,
  ],
  [
    'ProposalActionIdentifier UpdateDemurrage',
    ProposalActionIdentifier,
    { tag: 'UpdateDemurrage', value: cid },
    `03${CID}`,
  ],
  [
    'ProposalActionIdentifier UpdateNominalIncome',
    ProposalActionIdentifier,
    { tag: 'UpdateNominalIncome', value: cid2 },
    `04${CID2}`,
  ],
  [
    'ProposalActionIdentifier SetInactivityTimeout',
    ProposalActionIdentifier,
    { tag: 'SetInactivityTimeout', value: unit },
    '05',
  ],
  [
    'ProposalActionIdentifier Petition',
    ProposalActionIdentifier,
    { tag: 'Petition', value: undefined },
    '0600',
  ],
  [
    'ProposalActionIdentifier SpendNative',
    ProposalActionIdentifier,
    { tag: 'SpendNative', value: cid },
    `0701${CID}`,
  ],
  [
    'ProposalActionIdentifier IssueSwapNativeOption',
    ProposalActionIdentifier,
    { tag: 'IssueSwapNativeOption', value: cid },
    `08${CID}`,
  ],
  [
    'ProposalActionIdentifier SpendAsset',
    ProposalActionIdentifier,
    { tag: 'SpendAsset', value: undefined },
    '0900',
  ],
  [
    'ProposalActionIdentifier IssueSwapAssetOption',
    ProposalActionIdentifier,
    { tag: 'IssueSwapAssetOption', value: cid },
    `0a${CID}`,
  ],
  [
    'ProposalActionIdentifier OnboardCommunity',
    ProposalActionIdentifier,
    { tag: 'OnboardCommunity', value: cid },
    `0b${CID}`,
  ],
  [
    'ProposalActionIdentifier SetOnboardingExponent',
    ProposalActionIdentifier,
    { tag: 'SetOnboardingExponent', value: unit },
    '0c',
  ],
  [
    'Proposal',
    Proposal,
    {
      start: T,
      start_cindex: 7,
      action: { tag: 'SetInactivityTimeout', value: 5 },
      state: { tag: 'Confirming', value: { since: 1n } },
      electorate_size: 5n,
    },
    `${T_HEX}07000000050500000001${'01'}${z(7)}05${z(15)}`,
  ],
  [
    'ReputationVec',
    ReputationVec,
    [
      [cid, 4],
      [cid2, 5],
    ],
    `08${CID}04000000${CID2}05000000`,
  ],
  ['EnactmentQueue', EnactmentQueue, [1n, 2n], `0801${z(15)}02${z(15)}`],
  ['LastApprovedProposal', LastApprovedProposal, [T, 1n], `${T_HEX}01${z(15)}`],
];

describe('hand-written layouts of every protocol type (ceremonies §1, economy Appendix B, §6.2, §9.5)', () => {
  it.each(rows)('%s encodes field by field', (_label, codec, value, hex) => {
    expect(toHex(codec.enc(value))).toBe(`0x${hex}`);
  });

  it.each(rows)('%s decodes back to the value', (_label, codec, value, hex) => {
    expect(codec.dec(`0x${hex}`)).toEqual(value);
  });

  it('the default metadata assets string is the 46-character one of ceremonies §6.3', () => {
    expect(DEFAULT_ASSETS).toHaveLength(46);
  });

  it('covers every described type exported by the folder', () => {
    const covered = new Set(rows.map((r) => r[1]));
    const exported = Object.entries(scale).filter(([, v]) => isType(v));
    expect(exported.length).toBeGreaterThan(90);
    expect(exported.filter(([, v]) => !covered.has(v as AnyType)).map(([name]) => name)).toEqual([]);
  });
});
