/**
 * Signs extrinsics for a node running in another process: the call codec and runtime version come from a local copy
 * of the same runtime preset, the genesis hash from the node (`chain_getBlockHash(0)`). Immortal, no tip.
 */

import type { DevKey } from '../../../src/node/testSupport.js';
import { fromHex } from '../../../src/primitives/common/bytes.js';
import { createEncointerRuntime, type EncointerRuntime } from '../../../src/runtime/encointerRuntime.js';
import { IMMORTAL } from '../../../src/runtime/extrinsic/era.js';
import { encodeAdditionalSigned } from '../../../src/runtime/extrinsic/signedExtensions.js';
import { encodeSignedExtrinsic } from '../../../src/runtime/extrinsic/uncheckedExtrinsic.js';
import type { RuntimeCallValue } from '../../../src/runtime/framework/pallet.js';

export class RemoteSigner {
  readonly runtime: EncointerRuntime;
  private readonly genesisHash: Uint8Array;

  constructor(genesisHashHex: string, preset: 'dev' | 'production-like' = 'dev') {
    this.runtime = createEncointerRuntime(preset);
    this.genesisHash = fromHex(genesisHashHex);
  }

  /** The full extrinsic bytes of `call` signed by `key` with `nonce`. */
  sign(key: DevKey, call: RuntimeCallValue, nonce: number): Uint8Array {
    const extra = { era: IMMORTAL, nonce, tip: 0n, assetId: undefined };
    const v = this.runtime.executive.version();
    const callType = this.runtime.runtime.callType;
    const additional = encodeAdditionalSigned({
      specVersion: v.spec_version,
      transactionVersion: v.transaction_version,
      genesisHash: this.genesisHash,
      birthHash: this.genesisHash,
    });
    return encodeSignedExtrinsic(callType, { ...key, scheme: 'Sr25519' }, call, extra, additional);
  }

  /** The bare (unsigned) extrinsic of `call`. */
  bare(call: RuntimeCallValue): Uint8Array {
    return this.runtime.executive.encodeBare(call);
  }
}
