/**
 * Transaction fees paid in community currency (`ChargeAssetTxPayment { asset_id: Some(cid) }`): conversion of the
 * native fee into CC, withdrawal before dispatch and correction/refund after it, as the reference's
 * `BalanceToCommunityBalance` + `FungiblesAdapter` do. All CC amounts here are u128 with 18 decimals.
 * spec: economy §3.2, §3.3
 */
import { EncointerError } from '../../../primitives/common/errors.js';
import { fixedToU128 } from '../../../primitives/fixed/balanceConverter.js';
import type { CommunityIdentifier } from '../../../primitives/scale/index.js';
import type { Env } from '../../framework/pallet.js';
import type { StateReader } from '../../framework/state.js';
import type { AccountId } from '../../types/substrate.js';
import { rewardOf } from '../ceremonies/rewards.js';
import { feeConversionFactor } from './balances.js';
import { canWithdraw, decreaseFungibleBalance, decreaseIssuance, resolveFungible } from './fungibles.js';

const U128_MAX = (1n << 128n) - 1n;
/** 1 kKSM in plancks (the native token has 12 decimals): FCF is a "per kKSM" factor. */
const KILO_NATIVE = 10n ** 15n;

const saturatingMulU128 = (a: bigint, b: bigint): bigint => {
  const p = a * b;
  return p > U128_MAX ? U128_MAX : p;
};

/**
 * The pure conversion: `floor(sat(sat(F · to_u128(NI)) · FCF) / 10^15)` (u128 CC with 18 decimals).
 * @example communityFeeFromNative(5_000_000n, 20n << 64n, 100_000n) // 10n ** 16n (0.01 CC)
 */
export const communityFeeFromNative = (
  nativeFee: bigint,
  nominalIncome: bigint,
  conversionFactor: bigint,
): bigint =>
  saturatingMulU128(saturatingMulU128(nativeFee, fixedToU128(nominalIncome)), conversionFactor) / KILO_NATIVE;

/**
 * `to_asset_balance(fee, cid)` against state: nominal income of `cid` (else `CeremonyReward`) and the stored
 * `FeeConversionFactor`. Also the `BalancesTxPaymentApi_balance_to_asset_balance` answer.
 */
export const balanceToAssetBalance = (
  state: StateReader,
  nativeFee: bigint,
  cid: CommunityIdentifier,
): bigint => communityFeeFromNative(nativeFee, rewardOf(state, cid), feeConversionFactor(state));

/** The fee cannot be paid in this community currency: the transaction is invalid (`InvalidTransaction::Payment`). */
export class CommunityFeePaymentError extends EncointerError {
  constructor(message: string) {
    super('Payment', message);
  }
}

/** The fee in CC to charge for a native fee: the conversion, but at least 1 (10^-18 CC) for a non-zero fee. */
const chargedFee = (state: StateReader, nativeFee: bigint, cid: CommunityIdentifier): bigint => {
  const converted = balanceToAssetBalance(state, nativeFee, cid);
  return nativeFee > 0n && converted === 0n ? 1n : converted;
};

/**
 * Pre-dispatch (`withdraw_fee`): converts the predicted native fee (incl. tip) and withdraws it from `who`'s CC
 * balance, returning the CC amount withdrawn (0 for a zero fee, without touching state). No balances event and no
 * ED-based account removal. Throws CommunityFeePaymentError when `can_withdraw` refuses.
 */
export const withdrawCommunityFee = (
  env: Env,
  cid: CommunityIdentifier,
  who: AccountId,
  nativeFee: bigint,
): bigint => {
  if (nativeFee === 0n) return 0n;
  const fee = chargedFee(env.state, nativeFee, cid);
  const consequence = canWithdraw(env.state, cid, who, fee, env.blockNumber);
  if (consequence !== 'Success' || !decreaseFungibleBalance(env, cid, who, fee)) {
    throw new CommunityFeePaymentError(
      `cannot pay a fee of ${fee} (10^-18 CC) in this community currency: ${consequence === 'Success' ? 'BalanceLow' : consequence}`,
    );
  }
  return fee;
};

/** Where the kept fee goes (the runtime's `OnUnbalanced` credit handler). */
export type CreditHandler = (env: Env, cid: CommunityIdentifier, credit: bigint) => void;

/** Dev runtime (`BurnCredit`): the fee is destroyed, so the total issuance shrinks by it. */
export const burnCredit: CreditHandler = (env, cid, credit) => decreaseIssuance(env, cid, credit);

/** The "community pot" of the Kusama runtime: the all-zero account. */
export const COMMUNITY_POT = new Uint8Array(32);

/**
 * Kusama runtime (`AssetsToBlockAuthor`): half (floor) to the block author's CC account, the rest to the community
 * pot; without an author the credit is burned. A deposit `can_deposit` refuses is burned too.
 */
export const creditToBlockAuthor =
  (author: AccountId | undefined): CreditHandler =>
  (env, cid, credit) => {
    if (author === undefined) return burnCredit(env, cid, credit);
    const authorPart = credit / 2n;
    for (const [who, part] of [
      [author, authorPart],
      [COMMUNITY_POT, credit - authorPart],
    ] as const) {
      if (!resolveFungible(env, cid, who, part)) burnCredit(env, cid, part);
    }
  };

/** What a fee in CC finally cost (the `AssetTxFeePaid { actual_fee, tip }` values) and what was refunded. */
export interface CommunityFeeCorrection {
  /** CC kept as the fee: `max(to_asset_balance(actual fee), 1)`, at most what was withdrawn. */
  readonly actualFee: bigint;
  /** The tip converted to CC (reported only; it is part of the fee). */
  readonly tip: bigint;
  /** CC deposited back to the payer (lost, i.e. burned, if the deposit is refused). */
  readonly refund: bigint;
}

/**
 * Post-dispatch (`correct_and_deposit_fee`): converts the actual native fee (incl. tip), refunds the over-payment
 * to `who` and hands the kept part to `creditHandler` (default: burn, as the dev runtime does).
 */
export const refundCommunityFee = (
  env: Env,
  cid: CommunityIdentifier,
  who: AccountId,
  withdrawn: bigint,
  actualNativeFee: bigint,
  nativeTip: bigint,
  creditHandler: CreditHandler = burnCredit,
): CommunityFeeCorrection => {
  const converted = actualNativeFee === 0n ? 0n : chargedFee(env.state, actualNativeFee, cid);
  const actualFee = converted < withdrawn ? converted : withdrawn;
  const refund = withdrawn - actualFee;
  if (!resolveFungible(env, cid, who, refund)) burnCredit(env, cid, refund);
  creditHandler(env, cid, actualFee);
  return { actualFee, tip: balanceToAssetBalance(env.state, nativeTip, cid), refund };
};

/**
 * The fee charger the executive plugs into `ChargeAssetTxPayment` for `asset_id = Some(cid)`:
 * `withdraw` before dispatch (returns the CC withdrawn, throws CommunityFeePaymentError → `Payment`), `refund`
 * after it (with the amount `withdraw` returned), `toAssetBalance` for fee queries.
 */
export const communityFeeCharger = {
  toAssetBalance: balanceToAssetBalance,
  withdraw: withdrawCommunityFee,
  refund: refundCommunityFee,
} as const;
