/**
 * Keys and pre-signed `Balances.transfer_keep_alive` extrinsics for the node benchmarks: signed here with the
 * runtime's own encoders, so the node receives exactly what a wallet would send.
 */
import { randomBytes } from 'node:crypto';
import { getPublicKey, secretFromSeed, sign as srSign } from '@scure/sr25519';
import { transferCall } from '../../src/node/testSupport.js';
import type { Type } from '../../src/primitives/codec/types.js';
import { newEd25519Key } from '../../src/runtime/executive/testSupport.js';
import { IMMORTAL } from '../../src/runtime/extrinsic/era.js';
import { encodeAdditionalSigned, type SignedExtra } from '../../src/runtime/extrinsic/signedExtensions.js';
import { encodeSignedExtrinsic } from '../../src/runtime/extrinsic/uncheckedExtrinsic.js';
import type { RuntimeCallValue } from '../../src/runtime/framework/pallet.js';

export type Scheme = 'Sr25519' | 'Ed25519';

export interface Key {
  readonly scheme: Scheme;
  readonly publicKey: Uint8Array;
  sign(message: Uint8Array): Uint8Array;
}

/** A fresh random key: sr25519 through @scure, ed25519 through node:crypto (the runtime tests' key). */
export const newKey = (scheme: Scheme): Key => {
  if (scheme === 'Sr25519') {
    const secret = secretFromSeed(randomBytes(32));
    return { scheme, publicKey: getPublicKey(secret), sign: (m) => srSign(secret, m) };
  }
  return { ...newEd25519Key(), scheme };
};

/** What an immortal transaction of the chain signs besides the call: spec/tx versions and the genesis hash. */
export interface ChainParams {
  readonly genesis: Uint8Array;
  readonly specVersion: number;
  readonly transactionVersion: number;
}

/** The additionalSigned bytes of an immortal transaction on the chain. */
export const immortalAdditional = (p: ChainParams): Uint8Array =>
  encodeAdditionalSigned({
    specVersion: p.specVersion,
    transactionVersion: p.transactionVersion,
    genesisHash: p.genesis,
    birthHash: p.genesis,
  });

/** An immortal signed `transfer_keep_alive` of `value` from `key` to `dest` with `nonce`, encoded. */
export const signTransfer = (
  callType: Type<RuntimeCallValue>,
  additional: Uint8Array,
  key: Key,
  dest: Uint8Array,
  value: bigint,
  nonce: number,
): Uint8Array => {
  const call = transferCall(dest, value);
  const extra: SignedExtra = { era: IMMORTAL, nonce, tip: 0n, assetId: undefined };
  return encodeSignedExtrinsic(callType, key, call, extra, additional);
};
