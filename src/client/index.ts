// spec: tooling §12 item 1 (one typed client library for the CLI, services, bots and explorer)
/**
 * The Encointer client: a connection to any Encointer chain (ours or a real one) through polkadot-api's dynamic
 * API, typed helpers (one per operation) for reads and calls, and a polkadot-js compatible keystore.
 * Every helper is a plain function taking the Connection first.
 */

// balances
export { type CcAmount, ccAmountBits } from './balances/amount.js';
// added for the CLI (account fund, location remove, ceremony admin, list-reputables)
export { type FundAccountsReturnType, fundAccounts, fundingAmount } from './balances/fundAccounts.js';
export { getAllBalances } from './balances/getAllBalances.js';
export { getBalance } from './balances/getBalance.js';
// added for the bot community (src/bots)
export { type CommunityBalances, getCommunityBalances } from './balances/getCommunityBalances.js';
export { getNativeBalance, type NativeBalance } from './balances/getNativeBalance.js';
export { getTotalIssuance } from './balances/getTotalIssuance.js';
export { transfer } from './balances/transfer.js';
export { transferAll } from './balances/transferAll.js';
export { transferNative } from './balances/transferNative.js';
export type { DemurragedBalance, DemurrageOptions } from './balances/types.js';
// bazaar
export { createBusiness, updateBusiness } from './bazaar/createBusiness.js';
export { createOffering } from './bazaar/createOffering.js';
// bazaar, faucet, democracy and onboarding additions (CLI part 2)
export { deleteBusiness } from './bazaar/deleteBusiness.js';
export { deleteOffering } from './bazaar/deleteOffering.js';
export { type Business, getBusinesses } from './bazaar/getBusinesses.js';
export { getOfferings, type Offering } from './bazaar/getOfferings.js';
export { updateOffering } from './bazaar/updateOffering.js';
// ceremonies
export { attestAttendees } from './ceremonies/attestAttendees.js';
export { claimRewards } from './ceremonies/claimRewards.js';
export { endorseNewcomer } from './ceremonies/endorseNewcomer.js';
export { type AccountMeetup, getAccountMeetup } from './ceremonies/getAccountMeetup.js';
export {
  type AggregatedAccountData,
  getAggregatedAccountData,
} from './ceremonies/getAggregatedAccountData.js';
export {
  type CeremonyAssignment,
  type CeremonyParameters,
  getAssignment,
} from './ceremonies/getAssignment.js';
export { type Attestation, getAttestations } from './ceremonies/getAttestations.js';
export { type BootstrapperTickets, getBootstrapperTickets } from './ceremonies/getBootstrapperTickets.js';
export { getIssuedRewards } from './ceremonies/getIssuedRewards.js';
export { type CeremonyMeetups, getMeetups } from './ceremonies/getMeetups.js';
export { type CeremonyParticipants, getParticipants } from './ceremonies/getParticipants.js';
export { getRegistration } from './ceremonies/getRegistration.js';
export {
  encodeProofOfAttendance,
  type ProofOfAttendance,
  proofOfAttendanceMessage,
  signProofOfAttendance,
} from './ceremonies/proofOfAttendance.js';
export { purgeCommunityCeremony } from './ceremonies/purgeCommunityCeremony.js';
export { registerParticipant } from './ceremonies/registerParticipant.js';
export { setMeetupTimeOffset } from './ceremonies/setMeetupTimeOffset.js';
export type { Meetup, Registration } from './ceremonies/types.js';
export { unregisterParticipant } from './ceremonies/unregisterParticipant.js';
export { upgradeRegistration } from './ceremonies/upgradeRegistration.js';
// chain
export { getBlock } from './chain/getBlock.js';
export { type BlockEvent, getBlockEvents } from './chain/getBlockEvents.js';
export { type ChainInfo, getChainInfo } from './chain/getChainInfo.js';
export { waitForBlocks } from './chain/waitForBlocks.js';
export {
  fixedBits,
  fromPapiCid,
  fromPapiLocation,
  sameAccount,
  toAccountId,
  toAddress,
  toCid,
  toPapiCid,
  toPapiLocation,
} from './common/convert.js';
export { type ChainMetadata, getChainMetadata } from './common/metadata.js';
export { resolveBlock } from './common/resolveBlock.js';
// common types and conversions
export * from './common/types.js';
// communities
export { addLocation } from './communities/addLocation.js';
export { CommunityNotFoundError, WrongPhaseError } from './communities/errors.js';
export { getBootstrappers } from './communities/getBootstrappers.js';
export { getCommunityIdentifiers } from './communities/getCommunityIdentifiers.js';
export { type CommunityMetadataText, getCommunityMetadata } from './communities/getCommunityMetadata.js';
export { type DemurrageRate, getDemurrageRate } from './communities/getDemurrageRate.js';
export { getGeohashLocations } from './communities/getGeohashLocations.js';
export { getLocationRules } from './communities/getLocationRules.js';
export { getLocations } from './communities/getLocations.js';
export { getNominalIncome, type NominalIncome } from './communities/getNominalIncome.js';
export { type CommunitySummary, findCommunity, listCommunities } from './communities/listCommunities.js';
export { demurrageFromHalvingBlocks, newCommunity } from './communities/newCommunity.js';
export { removeLocation } from './communities/removeLocation.js';
export { requireCommunity } from './communities/requireCommunity.js';
export { toPapiMetadata } from './communities/toPapiMetadata.js';
// connection
export { type Connection, type ConnectParameters, connect } from './connection/connect.js';
export {
  DEFAULT_NODE_PORT,
  DEFAULT_NODE_URL,
  type EndpointParameters,
  resolveEndpoint,
} from './connection/endpoint.js';
export { ConnectionError } from './connection/errors.js';
export { type DemocracyParameters, getDemocracyParameters } from './democracy/getDemocracyParameters.js';
// democracy
export { getEnactmentQueue } from './democracy/getEnactmentQueue.js';
export type { ProposalStateKind } from './democracy/getProposals.js';
export { getProposals, type Proposal } from './democracy/getProposals.js';
export {
  type GetVotingReputationsReturnType,
  getVotingReputations,
  type VotingReputation,
} from './democracy/getVotingReputations.js';
export type { DecodedProposalAction, ProposalAction } from './democracy/proposalAction.js';
export {
  accessPolicyOf,
  type DecodedSwapOption,
  type ProposalAccessPolicy,
  type SwapAssetOptionInput,
  type SwapNativeOptionInput,
} from './democracy/proposalAction.js';
export { submitProposal } from './democracy/submitProposal.js';
export { updateProposalState } from './democracy/updateProposalState.js';
export { vote } from './democracy/vote.js';
export { inVotingWindow, type VotingWindow, votingWindow } from './democracy/votingWindow.js';
// faucet (the on-chain pallet)
export { closeFaucet, dissolveFaucet } from './faucet/closeFaucet.js';
export { createFaucet } from './faucet/createFaucet.js';
export { drip } from './faucet/drip.js';
export { faucetAccount } from './faucet/faucetAccount.js';
export { type Faucet, getFaucets } from './faucet/getFaucets.js';
export { getReserveAmount, setReserveAmount } from './faucet/setReserveAmount.js';
// keystore
export { createAccount } from './keystore/createAccount.js';
export {
  AccountNotInKeystoreError,
  InvalidKeystoreFileError,
  KeystorePasswordRequiredError,
  WrongKeystorePasswordError,
} from './keystore/errors.js';
export { exportAccount } from './keystore/exportAccount.js';
export { importAccount } from './keystore/importAccount.js';
export { accountFromSecretUri } from './keystore/keyPair.js';
export {
  DEFAULT_KEYSTORE_DIR,
  type Keystore,
  type KeystoreEntry,
  type KeystoreInput,
  openKeystore,
} from './keystore/keystore.js';
export { listAccounts } from './keystore/listAccounts.js';
export { loadAccount } from './keystore/loadAccount.js';
export { type ResolvedAccountId, resolveAccountId } from './keystore/resolveAccountId.js';
export { type ResolveSignerOptions, resolveSigner } from './keystore/resolveSigner.js';
export type { Account, KeyType, RawSigner } from './keystore/types.js';
export {
  type CommunityOnboardingStatus,
  getOnboardingStatus,
  type OnboardingStatus,
} from './onboarding/getOnboardingStatus.js';
export { getWhitelist, type WhitelistEntry } from './onboarding/getWhitelist.js';
export {
  type RegisterWhitelistedCommunityReturnType,
  registerWhitelistedCommunity,
} from './onboarding/registerWhitelistedCommunity.js';
export { registrationSpecOf, specHashOf } from './onboarding/registrationSpec.js';
export {
  type SubmitApplicationParameters,
  type SubmitApplicationReturnType,
  submitApplication,
} from './onboarding/submitApplication.js';
export { getParticipantReputation } from './reputation/getParticipantReputation.js';
export { getReputationCount, type ReputationCount } from './reputation/getReputationCount.js';
export { getReputationEntries } from './reputation/getReputationEntries.js';
export { getReputationLifetime } from './reputation/getReputationLifetime.js';
// reputation
export { type CommunityReputation, getReputations } from './reputation/getReputations.js';
export { formatReputation, isUsableFor, isVerified, type Reputation } from './reputation/types.js';
// scheduler
export { getCeremonyIndex } from './scheduler/getCeremonyIndex.js';
export { getCurrentPhase } from './scheduler/getCurrentPhase.js';
export { getNextPhaseTimestamp } from './scheduler/getNextPhaseTimestamp.js';
export { getPhaseDurations } from './scheduler/getPhaseDurations.js';
export { getSchedulerState, type SchedulerState } from './scheduler/getSchedulerState.js';
export { nextPhase } from './scheduler/nextPhase.js';
export {
  type CommunitySpec,
  parseCommunitySpec,
  parseLocationsFile,
  readCommunitySpecFile,
  specCid,
} from './specFile.js';
// treasuries (community treasury commands of the CLI)
export { getSwapAssetOption } from './treasuries/getSwapAssetOption.js';
export { getSwapNativeOption } from './treasuries/getSwapNativeOption.js';
export { getTreasuryAccount } from './treasuries/getTreasuryAccount.js';
export { type SwapParameters, swapAsset, swapNative } from './treasuries/swapNative.js';
export type { SwapAssetOption, SwapNativeOption } from './treasuries/swapOptions.js';
// transactions
export {
  type ChainEvent,
  type DispatchErrorInfo,
  ExtrinsicFailedError,
  type IncludedExtrinsic,
  TransactionRejectedError,
  TransactionTimeoutError,
  UnsupportedByChainError,
} from './tx/errors.js';
export { getNextNonce } from './tx/getNextNonce.js';
export { type WrapCall, wrapPrivileged } from './tx/privileged.js';
export {
  findEvent,
  type SignerInput,
  type SubmitOptions,
  submitExtrinsic,
  type WaitLevel,
} from './tx/submitExtrinsic.js';
