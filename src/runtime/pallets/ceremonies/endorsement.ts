// spec: ceremonies §7.5 (endorse_newcomer)
import { bytesEqual } from '../../../primitives/common/bytes.js';
import type { CommunityIdentifier } from '../../../primitives/scale/index.js';
import type { Env } from '../../framework/pallet.js';
import type { AccountId } from '../../types/substrate.js';
import { communityExists, getBootstrappers } from '../communities/communities.js';
import { CurrentCeremonyIndex, CurrentPhase } from '../scheduler/storage.js';
import { fail } from './errors.js';
import { register, removeParticipantFromRegistry } from './registry.js';
import { hasReputation, isEndorsed } from './reputation.js';
import {
  BurnedBootstrapperNewbieTickets,
  BurnedReputableNewbieTickets,
  type CommunityCeremony,
  Endorsees,
  EndorseesCount,
  EndorsementTicketsPerBootstrapper,
  EndorsementTicketsPerReputable,
  NewbieIndex,
  PALLET,
} from './storage.js';

const U64_MAX = (1n << 64n) - 1n;

/** The cycle an endorsement targets: the current one while Registering, the next one otherwise. */
export const endorsementTarget = (env: Env): number => {
  const cindex = CurrentCeremonyIndex.get(env.state);
  return CurrentPhase.get(env.state) === 'Registering' ? cindex : cindex + 1;
};

/**
 * Burns one endorsement ticket of `sender`: a reputable ticket first (they refill every cycle), else a
 * bootstrapper ticket. QUIRK: ceremonies §10 item 16 — bootstrapper tickets are counted per community, for
 * its whole life, and never refill.
 */
const burnTicket = (env: Env, cc: CommunityCeremony, sender: AccountId): void => {
  const [cid] = cc;
  const reputableBurned = BurnedReputableNewbieTickets.get(env.state, cc, sender);
  if (
    hasReputation(env.state, sender, cid) &&
    reputableBurned < EndorsementTicketsPerReputable.get(env.state)
  ) {
    BurnedReputableNewbieTickets.set(env.state, cc, sender, reputableBurned + 1);
    return;
  }
  const bootstrapperBurned = BurnedBootstrapperNewbieTickets.get(env.state, cid, sender);
  const isBootstrapper = getBootstrappers(env.state, cid).some((b) => bytesEqual(b, sender));
  if (isBootstrapper && bootstrapperBurned < EndorsementTicketsPerBootstrapper.get(env.state)) {
    BurnedBootstrapperNewbieTickets.set(env.state, cid, sender, bootstrapperBurned + 1);
    return;
  }
  throw fail('NoMoreNewbieTickets');
};

/**
 * `endorse_newcomer` (call 4), allowed in every phase. An already-registered Newbie is re-registered as
 * Endorsee. QUIRK: ceremonies §10 item 15 — that re-registration needs Registering, so endorsing a registered
 * newbie fails with `WrongPhaseForUnregistering` in Assigning and Attesting.
 */
export const endorseNewcomer = (
  env: Env,
  sender: AccountId,
  cid: CommunityIdentifier,
  newbie: AccountId,
): void => {
  if (!communityExists(env.state, cid)) throw fail('InexistentCommunity');
  const cc: CommunityCeremony = [cid, endorsementTarget(env)];
  if (isEndorsed(env.state, newbie, cc) !== undefined) throw fail('AlreadyEndorsed');
  burnTicket(env, cc, sender);
  Endorsees.set(env.state, cc, newbie, undefined);
  const count = EndorseesCount.get(env.state, cc) + 1n;
  if (count > U64_MAX) throw fail('RegistryOverflow');
  EndorseesCount.set(env.state, cc, count);
  if (NewbieIndex.exists(env.state, cc, newbie)) {
    removeParticipantFromRegistry(env, cc, newbie);
    register(env, cc, newbie, false);
  }
  env.deposit(PALLET, { tag: 'EndorsedParticipant', value: [cid, sender, newbie] });
};
