/**
 * Test support (not used by production code): a mini runtime of the shell pallets plus Timestamp, with genesis,
 * block production and signing (Node's ed25519 for fresh keys, @polkadot-labs/hdkd for the dev accounts).
 */
import { generateKeyPairSync, sign } from 'node:crypto';
import { ecdsaCreateDerive, ed25519CreateDerive, sr25519CreateDerive } from '@polkadot-labs/hdkd';
import { DEV_MINI_SECRET } from '@polkadot-labs/hdkd-helpers';
import { blake2_256 } from '../../primitives/common/hashing.js';
import { RuntimeApis } from '../apis/registry.js';
import { registerStandardApis } from '../apis/standard.js';
import { type EraValue, IMMORTAL } from '../extrinsic/era.js';
import { encodeAdditionalSigned, type SignedExtra } from '../extrinsic/signedExtensions.js';
import { encodeSignedExtrinsic } from '../extrinsic/uncheckedExtrinsic.js';
import type { Origin, RuntimeCallValue } from '../framework/pallet.js';
import { Runtime } from '../framework/runtime.js';
import { MemoryState, OverlayState } from '../framework/state.js';
import { applyBalancesGenesis } from '../pallets/balances/genesis.js';
import { applySudoGenesis } from '../pallets/sudo/sudo.js';
import { dispatchErrorOf } from '../pallets/system/dispatchErrors.js';
import { applySystemGenesis, GENESIS_PLACEHOLDER_HASH } from '../pallets/system/genesis.js';
import { createTimestampPallet } from '../pallets/timestamp/timestamp.js';
import { applyTransactionPaymentGenesis } from '../pallets/transactionPayment/pallet.js';
import type { AccountId, DispatchErrorValue } from '../types/substrate.js';
import {
  REFERENCE_VERSION_BASE,
  type RuntimeVersionBase,
  referenceShellConfig,
  type ShellConfig,
} from './config.js';
import type { BlockBuilder } from './executive.js';
import { blockHash } from './header.js';
import { createExecutive, createShell, type ExecutiveOptions } from './shell.js';

export interface TestChainOptions extends ExecutiveOptions {
  readonly version?: RuntimeVersionBase;
  readonly balances?: readonly (readonly [AccountId, bigint])[];
  readonly sudoKey?: AccountId;
  readonly configure?: (config: ShellConfig) => ShellConfig;
}

/** A mini chain: shell pallets + Timestamp, genesis applied, blocks built on one overlay. */
export const createTestChain = (options: TestChainOptions = {}) => {
  let runtime: Runtime | undefined;
  const apis = new RuntimeApis();
  const base = options.version ?? REFERENCE_VERSION_BASE;
  const config = (options.configure ?? ((c) => c))(referenceShellConfig(() => apis.runtimeVersion(base)));
  const shell = createShell(config, () => runtime!);
  const timestamp = createTimestampPallet({ minimumPeriod: 3_000n, onTimestampSet: [] });
  runtime = new Runtime({
    crate: 'encointer_node_notee_runtime',
    pallets: [...Object.values(shell.pallets), timestamp],
  });
  const { callInfo, assetFeeCharger, randomSeed, extrinsicsRoot } = options;
  const executive = createExecutive(runtime, shell, {
    callInfo,
    assetFeeCharger,
    randomSeed,
    extrinsicsRoot,
  });
  const metadataAt = registerStandardApis(apis, executive);
  const state = new OverlayState(new MemoryState());
  applySystemGenesis(state, { version: config.version() });
  applyTransactionPaymentGenesis(state);
  applyBalancesGenesis(state, { balances: options.balances ?? [] }, config.balances.existentialDeposit);
  applySudoGenesis(state, { key: options.sudoKey });

  let parent: Uint8Array = GENESIS_PLACEHOLDER_HASH;
  let number = 0;
  let now = 1_735_689_600_000n;
  /** Builds the next block: timestamp inherent, then `fill`; returns the block and its hash. */
  const block = (fill: (b: BlockBuilder) => void = () => {}) => {
    number += 1;
    now += 6_000n;
    const b = executive.initializeBlock(state, { number, parentHash: parent });
    const r = b.applyTimestamp(now);
    if (!r.success || !r.value.success) throw new Error(`timestamp inherent failed: ${JSON.stringify(r)}`);
    fill(b);
    const { header } = b.finalize();
    parent = blockHash({ ...header, state_root: new Uint8Array(32) });
    return { builder: b, header, hash: parent, number };
  };

  /** Dispatches a call directly in a block environment, as the executive does (events of a failure dropped). */
  const dispatch = (origin: Origin, call: RuntimeCallValue) => {
    const env = executive.envFor(state, Math.max(number, 1));
    let error: DispatchErrorValue | undefined;
    try {
      env.dispatch(origin, call);
    } catch (e) {
      error = dispatchErrorOf(runtime!, e);
      if (error === undefined) throw e;
    }
    return { error, events: env.pending.map((p) => ({ pallet: p.pallet, event: p.event })) };
  };

  return {
    runtime,
    shell,
    config,
    executive,
    apis,
    metadataAt,
    state,
    block,
    dispatch,
    get bestHash() {
      return parent;
    },
    get bestNumber() {
      return number;
    },
  };
};

