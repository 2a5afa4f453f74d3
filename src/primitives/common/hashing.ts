/**
 * The hashes of Substrate's byte formats. BLAKE2b runs in WebAssembly (hash-wasm): the node hashes every
 * extrinsic, storage key and state commitment with it, and the JavaScript implementation cost 4–7 µs per short
 * input against under 1 µs here. The instances are created once per thread (top-level await) and reused: hashing
 * is synchronous, so no two calls interleave on one instance.
 */
import { Twox128 } from '@polkadot-api/substrate-bindings';
import { createBLAKE2b } from 'hash-wasm';

const blake256 = await createBLAKE2b(256);
const blake128 = await createBLAKE2b(128);

const digest = (hasher: typeof blake256, data: Uint8Array): Uint8Array => {
  hasher.init();
  hasher.update(data);
  // A fresh array, not a view of the module's memory.
  return hasher.digest('binary');
};

/** BlakeTwo256: BLAKE2b with a 32-byte digest and no key (ceremonies §3). */
export const blake2_256 = (data: Uint8Array): Uint8Array => digest(blake256, data);
/** BLAKE2b with a 16-byte digest: the `Blake2_128` storage hasher. */
export const blake2_128 = (data: Uint8Array): Uint8Array => digest(blake128, data);

/** The `Blake2_128Concat` storage hasher: `blake2_128(data) ++ data`. */
export const blake2_128Concat = (data: Uint8Array): Uint8Array => {
  const out = new Uint8Array(16 + data.length);
  out.set(digest(blake128, data), 0);
  out.set(data, 16);
  return out;
};

export const twox128 = (data: Uint8Array): Uint8Array => Twox128(data);
