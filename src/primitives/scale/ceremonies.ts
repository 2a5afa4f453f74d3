// spec: ceremonies §1 (types), §7.2 (storage values), §7.4 (proof of attendance), §7.12 (read API), §7.13 (claims)
import {
  bigInt,
  boundedVec,
  enumType,
  int,
  option,
  struct,
  tuple,
  unitEnum,
  vec,
} from '../codec/describe.js';
import type { ValueOf } from '../codec/types.js';
import { AccountId, CeremonyIndex, CommunityIdentifier, Location, Moment, MultiSignature } from './common.js';
import { CeremonyPhaseType } from './scheduler.js';

const path = (name: string) => ['encointer_primitives', 'ceremonies', name];

/** `ParticipantIndexType`: u64, registry indices are 1-based (0 = absent). */
export const ParticipantIndex = bigInt('u64', 'ParticipantIndex');
export type ParticipantIndex = ValueOf<typeof ParticipantIndex>;
/** `MeetupIndexType`: u64, 1-based in storage and API. */
export const MeetupIndex = bigInt('u64', 'MeetupIndex');
export type MeetupIndex = ValueOf<typeof MeetupIndex>;
/** `AttestationIndexType`: u64, 1-based. */
export const AttestationIndex = bigInt('u64', 'AttestationIndex');
export type AttestationIndex = ValueOf<typeof AttestationIndex>;
/** `MeetupParticipantIndexType`: u8 (only in the `RewardsIssued` event). */
export const MeetupParticipantIndex = int('u8', 'MeetupParticipantIndex');
export type MeetupParticipantIndex = ValueOf<typeof MeetupParticipantIndex>;
/** `InactivityTimeoutType`: u32. */
export const InactivityTimeout = int('u32', 'InactivityTimeout');
export type InactivityTimeout = ValueOf<typeof InactivityTimeout>;
/** `EndorsementTicketsType`: u8. */
export const EndorsementTickets = int('u8', 'EndorsementTickets');
export type EndorsementTickets = ValueOf<typeof EndorsementTickets>;
/** `ReputationLifetimeType`: u32. */
export const ReputationLifetime = int('u32', 'ReputationLifetime');
export type ReputationLifetime = ValueOf<typeof ReputationLifetime>;
/** `MeetupTimeOffsetType`: i32 milliseconds. */
export const MeetupTimeOffset = int('i32', 'MeetupTimeOffset');
export type MeetupTimeOffset = ValueOf<typeof MeetupTimeOffset>;
/** `ReputationCountType`: u128. */
export const ReputationCount = bigInt('u128', 'ReputationCount');
export type ReputationCount = ValueOf<typeof ReputationCount>;

/**
 * `Reputation`: `Unverified`=0 (default), `UnverifiedReputable`=1, `VerifiedUnlinked`=2,
 * `VerifiedLinked(cindex)`=3. Spec-30 differs: there `VerifiedLinked` carries no cindex.
 */
export const Reputation = enumType(path('Reputation'), {
  Unverified: { index: 0 },
  UnverifiedReputable: { index: 1 },
  VerifiedUnlinked: { index: 2 },
  VerifiedLinked: { index: 3, fields: CeremonyIndex },
});
export type Reputation = ValueOf<typeof Reputation>;

/** Variants of `ParticipantType` in index order. */
export const PARTICIPANT_TYPES = ['Bootstrapper', 'Reputable', 'Endorsee', 'Newbie'] as const;
/** `ParticipantType`: `Bootstrapper`=0, `Reputable`=1, `Endorsee`=2, `Newbie`=3. */
export const ParticipantType = unitEnum(path('ParticipantType'), PARTICIPANT_TYPES);
export type ParticipantType = ValueOf<typeof ParticipantType>;

/** `AssignmentParams { m, s1, s2 }` (u64 each; default all 0). */
export const AssignmentParams = struct(path('AssignmentParams'), {
  m: { type: bigInt('u64', 'AssignmentParams.m'), typeName: 'u64' },
  s1: { type: bigInt('u64', 'AssignmentParams.s1'), typeName: 'u64' },
  s2: { type: bigInt('u64', 'AssignmentParams.s2'), typeName: 'u64' },
});
export type AssignmentParams = ValueOf<typeof AssignmentParams>;

