// Strictness of the protocol types (ceremonies §0): bounds, exact byte lengths, known variants, exact input. The
// generic cases (integer ranges, bool, compact forms) are in ../codec/strict.test.ts.
import { describe, expect, it } from 'vitest';
import { BoundExceededError, DecodeError, EncodeError } from '../codec/describe.js';
import type { AnyType } from '../codec/types.js';
import { fromHex, toHex } from '../common/bytes.js';
import {
  AccountId,
  Attestations,
  attestationsCodec,
  BalanceEntry,
  Bootstrappers,
  BoundedIpfsCid,
  CeremonyIndex,
  CeremonyPhaseType,
  CommitmentHash,
  CommunityCeremony,
  CommunityIdentifier,
  CommunityIdentifiers,
  CommunityIdentifiersPerGeohash,
  Descriptor,
  EnactmentQueue,
  FaucetName,
  LocationsPerGeohash,
  Moment,
  MultiSignature,
  OnboardingSnapshot,
  PalletString,
  ProposalAction,
  Reputation,
  ReputationVec,
  reputationVecCodec,
  WhiteList,
} from './index.js';

const cid = { geohash: fromHex('0x6762737576'), digest: fromHex('0xffffffff') };
const CID_HEX = '6762737576ffffffff';
const account = new Uint8Array(32).fill(7);
const loc = { lat: 0n, lon: 0n };
const entry = { cid, electorate: 1n, reputables: 1n, weight: 1n };

// Bound, an element, that element's encoding, and the compact prefix of bound + 1 written out by hand
// (`(n << 2) | 1` little-endian for 64 ≤ n < 2^14).
const boundedCases = [
  ['PalletString', PalletString, 256, 1, '01', '0504'],
  ['FaucetName', FaucetName, 64, 1, '01', '0501'],
  ['Descriptor', Descriptor, 128, 1, '01', '0502'],
  ['BoundedIpfsCid', BoundedIpfsCid, 256, 1, '01', '0504'],
  ['WhiteList', WhiteList, 1024, cid, CID_HEX, '0510'],
  ['Attestations', Attestations, 100, account, '07'.repeat(32), '9501'],
  ['EnactmentQueue', EnactmentQueue, 128, 1n, `01${'00'.repeat(15)}`, '0502'],
  ['ReputationVec', ReputationVec, 64, [cid, 4], `${CID_HEX}04000000`, '0501'],
  ['Bootstrappers', Bootstrappers, 10_000, account, '07'.repeat(32), '459c'],
  ['CommunityIdentifiers', CommunityIdentifiers, 10_000, cid, CID_HEX, '459c'],
  ['CommunityIdentifiersPerGeohash', CommunityIdentifiersPerGeohash, 10_000, cid, CID_HEX, '459c'],
  ['LocationsPerGeohash', LocationsPerGeohash, 10_000, loc, '00'.repeat(32), '459c'],
  [
    'OnboardingSnapshot',
    OnboardingSnapshot,
    10_000,
    entry,
    `${CID_HEX}${`01${'00'.repeat(15)}`.repeat(3)}`,
    '459c',
  ],
] as const;

const fill = (n: number, item: unknown): unknown => {
  if (typeof item === 'number') return new Uint8Array(n).fill(item);
  return Array.from({ length: n }, () => item);
};

describe('bounded types refuse over-long input (ceremonies §1 PalletString, economy §4.1, §5.1, §6.3, §8, §9.5)', () => {
  it.each(boundedCases)('%s accepts exactly its bound', (_name, codec, max, item) => {
    const value = fill(max, item);
    expect((codec as AnyType).dec((codec as AnyType).enc(value))).toEqual(value);
  });

  it.each(boundedCases)('%s refuses bound + 1 on encode, naming the type', (name, codec, max, item) => {
    const err = (() => {
      try {
        (codec as AnyType).enc(fill(max + 1, item));
      } catch (e) {
        return e;
      }
      return undefined;
    })();
    expect(err).toBeInstanceOf(BoundExceededError);
    expect(err).toMatchObject({ typeName: name, max, actual: max + 1, name: 'BoundExceeded' });
  });

  it.each(boundedCases)(
    '%s refuses bound + 1 on decode, naming the type',
    (name, codec, max, _item, itemHex, prefix) => {
      const bytes = `0x${prefix}${itemHex.repeat(max + 1)}`;
      expect(() => (codec as AnyType).dec(bytes)).toThrow(BoundExceededError);
      expect(() => (codec as AnyType).dec(bytes)).toThrow(new RegExp(`decode ${name}: ${max + 1} elements`));
    },
  );

  it('factories apply a configured bound (ceremonies §7.1 mock MaxAttestations 25, economy §6.3 mock MaxReputationCount 10)', () => {
    expect(() => attestationsCodec(25).enc(Array.from({ length: 26 }, () => account))).toThrow(
      BoundExceededError,
    );
    expect(attestationsCodec(25).enc(Array.from({ length: 25 }, () => account))).toHaveLength(1 + 25 * 32);
    expect(() => reputationVecCodec(10).dec(`0x2c${`${CID_HEX}01000000`.repeat(11)}`)).toThrow(
      /ReputationVec: 11 elements/,
    );
  });

  it('ceremonies §9.11: PalletString keeps 22 bytes unchanged and refuses 300 (the codec never truncates)', () => {
    const short = new Uint8Array(22).fill(0x41);
    expect(toHex(PalletString.enc(short))).toBe(`0x58${'41'.repeat(22)}`);
    expect(() => PalletString.enc(new Uint8Array(300))).toThrow(
      /PalletString: 300 elements exceed its bound of 256/,
    );
  });
});

