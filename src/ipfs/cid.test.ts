import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { InvalidInputError } from '../primitives/common/errors.js';
import { cidV0FromMultihash, cidV0Multihash, cidV0OfBlock, cidV0ToV1, isCidV0, normalizeCid } from './cid.js';

describe('CIDv0 (tooling §7.1: only Qm…, 46 base58 characters)', () => {
  it('the empty directory block 0a 02 08 01 has the well-known CIDv0 and CIDv1', () => {
    const cid = cidV0OfBlock(Uint8Array.from([0x0a, 0x02, 0x08, 0x01]));
    expect(cid).toBe('QmUNLLsPACCz1vLxQVkXqqLX5R1X345qqfHbsf67hvA3Nn');
    expect(cidV0ToV1(cid)).toBe('bafybeiczsscdsbs7ffqz55asqdf3smv6klcw3gofszvwlyarci47bgf354');
    expect(normalizeCid('bafybeiczsscdsbs7ffqz55asqdf3smv6klcw3gofszvwlyarci47bgf354')).toBe(cid);
  });

  it.each([
    ['QmUNLLsPACCz1vLxQVkXqqLX5R1X345qqfHbsf67hvA3Nn', true],
    ['QmUNLLsPACCz1vLxQVkXqqLX5R1X345qqfHbsf67hvA3N', false],
    ['QmUNLLsPACCz1vLxQVkXqqLX5R1X345qqfHbsf67hvA3N0', false],
    ['bafybeiczsscdsbs7ffqz55asqdf3smv6klcw3gofszvwlyarci47bgf354', false],
    ['', false],
  ])('isCidV0(%s) = %s', (text, ok) => {
    expect(isCidV0(text)).toBe(ok);
  });

  it('refuses raw-leaf CIDv1 (no CIDv0 form) and garbage', () => {
    // CIDv1 raw codec (0x55) of the sha2-256 of "" — the form Kubo gives with --raw-leaves.
    expect(() => normalizeCid('bafkreihdwdcefgh4dqkjv67uzcmw7ojee6xedzdetojuzjevtenxquvyku')).toThrow(
      InvalidInputError,
    );
    expect(() => normalizeCid('hello')).toThrow(InvalidInputError);
    expect(() => cidV0FromMultihash(new Uint8Array(34))).toThrow(InvalidInputError);
  });

  test.prop([fc.uint8Array({ minLength: 32, maxLength: 32 })])('v0 ↔ multihash ↔ v1 round trip', (digest) => {
    const mh = Uint8Array.from([0x12, 0x20, ...digest]);
    const v0 = cidV0FromMultihash(mh);
    expect(isCidV0(v0)).toBe(true);
    expect(cidV0Multihash(v0)).toEqual(mh);
    expect(normalizeCid(cidV0ToV1(v0))).toBe(v0);
  });
});
