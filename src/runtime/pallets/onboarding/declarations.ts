// spec: economy §9.11 (events 7–13 and errors 9–20 appended to the democracy pallet's enums)
import { u8, u32, u128 } from '../../../primitives/codec/describe.js';
import type { ValueOf } from '../../../primitives/codec/types.js';
import { EncointerError } from '../../../primitives/common/errors.js';
import {
  AccountId,
  CeremonyIndex,
  CommunityIdentifier,
  NativeBalance,
  ProposalId,
  Vote,
  VoteCount,
} from '../../../primitives/scale/index.js';
import { democracyErrorsWith, democracyEventsWith } from '../democracy/declarations.js';

export { PALLET } from '../democracy/declarations.js';

/** The onboarding errors in index order (9–20), with the docs metadata shows. */
export const ONBOARDING_ERRORS = [
  ['InvalidDossierCid', 'the application dossier is not an IPFS CID (46 Base58 characters)'],
  ['InvalidCommunityIdentifier', 'the geohash of the applicant cid is not 5 geohash characters'],
  ['CommunityAlreadyRegistered', 'the community is already registered'],
  ['CommunityAlreadyWhitelisted', 'the community is whitelisted and may register now'],
  ['OnboardingAlreadyPending', 'an onboarding proposal for this community is still open'],
  ['NoEligibleCommunities', 'no registered community has reputables in the voting window'],
  ['InvalidExponent', 'the onboarding exponent must satisfy 1 <= den <= 8 and num <= den'],
  ['NotWhitelisted', 'the community derived from location and bootstrappers is not whitelisted'],
  ['WhitelistExpired', 'the whitelist entry of the community has expired'],
  ['SpecMismatch', 'the registration arguments do not hash to the approved spec hash'],
  ['NotABootstrapper', 'only a bootstrapper of the new community may register it'],
  ['RegistrationPhaseRequired', 'whitelisted communities register during a Registering phase only'],
] as const;

export type OnboardingErrorName = (typeof ONBOARDING_ERRORS)[number][0];

/** The democracy error enum with the onboarding errors appended. */
export const onboardingErrors = democracyErrorsWith(ONBOARDING_ERRORS);

const proposalId = { type: ProposalId, typeName: 'ProposalIdType' };
const cid = { type: CommunityIdentifier, typeName: 'CommunityIdentifier' };

/** The democracy event enum with the onboarding events appended (7–13). */
export const onboardingEvents = democracyEventsWith({
  OnboardingSnapshotTaken: {
    index: 7,
    fields: {
      proposal_id: proposalId,
      cid,
      eligible_communities: { type: u32, typeName: 'u32' },
      total_weight: { type: u128, typeName: 'u128' },
    },
    docs: [' onboarding snapshot taken at submission (total weight in U64F64 bits)'],
  },
  OnboardingVoteCounted: {
    index: 8,
    fields: {
      proposal_id: proposalId,
      cid,
      vote: { type: Vote, typeName: 'Vote' },
      num_votes: { type: VoteCount, typeName: 'VoteCountType' },
    },
    docs: [" votes counted in one community's tally of an onboarding proposal"],
  },
  CommunityWhitelisted: {
    index: 9,
    fields: {
      cid,
      proposal_id: proposalId,
      expires_after: { type: CeremonyIndex, typeName: 'CeremonyIndexType' },
    },
    docs: [' community whitelisted for registration'],
  },
  WhitelistedCommunityRegistered: {
    index: 10,
    fields: { cid, proposal_id: proposalId },
    docs: [' whitelisted community registered'],
  },
  WhitelistEntryExpired: { index: 11, fields: { cid }, docs: [' whitelist entry expired'] },
  OnboardingExponentUpdated: {
    index: 12,
    fields: { num: { type: u8, typeName: 'u8' }, den: { type: u8, typeName: 'u8' } },
    docs: [' onboarding exponent updated'],
  },
  OnboardingDepositReleased: {
    index: 13,
    fields: {
      proposal_id: proposalId,
      who: { type: AccountId, typeName: 'T::AccountId' },
      amount: { type: NativeBalance, typeName: 'BalanceOf<T>' },
    },
    docs: [' onboarding deposit released'],
  },
});

export type OnboardingEvent = ValueOf<typeof onboardingEvents>;

const ONBOARDING_ERROR_NAMES: ReadonlySet<string> = new Set(ONBOARDING_ERRORS.map(([name]) => name));

/**
 * The pallet error for an error of the onboarding primitives (whose `name` is the pallet variant, e.g.
 * `SpecMismatch`); anything else is returned unchanged, to be rethrown.
 */
export const asOnboardingError = (e: unknown): unknown =>
  e instanceof EncointerError && ONBOARDING_ERROR_NAMES.has(e.name)
    ? onboardingErrors.fail(e.name as OnboardingErrorName)
    : e;
