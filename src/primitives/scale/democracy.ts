// spec: economy §6.2, §6.4, §9.5 and Appendix B (democracy types, with the onboarding additions)
import { bigInt, boundedVec, enumType, int, struct, tuple, unitEnum } from '../codec/describe.js';
import type { ValueOf } from '../codec/types.js';
import { InactivityTimeout, ReputationCount } from './ceremonies.js';
import {
  AccountId,
  CeremonyIndex,
  CommunityCeremony,
  CommunityIdentifier,
  Demurrage,
  Location,
  MaybeCommunityIdentifier,
  Moment,
  NativeBalance,
  NominalIncome,
  PalletString,
} from './common.js';
import { CommunityMetadata } from './communities.js';
import { OnboardingApplication } from './onboarding.js';
import { AssetKind, SwapAssetOption, SwapNativeOption } from './treasuries.js';

const path = (name: string) => ['encointer_primitives', 'democracy', name];

/** `ProposalIdType`: u128; the first proposal gets id 1. */
export const ProposalId = bigInt('u128', 'ProposalId');
export type ProposalId = ValueOf<typeof ProposalId>;
/** `VoteCountType`: u128. */
export const VoteCount = bigInt('u128', 'VoteCount');
export type VoteCount = ValueOf<typeof VoteCount>;

/** Variants of `Vote` in index order. */
export const VOTES = ['Aye', 'Nay'] as const;
/** `Vote`: `Aye`=0, `Nay`=1. */
export const Vote = unitEnum(path('Vote'), VOTES);
export type Vote = ValueOf<typeof Vote>;

/** `Tally { turnout, ayes }`, u128 each. */
export const Tally = struct(path('Tally'), {
  turnout: { type: VoteCount, typeName: 'VoteCountType' },
  ayes: { type: VoteCount, typeName: 'VoteCountType' },
});
export type Tally = ValueOf<typeof Tally>;

/** `ProposalAccessPolicy`: `Global`=0, `Community(cid)`=1, `Federated`=2 (onboarding, §9.5). */
export const ProposalAccessPolicy = enumType(path('ProposalAccessPolicy'), {
  Global: { index: 0 },
  Community: { index: 1, fields: CommunityIdentifier },
  Federated: { index: 2 },
});
export type ProposalAccessPolicy = ValueOf<typeof ProposalAccessPolicy>;

/**
 * `ProposalState<Moment>`: `Ongoing`=0, `Confirming { since }`=1, `Approved`=2, `SupersededBy { id }`=3,
 * `Rejected`=4, `Enacted`=5. Spec-30 differs: `Confirming { since: BlockNumber }`, then `Approved`=2,
 * `Cancelled`=3, `Enacted`=4 (no `SupersededBy`, no `Rejected`).
 */
export const ProposalState = enumType(
  path('ProposalState'),
  {
    Ongoing: { index: 0 },
    Confirming: { index: 1, fields: { since: { type: Moment, typeName: 'Moment' } } },
    Approved: { index: 2 },
    SupersededBy: { index: 3, fields: { id: { type: ProposalId, typeName: 'ProposalIdType' } } },
    Rejected: { index: 4 },
    Enacted: { index: 5 },
  },
  { params: [{ name: 'Moment', type: Moment }] },
);
export type ProposalState = ValueOf<typeof ProposalState>;

const cid = { type: CommunityIdentifier, typeName: 'CommunityIdentifier' };
const maybeCid = { type: MaybeCommunityIdentifier, typeName: 'Option<CommunityIdentifier>' };
const account = { type: AccountId, typeName: 'AccountId' };
const balance = { type: NativeBalance, typeName: 'Balance' };
const exponentPart = (name: string) => ({ type: int('u8', `SetOnboardingExponent.${name}`), typeName: 'u8' });
const actionParams = [
  { name: 'AccountId', type: AccountId },
  { name: 'Balance', type: NativeBalance },
  { name: 'Moment', type: Moment },
  { name: 'AssetKind', type: AssetKind },
];

/**
 * `ProposalAction` (§6.2 indices 0–10, §9.5 appends 11–12). Multi-field variants carry a tuple array,
 * single-field variants the value itself. Spec-30 differs: only `UpdateNominalIncome(cid, U64F64)`=0 and
 * `SetInactivityTimeout(u32)`=1.
 */