export type TestChain = ReturnType<typeof createTestChain>;

/** A signing key for tests: its account id and how it signs (ed25519, sr25519 or ecdsa). */
export interface TestKey {
  readonly publicKey: Uint8Array;
  readonly scheme: 'Ed25519' | 'Sr25519' | 'Ecdsa';
  readonly sign: (message: Uint8Array) => Uint8Array;
}

/** A fresh ed25519 key from Node's crypto. */
export const newEd25519Key = (): TestKey => {
  const { publicKey, privateKey } = generateKeyPairSync('ed25519');
  const jwk = publicKey.export({ format: 'jwk' });
  return {
    publicKey: new Uint8Array(Buffer.from(jwk.x!, 'base64url')),
    scheme: 'Ed25519',
    sign: (message) => new Uint8Array(sign(null, message, privateKey)),
  };
};

/** A dev account (`//Alice`, …) derived from the dev phrase with @polkadot-labs/hdkd, as polkadot-js does. */
export const devKey = (path: string, scheme: TestKey['scheme']): TestKey => {
  const derive = { Ed25519: ed25519CreateDerive, Sr25519: sr25519CreateDerive, Ecdsa: ecdsaCreateDerive }[
    scheme
  ];
  const pair = derive(DEV_MINI_SECRET)(path);
  // A MultiSigner::Ecdsa account is the blake2_256 of the 33-byte compressed key.
  const publicKey = scheme === 'Ecdsa' ? blake2_256(pair.publicKey) : pair.publicKey;
  return { publicKey, scheme, sign: (message) => pair.sign(message) };
};

export interface SignOptions {
  readonly nonce: number;
  readonly era?: EraValue;
  readonly tip?: bigint;
  readonly assetId?: SignedExtra['assetId'];
  /** Overrides of what is signed over (to build invalid transactions). */
  readonly specVersion?: number;
  readonly transactionVersion?: number;
  readonly genesisHash?: Uint8Array;
  readonly birthHash?: Uint8Array;
}

/** Signs `call` over the payload the chain expects (override fields to make it wrong). */
export const signExtrinsic = (
  chain: TestChain,
  key: TestKey,
  call: RuntimeCallValue,
  o: SignOptions,
): Uint8Array => {
  const extra: SignedExtra = { era: o.era ?? IMMORTAL, nonce: o.nonce, tip: o.tip ?? 0n, assetId: o.assetId };
  const v = chain.executive.version();
  const genesis = o.genesisHash ?? GENESIS_PLACEHOLDER_HASH;
  const additional = encodeAdditionalSigned({
    specVersion: o.specVersion ?? v.spec_version,
    transactionVersion: o.transactionVersion ?? v.transaction_version,
    genesisHash: genesis,
    birthHash: o.birthHash ?? genesis,
  });
  return encodeSignedExtrinsic(chain.runtime.callType, key, call, extra, additional);
};
