// spec: economy §6.2 (ProposalAction variants, payloads), §9.5 (OnboardCommunity, SetOnboardingExponent), tooling §1.7.6
import type { CommunityIdentifier } from '../../primitives/cid/communityIdentifier.js';
import { toHex } from '../../primitives/common/bytes.js';
import type { Location } from '../../primitives/geo/location.js';
import {
  bytesToText,
  fixedBits,
  fromPapiCid,
  fromPapiLocation,
  optional,
  papiBytes,
  textToBytes,
  toAddress,
  toCid,
  toPapiCid,
  toPapiLocation,
} from '../common/convert.js';
import type { AccountInput, Address, CidInput, HexString } from '../common/types.js';
import { type CommunityMetadataText, fromPapiMetadata } from '../communities/getCommunityMetadata.js';
import { toPapiMetadata } from '../communities/toPapiMetadata.js';
import type { CommunitySpecMeta } from '../specFile.js';

/** The option fields both swap options share (economy §7). */
interface SwapOptionTerms {
  /** CC per native/asset unit, U64F64 bits; undefined: oracle/auction pricing. */
  readonly rate?: bigint | undefined;
  readonly doBurn?: boolean | undefined;
  /** Unix ms; stored but not enforced by the pallet. */
  readonly validFrom?: bigint | undefined;
  readonly validUntil?: bigint | undefined;
}

/** `SwapNativeOption` to issue; its `cid` defaults to the action's. */
export interface SwapNativeOptionInput extends SwapOptionTerms {
  readonly cid?: CidInput | undefined;
  /** Native base units. */
  readonly nativeAllowance: bigint;
}

/** `SwapAssetOption` to issue; `assetId` is the runtime's SCALE-encoded `AssetKind`. */
export interface SwapAssetOptionInput extends SwapOptionTerms {
  readonly cid?: CidInput | undefined;
  readonly assetId: Uint8Array;
  readonly assetAllowance: bigint;
}

/** A swap option as read back. */
export interface DecodedSwapOption {
  readonly cid: CommunityIdentifier;
  /** Native allowance (native option) or asset allowance (asset option). */
  readonly allowance: bigint;
  /** Asset options only. */
  readonly assetId: Uint8Array | undefined;
  readonly rate: bigint | undefined;
  readonly doBurn: boolean;
  readonly validFrom: bigint | undefined;
  readonly validUntil: bigint | undefined;
}

/** The proposal actions the client builds and reads in typed form; others travel as papi's raw `{ type, value }`. */
export type ProposalAction =
  | { readonly type: 'AddLocation'; readonly cid: CidInput; readonly location: Location }
  | { readonly type: 'RemoveLocation'; readonly cid: CidInput; readonly location: Location }
  | { readonly type: 'UpdateCommunityMetadata'; readonly cid: CidInput; readonly metadata: CommunitySpecMeta }
  /** Per-block rate, I64F64 bits. */
  | { readonly type: 'UpdateDemurrage'; readonly cid: CidInput; readonly demurrage: bigint }
  /** U64F64 bits. */
  | { readonly type: 'UpdateNominalIncome'; readonly cid: CidInput; readonly nominalIncome: bigint }
  | { readonly type: 'SetInactivityTimeout'; readonly timeout: number }
  | { readonly type: 'Petition'; readonly cid: CidInput | undefined; readonly demand: string }
  | {
      readonly type: 'SpendNative';
      readonly cid: CidInput | undefined;
      readonly to: AccountInput;
      readonly amount: bigint;
    }
  | {
      readonly type: 'IssueSwapNativeOption';
      readonly cid: CidInput;
      readonly to: AccountInput;
      readonly option: SwapNativeOptionInput;
    }
  | {
      readonly type: 'SpendAsset';
      readonly cid: CidInput | undefined;
      readonly to: AccountInput;
      readonly amount: bigint;
      /** SCALE bytes of the runtime's `AssetKind`. */
      readonly assetId: Uint8Array;
    }
  | {
      readonly type: 'IssueSwapAssetOption';
      readonly cid: CidInput;
      readonly to: AccountInput;
      readonly option: SwapAssetOptionInput;
    }
  | {
      readonly type: 'OnboardCommunity';
      readonly cid: CidInput;
      /** blake2b-256 of the SCALE registration arguments (economy §9.5). */
      readonly specHash: Uint8Array;
      /** IPFS CID of the application dossier. */
      readonly dossier: string;
    }
  | { readonly type: 'SetOnboardingExponent'; readonly num: number; readonly den: number }
  | { readonly type: 'Raw'; readonly value: { type: string; value: unknown } };