export const ProposalAction = enumType(
  path('ProposalAction'),
  {
    AddLocation: { index: 0, fields: [cid, { type: Location, typeName: 'Location' }] as const },
    RemoveLocation: { index: 1, fields: [cid, { type: Location, typeName: 'Location' }] as const },
    UpdateCommunityMetadata: {
      index: 2,
      fields: [cid, { type: CommunityMetadata, typeName: 'CommunityMetadataType' }] as const,
    },
    UpdateDemurrage: { index: 3, fields: [cid, { type: Demurrage, typeName: 'Demurrage' }] as const },
    UpdateNominalIncome: {
      index: 4,
      fields: [cid, { type: NominalIncome, typeName: 'NominalIncomeType' }] as const,
    },
    SetInactivityTimeout: { index: 5, fields: InactivityTimeout },
    Petition: { index: 6, fields: [maybeCid, { type: PalletString, typeName: 'PalletString' }] as const },
    SpendNative: { index: 7, fields: [maybeCid, account, balance] as const },
    IssueSwapNativeOption: {
      index: 8,
      fields: [
        cid,
        account,
        { type: SwapNativeOption, typeName: 'SwapNativeOption<Balance, Moment>' },
      ] as const,
    },
    SpendAsset: {
      index: 9,
      fields: [maybeCid, account, balance, { type: AssetKind, typeName: 'AssetKind' }] as const,
    },
    IssueSwapAssetOption: {
      index: 10,
      fields: [
        cid,
        account,
        { type: SwapAssetOption, typeName: 'SwapAssetOption<AssetKind, Balance, Moment>' },
      ] as const,
    },
    OnboardCommunity: { index: 11, fields: OnboardingApplication },
    SetOnboardingExponent: { index: 12, fields: [exponentPart('num'), exponentPart('den')] as const },
  },
  { params: actionParams },
);
export type ProposalAction = ValueOf<typeof ProposalAction>;

/**
 * `ProposalActionIdentifier`: the same variant indices as `ProposalAction`, carrying only the cid / optional
 * cid (the storage key of `LastApprovedProposalForAction` and `EnactmentQueue`).
 */
export const ProposalActionIdentifier = enumType(path('ProposalActionIdentifier'), {
  AddLocation: { index: 0, fields: CommunityIdentifier },
  RemoveLocation: { index: 1, fields: CommunityIdentifier },
  UpdateCommunityMetadata: { index: 2, fields: CommunityIdentifier },
  UpdateDemurrage: { index: 3, fields: CommunityIdentifier },
  UpdateNominalIncome: { index: 4, fields: CommunityIdentifier },
  SetInactivityTimeout: { index: 5 },
  Petition: { index: 6, fields: MaybeCommunityIdentifier },
  SpendNative: { index: 7, fields: MaybeCommunityIdentifier },
  IssueSwapNativeOption: { index: 8, fields: CommunityIdentifier },
  SpendAsset: { index: 9, fields: MaybeCommunityIdentifier },
  IssueSwapAssetOption: { index: 10, fields: CommunityIdentifier },
  OnboardCommunity: { index: 11, fields: CommunityIdentifier },
  SetOnboardingExponent: { index: 12 },
});
export type ProposalActionIdentifier = ValueOf<typeof ProposalActionIdentifier>;

/**
 * `Proposal { start, start_cindex, action, state, electorate_size }`. Spec-30 differs: `start` is a u32 block
 * number and there is no `electorate_size`.
 */
export const Proposal = struct(
  path('Proposal'),
  {
    start: { type: Moment, typeName: 'Moment' },
    start_cindex: { type: CeremonyIndex, typeName: 'CeremonyIndexType' },
    action: { type: ProposalAction, typeName: 'ProposalAction<AccountId, Balance, Moment, AssetKind>' },
    state: { type: ProposalState, typeName: 'ProposalState<Moment>' },
    electorate_size: { type: ReputationCount, typeName: 'ReputationCountType' },
  },
  { params: actionParams },
);
export type Proposal = ValueOf<typeof Proposal>;

/** `MaxReputationCount` of the dev and Kusama runtimes (mock 10; spec-30 `MaxReputationVecLength` 1024). */
export const MAX_REPUTATION_COUNT = 64;
/** The `reputations` argument of `vote`: `BoundedVec<(cid, cindex), MaxReputationCount>`. */
export const reputationVecCodec = (maxReputationCount: number) =>
  boundedVec(CommunityCeremony, maxReputationCount, 'ReputationVec');
export const ReputationVec = reputationVecCodec(MAX_REPUTATION_COUNT);
export type ReputationVec = ValueOf<typeof ReputationVec>;

/** Bound of one `EnactmentQueue` entry. */
export const ENACTMENT_QUEUE_MAX = 128;
/**
 * `EnactmentQueue[identifier]`: `BoundedVec<ProposalId, 128>` (storage version 2). Spec-30 differs: a single
 * `u128` per identifier.
 */
export const EnactmentQueue = boundedVec(ProposalId, ENACTMENT_QUEUE_MAX, 'EnactmentQueue');
export type EnactmentQueue = ValueOf<typeof EnactmentQueue>;

/** `LastApprovedProposalForAction[identifier]`: `(approved_at: Moment, ProposalId)`. */
export const LastApprovedProposal = tuple(Moment, ProposalId);
export type LastApprovedProposal = ValueOf<typeof LastApprovedProposal>;
