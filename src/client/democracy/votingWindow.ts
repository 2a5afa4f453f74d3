// spec: economy §6.5 (eligible cindexes W(s) = [sat_sub(s, L) + P, sat_sub(s, 2)], P = ceil(ProposalLifetime / C))
import { InvalidInputError } from '../../primitives/common/errors.js';

/** The ceremony indexes whose reputations count on a proposal; empty when `first > last`. */
export interface VotingWindow {
  readonly first: number;
  readonly last: number;
}

/**
 * `W(s)` of a proposal started at cindex `s`, with the reputation lifetime `L` (cycles), the proposal lifetime and
 * the cycle duration in ms. Throws InvalidInputError for a zero cycle (the pallet's `MathError`).
 * @example votingWindow({ startCindex: 7, reputationLifetime: 5, proposalLifetime: 240_000n, cycleDuration: 259_200_000n }) // { first: 3, last: 5 }
 */
export const votingWindow = (p: {
  startCindex: number;
  reputationLifetime: number;
  proposalLifetime: bigint;
  cycleDuration: bigint;
}): VotingWindow => {
  if (p.cycleDuration <= 0n)
    throw new InvalidInputError('cycleDuration', 'the phase durations sum to 0 (MathError)');
  const cycles = Number((p.proposalLifetime + p.cycleDuration - 1n) / p.cycleDuration);
  return {
    first: Math.max(p.startCindex - p.reputationLifetime, 0) + cycles,
    last: Math.max(p.startCindex - 2, 0),
  };
};

/** Whether cindex `k` lies in the window. */
export const inVotingWindow = (w: VotingWindow, k: number): boolean => k >= w.first && k <= w.last;
