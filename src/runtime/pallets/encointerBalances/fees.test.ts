// spec: economy §3.2 (conversion vectors), §3.3 (withdrawal and refund), §2.10 (fungibles view), §10 items 11, 12
import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { fixedToU128, u128ToFixed } from '../../../primitives/fixed/balanceConverter.js';
import { ONE } from '../../../primitives/fixed/fixed.js';
import { CeremonyReward } from '../ceremonies/storage.js';
import { NominalIncome } from '../communities/storage.js';
import { balanceEntry, balanceOf, issue, setFeeConversionFactor, totalIssuance } from './balances.js';
import {
  balanceToAssetBalance,
  COMMUNITY_POT,
  CommunityFeePaymentError,
  communityFeeCharger,
  communityFeeFromNative,
  creditToBlockAuthor,
  refundCommunityFee,
  withdrawCommunityFee,
} from './fees.js';
import {
  assetExists,
  canDeposit,
  canWithdraw,
  decreaseIssuance,
  fungibleBalance,
  fungibleTotalIssuance,
  writeBalance,
} from './fungibles.js';
import { BALANCES_TX_PAYMENT_API } from './runtimeApi.js';
import { Balance, TotalIssuance } from './storage.js';
import { ALICE, BOB, CHARLIE, CID, OTHER_CID, setupEnv } from './testSupport.js';

const UNIT = 10n ** 18n;

describe('fee conversion vectors (economy §3.2, balances-tx-payment tests)', () => {
  // The reference test feeds the reward as an integer in "units"; here a reward of N units is NI = N CC.
  it.each([
    [5n * 10n ** 6n, 20n, 100_000n, UNIT / 100n],
    [10n * 10n ** 6n, 20n, 100_000n, UNIT / 50n],
    [5n * 10n ** 6n, 10n, 100_000n, UNIT / 200n],
    [5_000n * 10n ** 6n, 20n, 100_000n, 10n * UNIT],
    [5n * 10n ** 6n, 20_000_000n, 100_000n, 10_000n * UNIT],
    [5n * 10n ** 6n, 20_000_000n, 50_000n, 5_000n * UNIT],
  ])('F = %s plancks, reward %s, FCF %s → %s (18 decimals)', (fee, reward, fcf, expected) => {
    expect(communityFeeFromNative(fee, reward << 64n, fcf)).toBe(expected);
  });

  it('runtime example: F = 5e6, NI = 20, FCF = 1e5 → 10^16 = 0.01 CC = U64F64 bits 0x28f5c28f5c28f5c', () => {
    const fee = communityFeeFromNative(5_000_000n, 20n * ONE, 100_000n);
    expect(fee).toBe(10n ** 16n);
    expect(u128ToFixed(fee)).toBe(0x28f5c28f5c28f5cn);
  });

  it('the products saturate at u128::MAX before the division', () => {
    const max = (1n << 128n) - 1n;
    expect(communityFeeFromNative(max, ONE, 2n)).toBe(max / 10n ** 15n);
  });

  it('nominal income of the community, else CeremonyReward; FeeConversionFactor from storage', () => {
    const env = setupEnv();
    setFeeConversionFactor(env, 100_000n);
    CeremonyReward.set(env.state, 10n * ONE);
    expect(balanceToAssetBalance(env.state, 5_000_000n, CID)).toBe(UNIT / 200n);
    NominalIncome.set(env.state, CID, 20n * ONE);
    expect(balanceToAssetBalance(env.state, 5_000_000n, CID)).toBe(UNIT / 100n);
    // A stored nominal income of 0 is a value, not "unset".
    NominalIncome.set(env.state, OTHER_CID, 0n);
    expect(balanceToAssetBalance(env.state, 5_000_000n, OTHER_CID)).toBe(0n);
  });

  it('BalancesTxPaymentApi.balance_to_asset_balance answers Ok(converted) and encodes as Result<u128, Error>', () => {
    const env = setupEnv();
    setFeeConversionFactor(env, 100_000n);
    NominalIncome.set(env.state, CID, 20n * ONE);
    const method = BALANCES_TX_PAYMENT_API.methods[0]!;
    const out = method.run(env.state, 5_000_000n, CID);
    expect(out).toEqual({ success: true, value: UNIT / 100n });
    expect(method.output.enc(out)[0]).toBe(0);
  });
});

