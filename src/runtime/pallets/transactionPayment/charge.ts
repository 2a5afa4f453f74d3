// spec: economy §3.1–3.3 (fees in community currency); substrate-compat §5.6 (ChargeAssetTxPayment), §6.3 (fee events)
/**
 * Fee withdrawal before dispatch and correction after it, for `ChargeAssetTxPayment { tip, asset_id }`:
 * `asset_id = None` pays in the native token (`Balances.Withdraw`, refund as `Balances.Deposit`, the kept fee is
 * burnt, `TransactionPayment.TransactionFeePaid`); `Some(cid)` goes through a pluggable community-currency charger
 * and ends with `AssetTxPayment.AssetTxFeePaid`.
 */
import type { Env } from '../../framework/pallet.js';
import type { AccountId } from '../../types/substrate.js';
import type { NativeCurrency } from '../balances/currency.js';

export type AssetId = { readonly geohash: Uint8Array; readonly digest: Uint8Array };

/**
 * Pays fees in a community currency (the lead wires `communityFeeCharger` of `pallets/encointerBalances/fees.ts`).
 * `withdraw` returns the amount withdrawn in the asset and throws when the account cannot pay; `refund` returns the
 * fee kept and the tip, both in the asset.
 */
export interface AssetFeeCharger {
  withdraw(env: Env, assetId: AssetId, who: AccountId, nativeFee: bigint): bigint;
  refund(
    env: Env,
    assetId: AssetId,
    who: AccountId,
    withdrawn: bigint,
    actualNativeFee: bigint,
    nativeTip: bigint,
  ): { readonly actualFee: bigint; readonly tip: bigint };
}

/** What pre-dispatch withdrew, handed to post-dispatch. */
export type InitialPayment =
  | { readonly kind: 'Nothing' }
  | { readonly kind: 'Native'; readonly withdrawn: bigint }
  | { readonly kind: 'Asset'; readonly withdrawn: bigint; readonly assetId: AssetId };

/** The fee cannot be paid (`InvalidTransaction::Payment`). */
export class CannotPayFeeError extends Error {
  constructor(readonly reason: unknown) {
    super(`the fee cannot be paid: ${reason instanceof Error ? reason.message : String(reason)}`);
  }
}

export const TRANSACTION_PAYMENT = 'TransactionPayment';
export const ASSET_TX_PAYMENT = 'AssetTxPayment';

export class FeeCharger {
  constructor(
    private readonly currency: NativeCurrency,
    private readonly asset: AssetFeeCharger | undefined,
  ) {}

  /** Withdraws `fee` (tip included) before dispatch; throws CannotPayFeeError when it cannot. */
  withdraw(env: Env, who: AccountId, fee: bigint, assetId: AssetId | undefined): InitialPayment {
    if (fee === 0n) return { kind: 'Nothing' };
    try {
      if (assetId === undefined) {
        this.currency.withdraw(env, who, fee, 'KeepAlive');
        return { kind: 'Native', withdrawn: fee };
      }
      if (this.asset === undefined) throw new Error('this runtime has no community-currency fee charger');
      const withdrawn = env.state.transactional(() => this.asset!.withdraw(env, assetId, who, fee));
      return { kind: 'Asset', withdrawn, assetId };
    } catch (e) {
      throw new CannotPayFeeError(e);
    }
  }

  /** Refunds the over-payment after dispatch, burns what is kept and emits the fee event. */
  settle(env: Env, who: AccountId, pre: InitialPayment, actualFee: bigint, tip: bigint): void {
    if (pre.kind === 'Nothing') return;
    if (pre.kind === 'Native') {
      const refund = pre.withdrawn > actualFee ? pre.withdrawn - actualFee : 0n;
      let refunded = 0n;
      try {
        this.currency.depositIntoExisting(env, who, refund);
        refunded = refund;
      } catch {
        // FRAME drops a refund the account cannot take (it was reaped): the whole payment is burnt.
      }
      this.currency.burn(env, pre.withdrawn - refunded);
      env.deposit(TRANSACTION_PAYMENT, {
        tag: 'TransactionFeePaid',
        value: { who, actual_fee: actualFee, tip },
      });
      return;
    }
    const corrected = this.asset!.refund(env, pre.assetId, who, pre.withdrawn, actualFee, tip);
    env.deposit(ASSET_TX_PAYMENT, {
      tag: 'AssetTxFeePaid',
      value: { who, actual_fee: corrected.actualFee, tip: corrected.tip, asset_id: pre.assetId },
    });
  }
}
