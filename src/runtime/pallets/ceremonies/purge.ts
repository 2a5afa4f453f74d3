// spec: ceremonies §7.10 (inactivity counters, purging)
import type { CommunityIdentifier } from '../../../primitives/scale/index.js';
import type { Env } from '../../framework/pallet.js';
import { purgeCommunity as removeCommunity } from '../communities/communities.js';
import { CurrentCeremonyIndex } from '../scheduler/storage.js';
import { clearRegistries } from './registry.js';
import { saturatingSub } from './reputation.js';
import {
  AssignmentCounts,
  Assignments,
  AttestationCount,
  AttestationIndex,
  AttestationRegistry,
  BurnedBootstrapperNewbieTickets,
  BurnedReputableNewbieTickets,
  type CommunityCeremony,
  Endorsees,
  EndorseesCount,
  GlobalReputationCount,
  InactivityCounters,
  IssuedRewards,
  MeetupCount,
  MeetupParticipantCountVote,
  PALLET,
  ParticipantReputation,
  ReputationCount,
  ReputationLifetime,
} from './storage.js';

/**
 * `purge_community_ceremony_internal`: deletes everything kept for one community ceremony and emits
 * `CommunityCeremonyHistoryPurged`. QUIRK: ceremonies §10 item 20 — `GlobalReputationCount[cindex]` is
 * global, so purging one community's ceremony wipes the count for every community.
 */
export const purgeCommunityCeremony = (env: Env, cc: CommunityCeremony): void => {
  const s = env.state;
  clearRegistries(s, cc);
  AssignmentCounts.remove(s, cc);
  Assignments.remove(s, cc);
  ParticipantReputation.clearPrefix(s, cc);
  ReputationCount.remove(s, cc);
  GlobalReputationCount.remove(s, cc[1]);
  Endorsees.clearPrefix(s, cc);
  EndorseesCount.remove(s, cc);
  MeetupCount.remove(s, cc);
  AttestationRegistry.clearPrefix(s, cc);
  AttestationIndex.clearPrefix(s, cc);
  AttestationCount.remove(s, cc);
  MeetupParticipantCountVote.clearPrefix(s, cc);
  IssuedRewards.clearPrefix(s, cc);
  BurnedReputableNewbieTickets.clearPrefix(s, cc);
  env.deposit(PALLET, { tag: 'CommunityCeremonyHistoryPurged', value: [cc[0], cc[1]] });
};

/**
 * `update_inactivity_counters` for ceremony `cindex`: a community with any `IssuedRewards` entry (even a failed
 * evaluation, QUIRK: ceremonies §10 item 23) is reset to 0; others count up until they reach `timeout`, and are
 * then returned as inactive (so purged at the `timeout + 1`-th inactive check).
 */
export const updateInactivityCounters = (
  env: Env,
  cindex: number,
  timeout: number,
  cids: readonly CommunityIdentifier[],
): CommunityIdentifier[] => {
  const inactive: CommunityIdentifier[] = [];
  for (const cid of cids) {
    if (env.state.keys(IssuedRewards.prefixKey([cid, cindex])).length > 0) {
      InactivityCounters.set(env.state, cid, 0);
      env.deposit(PALLET, { tag: 'InactivityCounterUpdated', value: [cid, 0] });
      continue;
    }
    const current = InactivityCounters.get(env.state, cid) ?? 0;
    if (current >= timeout) {
      inactive.push(cid);
    } else {
      InactivityCounters.set(env.state, cid, current + 1);
      env.deposit(PALLET, { tag: 'InactivityCounterUpdated', value: [cid, current + 1] });
    }
  }
  return inactive;
};

/**
 * `purge_community`: the ceremonies history within the lifetime window, the inactivity counter and the
 * bootstrapper tickets, then the community itself (communities pallet: locations, bootstrappers, metadata,
 * nominal income, balances). QUIRK: ceremonies §10 item 19 — only this purge does both pallets.
 */
export const purgeInactiveCommunity = (env: Env, cid: CommunityIdentifier): void => {
  const current = CurrentCeremonyIndex.get(env.state);
  for (let c = saturatingSub(current, ReputationLifetime.get(env.state)); c <= current; c++) {
    purgeCommunityCeremony(env, [cid, c]);
  }
  InactivityCounters.remove(env.state, cid);
  BurnedBootstrapperNewbieTickets.clearPrefix(env.state, cid);
  removeCommunity(env, cid);
};
