// spec: ceremonies §1 (MultiSignature verification), §7.4 (proof-of-attendance signature)
import { createHash, generateKeyPairSync, sign as nodeSign } from 'node:crypto';
import { getPublicKey, secretFromSeed, sign as sr25519Sign } from '@scure/sr25519';
import { describe, expect, it } from 'vitest';
import { fromHex, toHex } from '../../primitives/common/bytes.js';
import { blake2_256 } from '../../primitives/common/hashing.js';
import { recoverCompressed, verifyMultiSignature } from './verify.js';

// RFC 8032 §7.1 test vectors 1 and 2.
const RFC8032 = [
  {
    pub: 'd75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a',
    msg: '',
    sig: 'e5564300c360ac729086e2cc806e828a84877f1eb8e5d974d873e065224901555fb8821590a33bacc61e39701cf9b46bd25bf5f0595bbe24655141438e7a100b',
  },
  {
    pub: '3d4017c3e843895a92b70aa74d1b7ebc9c982ccf2ec4968cc0cd55f12af4660c',
    msg: '72',
    sig: '92a009a9f0d4cab8720e820b5f642540a2b27b5416503f8fb3762223ebdb69da085ac1e43e15996e458f3613d0f11d8c387b2eaeb4302aeeb00d291612bb0c00',
  },
];

// sp_core::ecdsa `test_vector_should_work`: seed 0x9d61…7f60, message b"" (signed as blake2_256(message)).
const SP_CORE_ECDSA = {
  pub: '0x028db55b05db86c0b1786ca49f095d76344c9e6056b2f02701a7e7f3c20aabfd91',
  sig: '0x3dde91174bd9359027be59a428b8146513df80a2a3c7eda2194f64de04a69ab97b753169e94db6ffd50921a2668a48b94ca11e3d32c1ff19cfe88890aa7e8f3c00',
};

const flip = (bytes: Uint8Array, at: number): Uint8Array => {
  const out = Uint8Array.from(bytes);
  out[at]! ^= 1;
  return out;
};

describe('verifyMultiSignature: Ed25519 (ceremonies §1)', () => {
  it.each(RFC8032)('RFC 8032 vector with message 0x$msg verifies', ({ pub, msg, sig }) => {
    const signature = { tag: 'Ed25519' as const, value: fromHex(sig) };
    expect(verifyMultiSignature(signature, fromHex(msg), fromHex(pub))).toBe(true);
    expect(verifyMultiSignature(signature, Uint8Array.of(0x99), fromHex(pub))).toBe(false);
    expect(
      verifyMultiSignature({ tag: 'Ed25519', value: flip(fromHex(sig), 3) }, fromHex(msg), fromHex(pub)),
    ).toBe(false);
  });

  it('rejects a wrong key, a bad length and a key that is not a curve point', () => {
    const { pub, msg, sig } = RFC8032[0]!;
    const signature = { tag: 'Ed25519' as const, value: fromHex(sig) };
    expect(verifyMultiSignature(signature, fromHex(msg), fromHex(RFC8032[1]!.pub))).toBe(false);
    expect(
      verifyMultiSignature({ tag: 'Ed25519', value: new Uint8Array(63) }, fromHex(msg), fromHex(pub)),
    ).toBe(false);
    expect(verifyMultiSignature(signature, fromHex(msg), new Uint8Array(32).fill(0xff))).toBe(false);
  });
});

describe('verifyMultiSignature: Ecdsa (ceremonies §1)', () => {
  it('sp_core test vector: the key recovered from the signature over blake2_256("") is the known key', () => {
    expect(toHex(recoverCompressed(blake2_256(new Uint8Array()), fromHex(SP_CORE_ECDSA.sig))!)).toBe(
      SP_CORE_ECDSA.pub,
    );
    const account = blake2_256(fromHex(SP_CORE_ECDSA.pub));
    const signature = { tag: 'Ecdsa' as const, value: fromHex(SP_CORE_ECDSA.sig) };
    expect(verifyMultiSignature(signature, new Uint8Array(), account)).toBe(true);
    expect(verifyMultiSignature(signature, Uint8Array.of(0), account)).toBe(false);
    expect(verifyMultiSignature(signature, new Uint8Array(), flip(account, 0))).toBe(false);
  });

  it('accepts v written as 27/28 and rejects v > 3, r = 0 and r ≥ n', () => {
    const sig = fromHex(SP_CORE_ECDSA.sig);
    const hash = blake2_256(new Uint8Array());
    const v27 = Uint8Array.from(sig);
    v27[64] = sig[64]! + 27;
    expect(toHex(recoverCompressed(hash, v27)!)).toBe(SP_CORE_ECDSA.pub);
    const v4 = Uint8Array.from(sig);
    v4[64] = 4;
    expect(recoverCompressed(hash, v4)).toBeUndefined();
    const r0 = Uint8Array.from(sig);
    r0.fill(0, 0, 32);
    expect(recoverCompressed(hash, r0)).toBeUndefined();
    const rMax = Uint8Array.from(sig);
    rMax.fill(0xff, 0, 32);
    expect(recoverCompressed(hash, rMax)).toBeUndefined();
  });

  it('recovers the key of signatures made by OpenSSL (one of the two parities matches)', () => {
    for (let round = 0; round < 4; round++) {
      const { publicKey, privateKey } = generateKeyPairSync('ec', { namedCurve: 'secp256k1' });
      const message = Uint8Array.of(round, 1, 2, 3);
      const der = nodeSign('sha256', message, { key: privateKey, dsaEncoding: 'ieee-p1363' });
      const hash = createHash('sha256').update(message).digest();
      const compressed = publicKey.export({ format: 'der', type: 'spki' }).subarray(-65);
      const x = compressed.subarray(1, 33);
      const expected = toHex(Uint8Array.of(compressed[64]! & 1 ? 3 : 2, ...x));
      const recovered = [0, 1].map((v) => {
        const sig = new Uint8Array(65);
        sig.set(der);
        sig[64] = v;
        const key = recoverCompressed(hash, sig);
        return key === undefined ? undefined : toHex(key);
      });
      expect(recovered.filter((k) => k === expected)).toHaveLength(1);
    }
  });
});

describe('verifyMultiSignature: Sr25519', () => {
  const secret = secretFromSeed(new Uint8Array(32).fill(7));
  const publicKey = getPublicKey(secret);
  const message = Uint8Array.of(1, 2, 3);
  const signature = sr25519Sign(secret, message);

  it('accepts a schnorrkel signature by the account and rejects a tampered message, key or signature', () => {
    expect(verifyMultiSignature({ tag: 'Sr25519', value: signature }, message, publicKey)).toBe(true);
    expect(
      verifyMultiSignature({ tag: 'Sr25519', value: signature }, Uint8Array.of(1, 2, 4), publicKey),
    ).toBe(false);
    expect(
      verifyMultiSignature({ tag: 'Sr25519', value: signature }, message, new Uint8Array(32).fill(1)),
    ).toBe(false);
    const bad = Uint8Array.from(signature);
    bad[0]! ^= 1;
    expect(verifyMultiSignature({ tag: 'Sr25519', value: bad }, message, publicKey)).toBe(false);
  });

  it('rejects a signature of the wrong length without throwing', () => {
    expect(verifyMultiSignature({ tag: 'Sr25519', value: new Uint8Array(63) }, message, publicKey)).toBe(
      false,
    );
  });
});
