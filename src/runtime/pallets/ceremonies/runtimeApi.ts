// spec: ceremonies §7.12 (read API), reference-metadata-spec30 CeremoniesApi (inputs and outputs)

import type { Type } from '../../../primitives/codec/types.js';
import { bytesEqual } from '../../../primitives/common/bytes.js';
import {
  AggregatedAccountData,
  type AggregatedAccountDataPersonal,
  CeremonyInfo,
  CommunityIdentifier,
  Reputations,
} from '../../../primitives/scale/index.js';
import type { RuntimeApi } from '../../apis/registry.js';
import type { StateReader } from '../../framework/state.js';
import { type AccountId, AccountId32 } from '../../types/substrate.js';
import { getLocations } from '../communities/communities.js';
import { CurrentCeremonyIndex, CurrentPhase } from '../scheduler/storage.js';
import {
  getMeetupIndex,
  getMeetupLocationIndex,
  getMeetupParticipants,
  getMeetupTime,
} from './assignment.js';
import type { CeremoniesConfig } from './config.js';
import { participantTypeOf } from './registry.js';
import { type CommunityCeremony, ParticipantReputation } from './storage.js';

type ValueOf<T> = T extends Type<infer V> ? V : never;

/**
 * `get_reputations(account)`: every `ParticipantReputation` entry of the account, as `(cindex, {cid, reputation})`,
 * in storage-key order (the reference's order: unspecified but deterministic).
 */
export const getReputations = (state: StateReader, account: AccountId): ValueOf<typeof Reputations> =>
  ParticipantReputation.entries(state)
    .filter(([, who]) => bytesEqual(who, account))
    .map(([[cid, cindex], , reputation]) => [cindex, { community_identifier: cid, reputation }]);

/** `get_ceremony_info()`: the scheduler's current phase and index. */
export const getCeremonyInfo = (state: StateReader): ValueOf<typeof CeremonyInfo> => ({
  ceremony_phase: CurrentPhase.get(state),
  ceremony_index: CurrentCeremonyIndex.get(state),
});

const personalData = (
  state: StateReader,
  config: CeremoniesConfig,
  cc: CommunityCeremony,
  account: AccountId,
): AggregatedAccountDataPersonal | undefined => {
  const participantType = participantTypeOf(state, cc, account);
  if (participantType === undefined) return undefined;
  const meetupIndex = getMeetupIndex(state, cc, account);
  if (meetupIndex === undefined) {
    return {
      participant_type: participantType,
      meetup_index: undefined,
      meetup_location_index: undefined,
      meetup_time: undefined,
      meetup_registry: undefined,
    };
  }
  const locationIndex = getMeetupLocationIndex(state, cc, meetupIndex);
  const location =
    locationIndex === undefined ? undefined : getLocations(state, cc[0])[Number(locationIndex)];
  let registry: AccountId[] | undefined;
  try {
    registry = getMeetupParticipants(state, cc, meetupIndex);
  } catch {
    registry = undefined;
  }
  return {
    participant_type: participantType,
    meetup_index: meetupIndex,
    meetup_location_index: locationIndex,
    meetup_time: location === undefined ? undefined : getMeetupTime(state, location, config),
    meetup_registry: registry,
  };
};

/**
 * `get_aggregated_account_data(cid, account)`: the global phase and index, and the account's registration for
 * `(cid, CurrentCeremonyIndex)` — no +1 while Attesting — with its meetup once assigned (time only while
 * Attesting; the location index is 0-based into the community's current locations).
 */
export const getAggregatedAccountData = (
  state: StateReader,
  config: CeremoniesConfig,
  cid: CommunityIdentifier,
  account: AccountId,
): ValueOf<typeof AggregatedAccountData> => ({
  global: getCeremonyInfo(state),
  personal: personalData(state, config, [cid, CurrentCeremonyIndex.get(state)], account),
});

/** `CeremoniesApi` (version 1, id `0x8cdf9e3e0b6d88cb`) for `state_call("CeremoniesApi_<method>", …)`. */
export const createCeremoniesApi = (config: CeremoniesConfig): RuntimeApi => ({
  name: 'CeremoniesApi',
  version: 1,
  methods: [
    {
      name: 'get_reputations',
      inputs: [{ name: 'account', type: AccountId32 }],
      output: Reputations,
      run: (state, account) => getReputations(state, account as AccountId),
    },
    {
      name: 'get_aggregated_account_data',
      inputs: [
        { name: 'cid', type: CommunityIdentifier },
        { name: 'account', type: AccountId32 },
      ],
      output: AggregatedAccountData,
      run: (state, cid, account) =>
        getAggregatedAccountData(state, config, cid as CommunityIdentifier, account as AccountId),
    },
    { name: 'get_ceremony_info', inputs: [], output: CeremonyInfo, run: (state) => getCeremonyInfo(state) },
  ],
});
