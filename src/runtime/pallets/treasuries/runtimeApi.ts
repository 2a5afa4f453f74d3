// spec: economy §7 (RPC encointer_getCommunityTreasuryAccountUnchecked); new since spec 30
import { MaybeCommunityIdentifier } from '../../../primitives/scale/index.js';
import type { RuntimeApi } from '../../apis/registry.js';
import { AccountId32 } from '../../types/substrate.js';
import { treasuryAccount } from './treasuries.js';

/** `TreasuriesApi` (version 1): the treasury account of a community, or the global one for `None`. */
export const TREASURIES_API: RuntimeApi = {
  name: 'TreasuriesApi',
  version: 1,
  methods: [
    {
      name: 'get_community_treasury_account_unchecked',
      inputs: [{ name: 'maybecid', type: MaybeCommunityIdentifier }],
      output: AccountId32,
      docs: ['The treasury account of `maybecid` (global when None); the cid is not checked.'],
      run: (_state, maybecid) => treasuryAccount(maybecid ?? undefined),
    },
  ],
};
