/**
 * Test support for the node (not part of the build): signing extrinsics for an in-process chain with the dev
 * keys (sr25519 via @polkadot-labs/hdkd) or fresh ed25519 keys.
 */
import { sr25519CreateDerive } from '@polkadot-labs/hdkd';
import { DEV_MINI_SECRET } from '@polkadot-labs/hdkd-helpers';
import { type EraValue, IMMORTAL } from '../runtime/extrinsic/era.js';
import { encodeAdditionalSigned, type SignedExtra } from '../runtime/extrinsic/signedExtensions.js';
import { encodeSignedExtrinsic } from '../runtime/extrinsic/uncheckedExtrinsic.js';
import type { RuntimeCallValue } from '../runtime/framework/pallet.js';
import { BlockHash } from '../runtime/pallets/system/storage.js';
import type { Chain } from './chain/chain.js';

export interface DevKey {
  readonly publicKey: Uint8Array;
  readonly sign: (message: Uint8Array) => Uint8Array;
}

const derive = sr25519CreateDerive(DEV_MINI_SECRET);

/** An sr25519 dev key (`//Alice`, `//Bob`, …). */
export const devKey = (path: string): DevKey => derive(path);

export interface SignOptions {
  readonly nonce: number;
  readonly era?: EraValue;
  readonly tip?: bigint;
  /** Sign over another genesis hash (to build a transaction with a bad proof). */
  readonly genesisHash?: Uint8Array;
}

/** Signs `call` for `chain` as its validation expects (immortal by default). */
export const signFor = (chain: Chain, key: DevKey, call: RuntimeCallValue, o: SignOptions): Uint8Array => {
  const era = o.era ?? IMMORTAL;
  const extra: SignedExtra = { era, nonce: o.nonce, tip: o.tip ?? 0n, assetId: undefined };
  const v = chain.runtimeVersion();
  const genesis = o.genesisHash ?? chain.genesis.hash;
  let birthHash = genesis;
  if (era.type === 'Mortal') {
    const current = chain.best.number + 1;
    const birth =
      Math.floor((Math.max(current, era.phase) - era.phase) / era.period) * era.period + era.phase;
    birthHash = birth === chain.best.number ? chain.best.hash : BlockHash.get(chain.stateAt(), birth);
  }
  const additional = encodeAdditionalSigned({
    specVersion: v.spec_version,
    transactionVersion: v.transaction_version,
    genesisHash: genesis,
    birthHash,
  });
  return encodeSignedExtrinsic(
    chain.runtime.runtime.callType,
    { ...key, scheme: 'Sr25519' },
    call,
    extra,
    additional,
  );
};

/** `Balances.transfer_keep_alive(dest, value)`. */
export const transferCall = (dest: Uint8Array, value: bigint): RuntimeCallValue =>
  ({
    tag: 'Balances',
    value: { tag: 'transfer_keep_alive', value: { dest: { tag: 'Id', value: dest }, value } },
  }) as RuntimeCallValue;
