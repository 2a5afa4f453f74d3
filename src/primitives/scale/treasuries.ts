// spec: economy §7 and Appendix B (treasury swap options)
import { bool, byteVec, option, struct } from '../codec/describe.js';
import type { ValueOf } from '../codec/types.js';
import { CommunityIdentifier, Moment, NativeBalance, U64F64 } from './common.js';

// New since spec-30: no reference path exists, so the module is named after the pallet.
const path = (name: string) => ['encointer_primitives', 'treasuries', name];

/**
 * `AssetKind` of the asset-spend actions, carried as the opaque SCALE bytes of the asset (on Kusama a
 * `VersionedLocatableAsset`) inside a `Vec<u8>`. Deviation from the reference: Kusama inlines the XCM type, so
 * `SpendAsset` / `IssueSwapAssetOption` payloads differ on the wire there; cross-chain assets are out of scope
 * and the dev runtime refuses every asset payout (`PayoutError`), so the content is never interpreted.
 */
export const AssetKind = byteVec('AssetKind');
export type AssetKind = ValueOf<typeof AssetKind>;

const cid = { type: CommunityIdentifier, typeName: 'CommunityIdentifier' };
const rate = { type: option(U64F64), typeName: 'Option<BalanceType>' };
const doBurn = { type: bool, typeName: 'bool' };
const optionalMoment = { type: option(Moment), typeName: 'Option<Moment>' };
const balance = { type: NativeBalance, typeName: 'Balance' };

/**
 * `SwapNativeOption<Balance, Moment> { cid, native_allowance, rate, do_burn, valid_from, valid_until }`. `rate`
 * is CC per planck. QUIRK (economy §10 item 21): `valid_from`/`valid_until` are stored but never enforced.
 */
export const SwapNativeOption = struct(
  path('SwapNativeOption'),
  {
    cid,
    native_allowance: balance,
    rate,
    do_burn: doBurn,
    valid_from: optionalMoment,
    valid_until: optionalMoment,
  },
  {
    params: [
      { name: 'Balance', type: NativeBalance },
      { name: 'Moment', type: Moment },
    ],
  },
);
export type SwapNativeOption = ValueOf<typeof SwapNativeOption>;

/** `SwapAssetOption<AssetKind, Balance, Moment> { cid, asset_id, asset_allowance, rate, do_burn, valid_from, valid_until }`. */
export const SwapAssetOption = struct(
  path('SwapAssetOption'),
  {
    cid,
    asset_id: { type: AssetKind, typeName: 'AssetKind' },
    asset_allowance: balance,
    rate,
    do_burn: doBurn,
    valid_from: optionalMoment,
    valid_until: optionalMoment,
  },
  {
    params: [
      { name: 'AssetKind', type: AssetKind },
      { name: 'Balance', type: NativeBalance },
      { name: 'Moment', type: Moment },
    ],
  },
);
export type SwapAssetOption = ValueOf<typeof SwapAssetOption>;
