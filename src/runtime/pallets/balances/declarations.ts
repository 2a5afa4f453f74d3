// spec: reference-metadata-spec30 Balances (events and errors, in index order)
import { u128 } from '../../../primitives/codec/describe.js';
import { AccountId32 } from '../../types/substrate.js';
import { PARAMS_T_I, palletErrors, palletEvents } from '../system/declare.js';
import { PALLET } from './storage.js';
import { BalanceStatus } from './types.js';

const who = { type: AccountId32, typeName: 'T::AccountId' };
const amount = { type: u128, typeName: 'T::Balance' };
const whoAmount = (index: number, doc: string) => ({ index, fields: { who, amount }, docs: [doc] });

export const balancesEvents = palletEvents(
  ['pallet_balances', 'pallet', 'Event'],
  {
    Endowed: {
      index: 0,
      fields: { account: who, free_balance: amount },
      docs: ['An account was created with some free balance.'],
    },
    DustLost: {
      index: 1,
      fields: { account: who, amount },
      docs: [
        'An account was removed whose balance was non-zero but below ExistentialDeposit,',
        'resulting in an outright loss.',
      ],
    },
    Transfer: { index: 2, fields: { from: who, to: who, amount }, docs: ['Transfer succeeded.'] },
    BalanceSet: { index: 3, fields: { who, free: amount }, docs: ['A balance was set by root.'] },
    Reserved: whoAmount(4, 'Some balance was reserved (moved from free to reserved).'),
    Unreserved: whoAmount(5, 'Some balance was unreserved (moved from reserved to free).'),
    ReserveRepatriated: {
      index: 6,
      fields: {
        from: who,
        to: who,
        amount,
        destination_status: { type: BalanceStatus, typeName: 'Status' },
      },
      docs: ['Some balance was moved from the reserve of the first account to the second account.'],
    },
    Deposit: whoAmount(7, 'Some amount was deposited (e.g. for transaction fees).'),
    Withdraw: whoAmount(8, 'Some amount was withdrawn from the account (e.g. for transaction fees).'),
    Slashed: whoAmount(9, 'Some amount was removed from the account (e.g. for misbehavior).'),
    Minted: whoAmount(10, 'Some amount was minted into an account.'),
    Burned: whoAmount(11, 'Some amount was burned from an account.'),
    Suspended: whoAmount(12, 'Some amount was suspended from an account (it can be restored later).'),
    Restored: whoAmount(13, 'Some amount was restored into an account.'),
    Upgraded: { index: 14, fields: { who }, docs: ['An account was upgraded.'] },
    Issued: {
      index: 15,
      fields: { amount },
      docs: ['Total issuance was increased by `amount`, creating a credit to be balanced.'],
    },
    Rescinded: {
      index: 16,
      fields: { amount },
      docs: ['Total issuance was decreased by `amount`, creating a debt to be balanced.'],
    },
    Locked: whoAmount(17, 'Some balance was locked.'),
    Unlocked: whoAmount(18, 'Some balance was unlocked.'),
    Frozen: whoAmount(19, 'Some balance was frozen.'),
    Thawed: whoAmount(20, 'Some balance was thawed.'),
  },
  PARAMS_T_I,
);

export const balancesErrors = palletErrors(
  PALLET,
  ['pallet_balances', 'pallet', 'Error'],
  [
    ['VestingBalance', 'Vesting balance too high to send value.'],
    ['LiquidityRestrictions', 'Account liquidity restrictions prevent withdrawal.'],
    ['InsufficientBalance', 'Balance too low to send value.'],
    ['ExistentialDeposit', 'Value too low to create account due to existential deposit.'],
    ['Expendability', 'Transfer/payment would kill account.'],
    ['ExistingVestingSchedule', 'A vesting schedule already exists for this account.'],
    ['DeadAccount', 'Beneficiary account must pre-exist.'],
    ['TooManyReserves', 'Number of named reserves exceed `MaxReserves`.'],
    ['TooManyHolds', 'Number of holds exceed `MaxHolds`.'],
    ['TooManyFreezes', 'Number of freezes exceed `MaxFreezes`.'],
  ],
  PARAMS_T_I,
);
