// spec: economy §5.3 (events, errors), reference-metadata-spec30 EncointerFaucet (indices, fields, docs)
import { unnamedField } from '../../../primitives/codec/describe.js';
import type { ValueOf } from '../../../primitives/codec/types.js';
import { FaucetName, NativeBalance } from '../../../primitives/scale/index.js';
import { defineErrors, defineEvents } from '../../framework/pallet.js';
import { AccountId32 } from '../../types/substrate.js';
import { PALLET } from './storage.js';

export { PALLET };

const path = (name: string) => ['pallet_encointer_faucet', 'pallet', name];

/** `pallet_encointer_faucet::Error`, in reference order (the names keep the reference's spelling). */
export const faucetErrors = defineErrors(PALLET, path('Error'), [
  ['FaucetEmpty', 'faucet is empty'],
  ['InsuffiecientBalance', 'insufficient balance to create the faucet'],
  ['FaucetAlreadyExists', 'faucet already exists'],
  ['InexsistentFaucet', 'faucet does not exist'],
  ['PurposeIdCreationFailed', 'purposeId creation failed'],
  ['CommunityNotInWhitelist', 'cid not in whitelist'],
  ['FaucetNotEmpty', 'facuet is not empty'],
  ['NotCreator', 'sender is not faucet creator'],
  ['InvalidCommunityIdentifierInWhitelist', 'invalid community identifier in whitelist'],
  ['DripAmountTooSmall', 'drip amount too small'],
]);

const account = { type: AccountId32, typeName: 'T::AccountId' };
const balance = { type: NativeBalance, typeName: 'BalanceOf<T>' };

/** `pallet_encointer_faucet::Event` (unnamed fields). */
export const faucetEvents = defineEvents(path('Event'), {
  Dripped: {
    index: 0,
    fields: [account, account, balance] as const,
    docs: ['faucet dripped | facuet account, receiver account, balance'],
  },
  FaucetCreated: {
    index: 1,
    fields: [account, { type: FaucetName, typeName: 'FaucetNameType' }] as const,
    docs: ['faucet created'],
  },
  ReserveAmountUpdated: {
    index: 2,
    fields: unnamedField(NativeBalance, 'BalanceOf<T>'),
    docs: ['reserve amount updated'],
  },
  FaucetDissolved: {
    index: 3,
    fields: unnamedField(AccountId32, 'T::AccountId'),
    docs: ['faucet dissolved'],
  },
  FaucetClosed: {
    index: 4,
    fields: unnamedField(AccountId32, 'T::AccountId'),
    docs: ['faucet closed'],
  },
});

export type FaucetEvent = ValueOf<typeof faucetEvents>;
