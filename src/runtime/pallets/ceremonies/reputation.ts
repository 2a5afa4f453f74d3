// spec: ceremonies §1 (reputation predicates), §7.3 (has_reputation, validate_reputation, is_endorsed)
/**
 * Queries over the reputation lifetime window. Other pallets (democracy, faucet, reputation commitments) call
 * `hasReputation` and `validateReputation` directly.
 */
import type { CommunityIdentifier, Reputation } from '../../../primitives/scale/index.js';
import type { StateReader } from '../../framework/state.js';
import type { AccountId } from '../../types/substrate.js';
import { CurrentCeremonyIndex } from '../scheduler/storage.js';
import { Endorsees, ParticipantReputation, ReputationLifetime } from './storage.js';

/** `a − b`, floored at 0 (Rust's `saturating_sub` on u32). */
export const saturatingSub = (a: number, b: number): number => Math.max(a - b, 0);

/** `VerifiedUnlinked` or `VerifiedLinked(_)`. */
export const isVerified = (r: Reputation): boolean =>
  r.tag === 'VerifiedUnlinked' || r.tag === 'VerifiedLinked';

/**
 * Usable as a proof for target `cindex`: verified and not yet linked to that same cindex.
 * QUIRK: ceremonies §10 item 12 — a link to another cycle does not block re-use ("tolerate no-shows").
 */
export const isVerifiedAndUnlinkedFor = (r: Reputation, cindex: number): boolean =>
  r.tag === 'VerifiedUnlinked' || (r.tag === 'VerifiedLinked' && r.value !== cindex);

/**
 * Whether `test` holds for any of `c, c − 1, …, c − ReputationLifetime` (saturating), tried in that order; the
 * first match is returned. Stops at 0, which the saturating subtraction would only repeat.
 */
const findInLifetime = (state: StateReader, c: number, test: (c: number) => boolean): number | undefined => {
  const lifetime = ReputationLifetime.get(state);
  for (let i = 0; i <= lifetime; i++) {
    const at = saturatingSub(c, i);
    if (test(at)) return at;
    if (at === 0) break;
  }
  return undefined;
};

/**
 * True iff `who` has a verified reputation in `cid` at the scheduler's current cindex or one of the
 * `ReputationLifetime` before it.
 */
export const hasReputation = (state: StateReader, who: AccountId, cid: CommunityIdentifier): boolean =>
  findInLifetime(state, CurrentCeremonyIndex.get(state), (c) =>
    isVerified(ParticipantReputation.get(state, [cid, c], who)),
  ) !== undefined;

/** True iff the reputation of `who` at `(cid, cindex)` is verified and not older than the lifetime. */
export const validateReputation = (
  state: StateReader,
  who: AccountId,
  cid: CommunityIdentifier,
  cindex: number,
): boolean => {
  const oldest = saturatingSub(CurrentCeremonyIndex.get(state), ReputationLifetime.get(state));
  if (cindex < oldest) return false;
  return isVerified(ParticipantReputation.get(state, [cid, cindex], who));
};

/** The cindex of the newest endorsement of `who` within the lifetime window before `cindex`, or `undefined`. */
export const isEndorsed = (
  state: StateReader,
  who: AccountId,
  [cid, cindex]: readonly [CommunityIdentifier, number],
): number | undefined => findInLifetime(state, cindex, (c) => Endorsees.exists(state, [cid, c], who));
