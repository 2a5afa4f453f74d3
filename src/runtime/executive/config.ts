// spec: reference-metadata-spec30 System/Balances/TransactionPayment constants, "Runtime version"; substrate-compat §8
/**
 * The chain shell's configuration (System, Balances, fees) and the reference runtime's values, from which the
 * `dev` and `production-like` presets start.
 */

import { type BalancesConfig, REFERENCE_BALANCES_CONFIG } from '../pallets/balances/pallet.js';
import type { BlockLengthValue, BlockWeightsValue, RuntimeDbWeightValue } from '../pallets/system/types.js';
import { type FeeConfig, REFERENCE_FEE_FUNCTIONS } from '../pallets/transactionPayment/fees.js';
import type { RuntimeVersionValue } from '../types/substrate.js';

const U64_MAX = (1n << 64n) - 1n;
const w = (ref_time: bigint, proof_size: bigint) => ({ ref_time, proof_size });

/** `System.BlockWeights` of spec 30 (126 bytes, `0x025b1f5d…`). */
export const REFERENCE_BLOCK_WEIGHTS: BlockWeightsValue = {
  base_block: w(390_584_000n, 0n),
  max_block: w(2_000_000_000_000n, U64_MAX),
  per_class: {
    normal: {
      base_extrinsic: w(124_414_000n, 0n),
      max_extrinsic: w(1_299_875_586_000n, 11_990_383_647_911_208_550n),
      max_total: w(1_500_000_000_000n, 13_835_058_055_282_163_711n),
      reserved: w(0n, 0n),
    },
    operational: {
      base_extrinsic: w(124_414_000n, 0n),
      max_extrinsic: w(1_799_875_586_000n, 16_602_069_666_338_596_454n),
      max_total: w(2_000_000_000_000n, U64_MAX),
      reserved: w(500_000_000_000n, 4_611_686_018_427_387_904n),
    },
    mandatory: {
      base_extrinsic: w(124_414_000n, 0n),
      max_extrinsic: undefined,
      max_total: undefined,
      reserved: undefined,
    },
  },
};

export const REFERENCE_BLOCK_LENGTH: BlockLengthValue = {
  max: { normal: 3_932_160, operational: 5_242_880, mandatory: 5_242_880 },
};

export const REFERENCE_DB_WEIGHT: RuntimeDbWeightValue = { read: 25_000_000n, write: 100_000_000n };

/** The runtime version fields other than the API list (which comes from the registered runtime APIs). */
export type RuntimeVersionBase = Omit<RuntimeVersionValue, 'apis'>;

/**
 * spec 30 / tx 5 of `encointer-node-notee`: the values the §5.7 vectors are signed with. Bump `spec_version` for any
 * change of calls, events, storage or metadata (substrate-compat §8).
 */
export const REFERENCE_VERSION_BASE: RuntimeVersionBase = {
  spec_name: 'encointer-node-notee',
  impl_name: 'encointer-node-notee',
  authoring_version: 0,
  spec_version: 30,
  impl_version: 0,
  transaction_version: 5,
  state_version: 0,
};

export interface ShellConfig {
  /** The full runtime version, read lazily (the API list is complete once every API is registered). */
  readonly version: () => RuntimeVersionValue;
  readonly ss58Prefix: number;
  readonly blockHashCount: number;
  readonly blockWeights: BlockWeightsValue;
  readonly blockLength: BlockLengthValue;
  readonly dbWeight: RuntimeDbWeightValue;
  readonly balances: BalancesConfig;
  readonly fees: Pick<
    FeeConfig,
    'weightToFee' | 'lengthToFee' | 'operationalFeeMultiplier' | 'nextMultiplier'
  >;
}

/** The reference runtime's shell configuration around a version source. */
export const referenceShellConfig = (version: () => RuntimeVersionValue): ShellConfig => ({
  version,
  ss58Prefix: 42,
  blockHashCount: 2400,
  blockWeights: REFERENCE_BLOCK_WEIGHTS,
  blockLength: REFERENCE_BLOCK_LENGTH,
  dbWeight: REFERENCE_DB_WEIGHT,
  balances: REFERENCE_BALANCES_CONFIG,
  fees: REFERENCE_FEE_FUNCTIONS,
});

/** The fee configuration the executive and the payment APIs use. */
export const feeConfigOf = (config: ShellConfig): FeeConfig => ({
  ...config.fees,
  blockWeights: config.blockWeights,
  blockLength: config.blockLength,
});
