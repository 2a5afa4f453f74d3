/** Test fixtures (not used by production code): one proposal action of each kind, as economy §6.2 lists them. */
import { ONE } from '../../../primitives/fixed/fixed.js';
import type {
  CommunityIdentifier,
  ProposalAction,
  SwapAssetOption,
  SwapNativeOption,
} from '../../../primitives/scale/index.js';
import type { AccountId } from '../../types/substrate.js';
import { loc, METADATA } from '../ceremonies/testRuntime.js';

const ascii = (s: string) => new TextEncoder().encode(s);

export const swapNativeOption = (cid: CommunityIdentifier, allowance = 1_000n): SwapNativeOption => ({
  cid,
  native_allowance: allowance,
  rate: ONE / 5n,
  do_burn: false,
  valid_from: undefined,
  valid_until: undefined,
});

export const ASSET = Uint8Array.of(4, 1, 0);

export const swapAssetOption = (cid: CommunityIdentifier, allowance = 2_000n): SwapAssetOption => ({
  cid,
  asset_id: ASSET,
  asset_allowance: allowance,
  rate: ONE / 3n,
  do_burn: true,
  valid_from: 5n,
  valid_until: 10n,
});

export const NEW_LOCATION = loc(1.5, 1.5);
export const NEW_METADATA = { ...METADATA, name: ascii('Renamed'), symbol: ascii('RNM') };

/** One action of each of the eleven §6.2 variants. */
export type BaseActionTag = Exclude<ProposalAction['tag'], 'OnboardCommunity' | 'SetOnboardingExponent'>;

/**
 * An action from its tag and payload. The cast is needed because `ProposalAction`'s multi-field variants are
 * typed `never[]` (their field lists in `primitives/scale/democracy.ts` lack `as const`); the codec is unaffected.
 */
export const action = (tag: ProposalAction['tag'], value: unknown): ProposalAction =>
  ({ tag, value }) as ProposalAction;

export const actions = (cid: CommunityIdentifier, who: AccountId): Record<BaseActionTag, ProposalAction> => ({
  AddLocation: action('AddLocation', [cid, NEW_LOCATION]),
  RemoveLocation: action('RemoveLocation', [cid, loc(1, 1)]),
  UpdateCommunityMetadata: action('UpdateCommunityMetadata', [cid, NEW_METADATA]),
  UpdateDemurrage: action('UpdateDemurrage', [cid, ONE / 10n]),
  UpdateNominalIncome: action('UpdateNominalIncome', [cid, 2n * ONE]),
  SetInactivityTimeout: action('SetInactivityTimeout', 42),
  Petition: action('Petition', [cid, ascii('more benches')]),
  SpendNative: action('SpendNative', [cid, who, 1_000n]),
  IssueSwapNativeOption: action('IssueSwapNativeOption', [cid, who, swapNativeOption(cid)]),
  SpendAsset: action('SpendAsset', [cid, who, 7n, ASSET]),
  IssueSwapAssetOption: action('IssueSwapAssetOption', [cid, who, swapAssetOption(cid)]),
});
