// spec: ceremonies §1 (Signature = MultiSignature, checked against a 32-byte AccountId)
/**
 * `MultiSignature::verify(message, account)` as Substrate runtimes do it: Ed25519 and Sr25519 use the account bytes
 * as the public key; Ecdsa recovers the compressed key from a signature over blake2_256(message) and compares its
 * blake2_256 with the account. Pure: no state, no I/O.
 */
import { createPublicKey, verify as nodeVerify } from 'node:crypto';
import { secp256k1 } from '@noble/curves/secp256k1.js';
import { verify as sr25519Verify } from '@scure/sr25519';
import { bytesEqual } from '../../primitives/common/bytes.js';
import { blake2_256 } from '../../primitives/common/hashing.js';

/** A `MultiSignature` value: `{ tag, value }` with the raw signature bytes (64, 64 or 65). */
export type MultiSignatureValue =
  | { readonly tag: 'Ed25519'; readonly value: Uint8Array }
  | { readonly tag: 'Sr25519'; readonly value: Uint8Array }
  | { readonly tag: 'Ecdsa'; readonly value: Uint8Array };

// Ed25519 goes through OpenSSL (native, the node's hot path); the others have no native implementation. The key
// is imported as a JWK: about seven times cheaper than building a DER SubjectPublicKeyInfo.
const verifyEd25519 = (signature: Uint8Array, message: Uint8Array, publicKey: Uint8Array): boolean => {
  if (signature.length !== 64 || publicKey.length !== 32) return false;
  try {
    const key = createPublicKey({
      key: { kty: 'OKP', crv: 'Ed25519', x: Buffer.from(publicKey).toString('base64url') },
      format: 'jwk',
    });
    return nodeVerify(null, message, key, signature);
  } catch {
    // Not a valid curve point: the reference reports a failed verification, not an error.
    return false;
  }
};

const verifySr25519 = (signature: Uint8Array, message: Uint8Array, publicKey: Uint8Array): boolean => {
  if (signature.length !== 64 || publicKey.length !== 32) return false;
  try {
    return sr25519Verify(message, signature, publicKey);
  } catch {
    return false;
  }
};

/**
 * The compressed key that made the 65-byte `r ‖ s ‖ v` signature over the 32-byte `hash` (`v` in 0..=3, or 27..=30
 * as Ethereum writes it); `undefined` when no key can be recovered.
 */
export const recoverCompressed = (hash: Uint8Array, signature: Uint8Array): Uint8Array | undefined => {
  if (hash.length !== 32 || signature.length !== 65) return undefined;
  const v = signature[64]! > 26 ? signature[64]! - 27 : signature[64]!;
  if (v > 3) return undefined;
  try {
    // noble's "recovered" format puts the recovery byte first.
    const recovered = Uint8Array.of(v, ...signature.subarray(0, 64));
    return secp256k1.recoverPublicKey(recovered, hash, { prehash: false });
  } catch {
    return undefined;
  }
};

const verifyEcdsa = (signature: Uint8Array, message: Uint8Array, account: Uint8Array): boolean => {
  const publicKey = recoverCompressed(blake2_256(message), signature);
  return publicKey !== undefined && bytesEqual(blake2_256(publicKey), account);
};

/**
 * True iff `signature` signs `message` for the 32-byte `account`.
 *
 * @example
 * verifyMultiSignature({ tag: 'Ed25519', value: sig }, message, publicKey); // true
 */
export const verifyMultiSignature = (
  signature: MultiSignatureValue,
  message: Uint8Array,
  account: Uint8Array,
): boolean => {
  switch (signature.tag) {
    case 'Ed25519':
      return verifyEd25519(signature.value, message, account);
    case 'Sr25519':
      return verifySr25519(signature.value, message, account);
    case 'Ecdsa':
      return verifyEcdsa(signature.value, message, account);
  }
};
