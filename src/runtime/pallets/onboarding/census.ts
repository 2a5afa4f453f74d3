// spec: economy §9.3 (E_c and N_c of every registered community over the window W(s))
import { cidEquals } from '../../../primitives/cid/communityIdentifier.js';
import { toHex } from '../../../primitives/common/bytes.js';
import type { CommunityCensus } from '../../../primitives/onboarding/snapshot.js';
import type { CommunityIdentifier } from '../../../primitives/scale/index.js';
import type { StateReader } from '../../framework/state.js';
import { isVerified } from '../ceremonies/reputation.js';
import { ParticipantReputation, ReputationCount } from '../ceremonies/storage.js';
import { getCommunityIdentifiers } from '../communities/communities.js';
import { electorateOf, inWindow, type VotingWindow } from '../democracy/window.js';

/** Above this many indices the cindexes with reputations are found from the stored counts. */
const WIDE_WINDOW = 4096;

/** The cindexes of the window where `cid` has a non-zero `ReputationCount`. */
const countedCindexes = (state: StateReader, cid: CommunityIdentifier, window: VotingWindow): number[] => {
  if (window.hi - window.lo < WIDE_WINDOW) {
    const ks: number[] = [];
    for (let k = window.lo; k <= window.hi; k++) if (ReputationCount.get(state, [cid, k]) > 0n) ks.push(k);
    return ks;
  }
  return ReputationCount.entries(state)
    .filter(([[c, k], n]) => n > 0n && inWindow(window, k) && cidEquals(c, cid))
    .map(([[, k]]) => k);
};

/**
 * `N_c`: the distinct accounts holding a verified reputation of `cid` at some cindex of the window.
 * Only cindexes with a non-zero `ReputationCount` are read: the ceremonies pallet counts every verified
 * reputation it issues there, so the others hold none.
 */
export const countReputables = (
  state: StateReader,
  cid: CommunityIdentifier,
  window: VotingWindow,
): bigint => {
  const accounts = new Set<string>();
  for (const k of countedCindexes(state, cid, window)) {
    for (const [who, reputation] of ParticipantReputation.entriesOf(state, [cid, k])) {
      if (isVerified(reputation)) accounts.add(toHex(who));
    }
  }
  return BigInt(accounts.size);
};

/**
 * The census of every registered community (in `CommunityIdentifiers` order) for a proposal starting with
 * window `window`: `E_c` exactly as the democracy community electorate, `N_c` by `countReputables`.
 * Throws the democracy `MathError` when an electorate overflows u128.
 */
export const communityCensus = (state: StateReader, window: VotingWindow): CommunityCensus[] =>
  getCommunityIdentifiers(state).map((cid) => ({
    cid,
    electorate: electorateOf(state, { tag: 'Community', value: cid }, window),
    reputables: countReputables(state, cid, window),
  }));
