// spec: economy §7 (calls swap_native idx 0, swap_asset idx 1); QUIRK: economy §10 item 21
/**
 * Exercising a swap option: the holder pays community currency at the option's rate (burnt, or paid into the
 * community treasury) and receives native tokens or an asset from the treasury, up to the option's allowance.
 */
import { ArithmeticOverflowError } from '../../../primitives/common/errors.js';
import { checkedMul, fromInt, U64F64 } from '../../../primitives/fixed/fixed.js';
import type { CommunityIdentifier } from '../../../primitives/scale/index.js';
import type { Env } from '../../framework/pallet.js';
import type { AccountId } from '../../types/substrate.js';
import { burn, transfer } from '../encointerBalances/balances.js';
import { treasuriesErrors } from './declarations.js';
import { SwapAssetOptions, SwapNativeOptions } from './storage.js';
import { spendAsset, spendNative, type TreasuriesContext, treasuryAccount } from './treasuries.js';

const U64_MAX = (1n << 64n) - 1n;

/**
 * The community currency (U64F64 bits) a swap of `desired` smallest units costs: `from_num(desired as u64) · rate`.
 * Throws `SwapRateNotDefined` without a rate, `SwapOverflow` when `desired` exceeds u64 or the product U64F64.
 */
export const swapPrice = (desired: bigint, rate: bigint | undefined): bigint => {
  if (rate === undefined) throw treasuriesErrors.fail('SwapRateNotDefined');
  if (desired > U64_MAX) throw treasuriesErrors.fail('SwapOverflow');
  try {
    return checkedMul(U64F64, fromInt(U64F64, desired), rate);
  } catch (e) {
    if (e instanceof ArithmeticOverflowError) throw treasuriesErrors.fail('SwapOverflow');
    throw e;
  }
};

/** Takes the price from the holder: burnt if the option says so, else paid into the community treasury. */
const payPrice = (
  env: Env,
  cid: CommunityIdentifier,
  who: AccountId,
  price: bigint,
  doBurn: boolean,
): void => {
  if (doBurn) burn(env, cid, who, price);
  else transfer(env, cid, who, treasuryAccount(cid), price);
};

/**
 * `swap_native(cid, desired)`: checks the option (`NoValidSwapOption`), its allowance (`InsufficientAllowance`),
 * the treasury's spendable balance above the existential deposit (`InsufficientNativeFunds`) and the rate; charges
 * the price, lowers the allowance and pays `desired` out of the treasury. QUIRK: economy §10 item 21 —
 * `valid_from`/`valid_until` are not enforced; an option used up to 0 stays stored.
 */
export const swapNative = (
  env: Env,
  context: TreasuriesContext,
  who: AccountId,
  cid: CommunityIdentifier,
  desired: bigint,
): void => {
  const option = SwapNativeOptions.get(env.state, cid, who);
  if (option === undefined) throw treasuriesErrors.fail('NoValidSwapOption');
  if (option.native_allowance < desired) throw treasuriesErrors.fail('InsufficientAllowance');
  const free = context.currency.free(env.state, treasuryAccount(cid));
  const spendable = free > context.currency.ed ? free - context.currency.ed : 0n;
  if (spendable < desired) throw treasuriesErrors.fail('InsufficientNativeFunds');
  const price = swapPrice(desired, option.rate);
  payPrice(env, cid, who, price, option.do_burn);
  SwapNativeOptions.set(env.state, cid, who, {
    ...option,
    native_allowance: option.native_allowance - desired,
  });
  spendNative(env, cid, who, desired, context);
};

/**
 * `swap_asset(cid, desired)`: as `swapNative` without the treasury-balance check (the asset lives elsewhere);
 * the payout goes through the paymaster (`PayoutError` when it refuses, as the dev runtime's always does).
 */
export const swapAsset = (
  env: Env,
  context: TreasuriesContext,
  who: AccountId,
  cid: CommunityIdentifier,
  desired: bigint,
): void => {
  const option = SwapAssetOptions.get(env.state, cid, who);
  if (option === undefined) throw treasuriesErrors.fail('NoValidSwapOption');
  if (option.asset_allowance < desired) throw treasuriesErrors.fail('InsufficientAllowance');
  const price = swapPrice(desired, option.rate);
  payPrice(env, cid, who, price, option.do_burn);
  SwapAssetOptions.set(env.state, cid, who, { ...option, asset_allowance: option.asset_allowance - desired });
  spendAsset(env, cid, who, option.asset_id, desired, context);
};
