// spec: tooling §5.2 (idle block = only inherents)
import { describe, expect, it } from 'vitest';
import { fromHex } from '../../primitives/common/bytes.js';
import { countUserTransactions, extrinsicVersionByte, isUserTransaction } from './blockActivity.js';

// Taken from a dev-node block: the timestamp inherent (length 10, bare v4) and the start of a signed transfer
// (length 145, version 0x84); the transfer's tail is zero-filled, only the length and version matter here.
const TIMESTAMP = fromHex('0x280403000b2084f9b59a01');
const signedTransfer = (): Uint8Array => {
  const b = new Uint8Array(147);
  b.set([0x45, 0x02, 0x84, 0x00, 0xd4]);
  return b;
};

describe('user transactions in a block body (tooling §5.2)', () => {
  it.each([
    ['timestamp inherent (prefixed)', TIMESTAMP, 0x04, false],
    ['signed v4 transfer (prefixed, 2-byte length)', signedTransfer(), 0x84, true],
    ['bare v5 (unprefixed)', fromHex('0x050300'), 0x05, false],
    ['general v5 (unprefixed)', fromHex('0x450300'), 0x45, true],
    ['signed v4 (unprefixed)', fromHex('0x84ff00'), 0x84, true],
  ])('%s', (_name, bytes, version, user) => {
    expect(extrinsicVersionByte(bytes)).toBe(version);
    expect(isUserTransaction(bytes)).toBe(user);
  });

  it('counts only the user transactions: a block with the timestamp alone is idle', () => {
    expect(countUserTransactions([TIMESTAMP])).toBe(0);
    expect(countUserTransactions([TIMESTAMP, signedTransfer(), signedTransfer()])).toBe(2);
    expect(countUserTransactions([])).toBe(0);
  });
});
