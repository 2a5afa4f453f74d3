// spec: economy §9.5 (permissionless community onboarding types)
import { bigInt, boundedBytes, boundedVec, int, option, struct, tuple, vec } from '../codec/describe.js';
import type { ValueOf } from '../codec/types.js';
import {
  AccountId,
  CeremonyIndex,
  CommunityIdentifier,
  Demurrage,
  H256,
  Location,
  NativeBalance,
  NominalIncome,
} from './common.js';
import { CommunityMetadata, MAX_COMMUNITY_ITEMS } from './communities.js';

// New since spec-30: no reference path exists, so the module is named after the feature.
const path = (name: string) => ['encointer_primitives', 'onboarding', name];

/**
 * Bound of `BoundedIpfsCid`. §9.5 names the type without a bound; the dossier goes through the same IPFS-CID
 * validator as community metadata, whose fields are `PalletString`s, so the `PalletString` bound is used.
 */
export const BOUNDED_IPFS_CID_MAX = 256;
/** `BoundedIpfsCid`: the dossier's IPFS CID as bytes (validated as 46 Base58 characters at submission). */
export const BoundedIpfsCid = boundedBytes(BOUNDED_IPFS_CID_MAX, 'BoundedIpfsCid');
export type BoundedIpfsCid = ValueOf<typeof BoundedIpfsCid>;

/** `OnboardingApplication { cid, spec_hash, dossier }`, the payload of `ProposalAction::OnboardCommunity`. */
export const OnboardingApplication = struct(path('OnboardingApplication'), {
  cid: { type: CommunityIdentifier, typeName: 'CommunityIdentifier' },
  spec_hash: { type: H256, typeName: 'H256' },
  dossier: { type: BoundedIpfsCid, typeName: 'BoundedIpfsCid' },
});
export type OnboardingApplication = ValueOf<typeof OnboardingApplication>;

/**
 * `RegistrationSpec`: exactly the arguments of `communities::new_community`, in order. `spec_hash` is
 * blake2b-256 of these raw SCALE bytes (no prefix).
 */
export const RegistrationSpec = tuple(
  Location,
  vec(AccountId),
  CommunityMetadata,
  option(Demurrage),
  option(NominalIncome),
);
export type RegistrationSpec = ValueOf<typeof RegistrationSpec>;

const u128Field = (name: string) => ({ type: bigInt('u128', name), typeName: 'u128' });

/** `SnapshotEntry { cid, electorate: E_c, reputables: N_c, weight: w_c (U64F64 bits) }`, u128 each. */
export const SnapshotEntry = struct(path('SnapshotEntry'), {
  cid: { type: CommunityIdentifier, typeName: 'CommunityIdentifier' },
  electorate: u128Field('SnapshotEntry.electorate'),
  reputables: u128Field('SnapshotEntry.reputables'),
  weight: u128Field('SnapshotEntry.weight'),
});
export type SnapshotEntry = ValueOf<typeof SnapshotEntry>;

/** `OnboardingSnapshots[id]`: `Vec<SnapshotEntry>` bounded by `MaxCommunityIdentifiers`, in `CommunityIdentifiers` order. */
export const onboardingSnapshotCodec = (maxCommunityIdentifiers: number) =>
  boundedVec(SnapshotEntry, maxCommunityIdentifiers, 'OnboardingSnapshot');
export const OnboardingSnapshot = onboardingSnapshotCodec(MAX_COMMUNITY_ITEMS);
export type OnboardingSnapshot = ValueOf<typeof OnboardingSnapshot>;

/** `OnboardingExponent` α = `(num, den)`, u8 each; default (1, 2). */
export const OnboardingExponent = tuple(
  int('u8', 'OnboardingExponent.num'),
  int('u8', 'OnboardingExponent.den'),
);
export type OnboardingExponent = ValueOf<typeof OnboardingExponent>;

/** `OnboardingInfo<AccountId, Balance> { applicant, deposit, exponent, total_weight }`. */
export const OnboardingInfo = struct(
  path('OnboardingInfo'),
  {
    applicant: { type: AccountId, typeName: 'AccountId' },
    deposit: { type: NativeBalance, typeName: 'Balance' },
    exponent: { type: OnboardingExponent, typeName: '(u8, u8)' },
    total_weight: u128Field('OnboardingInfo.total_weight'),
  },
  {
    params: [
      { name: 'AccountId', type: AccountId },
      { name: 'Balance', type: NativeBalance },
    ],
  },
);
export type OnboardingInfo = ValueOf<typeof OnboardingInfo>;

/** `WhitelistEntry<AccountId> { spec_hash, proposal_id, applicant, expires_after }`. */
export const WhitelistEntry = struct(
  path('WhitelistEntry'),
  {
    spec_hash: { type: H256, typeName: 'H256' },
    proposal_id: { type: bigInt('u128', 'ProposalId'), typeName: 'ProposalIdType' },
    applicant: { type: AccountId, typeName: 'AccountId' },
    expires_after: { type: CeremonyIndex, typeName: 'CeremonyIndexType' },
  },
  { params: [{ name: 'AccountId', type: AccountId }] },
);
export type WhitelistEntry = ValueOf<typeof WhitelistEntry>;
