// spec: ceremonies §3 (BlakeTwo256), substrate-compat §6.1 (storage hashers)
import { fc, test } from '@fast-check/vitest';
import { blake2b } from '@noble/hashes/blake2.js';
import { describe, expect, it } from 'vitest';
import { fromHex, toHex } from './bytes.js';
import { blake2_128, blake2_128Concat, blake2_256, twox128 } from './hashing.js';

const ascii = (s: string) => new TextEncoder().encode(s);

describe('hashes (ceremonies §3, substrate-compat §6.1)', () => {
  it('BLAKE2b-256 and -128 of "abc" and of nothing are the published values', () => {
    expect(toHex(blake2_256(ascii('abc')))).toBe(
      '0xbddd813c634239723171ef3fee98579b94964e3bb1cb3e427262c8c068d52319',
    );
    expect(toHex(blake2_256(new Uint8Array()))).toBe(
      '0x0e5751c026e543b2e8ab2eb06099daa1d1e5df47778f7787faab45cdf12fe3a8',
    );
    expect(toHex(blake2_128(new Uint8Array()))).toBe('0xcae66941d9efbd404e4d88758ea67670');
  });

  it('the well-known storage prefix System.Account', () => {
    expect(toHex(twox128(ascii('System'))) + toHex(twox128(ascii('Account'))).slice(2)).toBe(
      '0x26aa394eea5630e07c48ae0c9558cef7b99d880ec681799c0cf30e8886371da9',
    );
  });

  it('Blake2_128Concat appends the input to its 16-byte hash', () => {
    const alice = fromHex('0xd43593c715fdd31c61141abd04a99fd6822c8558854ccde39a5684e7a56da27d');
    expect(toHex(blake2_128Concat(alice))).toBe(
      '0xde1e86a9a8c739864cf3cc5ec2bea59fd43593c715fdd31c61141abd04a99fd6822c8558854ccde39a5684e7a56da27d',
    );
  });

  it('returns a fresh array each time (not a view that the next hash overwrites)', () => {
    const first = blake2_256(ascii('first'));
    const copy = first.slice();
    blake2_256(ascii('second'));
    expect(first).toEqual(copy);
  });

  test.prop([fc.uint8Array({ maxLength: 600 })])(
    'agrees with an independent BLAKE2b (@noble/hashes)',
    (data) => {
      expect(blake2_256(data)).toEqual(blake2b(data, { dkLen: 32 }));
      expect(blake2_128(data)).toEqual(blake2b(data, { dkLen: 16 }));
    },
  );
});
