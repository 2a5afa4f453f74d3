// spec: tooling §1.2 (accounts), ARCHITECTURE §6 (keystore)
import type { PolkadotSigner } from 'polkadot-api/signer';

export type KeyType = 'sr25519' | 'ed25519' | 'ecdsa';

export const KEY_TYPES: readonly KeyType[] = ['sr25519', 'ed25519', 'ecdsa'];

/** The `MultiSignature` variant of a key type. */
export const SIGNATURE_VARIANT: Readonly<Record<KeyType, 'Sr25519' | 'Ed25519' | 'Ecdsa'>> = {
  sr25519: 'Sr25519',
  ed25519: 'Ed25519',
  ecdsa: 'Ecdsa',
};

/** Signs raw bytes exactly as the runtime verifies them (no `<Bytes>` wrapping, unlike wallet `signRaw`). */
export interface RawSigner {
  /** The 32-byte account id (for ecdsa: blake2_256 of the compressed public key). */
  readonly accountId: Uint8Array;
  readonly keyType: KeyType;
  /** A signature the runtime's `MultiSignature` check accepts for `message` (ecdsa: over blake2_256). */
  sign(message: Uint8Array): Uint8Array;
}

/** An account that can sign: for papi transactions (`signer`) and raw messages (`sign`). */
export interface Account extends RawSigner {
  /** SS58 with the generic prefix 42, as the upstream tools print addresses. */
  readonly address: string;
  readonly publicKey: Uint8Array;
  readonly signer: PolkadotSigner;
}
