// spec: economy §7 (treasury accounts, spends, swap options with rate/allowance/validity/burn), §10 items 20, 21
import { describe, expect, it } from 'vitest';
import { parseCid } from '../../../primitives/cid/cidString.js';
import { ss58Encode } from '../../../primitives/common/ss58.js';
import { ONE, U64F64 } from '../../../primitives/fixed/fixed.js';
import { fromF64 } from '../../../primitives/fixed/float.js';
import {
  MaybeCommunityIdentifier,
  type SwapAssetOption,
  type SwapNativeOption,
} from '../../../primitives/scale/index.js';
import { ROOT, signed } from '../../framework/pallet.js';
import { balanceOf, issue, totalIssuance } from '../encointerBalances/balances.js';
import { ALICE, BOB, CHARLIE, CID, CID2, setup } from '../reputationCommitments/testSupport.js';
import { TREASURIES_API } from './runtimeApi.js';
import { SwapAssetOptions, SwapNativeOptions } from './storage.js';
import {
  type AssetPayment,
  issueSwapAssetOption,
  issueSwapNativeOption,
  spendAsset,
  spendNative,
  treasuryAccount,
} from './treasuries.js';

const P = 'EncointerTreasuries';
const err = (name: string) => `${P}.${name}`;
const ED = 500n;
const TREASURY = treasuryAccount(CID);
const GLOBAL = treasuryAccount();
const ASSET = Uint8Array.of(1, 2, 3);

const nativeOption = (o: Partial<SwapNativeOption> = {}): SwapNativeOption => ({
  cid: CID,
  native_allowance: 110_000_000n,
  rate: fromF64(U64F64, 0.0000002),
  do_burn: true,
  valid_from: undefined,
  valid_until: undefined,
  ...o,
});
const assetOption = (o: Partial<SwapAssetOption> = {}): SwapAssetOption => ({
  cid: CID,
  asset_id: ASSET,
  asset_allowance: 110_000_000n,
  rate: fromF64(U64F64, 0.0000002),
  do_burn: true,
  valid_from: undefined,
  valid_until: undefined,
  ...o,
});

/**
 * ED 500; the community treasury holds `treasury`, Alice holds `cc` community currency (U64F64 bits) and 1 000
 * native (so that small payouts to her do not fall below the existential deposit).
 */
const world = (treasury = 200_000_000n, cc = 100n * ONE, payouts?: AssetPayment[]) => {
  const s = setup({
    ed: ED,
    endowed: (
      [
        [TREASURY, treasury],
        [GLOBAL, 1_000_000n],
        [ALICE, 1_000n],
      ] as [Uint8Array, bigint][]
    ).filter(([, v]) => v > 0n),
    ...(payouts === undefined ? {} : { paymaster: (_env, p) => void payouts.push(p) }),
  });
  if (cc > 0n) issue(s.env, CID, ALICE, cc);
  const native = (who: Uint8Array) => s.currency.free(s.env.state, who);
  const ccOf = (who: Uint8Array) => balanceOf(s.env.state, CID, who, s.env.blockNumber);
  const swapNative = (amount: bigint, who = ALICE, cid = CID) =>
    s.call(signed(who), P, 'swap_native', { cid, desired_native_amount: amount });
  const swapAsset = (amount: bigint, who = ALICE, cid = CID) =>
    s.call(signed(who), P, 'swap_asset', { cid, desired_asset_amount: amount });
  return { ...s, native, ccOf, swapNative, swapAsset };
};

describe('economy §7 treasury accounts', () => {
  it.each([
    ['None (global)', undefined, '5FU79FVXdN3RYSj8857XjNT2SgeRrhk8iUzjb75X1yc8YDkZ'],
    [
      'Some(all-zero cid)',
      { geohash: new Uint8Array(5), digest: new Uint8Array(4) },
      '5D58hM12H6Gkc1h1chuzbbJ3FitGHAyTM6ECkdz4hi5dFheH',
    ],
    ['Some("sqm1v79dF6b")', parseCid('sqm1v79dF6b'), '5CWoc3mGF9VEnuZzBbPWxhKPvY743AGwxUbvkYQHS8yWZbem'],
  ])('Verified: %s → %s', (_name, cid, address) => {
    expect(ss58Encode(treasuryAccount(cid), 42)).toBe(address);
    const method = TREASURIES_API.methods[0]!;
    expect(method.name).toBe('get_community_treasury_account_unchecked');
    const arg = MaybeCommunityIdentifier.dec(MaybeCommunityIdentifier.enc(cid));
    expect(ss58Encode(method.run(undefined as never, arg) as Uint8Array, 42)).toBe(address);
  });
});