/** Alice holds 50 CC issued at block 1 in a community with NI = 20 and FCF = 100 000. */
const feeSetup = () => {
  const env = setupEnv();
  env.blockNumber = 1;
  setFeeConversionFactor(env, 100_000n);
  NominalIncome.set(env.state, CID, 20n * ONE);
  issue(env, CID, ALICE, 50n * ONE);
  env.events.length = 0;
  return env;
};

describe('fee withdrawal and refund in CC (economy §3.3, dev runtime: BurnCredit)', () => {
  it('withdraw: c = 0.01 CC leaves (from_u128(50e18 − 1e16), now), the total untouched and no event', () => {
    const env = feeSetup();
    env.blockNumber = 2;
    const before = fungibleBalance(env.state, CID, ALICE, 2);
    expect(withdrawCommunityFee(env, CID, ALICE, 5_000_000n)).toBe(10n ** 16n);
    expect(balanceEntry(env.state, CID, ALICE)).toEqual({
      principal: u128ToFixed(before - 10n ** 16n),
      last_update: 2,
    });
    expect(TotalIssuance.get(env.state, CID)).toEqual({ principal: 50n * ONE, last_update: 1 });
    expect(env.events).toEqual([]);
  });

  it('refund: actual fee 0.005 CC → 0.005 refunded, the kept 0.005 burned from the total issuance', () => {
    const env = feeSetup();
    const withdrawn = withdrawCommunityFee(env, CID, ALICE, 5_000_000n);
    const afterWithdraw = fungibleBalance(env.state, CID, ALICE, 1);
    const correction = refundCommunityFee(env, CID, ALICE, withdrawn, 2_500_000n, 0n);
    expect(correction).toEqual({ actualFee: 5n * 10n ** 15n, tip: 0n, refund: 5n * 10n ** 15n });
    expect(Balance.get(env.state, CID, ALICE).principal).toBe(u128ToFixed(afterWithdraw + 5n * 10n ** 15n));
    expect(TotalIssuance.get(env.state, CID).principal).toBe(u128ToFixed(50n * UNIT - 5n * 10n ** 15n));
  });

  it('the tip is converted and reported; a larger actual fee keeps only what was withdrawn', () => {
    const env = feeSetup();
    const withdrawn = withdrawCommunityFee(env, CID, ALICE, 5_000_000n);
    const c = refundCommunityFee(env, CID, ALICE, withdrawn, 10_000_000n, 1_000_000n);
    expect(c).toEqual({ actualFee: 10n ** 16n, tip: 2n * 10n ** 15n, refund: 0n });
  });

  it('a non-zero fee costs at least 1 (10^-18 CC) even when it converts to 0', () => {
    const env = feeSetup();
    NominalIncome.set(env.state, CID, 1n);
    expect(withdrawCommunityFee(env, CID, ALICE, 1n)).toBe(1n);
    expect(refundCommunityFee(env, CID, ALICE, 1n, 1n, 0n)).toEqual({ actualFee: 1n, tip: 0n, refund: 0n });
  });

  it('a zero fee withdraws nothing and writes nothing', () => {
    const env = feeSetup();
    env.blockNumber = 9;
    expect(withdrawCommunityFee(env, CID, ALICE, 0n)).toBe(0n);
    expect(balanceEntry(env.state, CID, ALICE).last_update).toBe(1);
  });

  it.each([
    ['an unknown community (no TotalIssuance key)', OTHER_CID, ALICE, 'UnknownAsset'],
    ['an account with too little CC', CID, BOB, 'BalanceLow'],
  ])('refuses %s with Payment', (_what, cid, who, reason) => {
    const env = feeSetup();
    NominalIncome.set(env.state, OTHER_CID, 20n * ONE);
    const err = (() => {
      try {
        withdrawCommunityFee(env, cid, who, 5_000_000n);
      } catch (e) {
        return e;
      }
      return undefined;
    })();
    expect(err).toBeInstanceOf(CommunityFeePaymentError);
    expect((err as Error).name).toBe('Payment');
    expect((err as Error).message).toContain(reason);
  });

  it('QUIRK §10 item 12: the u128 round trip loses up to ~1e-18 CC per touch', () => {
    const env = feeSetup();
    const exact = 50n * ONE - u128ToFixed(10n ** 16n);
    withdrawCommunityFee(env, CID, ALICE, 5_000_000n);
    const after = Balance.get(env.state, CID, ALICE).principal;
    expect(after).not.toBe(exact);
    expect(exact - after).toBeLessThan(ONE / UNIT + 64n);
  });

  it('Kusama AssetsToBlockAuthor: floor(c/2) to the author, the rest to the all-zero pot, entries without refs', () => {
    const env = feeSetup();
    const withdrawn = withdrawCommunityFee(env, CID, ALICE, 5_000_001n);
    const c = refundCommunityFee(env, CID, ALICE, withdrawn, 5_000_001n, 0n, creditToBlockAuthor(CHARLIE));
    expect(c.actualFee).toBe(10n ** 16n + 2n * 10n ** 9n);
    expect(fungibleBalance(env.state, CID, CHARLIE, 1)).toBe(fixedToU128(u128ToFixed(c.actualFee / 2n)));
    expect(fungibleBalance(env.state, CID, COMMUNITY_POT, 1)).toBe(
      fixedToU128(u128ToFixed(c.actualFee - c.actualFee / 2n)),
    );
    expect(TotalIssuance.get(env.state, CID)).toEqual({ principal: 50n * ONE, last_update: 1 });
  });

  it('Kusama without a block author burns the credit', () => {
    const env = feeSetup();
    const withdrawn = withdrawCommunityFee(env, CID, ALICE, 5_000_000n);
    refundCommunityFee(env, CID, ALICE, withdrawn, 5_000_000n, 0n, creditToBlockAuthor(undefined));
    // set_total_issuance(from_u128(total − c)): the round trip through U64F64 may lose the last unit.
    expect(fungibleTotalIssuance(env.state, CID, 1)).toBe(fixedToU128(u128ToFixed(50n * UNIT - 10n ** 16n)));
    expect(50n * UNIT - 10n ** 16n - fungibleTotalIssuance(env.state, CID, 1)).toBeLessThanOrEqual(1n);
  });

  it('communityFeeCharger bundles the three operations', () => {
    expect(communityFeeCharger.withdraw).toBe(withdrawCommunityFee);
    expect(communityFeeCharger.refund).toBe(refundCommunityFee);
    expect(communityFeeCharger.toAssetBalance).toBe(balanceToAssetBalance);
  });

  // Fees up to 10^10 plancks convert to at most 20 CC of Alice's 50.
  test.prop([fc.bigInt({ min: 1n, max: 10n ** 10n }), fc.bigInt({ min: 0n, max: 10n ** 10n })])(
    'withdraw then refund: the payer loses the kept fee (+ at most 4 units of rounding), the total issuance exactly it',
    (predicted, actual) => {
      const env = feeSetup();
      const start = fungibleBalance(env.state, CID, ALICE, 1);
      const withdrawn = withdrawCommunityFee(env, CID, ALICE, predicted);
      const { actualFee } = refundCommunityFee(env, CID, ALICE, withdrawn, actual, 0n);
      const lost = start - fungibleBalance(env.state, CID, ALICE, 1);
      expect(lost - actualFee).toBeGreaterThanOrEqual(0n);
      expect(lost - actualFee).toBeLessThanOrEqual(4n);
      expect(fungibleTotalIssuance(env.state, CID, 1)).toBe(fixedToU128(u128ToFixed(50n * UNIT - actualFee)));
    },
  );
});

