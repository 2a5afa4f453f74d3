// spec: substrate-compat §5.1 (header encoding and block hash; Gesell v5 block #2 vector)
import { describe, expect, it } from 'vitest';
import { fromHex, toHex } from '../../primitives/common/bytes.js';
import { blockHash, encodeHeader } from './header.js';

const header = {
  parent_hash: fromHex('0xf3b0ed9356aa2d509ffe77fbae62241a26e408643004879d192ac66fd82ce1f0'),
  number: 2,
  state_root: new Uint8Array(32),
  extrinsics_root: fromHex('0xead4b8e10966652da8da7aefa9ce37bf639375a586a266a15652f3b184f4361a'),
  digest: {
    logs: [
      {
        tag: 'PreRuntime' as const,
        value: [new TextEncoder().encode('aura'), fromHex('0x42163e1100000000')] as [Uint8Array, Uint8Array],
      },
    ],
  },
};

describe('header (substrate-compat §5.1)', () => {
  it('encodes Gesell block #2 and hashes it to 0x9e61…2f54', () => {
    expect(toHex(encodeHeader(header))).toBe(
      '0xf3b0ed9356aa2d509ffe77fbae62241a26e408643004879d192ac66fd82ce1f008' +
        '0000000000000000000000000000000000000000000000000000000000000000' +
        'ead4b8e10966652da8da7aefa9ce37bf639375a586a266a15652f3b184f4361a' +
        '04066175726120' +
        '42163e1100000000',
    );
    expect(toHex(blockHash(header))).toBe(
      '0x9e612bce8e01194ae2ef9c5a233bcfee52d6ef12b1214a61edf8258285412f54',
    );
  });

  it('encodes RuntimeEnvironmentUpdated as the single byte 08', () => {
    const h = {
      ...header,
      digest: { logs: [{ tag: 'RuntimeEnvironmentUpdated' as const, value: undefined }] },
    };
    expect(toHex(encodeHeader(h)).slice(-4)).toBe('0408');
  });
});
