import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { parseCid } from '../../primitives/cid/cidString.js';
import { InvalidInputError } from '../../primitives/common/errors.js';
import { fixedBits, fromPapiCid, sameAccount, toAccountId, toAddress, toPapiCid } from './convert.js';

const ALICE = '5GrwvaEF5zXb26Fz9rcQpDWS57CtERHpNehXCPcNoHGKutQY';

describe('papi value conversions (economy §1.2, ceremonies §1, tooling §1.4)', () => {
  it('reads fixed point whether papi unwrapped `{ bits }` or not', () => {
    expect(fixedBits(0x1e3f0a8a973n)).toBe(0x1e3f0a8a973n);
    expect(fixedBits({ bits: 1n << 64n })).toBe(1n << 64n);
    expect(() => fixedBits('1.0')).toThrow(TypeError);
  });

  it('converts the cid of the primitives test vector (gbsuv7YXq9G) to papi hex and back', () => {
    expect(toPapiCid('gbsuv7YXq9G')).toEqual({
      geohash: '0x6762737576',
      digest: expect.stringMatching(/^0x[0-9a-f]{8}$/),
    });
    expect(fromPapiCid(toPapiCid('gbsuv7YXq9G'))).toEqual(parseCid('gbsuv7YXq9G'));
  });

  test.prop([fc.uint8Array({ minLength: 5, maxLength: 5 }), fc.uint8Array({ minLength: 4, maxLength: 4 })])(
    'cid → papi → cid is the identity',
    (geohash, digest) => {
      expect(fromPapiCid(toPapiCid({ geohash, digest }))).toEqual({ geohash, digest });
    },
  );

  it('accepts accounts as SS58 of any prefix or as 32 bytes', () => {
    const id = toAccountId(ALICE);
    expect(toAddress(id)).toBe(ALICE);
    expect(sameAccount(ALICE, id)).toBe(true);
    expect(() => toAccountId(new Uint8Array(31))).toThrow(InvalidInputError);
    expect(() => toAddress('not-an-address', 'to')).toThrow(/^to: /);
  });
});
