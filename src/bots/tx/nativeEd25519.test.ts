import { createPublicKey, verify as cryptoVerify } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { accountFromSecretUri } from '../../client/keystore/keyPair.js';
import { concatBytes, fromHex, toHex } from '../../primitives/common/bytes.js';
import { withNativeEd25519 } from './nativeEd25519.js';

const SEED = fromHex(`0x${'11'.repeat(32)}`);
const MESSAGE = new TextEncoder().encode('proof of attendance');
/** SubjectPublicKeyInfo header of a raw Ed25519 public key (RFC 8410). */
const SPKI_ED25519 = fromHex('0x302a300506032b6570032100');

const verifies = (publicKey: Uint8Array, signature: Uint8Array): boolean =>
  cryptoVerify(
    null,
    MESSAGE,
    createPublicKey({ key: Buffer.from(concatBytes(SPKI_ED25519, publicKey)), format: 'der', type: 'spki' }),
    signature,
  );

describe('withNativeEd25519 (RFC 8032: deterministic ed25519)', () => {
  it('signs exactly as the keyring does, and the signature verifies', async () => {
    const account = await accountFromSecretUri(toHex(SEED), 'ed25519');
    const fast = withNativeEd25519(account, SEED);
    expect(fast.sign).not.toBe(account.sign);
    const signature = fast.sign(MESSAGE);
    expect(toHex(signature)).toBe(toHex(account.sign(MESSAGE)));
    expect(verifies(account.publicKey, signature)).toBe(true);
  });

  it('keeps the account unchanged for another key type or a seed of another key', async () => {
    const sr = await accountFromSecretUri(toHex(SEED), 'sr25519');
    expect(withNativeEd25519(sr, SEED)).toBe(sr);
    const ed = await accountFromSecretUri(toHex(SEED), 'ed25519');
    expect(withNativeEd25519(ed, fromHex(`0x${'22'.repeat(32)}`))).toBe(ed);
  });
});
