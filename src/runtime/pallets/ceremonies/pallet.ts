// spec: ceremonies §7.5, §7.7, §7.9, §7.11 (calls); reference-metadata-spec30 EncointerCeremonies (indices, args)
import { i32, option, u8, u32, u64 } from '../../../primitives/codec/describe.js';
import {
  attestationsCodec,
  CommunityIdentifier,
  ProofOfAttendance,
} from '../../../primitives/scale/index.js';
import { BadOriginError } from '../../framework/errors.js';
import { call, constant, definePallet, type Origin, type Pallet } from '../../framework/pallet.js';
import type { AccountId } from '../../types/substrate.js';
import { AccountId32 } from '../../types/substrate.js';
import { attestAttendees } from './attestation.js';
import type { CeremoniesConfig } from './config.js';
import { endorseNewcomer } from './endorsement.js';
import { ceremoniesErrors } from './errors.js';
import { ceremoniesEvents } from './events.js';
import { purgeCommunityCeremony } from './purge.js';
import { registerParticipant, unregisterParticipant, upgradeRegistration } from './registration.js';
import { claimRewards } from './rewards.js';
import {
  setEndorsementTicketsPerBootstrapper,
  setEndorsementTicketsPerReputable,
  setInactivityTimeout,
  setLocationTolerance,
  setMeetupTimeOffset,
  setReputationLifetime,
  setTimeTolerance,
} from './setters.js';
import { CommunityCeremony, ceremoniesStorage, PALLET } from './storage.js';

const signedBy = (origin: Origin): AccountId => {
  if (origin.kind !== 'Signed') throw new BadOriginError('this call must be signed by an account');
  return origin.who;
};

const proofArg = {
  type: ProofOfAttendance,
  typeName: 'ProofOfAttendance<T::Signature, T::AccountId>',
};

/** Declares `EncointerCeremonies` (index 61) for a runtime configuration. */
export const createCeremoniesPallet = (config: CeremoniesConfig): Pallet => {
  const master = (origin: Origin): void => {
    if (!config.isCeremonyMaster(origin)) throw new BadOriginError('only the CeremonyMaster may call this');
  };
  const cid = { type: CommunityIdentifier, typeName: 'CommunityIdentifier' };
  return definePallet({
    name: PALLET,
    index: 61,
    callPath: ['pallet_encointer_ceremonies', 'pallet', 'Call'],
    storage: ceremoniesStorage,
    events: ceremoniesEvents,
    errors: ceremoniesErrors,
    constants: {
      MeetupSizeTarget: constant(u64, config.meetupSizeTarget),
      MeetupMinSize: constant(u64, config.meetupMinSize),
      MeetupNewbieLimitDivider: constant(u64, config.meetupNewbieLimitDivider),
      MaxAttestations: constant(u32, config.maxAttestations),
    },
    calls: {
      register_participant: call({
        index: 0,
        args: { cid, proof: { type: option(ProofOfAttendance), typeName: `Option<${proofArg.typeName}>` } },
        dispatch: (env, origin, { cid, proof }) =>
          void registerParticipant(env, signedBy(origin), cid, proof),
      }),
      upgrade_registration: call({
        index: 1,
        args: { cid, proof: proofArg },
        dispatch: (env, origin, { cid, proof }) =>
          void upgradeRegistration(env, signedBy(origin), cid, proof),
      }),
      unregister_participant: call({
        index: 2,
        args: {
          cid,
          maybe_reputation_community_ceremony: {
            type: option(CommunityCeremony),
            typeName: 'Option<CommunityCeremony>',
          },
        },
        dispatch: (env, origin, args) =>
          unregisterParticipant(env, signedBy(origin), args.cid, args.maybe_reputation_community_ceremony),
      }),
      attest_attendees: call({
        index: 3,
        args: {
          cid,
          number_of_participants_vote: { type: u32, typeName: 'u32' },
          attestations: {
            type: attestationsCodec(config.maxAttestations),
            typeName: 'BoundedVec<T::AccountId, T::MaxAttestations>',
          },
        },
        dispatch: (env, origin, args) =>
          attestAttendees(
            env,
            config,
            signedBy(origin),
            args.cid,
            args.number_of_participants_vote,
            args.attestations,
          ),
      }),
      endorse_newcomer: call({
        index: 4,
        args: { cid, newbie: { type: AccountId32, typeName: 'T::AccountId' } },
        dispatch: (env, origin, { cid, newbie }) => endorseNewcomer(env, signedBy(origin), cid, newbie),
      }),
      claim_rewards: call({
        index: 5,
        info: { freeOnSuccess: true },
        args: { cid, maybe_meetup_index: { type: option(u64), typeName: 'Option<MeetupIndexType>' } },
        dispatch: (env, origin, { cid, maybe_meetup_index }) =>
          claimRewards(env, signedBy(origin), cid, maybe_meetup_index),
      }),
      set_inactivity_timeout: call({
        index: 6,
        args: { inactivity_timeout: { type: u32, typeName: 'InactivityTimeoutType' } },
        dispatch: (env, origin, { inactivity_timeout }) => {
          master(origin);
          setInactivityTimeout(env, inactivity_timeout);
        },
      }),
      set_endorsement_tickets_per_bootstrapper: call({
        index: 7,
        args: { endorsement_tickets_per_bootstrapper: { type: u8, typeName: 'EndorsementTicketsType' } },
        dispatch: (env, origin, args) => {
          master(origin);
          setEndorsementTicketsPerBootstrapper(env, args.endorsement_tickets_per_bootstrapper);
        },
      }),
      set_endorsement_tickets_per_reputable: call({
        index: 8,
        args: { endorsement_tickets_per_reputable: { type: u8, typeName: 'EndorsementTicketsType' } },
        dispatch: (env, origin, args) => {
          master(origin);
          setEndorsementTicketsPerReputable(env, args.endorsement_tickets_per_reputable);
        },
      }),
      set_reputation_lifetime: call({
        index: 9,
        args: { reputation_lifetime: { type: u32, typeName: 'ReputationLifetimeType' } },
        dispatch: (env, origin, { reputation_lifetime }) => {
          master(origin);
          setReputationLifetime(env, reputation_lifetime);
        },
      }),
      set_meetup_time_offset: call({
        index: 10,
        args: { meetup_time_offset: { type: i32, typeName: 'MeetupTimeOffsetType' } },
        dispatch: (env, origin, { meetup_time_offset }) => {
          master(origin);
          setMeetupTimeOffset(env, meetup_time_offset);
        },
      }),
      set_time_tolerance: call({
        index: 11,
        args: { time_tolerance: { type: u64, typeName: 'T::Moment' } },
        dispatch: (env, origin, { time_tolerance }) => {
          master(origin);
          setTimeTolerance(env, time_tolerance);
        },
      }),
      set_location_tolerance: call({
        index: 12,
        args: { location_tolerance: { type: u32, typeName: 'u32' } },
        dispatch: (env, origin, { location_tolerance }) => {
          master(origin);
          setLocationTolerance(env, location_tolerance);
        },
      }),
      purge_community_ceremony: call({
        index: 13,
        args: { community_ceremony: { type: CommunityCeremony, typeName: 'CommunityCeremony' } },
        dispatch: (env, origin, { community_ceremony }) => {
          master(origin);
          purgeCommunityCeremony(env, community_ceremony);
        },
      }),
    },
  });
};
