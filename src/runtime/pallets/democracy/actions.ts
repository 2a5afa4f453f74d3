// spec: economy §6.2 (action table: access policy, identifier, supersedes), §9.5 (onboarding variants 11–12)
import type {
  AssetKind,
  CommunityIdentifier,
  CommunityMetadata,
  Location,
  ProposalAccessPolicy,
  ProposalAction,
  ProposalActionIdentifier,
  SwapAssetOption,
  SwapNativeOption,
} from '../../../primitives/scale/index.js';
import type { AccountId } from '../../types/substrate.js';

/** The payload tuples of the multi-field actions (economy §6.2 "Payload" column). */
export interface ActionPayloads {
  AddLocation: [cid: CommunityIdentifier, location: Location];
  RemoveLocation: [cid: CommunityIdentifier, location: Location];
  UpdateCommunityMetadata: [cid: CommunityIdentifier, metadata: CommunityMetadata];
  UpdateDemurrage: [cid: CommunityIdentifier, demurrage: bigint];
  UpdateNominalIncome: [cid: CommunityIdentifier, nominalIncome: bigint];
  Petition: [cid: CommunityIdentifier | undefined, text: Uint8Array];
  SpendNative: [cid: CommunityIdentifier | undefined, beneficiary: AccountId, amount: bigint];
  IssueSwapNativeOption: [cid: CommunityIdentifier, who: AccountId, option: SwapNativeOption];
  SpendAsset: [
    cid: CommunityIdentifier | undefined,
    beneficiary: AccountId,
    amount: bigint,
    asset: AssetKind,
  ];
  IssueSwapAssetOption: [cid: CommunityIdentifier, who: AccountId, option: SwapAssetOption];
}

/** `ProposalAction` with its multi-field payloads typed as tuples. */
export type TypedAction =
  | { [K in keyof ActionPayloads]: { tag: K; value: ActionPayloads[K] } }[keyof ActionPayloads]
  | Exclude<ProposalAction, { tag: keyof ActionPayloads }>;

/**
 * The same value with typed payloads: the scale declaration of `ProposalAction` types its multi-field payloads
 * as `never[]` (field lists without `as const`), which would let any index through unchecked.
 */
export const typed = (action: ProposalAction): TypedAction => action as unknown as TypedAction;

/** The identifier an action is queued and superseded under: the variant with its cid / optional cid only. */
export const identifierOf = (untyped: ProposalAction): ProposalActionIdentifier => {
  const action = typed(untyped);
  switch (action.tag) {
    case 'AddLocation':
    case 'RemoveLocation':
    case 'UpdateCommunityMetadata':
    case 'UpdateDemurrage':
    case 'UpdateNominalIncome':
    case 'IssueSwapNativeOption':
    case 'IssueSwapAssetOption':
    case 'Petition':
    case 'SpendNative':
    case 'SpendAsset':
      return { tag: action.tag, value: action.value[0] } as ProposalActionIdentifier;
    case 'SetInactivityTimeout':
    case 'SetOnboardingExponent':
      return { tag: action.tag, value: undefined };
    case 'OnboardCommunity':
      return { tag: 'OnboardCommunity', value: action.value.cid };
  }
};

/**
 * Whose reputations vote: one community's, all communities' one-for-one (`Global`), or per community with a
 * federated tally (`Federated`, economy §9).
 */
export const accessPolicyOf = (untyped: ProposalAction): ProposalAccessPolicy => {
  const action = typed(untyped);
  switch (action.tag) {
    case 'AddLocation':
    case 'RemoveLocation':
    case 'UpdateCommunityMetadata':
    case 'UpdateDemurrage':
    case 'UpdateNominalIncome':
    case 'IssueSwapNativeOption':
    case 'IssueSwapAssetOption':
      return { tag: 'Community', value: action.value[0] };
    case 'Petition':
    case 'SpendNative':
    case 'SpendAsset': {
      const cid = action.value[0];
      return cid === undefined ? { tag: 'Global', value: undefined } : { tag: 'Community', value: cid };
    }
    case 'SetInactivityTimeout':
    case 'SetOnboardingExponent':
      return { tag: 'Global', value: undefined };
    case 'OnboardCommunity':
      return { tag: 'Federated', value: undefined };
  }
};

/**
 * Whether approving this action supersedes older proposals with the same identifier (parameter-setting
 * actions). Petitions, spends, swap options and onboarding applications can be approved side by side.
 */
export const supersedes = (action: ProposalAction): boolean => {
  switch (action.tag) {
    case 'AddLocation':
    case 'RemoveLocation':
    case 'UpdateCommunityMetadata':
    case 'UpdateDemurrage':
    case 'UpdateNominalIncome':
    case 'SetInactivityTimeout':
    case 'SetOnboardingExponent':
      return true;
    case 'Petition':
    case 'SpendNative':
    case 'IssueSwapNativeOption':
    case 'SpendAsset':
    case 'IssueSwapAssetOption':
    case 'OnboardCommunity':
      return false;
  }
};

/** The actions of economy §6.2 (indices 0–10) that this pallet enacts itself; the rest need the extension. */
export const isBaseAction = (action: ProposalAction): boolean =>
  action.tag !== 'OnboardCommunity' && action.tag !== 'SetOnboardingExponent';

/** The reputation-commitment purpose descriptor of a proposal: ASCII `democracyProposal<id>`. */
export const purposeDescriptor = (id: bigint): Uint8Array =>
  new TextEncoder().encode(`democracyProposal${id}`);
