// spec: economy §7 (treasury accounts, spends, swap options; called by democracy enactment)
/**
 * Community treasuries: one keyless native-token account per community plus a global one, spent only through
 * democracy, and swap options that let a named account exchange community currency for treasury funds.
 *
 * The native currency and the asset paymaster are runtime configuration, but democracy calls these functions
 * with `env` alone: every function takes the treasuries' context (native currency and paymaster) as its last
 * argument; `treasuriesContext(config)` builds it from the pallet's config.
 */
import { bytes } from '../../../primitives/codec/describe.js';
import { concatBytes } from '../../../primitives/common/bytes.js';
import { EncointerError } from '../../../primitives/common/errors.js';
import { blake2_256 } from '../../../primitives/common/hashing.js';
import {
  type AssetKind,
  type CommunityIdentifier,
  MaybeCommunityIdentifier,
  type SwapAssetOption,
  type SwapNativeOption,
} from '../../../primitives/scale/index.js';
import { DispatchOtherError } from '../../framework/errors.js';
import type { Env } from '../../framework/pallet.js';
import type { StateReader } from '../../framework/state.js';
import type { AccountId } from '../../types/substrate.js';
import type { NativeCurrency } from '../balances/currency.js';
import { PALLET, type TreasuriesEvent, treasuriesErrors } from './declarations.js';
import { SwapAssetOptions, SwapNativeOptions } from './storage.js';

/** `*b"trsrysId"`, the treasuries pallet id of both reference runtimes. */
export const TREASURIES_PALLET_ID: Uint8Array = new TextEncoder().encode('trsrysId');

/** One asset payout (`Paymaster::pay`): throws when it cannot be made. */
export interface AssetPayment {
  readonly treasury: AccountId;
  readonly beneficiary: AccountId;
  readonly assetId: AssetKind;
  readonly amount: bigint;
}
export type Paymaster = (env: Env, payment: AssetPayment) => void;

/** The dev runtime's paymaster: every asset payout fails ("No asset payment allowed"). */
export const refusingPaymaster: Paymaster = () => {
  throw new DispatchOtherError('No asset payment allowed');
};

/** What spending needs besides state. */
export interface TreasuriesContext {
  /** The shell's native currency (`shell.currency`). */
  readonly currency: NativeCurrency;
  readonly paymaster: Paymaster;
}

const emit = (env: Env, event: TreasuriesEvent) => env.deposit(PALLET, event);

/**
 * The treasury account of `cid` (global treasury when `undefined`): blake2_256 of the SCALE `Vec<u8>` of
 * `b"trsrysId" ‖ SCALE(Option<cid>)`, length prefix included. The cid is not checked ("unchecked").
 */
export const treasuryAccount = (cid?: CommunityIdentifier): AccountId =>
  blake2_256(bytes.enc(concatBytes(TREASURIES_PALLET_ID, MaybeCommunityIdentifier.enc(cid))));

/**
 * `do_spend_native`: a keep-alive transfer of `amount` from the treasury to `beneficiary`, emitting `SpentNative`.
 * Throws the native currency's errors (e.g. `Token.NotExpendable`, `Token.FundsUnavailable`).
 */
export const spendNative = (
  env: Env,
  cid: CommunityIdentifier | undefined,
  beneficiary: AccountId,
  amount: bigint,
  context: TreasuriesContext,
): void => {
  const treasury = treasuryAccount(cid);
  // `Currency::transfer` does nothing for a zero amount (the event is still emitted).
  if (amount > 0n) context.currency.transfer(env, treasury, beneficiary, amount, 'Preserve');
  emit(env, { tag: 'SpentNative', value: { treasury, beneficiary, amount } });
};

/** `do_spend_asset`: pays `amount` of `assetId` through the paymaster, emitting `SpentAsset`; failure is `PayoutError`. */
export const spendAsset = (
  env: Env,
  cid: CommunityIdentifier | undefined,
  beneficiary: AccountId,
  assetId: AssetKind,
  amount: bigint,
  context: TreasuriesContext,
): void => {
  const treasury = treasuryAccount(cid);
  try {
    env.state.transactional(() => context.paymaster(env, { treasury, beneficiary, assetId, amount }));
  } catch (e) {
    if (e instanceof EncointerError) throw treasuriesErrors.fail('PayoutError');
    throw e;
  }
  emit(env, { tag: 'SpentAsset', value: { treasury, beneficiary, asset_id: assetId, amount } });
};

/**
 * `do_issue_swap_native_option`: stores (replacing) the option of `who` under `cid`, emitting
 * `GrantedSwapNativeOption`. QUIRK: economy §10 item 20 — `option.cid` is not compared with `cid`.
 */
export const issueSwapNativeOption = (
  env: Env,
  cid: CommunityIdentifier,
  who: AccountId,
  option: SwapNativeOption,
): void => {
  SwapNativeOptions.set(env.state, cid, who, option);
  emit(env, { tag: 'GrantedSwapNativeOption', value: { cid, who } });
};

/** `do_issue_swap_asset_option`: as the native one, emitting `GrantedSwapAssetOption` with the option's asset. */
export const issueSwapAssetOption = (
  env: Env,
  cid: CommunityIdentifier,
  who: AccountId,
  option: SwapAssetOption,
): void => {
  SwapAssetOptions.set(env.state, cid, who, option);
  emit(env, { tag: 'GrantedSwapAssetOption', value: { cid, who, asset_id: option.asset_id } });
};

/** The native swap option of `who` in `cid`, or `undefined`. */
export const swapNativeOptionOf = (
  state: StateReader,
  cid: CommunityIdentifier,
  who: AccountId,
): SwapNativeOption | undefined => SwapNativeOptions.get(state, cid, who);

/** The asset swap option of `who` in `cid`, or `undefined`. */
export const swapAssetOptionOf = (
  state: StateReader,
  cid: CommunityIdentifier,
  who: AccountId,
): SwapAssetOption | undefined => SwapAssetOptions.get(state, cid, who);
