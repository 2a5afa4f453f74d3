// spec: ceremonies §7.8 steps 1–3
import type { Exclusion, LocalIndex } from './types.js';

/** Vote value meaning "no vote": the reference stores votes with a default of 0. */
export const NO_VOTE = 0;

/** A missing vote and an explicit 0 are the same to the reference (storage default). */
export const voteOf = (votes: readonly (number | undefined)[], i: LocalIndex): number => votes[i] ?? NO_VOTE;

/** Step 1: participants in `legit` (ascending) that did not vote, in `legit` order. */
export function excludeNoVote(
  legit: readonly LocalIndex[],
  votes: readonly (number | undefined)[],
): Exclusion[] {
  return legit
    .filter((i) => voteOf(votes, i) === NO_VOTE)
    .map((index) => ({ index, reason: 'NoVote' as const }));
}

export interface MajorityVote {
  readonly vote: number;
  readonly count: number;
  /** Every participant in the ballot voted the same. */
  readonly unanimous: boolean;
}

/**
 * Step 2: the most frequent vote among `legit`, or `undefined` for an empty ballot. Among equally frequent votes
 * the one whose first occurrence is latest wins.
 */
export function majorityVote(
  legit: readonly LocalIndex[],
  votes: readonly (number | undefined)[],
): MajorityVote | undefined {
  // QUIRK: ceremonies §10 item 6 — the reference inserts each new vote value at the FRONT of its candidate list and
  // then stable-sorts by count, so ties go to the value first seen last in participant order.
  const candidates: { vote: number; count: number }[] = [];
  for (const i of legit) {
    const v = voteOf(votes, i);
    const known = candidates.find((c) => c.vote === v);
    if (known) known.count += 1;
    else candidates.unshift({ vote: v, count: 1 });
  }
  const best = candidates.sort((a, b) => b.count - a.count)[0]; // Array.prototype.sort is stable (ES2019)
  if (best === undefined) return undefined;
  return { vote: best.vote, count: best.count, unanimous: candidates.length === 1 };
}

/** Step 3: participants in `legit` whose vote differs from the confirmed count, in `legit` order. */
export function excludeWrongVote(
  legit: readonly LocalIndex[],
  votes: readonly (number | undefined)[],
  confirmed: number,
): Exclusion[] {
  return legit
    .filter((i) => voteOf(votes, i) !== confirmed)
    .map((index) => ({ index, reason: 'WrongVote' as const }));
}