/** A proposal action as read back: cids and accounts normalised. */
export type DecodedProposalAction =
  | {
      readonly type: 'AddLocation' | 'RemoveLocation';
      readonly cid: CommunityIdentifier;
      readonly location: Location;
    }
  | {
      readonly type: 'UpdateCommunityMetadata';
      readonly cid: CommunityIdentifier;
      readonly metadata: CommunityMetadataText;
    }
  | { readonly type: 'UpdateDemurrage'; readonly cid: CommunityIdentifier; readonly demurrage: bigint }
  | {
      readonly type: 'UpdateNominalIncome';
      readonly cid: CommunityIdentifier;
      readonly nominalIncome: bigint;
    }
  | { readonly type: 'SetInactivityTimeout'; readonly timeout: number }
  | { readonly type: 'Petition'; readonly cid: CommunityIdentifier | undefined; readonly demand: string }
  | {
      readonly type: 'SpendNative';
      readonly cid: CommunityIdentifier | undefined;
      readonly to: Address;
      readonly amount: bigint;
    }
  | {
      readonly type: 'IssueSwapNativeOption' | 'IssueSwapAssetOption';
      readonly cid: CommunityIdentifier;
      readonly to: Address;
      readonly option: DecodedSwapOption;
    }
  | {
      readonly type: 'SpendAsset';
      readonly cid: CommunityIdentifier | undefined;
      readonly to: Address;
      readonly amount: bigint;
      readonly assetId: Uint8Array;
    }
  | {
      readonly type: 'OnboardCommunity';
      readonly cid: CommunityIdentifier;
      readonly specHash: Uint8Array;
      readonly dossier: string;
    }
  | { readonly type: 'SetOnboardingExponent'; readonly num: number; readonly den: number }
  | { readonly type: 'Raw'; readonly value: { type: string; value: unknown } };

const swapTerms = (o: SwapOptionTerms) => ({
  rate: o.rate,
  do_burn: o.doBurn ?? false,
  valid_from: o.validFrom,
  valid_until: o.validUntil,
});

/** papi's value of a `ProposalAction`. */
export const toPapiProposalAction = (a: ProposalAction): { type: string; value: unknown } => {
  switch (a.type) {
    case 'AddLocation':
    case 'RemoveLocation':
      return { type: a.type, value: [toPapiCid(a.cid), toPapiLocation(a.location)] };
    case 'UpdateCommunityMetadata':
      return { type: a.type, value: [toPapiCid(a.cid), toPapiMetadata(a.metadata)] };
    case 'UpdateDemurrage':
      return { type: a.type, value: [toPapiCid(a.cid), a.demurrage] };
    case 'UpdateNominalIncome':
      return { type: a.type, value: [toPapiCid(a.cid), a.nominalIncome] };
    case 'SetInactivityTimeout':
      return { type: a.type, value: a.timeout };
    case 'Petition':
      return { type: a.type, value: [optional(a.cid, toPapiCid), textToBytes(a.demand)] };
    case 'SpendNative':
      return { type: a.type, value: [optional(a.cid, toPapiCid), toAddress(a.to, 'to'), a.amount] };
    case 'IssueSwapNativeOption':
      return {
        type: a.type,
        value: [
          toPapiCid(a.cid),
          toAddress(a.to, 'to'),
          {
            cid: toPapiCid(a.option.cid ?? a.cid),
            native_allowance: a.option.nativeAllowance,
            ...swapTerms(a.option),
          },
        ],
      };
    case 'SpendAsset':
      return {
        type: a.type,
        value: [optional(a.cid, toPapiCid), toAddress(a.to, 'to'), a.amount, a.assetId],
      };
    case 'IssueSwapAssetOption':
      return {
        type: a.type,
        value: [
          toPapiCid(a.cid),
          toAddress(a.to, 'to'),
          {
            cid: toPapiCid(a.option.cid ?? a.cid),
            asset_id: a.option.assetId,
            asset_allowance: a.option.assetAllowance,
            ...swapTerms(a.option),
          },
        ],
      };
    case 'OnboardCommunity':
      return {
        type: a.type,
        value: {
          cid: toPapiCid(a.cid),
          spec_hash: toHex(a.specHash) as HexString,
          dossier: textToBytes(a.dossier),
        },
      };
    case 'SetOnboardingExponent':
      return { type: a.type, value: [a.num, a.den] };
    case 'Raw':
      return a.value;
  }
};