const params = { type: AssignmentParams, typeName: 'AssignmentParams' };
/** `Assignment`: four `AssignmentParams`, 96 bytes. */
export const Assignment = struct(path('Assignment'), {
  bootstrappers_reputables: params,
  endorsees: params,
  newbies: params,
  locations: params,
});
export type Assignment = ValueOf<typeof Assignment>;

const count = (name: string) => ({
  type: bigInt('u64', `AssignmentCount.${name}`),
  typeName: 'ParticipantIndexType',
});
/** `AssignmentCount`: how many of each class were assigned, u64 each, 32 bytes. */
export const AssignmentCount = struct(path('AssignmentCount'), {
  bootstrappers: count('bootstrappers'),
  reputables: count('reputables'),
  endorsees: count('endorsees'),
  newbies: count('newbies'),
});
export type AssignmentCount = ValueOf<typeof AssignmentCount>;

/** Variants of `MeetupResult` in index order. */
export const MEETUP_RESULTS = ['Ok', 'VotesNotDependable', 'MeetupValidationIndexOutOfBounds'] as const;
/** `MeetupResult`: `Ok`=0, `VotesNotDependable`=1, `MeetupValidationIndexOutOfBounds`=2. */
export const MeetupResult = unitEnum(path('MeetupResult'), MEETUP_RESULTS);
export type MeetupResult = ValueOf<typeof MeetupResult>;

/** Variants of `ExclusionReason` in index order. */
export const EXCLUSION_REASONS = [
  'NoVote',
  'WrongVote',
  'TooFewIncomingAttestations',
  'TooFewOutgoingAttestations',
] as const;
/** `ExclusionReason`: `NoVote`=0, `WrongVote`=1, `TooFewIncomingAttestations`=2, `TooFewOutgoingAttestations`=3. */
export const ExclusionReason = unitEnum(
  ['encointer_meetup_validation', 'ExclusionReason'],
  EXCLUSION_REASONS,
);
export type ExclusionReason = ValueOf<typeof ExclusionReason>;

const accountId = { type: AccountId, typeName: 'AccountId' };
const ceremonyIndex = { type: CeremonyIndex, typeName: 'CeremonyIndexType' };
const communityIdentifier = { type: CommunityIdentifier, typeName: 'CommunityIdentifier' };
const signatureParams = [
  { name: 'Signature', type: MultiSignature },
  { name: 'AccountId', type: AccountId },
];

/** `ProofOfAttendance` (ceremonies §7.4); the community identifier is not part of the signed message. */
export const ProofOfAttendance = struct(
  path('ProofOfAttendance'),
  {
    prover_public: accountId,
    ceremony_index: ceremonyIndex,
    community_identifier: communityIdentifier,
    attendee_public: accountId,
    attendee_signature: { type: MultiSignature, typeName: 'Signature' },
  },
  { params: signatureParams },
);
export type ProofOfAttendance = ValueOf<typeof ProofOfAttendance>;

/** The message an attendee signs for a `ProofOfAttendance`: `(prover_public, ceremony_index)`, 36 bytes. */
export const ProofOfAttendanceMessage = tuple(AccountId, CeremonyIndex);
export type ProofOfAttendanceMessage = ValueOf<typeof ProofOfAttendanceMessage>;

const participantsConfirmed = int('u32', 'number_of_participants_confirmed');

/** Legacy `ClaimOfAttendance` (ceremonies §7.13): still in primitives, unused by the current pallet. */
export const ClaimOfAttendance = struct(
  path('ClaimOfAttendance'),
  {
    claimant_public: accountId,
    ceremony_index: ceremonyIndex,
    community_identifier: communityIdentifier,
    meetup_index: { type: MeetupIndex, typeName: 'MeetupIndexType' },
    location: { type: Location, typeName: 'Location' },
    timestamp: { type: Moment, typeName: 'Moment' },
    number_of_participants_confirmed: { type: participantsConfirmed, typeName: 'u32' },
    claimant_signature: { type: option(MultiSignature), typeName: 'Option<Signature>' },
  },
  { params: [...signatureParams, { name: 'Moment', type: Moment }] },
);
export type ClaimOfAttendance = ValueOf<typeof ClaimOfAttendance>;

