// spec: ceremonies §7.15, reference-metadata-spec30 EncointerCeremonies events (indices, fields, typeNames)
import { i32, u8, u32, u64 } from '../../../primitives/codec/describe.js';
import {
  CommunityIdentifier,
  ExclusionReason,
  MeetupResult,
  ParticipantType,
} from '../../../primitives/scale/index.js';
import { defineEvents } from '../../framework/pallet.js';
import { AccountId32 } from '../../types/substrate.js';

// Several unnamed fields (`Event::X(A, B)`) are a list of typed fields, carried as an array `[a, b]`. A single
// unnamed field is the bare type, carried unwrapped, so it has no Rust type name in the metadata: the framework
// cannot yet attach one without wrapping the value.
const cid = { type: CommunityIdentifier, typeName: 'CommunityIdentifier' };
const accountId = { type: AccountId32, typeName: 'T::AccountId' };
const meetupIndex = { type: u64, typeName: 'MeetupIndexType' };

export const ceremoniesEvents = defineEvents(['pallet_encointer_ceremonies', 'pallet', 'Event'], {
  ParticipantRegistered: {
    index: 0,
    fields: [cid, { type: ParticipantType, typeName: 'ParticipantType' }, accountId],
    docs: ['Participant registered for next ceremony [community, participant type, who]'],
  },
  EndorsedParticipant: {
    index: 1,
    fields: [cid, accountId, accountId],
    docs: [
      'A bootstrapper (first accountid) has endorsed a participant (second accountid) who can now register as endorsee for this ceremony',
    ],
  },
  AttestationsRegistered: {
    index: 2,
    fields: [cid, meetupIndex, { type: u32, typeName: 'u32' }, accountId],
    docs: ['A participant has registered N attestations for fellow meetup participants'],
  },
  RewardsIssued: {
    index: 3,
    fields: [cid, meetupIndex, { type: u8, typeName: 'MeetupParticipantIndexType' }],
    docs: [
      'rewards have been claimed and issued successfully for N participants for their meetup at the previous ceremony',
    ],
  },
  InactivityTimeoutUpdated: {
    index: 4,
    fields: u32,
    docs: [
      'inactivity timeout has changed. affects how many ceremony cycles a community can be idle before getting purged',
    ],
  },
  EndorsementTicketsPerBootstrapperUpdated: {
    index: 5,
    fields: u8,
    docs: ['The number of endorsement tickets which bootstrappers can give out has changed'],
  },
  EndorsementTicketsPerReputableUpdated: {
    index: 6,
    fields: u8,
    docs: ['The number of endorsement tickets which bootstrappers can give out has changed'],
  },
  ReputationLifetimeUpdated: {
    index: 7,
    fields: u32,
    docs: ['reputation lifetime has changed. After this many ceremony cycles, reputations is outdated'],
  },
  MeetupTimeOffsetUpdated: {
    index: 8,
    fields: i32,
    docs: [
      'meetup time offset has changed. affects the exact time the upcoming ceremony meetups will take place',
    ],
  },
  TimeToleranceUpdated: {
    index: 9,
    fields: u64,
    docs: ['meetup time tolerance has changed'],
  },
  LocationToleranceUpdated: {
    index: 10,
    fields: u32,
    docs: ['meetup location tolerance changed [m]'],
  },
  CommunityCeremonyHistoryPurged: {
    index: 11,
    fields: [cid, { type: u32, typeName: 'CeremonyIndexType' }],
    docs: ['the registry for given ceremony index and community has been purged'],
  },
  NoReward: {
    index: 12,
    fields: {
      cid: { type: CommunityIdentifier, typeName: 'CommunityIdentifier' },
      cindex: { type: u32, typeName: 'CeremonyIndexType' },
      meetup_index: { type: u64, typeName: 'MeetupIndexType' },
      account: { type: AccountId32, typeName: 'T::AccountId' },
      reason: { type: ExclusionReason, typeName: 'ExclusionReason' },
    },
  },
  InactivityCounterUpdated: {
    index: 13,
    fields: [cid, { type: u32, typeName: 'u32' }],
    docs: ['The inactivity counter of a community has been increased'],
  },
  MeetupEvaluated: {
    index: 14,
    fields: [cid, meetupIndex, { type: MeetupResult, typeName: 'MeetupResult' }],
    docs: ['Result of the meetup at the previous ceremony'],
  },
});

/** A value of the pallet's event enum, e.g. `{ tag: 'RewardsIssued', value: [cid, 1n, 3] }`. */
export type CeremoniesEvent = Parameters<typeof ceremoniesEvents.enc>[0];
