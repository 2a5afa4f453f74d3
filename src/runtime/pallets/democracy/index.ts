// spec: economy §6 — the EncointerDemocracy pallet (index 67): what the runtime and other pallets use
export { accessPolicyOf, identifierOf, isBaseAction, purposeDescriptor, supersedes } from './actions.js';
export {
  DEV_DEMOCRACY_CONFIG,
  type DemocracyConfig,
  MOCK_DEMOCRACY_CONFIG,
  PRODUCTION_LIKE_DEMOCRACY_CONFIG,
} from './config.js';
export {
  DEMOCRACY_ERRORS,
  DEMOCRACY_EVENT_VARIANTS,
  type DemocracyEvent,
  democracyErrors,
  democracyErrorsWith,
  democracyEvents,
  democracyEventsWith,
  PALLET,
  PALLET_INDEX,
} from './declarations.js';
export { enactProposal, onDemocracyPhaseChange } from './enactment.js';
export type {
  DemocracyExtension,
  FederatedHooks,
  PassingContext,
  PreparedSubmission,
  SubmissionContext,
  VoteContext,
} from './extension.js';
export {
  applyDemocracyGenesis,
  DEMOCRACY_STORAGE_VERSION,
  DEV_DEMOCRACY_GENESIS,
  type DemocracyGenesis,
} from './genesis.js';
export { createDemocracyPallet } from './pallet.js';
export { submitProposal, vote } from './proposals.js';
export { canUpdate, hasFailed, proposalIsPassing, updateProposalState } from './stateMachine.js';
export * from './storage.js';
export { electorateOf, inWindow, proposalLifetimeCycles, type VotingWindow, votingWindow } from './window.js';
