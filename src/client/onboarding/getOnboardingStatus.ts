// spec: economy §9.8 (federated passing test), §9.11 (`OnboardingApi_onboarding_status`)
import { formatCid } from '../../primitives/cid/cidString.js';
import type { CommunityIdentifier } from '../../primitives/cid/communityIdentifier.js';
import type { CommunityDecision } from '../../primitives/onboarding/decision.js';
import { bytesToText, enumType, fromPapiCid, papiBytes } from '../common/convert.js';
import { resolveBlock } from '../common/resolveBlock.js';
import type { Address, ReadOptions } from '../common/types.js';
import type { Connection } from '../connection/connect.js';
import type { ProposalStateKind } from '../democracy/getProposals.js';
import { requireOnboardingApi } from './onboardingApi.js';

/** One snapshot community of an onboarding proposal, as the passing test saw it. */
export interface CommunityOnboardingStatus {
  readonly cid: CommunityIdentifier;
  readonly cidString: string;
  /** `E_c`: attendance-weighted electorate in the window at submission. */
  readonly electorate: bigint;
  /** `N_c`: distinct reputables. */
  readonly reputables: bigint;
  /** `w_c = N_c^α`, U64F64 bits. */
  readonly weight: bigint;
  readonly turnout: bigint;
  readonly ayes: bigint;
  readonly turnoutPermille: bigint;
  /** AQB threshold (U64F64 bits) the ayes had to exceed; undefined when the community abstained. */
  readonly threshold: bigint | undefined;
  readonly decision: CommunityDecision;
}

/** The explanation of an onboarding application (§9.8): per community, then the global rule. */
export interface OnboardingStatus {
  readonly proposalId: bigint;
  readonly cid: CommunityIdentifier;
  readonly cidString: string;
  readonly specHash: Uint8Array;
  readonly dossier: string;
  readonly state: ProposalStateKind;
  readonly applicant: Address;
  /** Reserved native deposit. */
  readonly deposit: bigint;
  readonly exponent: { readonly num: number; readonly den: number };
  readonly minTurnoutPermille: bigint;
  readonly communities: CommunityOnboardingStatus[];
  /** Weights in U64F64 bits. */
  readonly ayeWeight: bigint;
  readonly nayWeight: bigint;
  readonly abstainWeight: bigint;
  readonly decidedWeight: bigint;
  readonly totalWeight: bigint;
  readonly ayeCount: number;
  readonly nayCount: number;
  readonly abstainCount: number;
  readonly requiredAyeCount: number;
  /** Decided weight ≥ 1/3 of the total. */
  readonly quorumMet: boolean;
  /** Aye weight > 2/3 of the decided weight. */
  readonly approvalMet: boolean;
  readonly ayeCountMet: boolean;
  readonly passing: boolean;
}

type Raw = Record<string, unknown>;

const fromPapiCommunity = (c: Raw): CommunityOnboardingStatus => {
  const cid = fromPapiCid(c.cid);
  return {
    cid,
    cidString: formatCid(cid),
    electorate: BigInt(c.electorate as bigint),
    reputables: BigInt(c.reputables as bigint),
    weight: BigInt(c.weight as bigint),
    turnout: BigInt(c.turnout as bigint),
    ayes: BigInt(c.ayes as bigint),
    turnoutPermille: BigInt(c.turnout_permille as bigint),
    threshold: c.threshold === undefined ? undefined : BigInt(c.threshold as bigint),
    decision: enumType<CommunityDecision>(c.decision),
  };
};

/**
 * Explains an onboarding application (`OnboardingApi_onboarding_status`); `undefined` when `proposalId` is not an
 * onboarding proposal. Throws UnsupportedByChainError on runtimes without permissionless onboarding.
 */
export const getOnboardingStatus = async (
  conn: Connection,
  p: { proposalId: bigint | number } & ReadOptions,
): Promise<OnboardingStatus | undefined> => {
  await requireOnboardingApi(conn);
  const block = await resolveBlock(conn, p.at);
  const r = (await conn.api.apis.OnboardingApi.onboarding_status(BigInt(p.proposalId), {
    at: block.hash,
  })) as Raw | undefined;
  if (r === undefined) return undefined;
  const app = r.application as Raw;
  const cid = fromPapiCid(app.cid);
  // papi reads the (u8, u8) tuple as a fixed-size byte array.
  const [num, den] = Array.isArray(r.exponent) ? (r.exponent as number[]) : papiBytes(r.exponent);
  return {
    proposalId: BigInt(r.proposal_id as bigint),
    cid,
    cidString: formatCid(cid),
    specHash: papiBytes(app.spec_hash),
    dossier: bytesToText(app.dossier),
    state: enumType<ProposalStateKind>(r.state),
    applicant: r.applicant as Address,
    deposit: BigInt(r.deposit as bigint),
    exponent: { num: Number(num), den: Number(den) },
    minTurnoutPermille: BigInt(r.min_turnout as bigint),
    communities: (r.communities as Raw[]).map(fromPapiCommunity),
    ayeWeight: BigInt(r.aye_weight as bigint),
    nayWeight: BigInt(r.nay_weight as bigint),
    abstainWeight: BigInt(r.abstain_weight as bigint),
    decidedWeight: BigInt(r.decided_weight as bigint),
    totalWeight: BigInt(r.total_weight as bigint),
    ayeCount: Number(r.aye_count),
    nayCount: Number(r.nay_count),
    abstainCount: Number(r.abstain_count),
    requiredAyeCount: Number(r.required_aye_count),
    quorumMet: r.quorum_met === true,
    approvalMet: r.approval_met === true,
    ayeCountMet: r.aye_count_met === true,
    passing: r.passing === true,
  };
};
