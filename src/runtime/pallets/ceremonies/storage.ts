// spec: ceremonies §7.2 (storage), reference-metadata-spec30 EncointerCeremonies (names, hashers, defaults, order)
import { i32, tuple, u8, u32, u64, u128, unit } from '../../../primitives/codec/describe.js';
import type { Reputation as ReputationValue } from '../../../primitives/scale/index.js';
import {
  Assignment,
  AssignmentCount,
  Attestations,
  CommunityIdentifier,
  MeetupResult,
  Reputation,
} from '../../../primitives/scale/index.js';
import { key, storageOf } from '../../framework/storage.js';
import { AccountId32, U64F64 } from '../../types/substrate.js';

export const PALLET = 'EncointerCeremonies';
const storage = storageOf(PALLET);

/** `CommunityCeremony = (CommunityIdentifier, CeremonyIndexType)`, the key of every per-ceremony item. */
export const CommunityCeremony = tuple(CommunityIdentifier, u32);
export type CommunityCeremony = [cid: CommunityIdentifier, cindex: number];

const cc = key('Blake2_128Concat', CommunityCeremony);
const account = key('Blake2_128Concat', AccountId32);
const index = key('Blake2_128Concat', u64);

// Optional items get an explicit (empty) options object: the framework's default options type is not exported,
// so declaration emit could not name it.
const NO_DOCS = { docs: [] as string[] };
const ZERO_PARAMS = { m: 0n, s1: 0n, s2: 0n };
const ZERO_COUNT = { bootstrappers: 0n, reputables: 0n, endorsees: 0n, newbies: 0n };

/** Endorsement tickets a bootstrapper has used, over the community's whole life (QUIRK: ceremonies §10 item 16). */
export const BurnedBootstrapperNewbieTickets = storage.doubleMap(
  'BurnedBootstrapperNewbieTickets',
  key('Blake2_128Concat', CommunityIdentifier),
  account,
  u8,
  { default: 0 },
);
/** Endorsement tickets a reputable has used in one cycle. */
export const BurnedReputableNewbieTickets = storage.doubleMap(
  'BurnedReputableNewbieTickets',
  cc,
  account,
  u8,
  {
    default: 0,
  },
);

export const BootstrapperRegistry = storage.doubleMap(
  'BootstrapperRegistry',
  cc,
  index,
  AccountId32,
  NO_DOCS,
);
export const BootstrapperIndex = storage.doubleMap('BootstrapperIndex', cc, account, u64, { default: 0n });
export const BootstrapperCount = storage.map('BootstrapperCount', cc, u64, { default: 0n });
export const ReputableRegistry = storage.doubleMap('ReputableRegistry', cc, index, AccountId32, NO_DOCS);
export const ReputableIndex = storage.doubleMap('ReputableIndex', cc, account, u64, { default: 0n });
export const ReputableCount = storage.map('ReputableCount', cc, u64, { default: 0n });
export const EndorseeRegistry = storage.doubleMap('EndorseeRegistry', cc, index, AccountId32, NO_DOCS);
export const EndorseeIndex = storage.doubleMap('EndorseeIndex', cc, account, u64, { default: 0n });
export const EndorseeCount = storage.map('EndorseeCount', cc, u64, { default: 0n });
export const NewbieRegistry = storage.doubleMap('NewbieRegistry', cc, index, AccountId32, NO_DOCS);
export const NewbieIndex = storage.doubleMap('NewbieIndex', cc, account, u64, { default: 0n });
export const NewbieCount = storage.map('NewbieCount', cc, u64, { default: 0n });

/** How many of each class were assigned: a prefix of each registry. */
export const AssignmentCounts = storage.map('AssignmentCounts', cc, AssignmentCount, { default: ZERO_COUNT });
/** Assignment-function parameters (snake_case SCALE shape; see `assignment.ts` for the conversion). */
export const Assignments = storage.map('Assignments', cc, Assignment, {
  default: {
    bootstrappers_reputables: ZERO_PARAMS,
    endorsees: ZERO_PARAMS,
    newbies: ZERO_PARAMS,
    locations: ZERO_PARAMS,
  },
});
const UNVERIFIED: ReputationValue = { tag: 'Unverified', value: undefined };
export const ParticipantReputation = storage.doubleMap('ParticipantReputation', cc, account, Reputation, {
  default: UNVERIFIED,
});
export const ReputationCount = storage.map('ReputationCount', cc, u128, { default: 0n });
export const GlobalReputationCount = storage.map(
  'GlobalReputationCount',
  key('Blake2_128Concat', u32),
  u128,
  {
    default: 0n,
  },
);
/**
 * Accounts endorsed for a cycle. A `Default` item of `()`: FRAME's fallback is the empty encoding. The storage
 * framework marks `undefined` defaults as Optional, so `null` (which `()` encodes as nothing) stands in for it;
 * only `exists` is ever used on this item.
 */