describe('economy §7 spends (called by democracy)', () => {
  it('spendNative: keep-alive transfer from the treasury, SpentNative event; global treasury for undefined', () => {
    const s = world();
    spendNative(s.env, CID, BOB, 1_000n, s.treasuries);
    spendNative(s.env, undefined, CHARLIE, 2_000n, s.treasuries);
    expect(s.native(BOB)).toBe(1_000n);
    expect(s.native(CHARLIE)).toBe(2_000n);
    expect(s.native(TREASURY)).toBe(200_000_000n - 1_000n);
    expect(s.native(GLOBAL)).toBe(1_000_000n - 2_000n);
    expect(s.env.eventsOf(P)).toEqual([
      { tag: 'SpentNative', value: { treasury: TREASURY, beneficiary: BOB, amount: 1_000n } },
      { tag: 'SpentNative', value: { treasury: GLOBAL, beneficiary: CHARLIE, amount: 2_000n } },
    ]);
  });

  it('spendNative keeps the treasury alive: its last existential deposit cannot be spent', () => {
    const s = world(10_000n);
    expect(() => spendNative(s.env, CID, BOB, 10_000n, s.treasuries)).toThrow(/NotExpendable/);
    spendNative(s.env, CID, BOB, 10_000n - ED, s.treasuries);
    expect(s.native(TREASURY)).toBe(ED);
  });

  it('spendAsset: the dev paymaster refuses every payout → PayoutError', () => {
    const s = world();
    expect(() => spendAsset(s.env, CID, BOB, ASSET, 5n, s.treasuries)).toThrow(/PayoutError/);
    expect(s.env.eventsOf(P)).toEqual([]);
  });

  it('spendAsset: a working paymaster is paid from the treasury; SpentAsset event', () => {
    const payouts: AssetPayment[] = [];
    const s = world(200_000_000n, 0n, payouts);
    spendAsset(s.env, undefined, BOB, ASSET, 5n, s.treasuries);
    expect(payouts).toEqual([{ treasury: GLOBAL, beneficiary: BOB, assetId: ASSET, amount: 5n }]);
    expect(s.env.eventsOf(P)).toEqual([
      { tag: 'SpentAsset', value: { treasury: GLOBAL, beneficiary: BOB, asset_id: ASSET, amount: 5n } },
    ]);
  });

  it('issuing stores the option (a new one replaces the old) and emits the grant', () => {
    const s = world();
    issueSwapNativeOption(s.env, CID, ALICE, nativeOption());
    issueSwapNativeOption(s.env, CID, ALICE, nativeOption({ native_allowance: 7n }));
    issueSwapAssetOption(s.env, CID, BOB, assetOption());
    expect(SwapNativeOptions.get(s.env.state, CID, ALICE)?.native_allowance).toBe(7n);
    expect(SwapAssetOptions.get(s.env.state, CID, BOB)).toEqual(assetOption());
    expect(s.env.eventsOf(P)).toEqual([
      { tag: 'GrantedSwapNativeOption', value: { cid: CID, who: ALICE } },
      { tag: 'GrantedSwapNativeOption', value: { cid: CID, who: ALICE } },
      { tag: 'GrantedSwapAssetOption', value: { cid: CID, who: BOB, asset_id: ASSET } },
    ]);
  });

  it('QUIRK §10 item 20: the option is stored under the given cid, whatever its own cid says', () => {
    const s = world();
    issueSwapNativeOption(s.env, CID2, ALICE, nativeOption({ cid: CID }));
    expect(SwapNativeOptions.get(s.env.state, CID2, ALICE)?.cid).toEqual(CID);
    expect(SwapNativeOptions.exists(s.env.state, CID, ALICE)).toBe(false);
  });
});

