// spec: ARCHITECTURE §5 (a signature is verified once; the runtime check is never weakened)
import { describe, expect, it } from 'vitest';
import { signedJob, tampered } from './testKeys.js';
import { VerifiedSignatures } from './verifiedSignatures.js';

const message = Uint8Array.from({ length: 64 }, (_, i) => i);

describe('VerifiedSignatures (ARCHITECTURE §5)', () => {
  it('answers a remembered triple without verifying, and verifies and remembers an unknown valid one', () => {
    const set = new VerifiedSignatures();
    const a = signedJob('Ed25519', message);
    const b = signedJob('Sr25519', message);
    set.addVerified([a], [true]);
    expect(set.verify(a.signature, a.message, a.account)).toBe(true);
    expect(set.stats).toEqual({ hits: 1, misses: 0 });
    expect(set.verify(b.signature, b.message, b.account)).toBe(true);
    expect(set.stats).toEqual({ hits: 1, misses: 1 });
    expect(set.has(b)).toBe(true);
    expect(set.verify(b.signature, b.message, b.account)).toBe(true);
    expect(set.stats).toEqual({ hits: 2, misses: 1 });
  });

  it('still rejects a bad signature, and remembers nothing for it or for false verdicts', () => {
    const set = new VerifiedSignatures();
    const bad = tampered(signedJob('Ed25519', message));
    set.addVerified([bad], [false]);
    expect(set.size).toBe(0);
    expect(set.verify(bad.signature, bad.message, bad.account)).toBe(false);
    expect(set.size).toBe(0);
  });

  it('binds the whole triple: a remembered signature does not pass for another message, account or scheme', () => {
    const set = new VerifiedSignatures();
    const a = signedJob('Ed25519', message);
    const other = signedJob('Ed25519', message);
    set.addVerified([a], [true]);
    const variants = [
      tampered(a),
      { ...a, account: other.account },
      { ...a, signature: { tag: 'Sr25519' as const, value: a.signature.value } },
    ];
    for (const v of variants) {
      expect(set.has(v)).toBe(false);
      expect(set.verify(v.signature, v.message, v.account)).toBe(false);
    }
    expect(set.stats).toEqual({ hits: 0, misses: variants.length });
  });

  it('remembers a copy: reusing the verified buffers afterwards changes nothing', () => {
    const set = new VerifiedSignatures();
    const a = signedJob('Ed25519', message);
    const job = { ...a, message: new Uint8Array(a.message) };
    set.addVerified([job], [true]);
    job.message[0] ^= 1;
    expect(set.has(a)).toBe(true);
    expect(set.has(job)).toBe(false);
  });

  it('keeps at most `capacity` triples, dropping the least recently used', () => {
    const set = new VerifiedSignatures(2);
    const [a, b, c] = [1, 2, 3].map((i) => signedJob('Ed25519', Uint8Array.of(i)));
    set.addVerified([a!, b!], [true, true]);
    set.verify(a!.signature, a!.message, a!.account); // a is now the most recent
    set.addVerified([c!], [true]);
    expect(set.size).toBe(2);
    expect([set.has(a!), set.has(b!), set.has(c!)]).toEqual([true, false, true]);
  });
});