/** The message a claimant signed: the claim's fields without the signature, in the same order. */
export const ClaimOfAttendanceMessage = tuple(
  AccountId,
  CeremonyIndex,
  CommunityIdentifier,
  MeetupIndex,
  Location,
  Moment,
  participantsConfirmed,
);
export type ClaimOfAttendanceMessage = ValueOf<typeof ClaimOfAttendanceMessage>;

/** `CommunityReputation { community_identifier, reputation }` (read API `get_reputations`). */
export const CommunityReputation = struct(path('CommunityReputation'), {
  community_identifier: communityIdentifier,
  reputation: { type: Reputation, typeName: 'Reputation' },
});
export type CommunityReputation = ValueOf<typeof CommunityReputation>;

/** `get_reputations(account)` result: `Vec<(CeremonyIndexType, CommunityReputation)>`. */
export const Reputations = vec(tuple(CeremonyIndex, CommunityReputation));
export type Reputations = ValueOf<typeof Reputations>;

const phaseAndIndex = {
  ceremony_phase: { type: CeremonyPhaseType, typeName: 'CeremonyPhaseType' },
  ceremony_index: ceremonyIndex,
};
/** `CeremonyInfo { ceremony_phase, ceremony_index }` (read API `get_ceremony_info`). */
export const CeremonyInfo = struct(path('CeremonyInfo'), phaseAndIndex);
export type CeremonyInfo = ValueOf<typeof CeremonyInfo>;

/** `AggregatedAccountDataGlobal { ceremony_phase, ceremony_index }`. */
export const AggregatedAccountDataGlobal = struct(path('AggregatedAccountDataGlobal'), phaseAndIndex);
export type AggregatedAccountDataGlobal = ValueOf<typeof AggregatedAccountDataGlobal>;

const accountAndMoment = [
  { name: 'AccountId', type: AccountId },
  { name: 'Moment', type: Moment },
];

/** `AggregatedAccountDataPersonal`: meetup fields are filled only once the account is assigned. */
export const AggregatedAccountDataPersonal = struct(
  path('AggregatedAccountDataPersonal'),
  {
    participant_type: { type: ParticipantType, typeName: 'ParticipantType' },
    meetup_index: { type: option(MeetupIndex), typeName: 'Option<MeetupIndexType>' },
    meetup_location_index: {
      type: option(bigInt('u64', 'meetup_location_index')),
      typeName: 'Option<LocationIndexType>',
    },
    meetup_time: { type: option(Moment), typeName: 'Option<Moment>' },
    meetup_registry: { type: option(vec(AccountId)), typeName: 'Option<Vec<AccountId>>' },
  },
  { params: accountAndMoment },
);
export type AggregatedAccountDataPersonal = ValueOf<typeof AggregatedAccountDataPersonal>;

/** `AggregatedAccountData { global, personal }` (read API `get_aggregated_account_data`). */
export const AggregatedAccountData = struct(
  path('AggregatedAccountData'),
  {
    global: { type: AggregatedAccountDataGlobal, typeName: 'AggregatedAccountDataGlobal' },
    personal: {
      type: option(AggregatedAccountDataPersonal),
      typeName: 'Option<AggregatedAccountDataPersonal<AccountId, Moment>>',
    },
  },
  { params: accountAndMoment },
);
export type AggregatedAccountData = ValueOf<typeof AggregatedAccountData>;

/** `MaxAttestations` of the dev runtime (the unit-test mock uses 25). */
export const MAX_ATTESTATIONS = 100;
/** `BoundedVec<AccountId, MaxAttestations>` for a configured bound (`attest_attendees` argument, `AttestationRegistry`). */
export const attestationsCodec = (maxAttestations: number) =>
  boundedVec(AccountId, maxAttestations, 'Attestations');
/** `Attestations` with the dev-runtime bound of 100. */
export const Attestations = attestationsCodec(MAX_ATTESTATIONS);
export type Attestations = ValueOf<typeof Attestations>;
