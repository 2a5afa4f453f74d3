// spec: ceremonies §7.9 (phase-change hooks), §7.10 (inactivity purge before assignment)
import type { CeremonyPhaseType } from '../../../primitives/scale/index.js';
import type { Env } from '../../framework/pallet.js';
import { getCommunityIdentifiers } from '../communities/communities.js';
import { CurrentCeremonyIndex } from '../scheduler/storage.js';
import { generateAllMeetupAssignmentParams } from './assignment.js';
import type { CeremoniesConfig } from './config.js';
import { purgeCommunityCeremony, purgeInactiveCommunity, updateInactivityCounters } from './purge.js';
import { saturatingSub } from './reputation.js';
import { InactivityTimeout, ReputationLifetime } from './storage.js';

/**
 * `on_ceremony_phase_change`, called by the scheduler after it set the new phase (and index):
 * - Assigning: inactivity check of the previous ceremony and purge of inactive communities, then assignment;
 * - Attesting: nothing;
 * - Registering: purge of ceremony `c − ReputationLifetime − 1` of every community, once `c > ReputationLifetime`.
 * Not transactional, like every hook.
 */
export const onCeremonyPhaseChange = (env: Env, phase: CeremonyPhaseType, config: CeremoniesConfig): void => {
  const cindex = CurrentCeremonyIndex.get(env.state);
  switch (phase) {
    case 'Assigning': {
      const inactive = updateInactivityCounters(
        env,
        saturatingSub(cindex, 1),
        InactivityTimeout.get(env.state),
        getCommunityIdentifiers(env.state),
      );
      for (const cid of inactive) purgeInactiveCommunity(env, cid);
      generateAllMeetupAssignmentParams(env, config);
      return;
    }
    case 'Attesting':
      return;
    case 'Registering': {
      const lifetime = ReputationLifetime.get(env.state);
      if (cindex <= lifetime) return;
      for (const cid of getCommunityIdentifiers(env.state)) {
        purgeCommunityCeremony(env, [cid, cindex - lifetime - 1]);
      }
      return;
    }
  }
};
