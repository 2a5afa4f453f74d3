// spec: ceremonies §7 — the EncointerCeremonies pallet (index 61): what other pallets and the runtime use
export {
  fromStoredAssignment,
  generateAllMeetupAssignmentParams,
  getMeetupIndex,
  getMeetupLocation,
  getMeetupLocationIndex,
  getMeetupParticipants,
  getMeetupTime,
  toStoredAssignment,
} from './assignment.js';
export { attestAttendees } from './attestation.js';
export {
  assignmentConfigOf,
  type CeremoniesConfig,
  DEV_CEREMONIES_CONFIG,
  MOCK_CEREMONIES_CONFIG,
} from './config.js';
export { endorseNewcomer } from './endorsement.js';
export { ceremoniesErrors } from './errors.js';
export { type CeremoniesEvent, ceremoniesEvents } from './events.js';
export {
  applyCeremoniesGenesis,
  CEREMONIES_STORAGE_VERSION,
  type CeremoniesGenesis,
  DEV_CEREMONIES_GENESIS,
  MOCK_CEREMONIES_GENESIS,
} from './genesis.js';
export { createCeremoniesPallet } from './pallet.js';
export { onCeremonyPhaseChange } from './phaseChange.js';
export { purgeCommunityCeremony, purgeInactiveCommunity, updateInactivityCounters } from './purge.js';
export { registerParticipant, unregisterParticipant, upgradeRegistration } from './registration.js';
export { participantTypeOf, registrationOf } from './registry.js';
export { hasReputation, isEndorsed, isVerified, validateReputation } from './reputation.js';
export { claimRewards, rewardOf } from './rewards.js';
export {
  createCeremoniesApi,
  getAggregatedAccountData,
  getCeremonyInfo,
  getReputations,
} from './runtimeApi.js';
export * from './storage.js';