const fromPapiSwapOption = (v: unknown): DecodedSwapOption => {
  const o = v as Record<string, unknown>;
  return {
    cid: fromPapiCid(o.cid),
    allowance: BigInt((o.native_allowance ?? o.asset_allowance) as bigint),
    assetId: optional(o.asset_id, papiBytes),
    rate: optional(o.rate, fixedBits),
    doBurn: o.do_burn === true,
    validFrom: optional(o.valid_from as bigint | undefined, BigInt),
    validUntil: optional(o.valid_until as bigint | undefined, BigInt),
  };
};

/** Reads papi's value of a `ProposalAction`. */
export const fromPapiProposalAction = (v: { type: string; value: unknown }): DecodedProposalAction => {
  const t = v.value as unknown[];
  switch (v.type) {
    case 'AddLocation':
    case 'RemoveLocation':
      return { type: v.type, cid: fromPapiCid(t[0]), location: fromPapiLocation(t[1]) };
    case 'UpdateCommunityMetadata':
      return {
        type: v.type,
        cid: fromPapiCid(t[0]),
        metadata: fromPapiMetadata(t[1] as Parameters<typeof fromPapiMetadata>[0]),
      };
    case 'UpdateDemurrage':
      return { type: v.type, cid: fromPapiCid(t[0]), demurrage: fixedBits(t[1]) };
    case 'UpdateNominalIncome':
      return { type: v.type, cid: fromPapiCid(t[0]), nominalIncome: fixedBits(t[1]) };
    case 'SetInactivityTimeout':
      return { type: v.type, timeout: Number(v.value) };
    case 'Petition':
      return { type: v.type, cid: optional(t[0], fromPapiCid), demand: bytesToText(t[1]) };
    case 'SpendNative':
      return {
        type: v.type,
        cid: optional(t[0], fromPapiCid),
        to: t[1] as Address,
        amount: BigInt(t[2] as bigint),
      };
    case 'IssueSwapNativeOption':
    case 'IssueSwapAssetOption':
      return {
        type: v.type,
        cid: fromPapiCid(t[0]),
        to: t[1] as Address,
        option: fromPapiSwapOption(t[2]),
      };
    case 'SpendAsset':
      return {
        type: v.type,
        cid: optional(t[0], fromPapiCid),
        to: t[1] as Address,
        amount: BigInt(t[2] as bigint),
        assetId: papiBytes(t[3]),
      };
    case 'OnboardCommunity': {
      const app = v.value as { cid: unknown; spec_hash: unknown; dossier: unknown };
      return {
        type: v.type,
        cid: fromPapiCid(app.cid),
        specHash: papiBytes(app.spec_hash),
        dossier: bytesToText(app.dossier),
      };
    }
    case 'SetOnboardingExponent': {
      const [num, den] = Array.isArray(v.value) ? (v.value as number[]) : papiBytes(v.value);
      return { type: v.type, num: Number(num), den: Number(den) };
    }
    default:
      return { type: 'Raw', value: v };
  }
};

/** Normalises a cid argument inside an action (for comparisons). */
export const actionCid = (a: ProposalAction): CommunityIdentifier | undefined =>
  'cid' in a && a.cid !== undefined ? toCid(a.cid) : undefined;

/**
 * The scope of an action (economy §6.2, §9.5): `Community(cid)` counts only that community's reputations, `Global`
 * all, `Federated` (onboarding) each snapshot community in its own tally.
 */
export type ProposalAccessPolicy =
  | { readonly type: 'Global' }
  | { readonly type: 'Community'; readonly cid: CommunityIdentifier }
  | { readonly type: 'Federated' };

/** The access policy of a decoded action (`undefined` for raw actions the client does not know). */
export const accessPolicyOf = (a: DecodedProposalAction): ProposalAccessPolicy | undefined => {
  switch (a.type) {
    case 'SetInactivityTimeout':
    case 'SetOnboardingExponent':
      return { type: 'Global' };
    case 'OnboardCommunity':
      return { type: 'Federated' };
    case 'Petition':
    case 'SpendNative':
    case 'SpendAsset':
      return a.cid === undefined ? { type: 'Global' } : { type: 'Community', cid: a.cid };
    case 'Raw':
      return undefined;
    default:
      return { type: 'Community', cid: a.cid };
  }
};
