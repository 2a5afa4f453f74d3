/** The chain shell: what the node and the runtime assembly use. */

export { apiId, method, type RuntimeApi, RuntimeApis, UnknownRuntimeApiError } from '../apis/registry.js';
export { registerStandardApis } from '../apis/standard.js';
export { type EraValue, IMMORTAL, mortalEra } from '../extrinsic/era.js';
export { SIGNED_EXTENSIONS, type SignedExtra } from '../extrinsic/signedExtensions.js';
export {
  decodeExtrinsic,
  type Extrinsic,
  ExtrinsicDecodeError,
  encodeExtrinsic,
  extrinsicHash,
  signingPayload,
} from '../extrinsic/uncheckedExtrinsic.js';
export { applyBalancesGenesis } from '../pallets/balances/genesis.js';
export { applySudoGenesis } from '../pallets/sudo/sudo.js';
export { decSufficients, incSufficients } from '../pallets/system/accounts.js';
export { applySystemGenesis, GENESIS_PLACEHOLDER_HASH } from '../pallets/system/genesis.js';
export type { AssetFeeCharger } from '../pallets/transactionPayment/charge.js';
export { applyTransactionPaymentGenesis } from '../pallets/transactionPayment/pallet.js';
export {
  feeConfigOf,
  REFERENCE_VERSION_BASE,
  type RuntimeVersionBase,
  referenceShellConfig,
  type ShellConfig,
} from './config.js';
export { callInfoFrom, DEFAULT_CALL_WEIGHT } from './dispatchInfo.js';
export {
  type BlockBuilder,
  type BlockStart,
  Executive,
  type FinalizedBlock,
  type UnsealedHeader,
} from './executive.js';
export { blockHash, encodeHeader } from './header.js';
export { createExecutive, createShell, type Shell } from './shell.js';
export {
  type ApplyExtrinsicResultValue,
  describeValidityError,
  type TransactionValidityErrorValue,
  type TransactionValidityValue,
} from './validity.js';