describe('economy §7 swap_native', () => {
  it('Verified: rate 0.0000002, allowance 110 000 000, swap 11 000 000 → ≈ 2.2 CC burnt, treasury −11 000 000, allowance 99 000 000', () => {
    const s = world();
    issueSwapNativeOption(s.env, CID, ALICE, nativeOption());
    const issuanceBefore = totalIssuance(s.env.state, CID, 1);
    expect(s.swapNative(11_000_000n)).toBe('ok');
    const paid = 100n * ONE - s.ccOf(ALICE);
    expect(Math.abs(Number(paid) / 2 ** 64 - 2.2)).toBeLessThan(1e-9);
    expect(issuanceBefore - totalIssuance(s.env.state, CID, 1)).toBe(paid);
    expect(s.native(TREASURY)).toBe(200_000_000n - 11_000_000n);
    expect(s.native(ALICE)).toBe(1_000n + 11_000_000n);
    expect(SwapNativeOptions.get(s.env.state, CID, ALICE)?.native_allowance).toBe(99_000_000n);
    expect(s.env.eventsOf(P).at(-1)).toEqual({
      tag: 'SpentNative',
      value: { treasury: TREASURY, beneficiary: ALICE, amount: 11_000_000n },
    });
  });

  it('the price is from_num(desired) · rate exactly: 100 plancks at 0.25 cost 25 CC', () => {
    const s = world();
    issueSwapNativeOption(s.env, CID, ALICE, nativeOption({ rate: ONE / 4n, native_allowance: 1_000n }));
    expect(s.swapNative(100n)).toBe('ok');
    expect(s.ccOf(ALICE)).toBe(75n * ONE);
  });

  it('do_burn = false: the price is paid into the community treasury in community currency', () => {
    const s = world();
    issueSwapNativeOption(
      s.env,
      CID,
      ALICE,
      nativeOption({ rate: ONE / 4n, do_burn: false, native_allowance: 1_000n }),
    );
    const issuanceBefore = totalIssuance(s.env.state, CID, 1);
    expect(s.swapNative(100n)).toBe('ok');
    expect(s.ccOf(TREASURY)).toBe(25n * ONE);
    expect(totalIssuance(s.env.state, CID, 1)).toBe(issuanceBefore);
  });

  it('Verified: allowance 49 000 000 and a 50 000 000 swap → InsufficientAllowance', () => {
    const s = world();
    issueSwapNativeOption(s.env, CID, ALICE, nativeOption({ native_allowance: 49_000_000n }));
    expect(s.swapNative(50_000_000n)).toBe(err('InsufficientAllowance'));
  });

  it('Verified: treasury 49 000 000 and a 50 000 000 swap → InsufficientNativeFunds', () => {
    const s = world(49_000_000n);
    issueSwapNativeOption(s.env, CID, ALICE, nativeOption());
    expect(s.swapNative(50_000_000n)).toBe(err('InsufficientNativeFunds'));
  });

  it('the treasury must keep its existential deposit: desired + ED is enough, one less is not', () => {
    const low = world(1_000n + ED - 1n);
    issueSwapNativeOption(low.env, CID, ALICE, nativeOption({ rate: ONE / 1024n }));
    expect(low.swapNative(1_000n)).toBe(err('InsufficientNativeFunds'));
    const enough = world(1_000n + ED);
    issueSwapNativeOption(enough.env, CID, ALICE, nativeOption({ rate: ONE / 1024n }));
    expect(enough.swapNative(1_000n)).toBe('ok');
    expect(enough.native(TREASURY)).toBe(ED);
  });

  it('Verified: 1 CC for a 50 000 000 swap (= 10 CC) → BalanceTooLow; nothing changes', () => {
    const s = world(200_000_000n, ONE);
    issueSwapNativeOption(s.env, CID, ALICE, nativeOption());
    expect(s.swapNative(50_000_000n)).toBe('EncointerBalances.BalanceTooLow');
    expect(s.ccOf(ALICE)).toBe(ONE);
    expect(s.native(TREASURY)).toBe(200_000_000n);
    expect(SwapNativeOptions.get(s.env.state, CID, ALICE)?.native_allowance).toBe(110_000_000n);
  });

  it('NoValidSwapOption without an option (also for another community or account)', () => {
    const s = world();
    issueSwapNativeOption(s.env, CID, ALICE, nativeOption());
    expect(s.swapNative(1n, BOB)).toBe(err('NoValidSwapOption'));
    expect(s.swapNative(1n, ALICE, CID2)).toBe(err('NoValidSwapOption'));
  });

  it('SwapRateNotDefined without a rate', () => {
    const s = world();
    issueSwapNativeOption(s.env, CID, ALICE, nativeOption({ rate: undefined }));
    expect(s.swapNative(1_000n)).toBe(err('SwapRateNotDefined'));
  });

  it('SwapOverflow when the price leaves U64F64', () => {
    const s = world();
    issueSwapNativeOption(s.env, CID, ALICE, nativeOption({ rate: (1n << 128n) - 1n }));
    expect(s.swapNative(2n)).toBe(err('SwapOverflow'));
  });

  it('SwapOverflow when the desired amount does not fit u64', () => {
    const huge = 1n << 64n;
    const s = world(huge + ED);
    issueSwapNativeOption(s.env, CID, ALICE, nativeOption({ native_allowance: huge, rate: 1n }));
    expect(s.swapNative(huge)).toBe(err('SwapOverflow'));
    expect(s.swapNative(huge - 1n)).toBe('ok');
  });

  it('QUIRK §10 item 21: valid_from / valid_until are not enforced; a used-up option stays stored', () => {
    const s = world();
    issueSwapNativeOption(
      s.env,
      CID,
      ALICE,
      nativeOption({ rate: ONE / 4n, native_allowance: 100n, valid_from: (1n << 64n) - 1n, valid_until: 0n }),
    );
    expect(s.swapNative(100n)).toBe('ok');
    expect(SwapNativeOptions.get(s.env.state, CID, ALICE)?.native_allowance).toBe(0n);
    expect(s.swapNative(1n)).toBe(err('InsufficientAllowance'));
  });

  it('checks in order: option, allowance, treasury funds, rate', () => {
    const s = world(1_000n);
    issueSwapNativeOption(s.env, CID, ALICE, nativeOption({ rate: undefined, native_allowance: 10n }));
    expect(s.swapNative(11n)).toBe(err('InsufficientAllowance'));
    issueSwapNativeOption(s.env, CID, ALICE, nativeOption({ rate: undefined, native_allowance: 10_000n }));
    expect(s.swapNative(5_000n)).toBe(err('InsufficientNativeFunds'));
    expect(s.swapNative(100n)).toBe(err('SwapRateNotDefined'));
  });

  it('needs a signed origin', () => {
    const s = world();
    expect(s.call(ROOT, P, 'swap_native', { cid: CID, desired_native_amount: 1n })).toBe('BadOrigin');
  });
});

