// spec: economy §7 (calls, index 68); new since spec 30
import { CommunityIdentifier, NativeBalance } from '../../../primitives/scale/index.js';
import { BadOriginError } from '../../framework/errors.js';
import { call, definePallet, type Origin, type Pallet } from '../../framework/pallet.js';
import type { AccountId } from '../../types/substrate.js';
import type { NativeCurrency } from '../balances/currency.js';
import { PALLET, treasuriesErrors, treasuriesEvents } from './declarations.js';
import { treasuriesStorage } from './storage.js';
import { swapAsset, swapNative } from './swap.js';
import { type Paymaster, refusingPaymaster, type TreasuriesContext } from './treasuries.js';

export { PALLET };

export interface TreasuriesConfig {
  /** The shell's native currency (`shell.currency`). */
  readonly currency: NativeCurrency;
  /** Pays asset spends; the dev runtime refuses every payout (the default). */
  readonly paymaster?: Paymaster;
}

const signer = (origin: Origin, name: string): AccountId => {
  if (origin.kind !== 'Signed') throw new BadOriginError(`${PALLET}.${name} needs a signed origin`);
  return origin.who;
};

const cid = { type: CommunityIdentifier, typeName: 'CommunityIdentifier' };

/** The context the spend functions take (democracy passes the same one when it enacts spends). */
export const treasuriesContext = (config: TreasuriesConfig): TreasuriesContext => ({
  currency: config.currency,
  paymaster: config.paymaster ?? refusingPaymaster,
});

/** Declares EncointerTreasuries (index 68). */
export const createTreasuriesPallet = (config: TreasuriesConfig): Pallet => {
  const context = treasuriesContext(config);
  return definePallet({
    name: PALLET,
    index: 68,
    callPath: ['pallet_encointer_treasuries', 'pallet', 'Call'],
    storage: treasuriesStorage,
    events: treasuriesEvents,
    errors: treasuriesErrors,
    calls: {
      swap_native: call({
        index: 0,
        args: { cid, desired_native_amount: { type: NativeBalance, typeName: 'BalanceOf<T>' } },
        docs: [
          'Exercise a native swap option: pay community currency, receive native tokens from the treasury.',
        ],
        dispatch: (env, origin, args) =>
          swapNative(env, context, signer(origin, 'swap_native'), args.cid, args.desired_native_amount),
      }),
      swap_asset: call({
        index: 1,
        args: { cid, desired_asset_amount: { type: NativeBalance, typeName: 'BalanceOf<T>' } },
        docs: [
          'Exercise an asset swap option: pay community currency, receive the asset through the paymaster.',
        ],
        dispatch: (env, origin, args) =>
          swapAsset(env, context, signer(origin, 'swap_asset'), args.cid, args.desired_asset_amount),
      }),
    },
  });
};
