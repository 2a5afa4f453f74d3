/** Test support: signature jobs signed by fresh keys of each scheme (not part of the build's API). */
import { generateKeyPairSync, sign } from 'node:crypto';
import { secp256k1 } from '@noble/curves/secp256k1.js';
import { getPublicKey, secretFromSeed, sign as srSign } from '@scure/sr25519';
import { blake2_256 } from '../../primitives/common/hashing.js';
import type { SignatureJob } from './signatureJob.js';

export type Scheme = SignatureJob['signature']['tag'];

/** A valid job of `scheme` over `message` with a fresh key. */
export const signedJob = (scheme: Scheme, message: Uint8Array): SignatureJob => {
  switch (scheme) {
    case 'Ed25519': {
      const { publicKey, privateKey } = generateKeyPairSync('ed25519');
      const account = new Uint8Array(Buffer.from(publicKey.export({ format: 'jwk' }).x!, 'base64url'));
      return {
        signature: { tag: scheme, value: new Uint8Array(sign(null, message, privateKey)) },
        message,
        account,
      };
    }
    case 'Sr25519': {
      const secret = secretFromSeed(blake2_256(message));
      return {
        signature: { tag: scheme, value: srSign(secret, message) },
        message,
        account: getPublicKey(secret),
      };
    }
    case 'Ecdsa': {
      const secret = secp256k1.utils.randomSecretKey();
      // r ‖ s ‖ v over blake2_256(message); the account is blake2_256 of the compressed key.
      const rec = secp256k1.sign(blake2_256(message), secret, { prehash: false, format: 'recovered' });
      const value = Uint8Array.of(...rec.subarray(1), rec[0]!);
      return {
        signature: { tag: scheme, value },
        message,
        account: blake2_256(secp256k1.getPublicKey(secret)),
      };
    }
  }
};

/** The same job with one bit of the message flipped: its signature no longer verifies. */
export const tampered = (job: SignatureJob): SignatureJob => {
  const message = job.message.slice();
  message[0] = (message[0] ?? 0) ^ 1;
  return { ...job, message };
};