export const Endorsees = storage.doubleMap('Endorsees', cc, account, unit, {
  default: null as unknown as undefined,
  docs: ['Accounts that have been endorsed by a reputable or a bootstrapper.'],
});
export const EndorseesCount = storage.map('EndorseesCount', cc, u64, { default: 0n });
export const MeetupCount = storage.map('MeetupCount', cc, u64, { default: 0n });
export const AttestationRegistry = storage.doubleMap('AttestationRegistry', cc, index, Attestations, NO_DOCS);
export const AttestationIndex = storage.doubleMap('AttestationIndex', cc, account, u64, { default: 0n });
export const AttestationCount = storage.map('AttestationCount', cc, u64, { default: 0n });
export const MeetupParticipantCountVote = storage.doubleMap('MeetupParticipantCountVote', cc, account, u32, {
  default: 0,
});
export const CeremonyReward = storage.value('CeremonyReward', U64F64, {
  default: 0n,
  docs: ['the default UBI for a ceremony attendee if no community specific value is set.'],
});
/** Settable but unused since `attest_claims` was removed (QUIRK: ceremonies §10 item 9). */
export const LocationTolerance = storage.value('LocationTolerance', u32, { default: 0 });
/** Settable but unused since `attest_claims` was removed (QUIRK: ceremonies §10 item 9). */
export const TimeTolerance = storage.value('TimeTolerance', u64, { default: 0n });
export const IssuedRewards = storage.doubleMap('IssuedRewards', cc, index, MeetupResult, NO_DOCS);
export const InactivityCounters = storage.map(
  'InactivityCounters',
  key('Blake2_128Concat', CommunityIdentifier),
  u32,
  NO_DOCS,
);
export const InactivityTimeout = storage.value('InactivityTimeout', u32, {
  default: 0,
  docs: ['The number of ceremony cycles a community can skip ceremonies before it gets purged'],
});
export const EndorsementTicketsPerBootstrapper = storage.value('EndorsementTicketsPerBootstrapper', u8, {
  default: 0,
  docs: ['The number of newbies a bootstrapper can endorse to accelerate community growth'],
});
export const EndorsementTicketsPerReputable = storage.value('EndorsementTicketsPerReputable', u8, {
  default: 0,
  docs: ['The number of newbies a reputable can endorse per cycle to accelerate community growth'],
});
export const ReputationLifetime = storage.value('ReputationLifetime', u32, {
  default: 0,
  docs: ["The number of ceremony cycles that a participant's reputation is valid for"],
});
export const MeetupTimeOffset = storage.value('MeetupTimeOffset', i32, { default: 0 });

/** Every item, in the reference's metadata order. */
export const ceremoniesStorage = [
  BurnedBootstrapperNewbieTickets,
  BurnedReputableNewbieTickets,
  BootstrapperRegistry,
  BootstrapperIndex,
  BootstrapperCount,
  ReputableRegistry,
  ReputableIndex,
  ReputableCount,
  EndorseeRegistry,
  EndorseeIndex,
  EndorseeCount,
  NewbieRegistry,
  NewbieIndex,
  NewbieCount,
  AssignmentCounts,
  Assignments,
  ParticipantReputation,
  ReputationCount,
  GlobalReputationCount,
  Endorsees,
  EndorseesCount,
  MeetupCount,
  AttestationRegistry,
  AttestationIndex,
  AttestationCount,
  MeetupParticipantCountVote,
  CeremonyReward,
  LocationTolerance,
  TimeTolerance,
  IssuedRewards,
  InactivityCounters,
  InactivityTimeout,
  EndorsementTicketsPerBootstrapper,
  EndorsementTicketsPerReputable,
  ReputationLifetime,
  MeetupTimeOffset,
];
