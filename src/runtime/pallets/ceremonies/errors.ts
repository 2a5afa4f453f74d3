// spec: ceremonies §7.14, reference-metadata-spec30 EncointerCeremonies errors (index order matters on the wire)
import { defineErrors } from '../../framework/pallet.js';
import { PALLET } from './storage.js';

export const ceremoniesErrors = defineErrors(
  PALLET,
  ['pallet_encointer_ceremonies', 'pallet', 'Error'],
  [
    ['ParticipantAlreadyRegistered', 'the participant is already registered'],
    ['BadProofOfAttendanceSignature', 'verification of signature of attendee failed'],
    ['BadAttendeeSignature', 'verification of signature of attendee failed'],
    // Not in spec-30; the current pallet declares it here (ceremonies §7.14 order), shifting later indices by one.
    [
      'BootstrapperReputationIsUntransferrable',
      "a bootstrapper's reputation cannot be used as proof by another account",
    ],
    ['MeetupLocationNotFound', 'meetup location was not found'],
    ['MeetupTimeCalculationError', 'meetup time calculation failed'],
    ['NoValidAttestations', 'no valid claims were supplied'],
    ['AttestationPhaseRequired', 'the action can only be performed during ATTESTING phase'],
    [
      'RegisteringOrAttestationPhaseRequired',
      'the action can only be performed during REGISTERING or ATTESTING phase',
    ],
    ['InexistentCommunity', 'CommunityIdentifier not found'],
    ['ProofOutdated', 'proof is outdated'],
    ['ProofAcausal', 'proof is acausal'],
    ['WrongProofSubject', 'supplied proof is not proving sender'],
    [
      'AttendanceUnverifiedOrAlreadyUsed',
      'former attendance has not been verified or has already been linked to other account',
    ],
    ['TooManyAttestations', "can't have more attestations than other meetup participants"],
    ['NoMoreNewbieTickets', 'sender has run out of newbie tickets'],
    ['AlreadyEndorsed', 'newbie is already endorsed'],
    ['ParticipantIsNotRegistered', 'Participant is not registered'],
    ['NoLocationsAvailable', 'No locations are available for assigning participants'],
    ['WrongPhaseForClaimingRewards', 'Trying to issue rewards in a phase that is not REGISTERING'],
    ['RewardsAlreadyIssued', 'Trying to issue rewards for a meetup for which UBI was already issued'],
    ['VotesNotDependable', 'Trying to claim UBI for a meetup where votes are not dependable'],
    ['RegistryOverflow', 'Overflow adding user to registry'],
    ['CheckedMath', 'CheckedMath operation error'],
    ['OnlyBootstrappers', 'Only Bootstrappers are allowed to be registered at this time'],
    ['WrongPhaseForChangingMeetupTimeOffset', 'MeetupTimeOffset can only be changed during registering'],
    ['InvalidMeetupTimeOffset', 'MeetupTimeOffset needs to be in [-8h, 8h]'],
    ['CommunityCeremonyHistoryPurged', 'the history for given ceremony index and community has been purged'],
    ['WrongPhaseForUnregistering', 'Unregistering can only be performed during the registering phase'],
    ['GetMeetupParticipantsError', 'Error while finding meetup participants'],
    ['MeetupValidationIndexOutOfBounds', 'index out of bounds while validating the meetup'],
    ['EarlyRewardsNotPossible', 'Not possible to pay rewards in attestations phase'],
    ['MustBeNewbieToUpgradeRegistration', 'Only newbies can upgrade their registration'],
    [
      'ReputationCommunityCeremonyRequired',
      'To unregister as a reputable you need to provide a provide a community ceremony where you have a linked reputation',
    ],
    ['ReputationMustBeLinked', 'In order to unregister a reputable, the provided reputation must be linked'],
    ['InvalidMeetupIndex', 'Meetup Index > Meetup Count or < 1'],
    ['TooManyAttestationsInBoundedVec', 'BoundedVec bound reached'],
  ],
);

export type CeremoniesErrorName = (typeof ceremoniesErrors.names)[number];

/** Builds the pallet error to throw: `throw fail('InexistentCommunity')`. */
export const fail = ceremoniesErrors.fail;