describe('fungibles view (economy §2.10)', () => {
  it('balances and total issuance in 18 decimals, demurrage applied; minimum balance 0', () => {
    const env = feeSetup();
    expect(fungibleBalance(env.state, CID, ALICE, 1)).toBe(50n * UNIT);
    expect(fungibleTotalIssuance(env.state, CID, 1)).toBe(50n * UNIT);
    expect(fungibleBalance(env.state, CID, ALICE, 6_151_681)).toBe(
      fixedToU128(balanceOf(env.state, CID, ALICE, 6_151_681)),
    );
    expect(fungibleBalance(env.state, CID, ALICE, 6_151_681) < 26n * UNIT).toBe(true);
  });

  it('asset_exists ⇔ demurraged total issuance > 0', () => {
    const env = feeSetup();
    expect(assetExists(env.state, CID, 1)).toBe(true);
    expect(assetExists(env.state, OTHER_CID, 1)).toBe(false);
  });

  it('can_withdraw: UnknownAsset, Success for 0, BalanceLow, Success', () => {
    const env = feeSetup();
    expect(canWithdraw(env.state, OTHER_CID, ALICE, 1n, 1)).toBe('UnknownAsset');
    expect(canWithdraw(env.state, CID, BOB, 0n, 1)).toBe('Success');
    expect(canWithdraw(env.state, CID, BOB, 1n, 1)).toBe('BalanceLow');
    expect(canWithdraw(env.state, CID, ALICE, 50n * UNIT, 1)).toBe('Success');
  });

  it('QUIRK §10 item 11: can_withdraw compares with the stored, non-demurraged total', () => {
    const env = setupEnv();
    env.blockNumber = 0;
    issue(env, CID, ALICE, ONE);
    const halfLife = 6_151_680;
    expect(totalIssuance(env.state, CID, halfLife) < ONE / 2n + ONE / 1000n).toBe(true);
    // 0.9 CC exceeds the demurraged total (≈0.5) but not the stored one (1.0): BalanceLow, not Underflow.
    expect(canWithdraw(env.state, CID, ALICE, (9n * UNIT) / 10n, halfLife)).toBe('BalanceLow');
    expect(canWithdraw(env.state, CID, ALICE, (3n * UNIT) / 2n, halfLife)).toBe('Underflow');
  });

  it('can_deposit: UnknownAsset without a total, Overflow on the stored total or the balance, else Success', () => {
    const env = feeSetup();
    expect(canDeposit(env.state, OTHER_CID, ALICE, 1n, 1)).toBe('UnknownAsset');
    expect(canDeposit(env.state, CID, BOB, UNIT, 1)).toBe('Success');
    writeBalance(env, CID, BOB, 0n);
    TotalIssuance.set(env.state, CID, { principal: (1n << 128n) - ONE, last_update: 1 });
    expect(canDeposit(env.state, CID, BOB, 2n * UNIT, 1)).toBe('Overflow');
  });

  it('write_balance creates an entry (no sufficients) at (from_u128(x), now); dropping a credit reduces the total', () => {
    const env = feeSetup();
    env.blockNumber = 3;
    writeBalance(env, CID, BOB, UNIT / 10n);
    expect(balanceEntry(env.state, CID, BOB)).toEqual({ principal: 0x1999999999999999n, last_update: 3 });
    decreaseIssuance(env, CID, 100n * UNIT);
    expect(TotalIssuance.get(env.state, CID)).toEqual({ principal: 0n, last_update: 3 });
  });
});