describe('economy §7 swap_asset', () => {
  it('dev paymaster: PayoutError, and the whole call reverts (no CC charged, allowance kept)', () => {
    const s = world();
    issueSwapAssetOption(s.env, CID, ALICE, assetOption({ rate: ONE / 4n }));
    expect(s.swapAsset(100n)).toBe(err('PayoutError'));
    expect(s.ccOf(ALICE)).toBe(100n * ONE);
    expect(SwapAssetOptions.get(s.env.state, CID, ALICE)?.asset_allowance).toBe(110_000_000n);
  });

  it('with a paymaster: no treasury-balance check, price charged, allowance lowered, asset paid out', () => {
    const payouts: AssetPayment[] = [];
    const s = world(0n, 100n * ONE, payouts);
    issueSwapAssetOption(s.env, CID, ALICE, assetOption({ rate: ONE / 4n, asset_allowance: 1_000n }));
    expect(s.swapAsset(100n)).toBe('ok');
    expect(s.ccOf(ALICE)).toBe(75n * ONE);
    expect(SwapAssetOptions.get(s.env.state, CID, ALICE)?.asset_allowance).toBe(900n);
    expect(payouts).toEqual([{ treasury: TREASURY, beneficiary: ALICE, assetId: ASSET, amount: 100n }]);
    expect(s.env.eventsOf(P).at(-1)).toEqual({
      tag: 'SpentAsset',
      value: { treasury: TREASURY, beneficiary: ALICE, asset_id: ASSET, amount: 100n },
    });
  });

  it('the same option checks: NoValidSwapOption, InsufficientAllowance, SwapRateNotDefined, BalanceTooLow', () => {
    const s = world(0n, ONE, []);
    expect(s.swapAsset(1n)).toBe(err('NoValidSwapOption'));
    issueSwapAssetOption(s.env, CID, ALICE, assetOption({ asset_allowance: 10n, rate: undefined }));
    expect(s.swapAsset(11n)).toBe(err('InsufficientAllowance'));
    expect(s.swapAsset(10n)).toBe(err('SwapRateNotDefined'));
    issueSwapAssetOption(s.env, CID, ALICE, assetOption());
    expect(s.swapAsset(50_000_000n)).toBe('EncointerBalances.BalanceTooLow');
  });

  it('a native option does not allow asset swaps and vice versa', () => {
    const s = world(200_000_000n, 100n * ONE, []);
    issueSwapNativeOption(s.env, CID, ALICE, nativeOption());
    expect(s.swapAsset(1n)).toBe(err('NoValidSwapOption'));
    issueSwapAssetOption(s.env, CID, BOB, assetOption());
    expect(s.swapNative(1n, BOB)).toBe(err('NoValidSwapOption'));
  });
});
