// spec: economy §7 (SwapNativeOption, SwapAssetOption: rate is CC per planck; validity is stored, not enforced)
import { fixedBits, optional } from '../common/convert.js';

/** A native swap option: buy up to `nativeAllowance` planck from the treasury at `rate` CC per planck. */
export interface SwapNativeOption {
  readonly nativeAllowance: bigint;
  /** U64F64 bits; undefined: priced by oracle/auction. */
  readonly rate: bigint | undefined;
  readonly doBurn: boolean;
  readonly validFrom: bigint | undefined;
  readonly validUntil: bigint | undefined;
}

/** An asset swap option: `assetId` is the opaque SCALE of the asset kind. */
export interface SwapAssetOption extends Omit<SwapNativeOption, 'nativeAllowance'> {
  readonly assetId: Uint8Array;
  readonly assetAllowance: bigint;
}

interface PapiOption {
  native_allowance?: bigint;
  asset_allowance?: bigint;
  asset_id?: Uint8Array;
  rate?: unknown;
  do_burn: boolean;
  valid_from?: bigint;
  valid_until?: bigint;
}

const common = (v: PapiOption) => ({
  rate: optional(v.rate, fixedBits),
  doBurn: v.do_burn,
  validFrom: optional(v.valid_from, BigInt),
  validUntil: optional(v.valid_until, BigInt),
});

export const fromPapiSwapNativeOption = (v: PapiOption): SwapNativeOption => ({
  nativeAllowance: BigInt(v.native_allowance ?? 0n),
  ...common(v),
});

export const fromPapiSwapAssetOption = (v: PapiOption): SwapAssetOption => ({
  assetId: v.asset_id ?? new Uint8Array(),
  assetAllowance: BigInt(v.asset_allowance ?? 0n),
  ...common(v),
});
