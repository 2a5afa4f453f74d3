// spec: economy §9.3 (eligible community, W_tot), §9.6 step 6 (snapshot, NoEligibleCommunities), §9.10
import type { CommunityIdentifier } from '../scale/common.js';
import type { OnboardingExponent, SnapshotEntry } from '../scale/onboarding.js';
import { NoEligibleCommunitiesError } from './errors.js';
import { communityWeight } from './weight.js';

/** What the chain knows of a registered community at submission: `E_c` and `N_c` over the window `W(s)`. */
export interface CommunityCensus {
  readonly cid: CommunityIdentifier;
  /** `E_c`: attendance-weighted electorate, `Σ_{k∈W(s)} ReputationCount[(c,k)]`. */
  readonly electorate: bigint;
  /** `N_c`: distinct accounts with a reputation in `c` at some `k ∈ W(s)`. */
  readonly reputables: bigint;
}

export interface OnboardingSnapshotResult {
  /** Eligible communities in the given (`CommunityIdentifiers`) order, with their weights. */
  readonly entries: SnapshotEntry[];
  /** `W_tot`: exact sum of the weights, stored as `OnboardingInfo.total_weight`. */
  readonly totalWeight: bigint;
}

/** A community may vote on onboarding iff it has at least one reputable and a non-empty electorate. */
export const isEligible = (c: Pick<CommunityCensus, 'electorate' | 'reputables'>): boolean =>
  c.reputables >= 1n && c.electorate >= 1n;

/**
 * The snapshot taken at submission: every eligible community with `w_c = N_c^α`, in input order, and `W_tot`.
 * Throws NoEligibleCommunitiesError when none is eligible, InvalidExponentError for a bad exponent.
 * @example buildSnapshot([{ cid, electorate: 1000n, reputables: 400n }], [1, 2]).totalWeight // 20n << 64n
 */
export function buildSnapshot(
  communities: readonly CommunityCensus[],
  exponent: OnboardingExponent,
): OnboardingSnapshotResult {
  const entries: SnapshotEntry[] = communities.filter(isEligible).map((c) => ({
    cid: c.cid,
    electorate: c.electorate,
    reputables: c.reputables,
    weight: communityWeight(c.reputables, exponent),
  }));
  if (entries.length === 0) throw new NoEligibleCommunitiesError(communities.length);
  return { entries, totalWeight: sumWeights(entries) };
}

/** Exact sum of the snapshot weights (BigInt: no overflow, unlike a u128 sum in Rust). */
export const sumWeights = (entries: readonly Pick<SnapshotEntry, 'weight'>[]): bigint =>
  entries.reduce((acc, e) => acc + e.weight, 0n);
