// spec: ceremonies §7.8 step 4, §7.9 (early payout)
import type { LocalAttestations, LocalIndex } from './types.js';

/** The confirmed vote is a strict majority of ALL assigned participants (QUIRK 11: not of those who showed up). */
export const voteYieldsMajority = (assigned: number, vote: number): boolean => 2 * vote > assigned;

/** Every participant in `legit` attested exactly `vote − 1` others (raw list length, duplicates included). */
export const numAttestationsMatchesVote = (
  legit: readonly LocalIndex[],
  attestations: LocalAttestations,
  vote: number,
): boolean => legit.every((i) => (attestations[i] ?? []).length === vote - 1);

/** Every participant in `legit` attested exactly the other members of `legit`, nobody else and nobody twice. */
export function attestationGraphIsFullyConnected(
  legit: readonly LocalIndex[],
  attestations: LocalAttestations,
): boolean {
  return legit.every((i) => {
    const given = [...(attestations[i] ?? [])].sort((a, b) => a - b);
    const expected = legit.filter((j) => j !== i).sort((a, b) => a - b);
    return given.length === expected.length && given.every((j, k) => j === expected[k]);
  });
}

/** The meetup is "perfect": rewards may be claimed during Attesting. Judged before attestation-based exclusion. */
export const earlyRewardsPossible = (
  legit: readonly LocalIndex[],
  attestations: LocalAttestations,
  assigned: number,
  vote: number,
  unanimous: boolean,
): boolean =>
  unanimous &&
  voteYieldsMajority(assigned, vote) &&
  numAttestationsMatchesVote(legit, attestations, vote) &&
  attestationGraphIsFullyConnected(legit, attestations);
