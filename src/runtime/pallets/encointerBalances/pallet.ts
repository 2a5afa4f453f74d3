// spec: economy §2.2, §2.6 (calls), reference-metadata-spec30 EncointerBalances (indices, args, constants)
import { u128 } from '../../../primitives/codec/describe.js';
import { CommunityIdentifier } from '../../../primitives/scale/index.js';
import { BadOriginError } from '../../framework/errors.js';
import { call, constant, definePallet, type Origin, type Pallet } from '../../framework/pallet.js';
import type { OverlayState } from '../../framework/state.js';
import { AccountId32, I64F64, U64F64 } from '../../types/substrate.js';
import {
  DEFAULT_DEMURRAGE,
  EXISTENTIAL_DEPOSIT,
  setFeeConversionFactor,
  transfer,
  transferAll,
} from './balances.js';
import { balancesErrors, PALLET } from './errors.js';
import { balancesEvents } from './events.js';
import { encointerBalancesStorage, FeeConversionFactor } from './storage.js';

export { PALLET };

export interface EncointerBalancesConfig {
  /** The `CeremonyMaster` origin check for `set_fee_conversion_factor` (Root on dev, council on Kusama). */
  readonly isCeremonyMaster: (origin: Origin) => boolean;
}

export interface EncointerBalancesGenesis {
  /** `FeeConversionFactor` (u128, 1/kKSM): 100 000 in the dev and reference genesis. */
  readonly feeConversionFactor: bigint;
}

/** The dev chain's genesis (reference-metadata-spec30 "Genesis storage"). */
export const DEV_ENCOINTER_BALANCES_GENESIS: EncointerBalancesGenesis = { feeConversionFactor: 100_000n };

/** Writes the pallet's genesis storage. */
export const applyEncointerBalancesGenesis = (
  state: OverlayState,
  genesis: EncointerBalancesGenesis,
): void => {
  FeeConversionFactor.set(state, genesis.feeConversionFactor);
};

const signedBy = (origin: Origin) => {
  if (origin.kind !== 'Signed') throw new BadOriginError('community-currency transfers must be signed');
  return origin.who;
};

const cidArg = (typeName: string) => ({ type: CommunityIdentifier, typeName });
const dest = { type: AccountId32, typeName: 'T::AccountId' };

export const createEncointerBalancesPallet = (config: EncointerBalancesConfig): Pallet => {
  return definePallet({
    name: PALLET,
    index: 63,
    callPath: ['pallet_encointer_balances', 'pallet', 'Call'],
    storage: encointerBalancesStorage,
    events: balancesEvents,
    errors: balancesErrors,
    constants: {
      DefaultDemurrage: constant(I64F64, DEFAULT_DEMURRAGE, [
        ' the default demurrage rate applied to community balances',
      ]),
      ExistentialDeposit: constant(U64F64, EXISTENTIAL_DEPOSIT, [
        ' Existential deposit needed to have an account in the respective community currency',
        '',
        ' This does currently not prevent dust-accounts, but it prevents account creation',
        ' by transferring tiny amounts of funds.',
      ]),
    },
    calls: {
      transfer: call({
        index: 0,
        args: {
          dest,
          community_id: cidArg('CommunityIdentifier'),
          amount: { type: U64F64, typeName: 'BalanceType' },
        },
        docs: ['Transfer some balance of a community currency to another account.'],
        dispatch: (env, origin, args) => {
          transfer(env, args.community_id, signedBy(origin), args.dest, args.amount);
        },
      }),
      set_fee_conversion_factor: call({
        index: 1,
        args: { fee_conversion_factor: { type: u128, typeName: 'FeeConversionFactorType' } },
        docs: ['Set the factor converting native fees into community currency (CeremonyMaster).'],
        dispatch: (env, origin, { fee_conversion_factor }) => {
          if (!config.isCeremonyMaster(origin)) {
            throw new BadOriginError('only the CeremonyMaster may set the fee conversion factor');
          }
          setFeeConversionFactor(env, fee_conversion_factor);
        },
      }),
      transfer_all: call({
        index: 2,
        args: { dest, cid: cidArg('CommunityIdentifier') },
        docs: ['Transfer the whole (demurraged) balance of a community currency to another account.'],
        dispatch: (env, origin, { dest, cid }) => {
          transferAll(env, cid, signedBy(origin), dest);
        },
      }),
    },
  });
};
