// spec: ceremonies §6.9; economy §2.5 (get_all_balances returns raw entries); reference-metadata-spec30 CommunitiesApi

import type { CommunityIdentifier as Cid } from '../../../primitives/cid/communityIdentifier.js';
import { option, tuple, vec } from '../../../primitives/codec/describe.js';
import {
  AccountId as AccountIdType,
  BalanceEntry,
  CommunityIdentifier,
  Location,
  PalletString,
} from '../../../primitives/scale/index.js';
import type { RuntimeApi } from '../../apis/registry.js';
import type { StateReader } from '../../framework/state.js';
import type { AccountId } from '../../types/substrate.js';
import { Balance } from '../encointerBalances/storage.js';
import {
  communityExists,
  getCommunityIdentifiers,
  getCommunityMetadata,
  getLocations,
} from './communities.js';

/** `get_cids`: every registered cid, in registration order. */
export const getCids = (state: StateReader): Cid[] => getCommunityIdentifiers(state);

/** `get_name`: the community's metadata name, or `undefined` for an unregistered cid. */
export const getName = (state: StateReader, cid: Cid): Uint8Array | undefined =>
  communityExists(state, cid) ? getCommunityMetadata(state, cid).name : undefined;

/** `get_locations`: the canonical location list (ceremonies §6.5). */
export { getLocations };

/**
 * `get_all_balances`: the account's raw (not demurraged) balance entries, one per registered community where an
 * entry exists, in `CommunityIdentifiers` order.
 */
export const getAllBalances = (state: StateReader, account: AccountId): [Cid, BalanceEntry][] =>
  getCommunityIdentifiers(state).flatMap((cid): [Cid, BalanceEntry][] =>
    Balance.exists(state, cid, account) ? [[cid, Balance.get(state, cid, account)]] : [],
  );

/** `CommunitiesApi` (id `0x7577ad567297b7d9`, version 1): declaration for metadata V15 and `state_call`. */
export const COMMUNITIES_API: RuntimeApi = {
  name: 'CommunitiesApi',
  version: 1,
  methods: [
    {
      name: 'get_cids',
      inputs: [],
      output: vec(CommunityIdentifier),
      run: (state) => getCids(state),
    },
    {
      name: 'get_name',
      inputs: [{ name: 'cid', type: CommunityIdentifier }],
      output: option(PalletString),
      run: (state, cid) => getName(state, cid as Cid),
    },
    {
      name: 'get_locations',
      inputs: [{ name: 'cid', type: CommunityIdentifier }],
      output: vec(Location),
      run: (state, cid) => getLocations(state, cid as Cid),
    },
    {
      name: 'get_all_balances',
      inputs: [{ name: 'account', type: AccountIdType }],
      output: vec(tuple(CommunityIdentifier, BalanceEntry)),
      run: (state, account) => getAllBalances(state, account as AccountId),
    },
  ],
};
