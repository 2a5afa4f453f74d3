// spec: economy §6.5 (voting window W(s) and electorate)
import { cidEquals } from '../../../primitives/cid/communityIdentifier.js';
import type { CommunityIdentifier, ProposalAccessPolicy } from '../../../primitives/scale/index.js';
import type { StateReader } from '../../framework/state.js';
import { GlobalReputationCount, ReputationCount, ReputationLifetime } from '../ceremonies/storage.js';
import { PHASES } from '../scheduler/schedule.js';
import { PhaseDurations } from '../scheduler/storage.js';
import { democracyErrors } from './declarations.js';

const U32_MAX = 0xffff_ffff;
const U64_MAX = (1n << 64n) - 1n;
const U128_MAX = (1n << 128n) - 1n;
/** Above this many indices the electorate is summed from the stored counts. */
const WIDE_WINDOW = 4096;

/** The eligible ceremony indices `lo ≤ k ≤ hi` (empty when `lo > hi`). */
export interface VotingWindow {
  readonly lo: number;
  readonly hi: number;
}

const mathError = () => democracyErrors.fail('MathError');

/**
 * `P = ceil(ProposalLifetime / C)` with `C` the current cycle duration (ms): how many cycles a proposal can
 * span. MathError when `C = 0` or a step overflows u64 (and when P does not fit the u32 ceremony index).
 */
export const proposalLifetimeCycles = (state: StateReader, proposalLifetime: bigint): number => {
  let cycle = 0n;
  for (const p of PHASES) cycle += PhaseDurations.get(state, p);
  if (cycle === 0n || cycle > U64_MAX) throw mathError();
  const sum = proposalLifetime + cycle;
  if (sum > U64_MAX) throw mathError();
  const cycles = (sum - 1n) / cycle;
  if (cycles > BigInt(U32_MAX)) throw mathError();
  return Number(cycles);
};

/**
 * `W(s) = [sat_sub(s, L) + P, sat_sub(s, 2)]` (the addition saturates at u32::MAX). `L` and the phase durations are
 * read now, not when the proposal was submitted (QUIRK: economy §10 item 19).
 */
export const votingWindow = (
  state: StateReader,
  startCindex: number,
  proposalLifetime: bigint,
): VotingWindow => {
  const lifetime = ReputationLifetime.get(state);
  const p = proposalLifetimeCycles(state, proposalLifetime);
  const lo = Math.min(Math.max(startCindex - lifetime, 0) + p, U32_MAX);
  const hi = Math.max(startCindex - 2, 0);
  return { lo, hi };
};

export const inWindow = (window: VotingWindow, cindex: number): boolean =>
  cindex >= window.lo && cindex <= window.hi;

/**
 * The electorate of a `Community(cid)` or `Global` proposal: the reputation counts of the window summed
 * (MathError on u128 overflow). A `Federated` electorate comes from the extension.
 */
export const electorateOf = (
  state: StateReader,
  policy: Exclude<ProposalAccessPolicy, { tag: 'Federated' }>,
  window: VotingWindow,
): bigint => {
  const counts: bigint[] = [];
  if (window.hi - window.lo < WIDE_WINDOW) {
    for (let k = window.lo; k <= window.hi; k++) {
      counts.push(
        policy.tag === 'Community'
          ? ReputationCount.get(state, [policy.value as CommunityIdentifier, k])
          : GlobalReputationCount.get(state, k),
      );
    }
  } else {
    // A huge window (e.g. a lifetime near u32::MAX): sum the stored counts instead of probing every index.
    const stored: [number, bigint][] =
      policy.tag === 'Community'
        ? ReputationCount.entries(state)
            .filter(([[cid]]) => cidEquals(cid, policy.value as CommunityIdentifier))
            .map(([[, k], n]) => [k, n])
        : GlobalReputationCount.entries(state);
    for (const [k, n] of stored) if (inWindow(window, k)) counts.push(n);
  }
  let sum = 0n;
  for (const n of counts) {
    sum += n;
    if (sum > U128_MAX) throw mathError();
  }
  return sum;
};
