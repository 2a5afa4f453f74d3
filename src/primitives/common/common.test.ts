import * as papi from '@polkadot-api/utils';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareBytes, fromHex, leToUint, parseHex, toHex, uintToLe } from './bytes.js';
import { InvalidInputError } from './errors.js';
import { blake2_256 } from './hashing.js';
import { ss58Decode, ss58Encode } from './ss58.js';

describe('common primitives', () => {
  it('blake2_256 matches the BLAKE2b-256 digest of the empty input', () => {
    expect(toHex(blake2_256(new Uint8Array()))).toBe(
      '0x0e5751c026e543b2e8ab2eb06099daa1d1e5df47778f7787faab45cdf12fe3a8',
    );
  });

  it('round-trips SS58 and rejects a broken checksum with the field name', () => {
    const alice = '5GrwvaEF5zXb26Fz9rcQpDWS57CtERHpNehXCPcNoHGKutQY';
    const id = ss58Decode(alice);
    expect(toHex(id)).toBe('0xd43593c715fdd31c61141abd04a99fd6822c8558854ccde39a5684e7a56da27d');
    expect(ss58Encode(id)).toBe(alice);
    expect(() => ss58Decode('5GrwvaEF5zXb26Fz9rcQpDWS57CtERHpNehXCPcNoHGKutQZ', 'bootstrappers[0]')).toThrow(
      /bootstrappers\[0\]/,
    );
  });

  it('parses hex strictly and converts little-endian integers', () => {
    expect(() => parseHex('abcd', 'x')).toThrow(InvalidInputError);
    expect(() => parseHex('0x0102', 'x', 3)).toThrow(/expected 3 bytes/);
    expect(toHex(uintToLe(0x0102n, 4))).toBe('0x02010000');
    expect(leToUint(fromHex('0x02010000'))).toBe(0x0102n);
    expect(compareBytes(fromHex('0x0102'), fromHex('0x0103'))).toBeLessThan(0);
  });
});

describe('hex conversion (native for long inputs) gives what @polkadot-api/utils gives', () => {
  it('toHex of any bytes, also of a view into a larger buffer', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 200 }), fc.nat(8), (bytes, pad) => {
        const framed = new Uint8Array(bytes.length + 2 * pad);
        framed.set(bytes, pad);
        const view = framed.subarray(pad, pad + bytes.length);
        expect(toHex(bytes)).toBe(papi.toHex(bytes));
        expect(toHex(view)).toBe(papi.toHex(bytes));
        expect(fromHex(toHex(bytes))).toEqual(bytes);
      }),
    );
  });

  it('fromHex of well-formed, unprefixed, upper-case and malformed strings', () => {
    const hexChar = fc.constantFrom(...'0123456789abcdefABCDEFxg'.split(''));
    fc.assert(
      fc.property(fc.string({ unit: hexChar, maxLength: 120 }), fc.boolean(), (digits, prefixed) => {
        const text = prefixed ? `0x${digits}` : digits;
        expect(fromHex(text)).toEqual(papi.fromHex(text));
      }),
    );
    const long = `0x${'ab'.repeat(40)}`;
    expect(fromHex(long.toUpperCase().replace('0X', '0x'))).toEqual(papi.fromHex(long));
  });
});
