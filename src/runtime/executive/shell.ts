/**
 * The chain shell's pallets, created together from one configuration: System (0), RandomnessCollectiveFlip (2),
 * Sudo (5), Balances (10), TransactionPayment (11) and AssetTxPayment (12). The lead adds Timestamp and the
 * Encointer pallets and assembles the runtime.
 */
import type { Pallet } from '../framework/pallet.js';
import type { Runtime } from '../framework/runtime.js';
import { NativeCurrency } from '../pallets/balances/currency.js';
import { createBalancesPallet } from '../pallets/balances/pallet.js';
import { createRandomnessCollectiveFlipPallet } from '../pallets/randomness/randomness.js';
import { createSudoPallet } from '../pallets/sudo/sudo.js';
import { createSystemPallet } from '../pallets/system/pallet.js';
import {
  createAssetTxPaymentPallet,
  createTransactionPaymentPallet,
} from '../pallets/transactionPayment/pallet.js';
import { feeConfigOf, type ShellConfig } from './config.js';
import { Executive, type ExecutiveConfig } from './executive.js';

export interface Shell {
  readonly config: ShellConfig;
  /** The native currency (Balances' logic), for pallets that move native funds (faucet, treasury). */
  readonly currency: NativeCurrency;
  readonly pallets: {
    readonly system: Pallet;
    readonly randomness: Pallet;
    readonly sudo: Pallet;
    readonly balances: Pallet;
    readonly transactionPayment: Pallet;
    readonly assetTxPayment: Pallet;
  };
}

/**
 * Creates the shell pallets. `runtime` is read lazily (the outer enums exist only once every pallet is declared).
 *
 * @example
 * let runtime: Runtime;
 * const shell = createShell(referenceShellConfig(() => apis.runtimeVersion(REFERENCE_VERSION_BASE)), () => runtime);
 * runtime = new Runtime({ crate: 'encointer_node_notee_runtime', pallets: [...Object.values(shell.pallets), timestamp] });
 */
export const createShell = (config: ShellConfig, runtime: () => Runtime): Shell => {
  const currency = new NativeCurrency({ existentialDeposit: config.balances.existentialDeposit });
  return {
    config,
    currency,
    pallets: {
      system: createSystemPallet({
        version: config.version,
        ss58Prefix: config.ss58Prefix,
        blockHashCount: config.blockHashCount,
        blockWeights: config.blockWeights,
        blockLength: config.blockLength,
        dbWeight: config.dbWeight,
        runtime,
      }),
      randomness: createRandomnessCollectiveFlipPallet(),
      sudo: createSudoPallet({ runtime }),
      balances: createBalancesPallet(config.balances, currency),
      transactionPayment: createTransactionPaymentPallet({
        operationalFeeMultiplier: config.fees.operationalFeeMultiplier,
        nextMultiplier: config.fees.nextMultiplier,
      }),
      assetTxPayment: createAssetTxPaymentPallet(),
    },
  };
};

/** Options of the executive besides what the shell already knows. */
export type ExecutiveOptions = Pick<
  ExecutiveConfig,
  'callInfo' | 'assetFeeCharger' | 'randomSeed' | 'extrinsicsRoot'
>;

/** The executive for a runtime assembled around `shell`. */
export const createExecutive = (runtime: Runtime, shell: Shell, options: ExecutiveOptions = {}): Executive =>
  new Executive({
    runtime,
    version: shell.config.version,
    blockHashCount: shell.config.blockHashCount,
    fees: feeConfigOf(shell.config),
    currency: shell.currency,
    ...options,
  });
