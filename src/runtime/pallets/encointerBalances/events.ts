// spec: economy §2.8 (events), reference-metadata-spec30 EncointerBalances (fields and type names)
import { u128 } from '../../../primitives/codec/describe.js';
import type { ValueOf } from '../../../primitives/codec/types.js';
import { CommunityIdentifier } from '../../../primitives/scale/index.js';
import { defineEvents } from '../../framework/pallet.js';
import { AccountId32, U64F64 } from '../../types/substrate.js';

const cid = { type: CommunityIdentifier, typeName: 'CommunityIdentifier' };
const account = { type: AccountId32, typeName: 'T::AccountId' };
const balance = { type: U64F64, typeName: 'BalanceType' };

/**
 * `pallet_encointer_balances::Event`. Unnamed fields are carried as arrays (`Transferred: [cid, from, to, amount]`,
 * `FeeConversionFactorUpdated: [factor]`). Indices 0–3 are those of spec 30; `Burned` (emitted by `burn` in the current
 * pallets, economy §2.8) is appended as 4 so that spec-30 decoders still read every older event correctly.
 */
export const balancesEvents = defineEvents(['pallet_encointer_balances', 'pallet', 'Event'], {
  Endowed: {
    index: 0,
    fields: { cid, who: account, balance },
    docs: ['Endowed a new account with a respective currency `[community_id, who, balance]`'],
  },
  Transferred: {
    index: 1,
    fields: [cid, account, account, balance] as const,
    docs: ['Token transfer success `[community_id, from, to, amount]`'],
  },
  Issued: {
    index: 2,
    fields: [cid, account, balance] as const,
    docs: ['Token issuance success `[community_id, beneficiary, amount]`'],
  },
  FeeConversionFactorUpdated: {
    index: 3,
    fields: [{ type: u128, typeName: 'FeeConversionFactorType' }] as const,
    docs: ['fee conversion factor updated successfully'],
  },
  Burned: {
    index: 4,
    fields: [cid, account, balance] as const,
    docs: ['Token burn success `[community_id, who, amount]`'],
  },
});

export type BalancesEvent = ValueOf<typeof balancesEvents>;