describe('strict encoding (ceremonies §0: fixed-width integers, fixed byte arrays, enum variants)', () => {
  const rejects = [
    ['CeremonyIndex −1', () => CeremonyIndex.enc(-1)],
    ['Moment −1', () => Moment.enc(-1n)],
    ['AccountId 31 bytes', () => AccountId.enc(new Uint8Array(31))],
    ['AccountId 33 bytes', () => AccountId.enc(new Uint8Array(33))],
    [
      'CID digest 3 bytes',
      () => CommunityIdentifier.enc({ geohash: cid.geohash, digest: new Uint8Array(3) }),
    ],
    ['CID without digest', () => CommunityIdentifier.enc({ geohash: cid.geohash } as never)],
    ['Ecdsa signature of 64 bytes', () => MultiSignature.enc({ tag: 'Ecdsa', value: new Uint8Array(64) })],
    ['unknown unit variant', () => CeremonyPhaseType.enc('Closing' as never)],
    ['unknown data variant', () => Reputation.enc({ tag: 'Verified', value: undefined } as never)],
    ['PalletString from text', () => PalletString.enc('abc' as unknown as Uint8Array)],
  ] as const;

  it.each(rejects)('rejects %s with a typed error', (_label, run) => {
    expect(run).toThrow(EncodeError);
  });

  it('names the protocol type in the message', () => {
    expect(() => CeremonyIndex.enc(-1)).toThrow(/cannot encode CeremonyIndex: -1 is not a u32/);
    expect(() => AccountId.enc(new Uint8Array(31))).toThrow(
      /cannot encode AccountId: expected 32 bytes, got 31/,
    );
  });

  it('returns a copy for a fixed byte array, not the caller’s buffer', () => {
    const out = AccountId.enc(account);
    out[0] = 0;
    expect(account[0]).toBe(7);
  });
});

describe('strict decoding (as parity-scale-codec: exact input, canonical forms, known variants)', () => {
  const rejects = [
    ['Option byte 0x02', CommitmentHash, '0x02', /invalid option byte 0x02/],
    ['Reputation variant 4', Reputation, '0x04', /Reputation: unknown variant index 4/],
    ['CeremonyPhaseType variant 3', CeremonyPhaseType, '0x03', /unknown variant index 3/],
    ['MultiSignature variant 3', MultiSignature, `0x03${'00'.repeat(64)}`, /unknown variant index 3/],
    ['ProposalAction variant 13', ProposalAction, '0x0d', /ProposalAction: unknown variant index 13/],
    ['trailing byte', CeremonyPhaseType, '0x0000', /1 trailing bytes/],
    ['BalanceEntry of 19 bytes', BalanceEntry, `0x${'00'.repeat(19)}`, /unexpected end of input/],
    [
      'AccountId of 31 bytes',
      AccountId,
      `0x${'00'.repeat(31)}`,
      /expected 32 bytes, the input ends after 31/,
    ],
    ['PalletString shorter than its prefix', PalletString, '0x0c6162', /expected 3 bytes/],
    ['compact 0 in two-byte mode', PalletString, '0x0100', /non-canonical compact encoding of 0/],
    ['hex without 0x', CeremonyIndex, '01000000', /expected 0x-prefixed hex/],
    ['odd-length hex', CeremonyIndex, '0x0100000', /expected 0x-prefixed hex/],
  ] as const;

  it.each(rejects)('rejects %s', (_label, codec, hex, message) => {
    expect(() => (codec as AnyType).dec(hex)).toThrow(DecodeError);
    expect(() => (codec as AnyType).dec(hex)).toThrow(message);
  });

  it('decodes a subarray, a pooled Node Buffer and an ArrayBuffer by their own bytes', () => {
    const backing = fromHex(`0xeeee${CID_HEX}07000000eeee`);
    const view = backing.subarray(2, 2 + 13);
    expect(CommunityCeremony.dec(view)).toEqual([cid, 7]);
    const pooled = Buffer.from(`${CID_HEX}07000000`, 'hex');
    expect(CommunityCeremony.dec(pooled)).toEqual([cid, 7]);
    expect(CommunityCeremony.dec(view.slice().buffer)).toEqual([cid, 7]);
  });
});
