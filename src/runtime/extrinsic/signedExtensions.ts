// spec: substrate-compat §5.3, §5.6 (the Gesell v5 extension set); reference-metadata-spec30 "Extrinsic format and signed extensions"
/**
 * The seven signed extensions of the reference runtime, in metadata order, with their described types at the
 * reference paths. `extra` travels in the extrinsic; `additionalSigned` is only signed over.
 */
import {
  compactU32,
  compactU128,
  newtype,
  option,
  struct,
  tuple,
  u32,
  unit,
  unitStruct,
} from '../../primitives/codec/describe.js';
import type { Type } from '../../primitives/codec/types.js';
import { concatBytes } from '../../primitives/common/bytes.js';
import { CommunityIdentifier } from '../../primitives/scale/index.js';
import type { SignedExtensionInfo } from '../framework/metadata.js';
import { H256 } from '../types/substrate.js';
import { Era, type EraValue } from './era.js';

const T = [{ name: 'T', type: undefined }];
const ext = (module: string, name: string) => ['frame_system', 'extensions', module, name];

export const CheckSpecVersion = unitStruct(ext('check_spec_version', 'CheckSpecVersion'), { params: T });
export const CheckTxVersion = unitStruct(ext('check_tx_version', 'CheckTxVersion'), { params: T });
export const CheckGenesis = unitStruct(ext('check_genesis', 'CheckGenesis'), { params: T });
export const CheckMortality = newtype(
  ext('check_mortality', 'CheckMortality'),
  { type: Era, typeName: 'Era' },
  { params: T },
);
export const CheckNonce = newtype(
  ext('check_nonce', 'CheckNonce'),
  { type: compactU32, typeName: 'T::Nonce' },
  { params: T },
);
export const CheckWeight = unitStruct(ext('check_weight', 'CheckWeight'), { params: T });

/** The fee asset: `None` pays in the native token, `Some(cid)` in that community's currency (economy §3.1). */
export const ChargeAssetTxPayment = struct(
  ['pallet_asset_tx_payment', 'ChargeAssetTxPayment'],
  {
    tip: { type: compactU128, typeName: 'BalanceOf<T>' },
    asset_id: { type: option(CommunityIdentifier), typeName: 'Option<ChargeAssetIdOf<T>>' },
  },
  { params: T },
);

/** The extra tuple, in metadata order (the `Extra` parameter of `UncheckedExtrinsic`). */
export const Extra = tuple(
  CheckSpecVersion,
  CheckTxVersion,
  CheckGenesis,
  CheckMortality,
  CheckNonce,
  CheckWeight,
  ChargeAssetTxPayment,
);

/** The metadata `signedExtensions` list (identifiers exactly as clients expect them: §5.6). */
export const SIGNED_EXTENSIONS: readonly SignedExtensionInfo[] = [
  { identifier: 'CheckSpecVersion', type: CheckSpecVersion, additionalSigned: u32 },
  { identifier: 'CheckTxVersion', type: CheckTxVersion, additionalSigned: u32 },
  { identifier: 'CheckGenesis', type: CheckGenesis, additionalSigned: H256 },
  { identifier: 'CheckMortality', type: CheckMortality, additionalSigned: H256 },
  { identifier: 'CheckNonce', type: CheckNonce, additionalSigned: unit },
  { identifier: 'CheckWeight', type: CheckWeight, additionalSigned: unit },
  { identifier: 'ChargeAssetTxPayment', type: ChargeAssetTxPayment, additionalSigned: unit },
];

export type CommunityIdentifierValue = { geohash: Uint8Array; digest: Uint8Array };

/** What a signer chooses: the values of the extensions that carry data. */
export interface SignedExtra {
  readonly era: EraValue;
  readonly nonce: number;
  readonly tip: bigint;
  /** The community currency to pay the fee in; `undefined` pays in the native token. */
  readonly assetId: CommunityIdentifierValue | undefined;
}

/** What the chain supplies to the signed payload (`additionalSigned`, in extension order). */
export interface AdditionalSigned {
  readonly specVersion: number;
  readonly transactionVersion: number;
  readonly genesisHash: Uint8Array;
  /** `System.BlockHash(era.birth(current))`; the genesis hash for an immortal era. */
  readonly birthHash: Uint8Array;
}

type ExtraTuple = [
  undefined,
  undefined,
  undefined,
  EraValue,
  number,
  undefined,
  { tip: bigint; asset_id: unknown },
];

/** Encodes the extra bytes of a signed extrinsic. */
export const encodeExtra = (extra: SignedExtra): Uint8Array =>
  (Extra as Type<unknown>).enc([
    undefined,
    undefined,
    undefined,
    extra.era,
    extra.nonce,
    undefined,
    { tip: extra.tip, asset_id: extra.assetId },
  ] satisfies ExtraTuple);

/** The friendly view of a decoded extra tuple. */
export const extraFromTuple = (value: unknown): SignedExtra => {
  const t = value as ExtraTuple;
  return {
    era: t[3],
    nonce: t[4],
    tip: t[6].tip,
    assetId: t[6].asset_id as CommunityIdentifierValue | undefined,
  };
};

/** The additionalSigned bytes: spec version, transaction version, genesis hash, birth-block hash. */
export const encodeAdditionalSigned = (a: AdditionalSigned): Uint8Array =>
  concatBytes(
    u32.enc(a.specVersion),
    u32.enc(a.transactionVersion),
    H256.enc(a.genesisHash),
    H256.enc(a.birthHash),
  );
