import { describe, expect, it } from 'vitest';
import { u32 } from '../codec/describe.js';
import type { AnyType } from '../codec/types.js';
import { concatBytes, fromHex, parseHex, toHex } from '../common/bytes.js';
import { blake2_256 } from '../common/hashing.js';
import { ss58Encode } from '../common/ss58.js';
import {
  Assignment,
  AssignmentCount,
  BalanceEntry,
  BalanceType,
  Bootstrappers,
  BusinessData,
  ByteVec,
  CeremonyIndex,
  CeremonyPhaseType,
  CommitmentHash,
  CommunityIdentifier,
  Demurrage,
  Descriptor,
  EndorsementTickets,
  FeeConversionFactor,
  I64F64,
  InactivityTimeout,
  MaxSpeedMps,
  MaybeCommunityIdentifier,
  MeetupTimeOffset,
  MinSolarTripTime,
  Moment,
  MultiSignature,
  NativeBalance,
  NominalIncome,
  OfferingData,
  ProofOfAttendanceMessage,
  ProposalId,
  Reputation,
  ReputationCount,
  ReputationLifetime,
  U64F64,
} from './index.js';

const ONE = 1n << 64n;
const ascii = (text: string): Uint8Array => new TextEncoder().encode(text);
const cidOf = (geohash: string, digestHex: string) => ({
  geohash: ascii(geohash),
  digest: fromHex(digestHex),
});
const ALICE = fromHex('0xd43593c715fdd31c61141abd04a99fd6822c8558854ccde39a5684e7a56da27d');
const BOB = fromHex('0x8eaf04151687736326c9fea17e25fc5287613693c912909cb226aa4794f26a48');
const CHARLIE = fromHex('0x90b5ab205c6974c9ea841be688864633dc9ca8a357843eeacf2314649965fe22');

// The 64 signature bytes of the reference runtime's example extrinsic (reference-metadata-spec30.json,
// `exampleSignedExtrinsic.parts.signature`, after the variant byte 0x00 = Ed25519).
const EXAMPLE_ED25519 =
  '160e33f7aefe327972b2d484aaaf15cad9ddfbb2d6577c6af19a64736a04b725482d4fdc68a588fd66986a4288a2186e7af4157658efa4469c1c3cff6bddd60d';

type Row = readonly [source: string, codec: AnyType, value: unknown, hex: string];

const vectors: readonly Row[] = [
  // economy §1.2: SCALE of fixed point = the 16 bits bytes little-endian; 1.0 → 00×8 01 00×7.
  ['economy §1.2 U64F64 1.0', U64F64, ONE, '0x00000000000000000100000000000000'],
  ['economy §1.2 I64F64 1.0', I64F64, ONE, '0x00000000000000000100000000000000'],
  ['economy §1.2 BalanceType 1.0', BalanceType, ONE, '0x00000000000000000100000000000000'],
  // ceremonies §9.8: the SCALE bytes of `gbsuv7YXq9G` are [103,98,115,117,118,255,255,255,255].
  [
    'ceremonies §9.8 CID gbsuv7YXq9G',
    CommunityIdentifier,
    cidOf('gbsuv', '0xffffffff'),
    '0x6762737576ffffffff',
  ],
  // ceremonies §9.8: `aaaaabbbbb` parses (QUIRK §10 item 22: geohash not validated) to digest 0x1755fc0e.
  [
    'ceremonies §9.8 CID aaaaabbbbb',
    CommunityIdentifier,
    cidOf('aaaaa', '0x1755fc0e'),
    '0x61616161611755fc0e',
  ],
  [
    'ceremonies §9.8 CID u0qj9QqA2Q',
    CommunityIdentifier,
    cidOf('u0qj9', '0x1012ea85'),
    '0x7530716a391012ea85',
  ],
  [
    'ceremonies §9.8 CID 7zzzz79dF6b',
    CommunityIdentifier,
    cidOf('7zzzz', '0xf08c911c'),
    '0x377a7a7a7af08c911c',
  ],
  [
    'ceremonies §9.8 CID s00tw4L6cmG',
    CommunityIdentifier,
    cidOf('s00tw', '0x823f31cb'),
    '0x7330307477823f31cb',
  ],
  [
    'ceremonies §9.8 CID 7zzzz42pCVe',
    CommunityIdentifier,
    cidOf('7zzzz', '0x7696d251'),
    '0x377a7a7a7a7696d251',
  ],
  // ceremonies §6.2 / §9.8: the CID digest hashes `compact(n) ‖ acc_1 ‖ … ‖ acc_n`; SCALE([]) = 0x00.
  ['ceremonies §9.8 empty bootstrapper list', Bootstrappers, [], '0x00'],
  [
    'ceremonies §6.2 bootstrapper list [Alice, Bob, Charlie]',
    Bootstrappers,
    [ALICE, BOB, CHARLIE],
    `0x0c${toHex(ALICE).slice(2)}${toHex(BOB).slice(2)}${toHex(CHARLIE).slice(2)}`,
  ],
  // ceremonies §7.4: the proof message is prover (32 bytes) then the u32 cindex: 36 bytes.
  [
    'ceremonies §7.4 proof-of-attendance message (Alice, 3)',
    ProofOfAttendanceMessage,
    [ALICE, 3],
    '0xd43593c715fdd31c61141abd04a99fd6822c8558854ccde39a5684e7a56da27d03000000',
  ],
  // economy §7: Option<cid> is `00` or `01 ‖ 9 bytes`.
  ['economy §7 Option<cid> None', MaybeCommunityIdentifier, undefined, '0x00'],
  [
    'economy §7 Option<cid> Some',
    MaybeCommunityIdentifier,
    cidOf('sqm1v', '0xf08c911c'),
    '0x0173716d3176f08c911c',
  ],
  // reference-metadata-spec30: constants and genesis values of the dev runtime.
  [
    'spec30 DefaultDemurrage (bits 0x1E3F0A8A973)',
    Demurrage,
    0x1e3f0a8a973n,
    '0x73a9a8f0e30100000000000000000000',
  ],
  [
    'spec30 ExistentialDeposit (bits 0x53e2d6238da4 = "0.000005")',
    BalanceType,
    0x53e2d6238da4n,
    '0xa48d23d6e25300000000000000000000',
  ],
  ['spec30 genesis CeremonyReward 1.0', BalanceType, ONE, '0x00000000000000000100000000000000'],
  ['spec30 genesis CurrentPhase', CeremonyPhaseType, 'Registering', '0x00'],
  ['spec30 genesis CurrentCeremonyIndex', CeremonyIndex, 1, '0x01000000'],
  ['spec30 genesis PhaseDurations', Moment, 600_000n, '0xc027090000000000'],
  ['spec30 MomentsPerDay', Moment, 86_400_000n, '0x005c260500000000'],
  ['spec30 genesis InactivityTimeout', InactivityTimeout, 168_500, '0x34920200'],
  ['spec30 genesis ReputationLifetime', ReputationLifetime, 337, '0x51010000'],
  ['spec30 genesis EndorsementTicketsPerBootstrapper', EndorsementTickets, 5, '0x05'],
  ['spec30 genesis LocationTolerance', u32, 1000, '0xe8030000'],
  ['spec30 genesis MeetupTimeOffset', MeetupTimeOffset, 0, '0x00000000'],
  ['spec30 genesis MinSolarTripTimeS', MinSolarTripTime, 1, '0x01000000'],
  ['spec30 genesis MaxSpeedMps', MaxSpeedMps, 1, '0x01000000'],
  ['spec30 genesis FeeConversionFactor', FeeConversionFactor, 100_000n, '0xa0860100000000000000000000000000'],
  ['spec30 genesis ReserveAmount', NativeBalance, 100_000_000_000_000n, '0x00407a10f35a00000000000000000000'],
  ['spec30 genesis ProposalCount', ProposalId, 0n, '0x00000000000000000000000000000000'],
  // reference-metadata-spec30: storage defaults (ValueQuery fallbacks).
  ['spec30 default Reputation', Reputation, { tag: 'Unverified', value: undefined }, '0x00'],
  [
    'spec30 default AssignmentCounts',
    AssignmentCount,
    { bootstrappers: 0n, reputables: 0n, endorsees: 0n, newbies: 0n },
    `0x${'00'.repeat(32)}`,
  ],
  [
    'spec30 default Assignments',
    Assignment,
    {
      bootstrappers_reputables: { m: 0n, s1: 0n, s2: 0n },
      endorsees: { m: 0n, s1: 0n, s2: 0n },
      newbies: { m: 0n, s1: 0n, s2: 0n },
      locations: { m: 0n, s1: 0n, s2: 0n },
    },
    `0x${'00'.repeat(96)}`,
  ],
  ['spec30 default ReputationCount', ReputationCount, 0n, `0x${'00'.repeat(16)}`],
  ['spec30 default BalanceEntry', BalanceEntry, { principal: 0n, last_update: 0 }, `0x${'00'.repeat(20)}`],
  ['spec30 default DemurragePerBlock', Demurrage, 0n, `0x${'00'.repeat(16)}`],
  ['spec30 default NominalIncome', NominalIncome, 0n, `0x${'00'.repeat(16)}`],
  ['spec30 default BusinessData', BusinessData, { url: new Uint8Array(), last_oid: 0 }, '0x0000000000'],
  ['spec30 default OfferingData', OfferingData, { url: new Uint8Array() }, '0x00'],
  ['spec30 default Purposes', Descriptor, new Uint8Array(), '0x00'],
  ['spec30 default Commitments', CommitmentHash, undefined, '0x00'],
  // reference-metadata-spec30.json exampleSignedExtrinsic: the signature part `00 ‖ 64 bytes`.
  [
    'spec30 example extrinsic signature (MultiSignature::Ed25519)',
    MultiSignature,
    { tag: 'Ed25519', value: fromHex(`0x${EXAMPLE_ED25519}`) },
    `0x00${EXAMPLE_ED25519}`,
  ],
];

describe('spec vectors: ceremonies §1/§6.2/§7.4/§9.8, economy §1.2/§7, reference-metadata-spec30', () => {
  it.each(vectors)('%s encodes to the stated bytes', (_source, codec, value, hex) => {
    expect(toHex(codec.enc(value))).toBe(hex);
  });

  it.each(vectors)('%s decodes from the stated bytes', (_source, codec, value, hex) => {
    expect(codec.dec(hex)).toEqual(value);
  });

  it('ceremonies §1: the CID JSON form {"geohash":"0x6762737576","digest":"0xffffffff"} is the same CID', () => {
    const json = JSON.parse('{"geohash":"0x6762737576","digest":"0xffffffff"}') as Record<string, string>;
    const cid = {
      geohash: parseHex(json.geohash!, 'geohash', 5),
      digest: parseHex(json.digest!, 'digest', 4),
    };
    expect(Array.from(CommunityIdentifier.enc(cid))).toEqual([103, 98, 115, 117, 118, 255, 255, 255, 255]);
  });
});

describe('accounts derived from SCALE bytes (economy §5.2 faucet, §7 treasury)', () => {
  it('economy §5.2: faucet "FaucetNumberOne" hashes the Vec<u8> with its compact prefix', () => {
    const identifier = concatBytes(ascii('ectrfct0'), ascii('FaucetNumberOne'));
    const encoded = ByteVec.enc(identifier);
    expect(encoded[0]).toBe(23 << 2);
    expect(ss58Encode(blake2_256(encoded))).toBe('5Dq3XugU1atZM8QGHxg2KfZahm2CzuBUDp8XyxL9wn8Q8Yx3');
  });

  const treasuries = [
    ['None (global treasury)', undefined, '5FU79FVXdN3RYSj8857XjNT2SgeRrhk8iUzjb75X1yc8YDkZ'],
    [
      'Some(all-zero cid)',
      { geohash: new Uint8Array(5), digest: new Uint8Array(4) },
      '5D58hM12H6Gkc1h1chuzbbJ3FitGHAyTM6ECkdz4hi5dFheH',
    ],
    ['Some("sqm1v79dF6b")', cidOf('sqm1v', '0xf08c911c'), '5CWoc3mGF9VEnuZzBbPWxhKPvY743AGwxUbvkYQHS8yWZbem'],
  ] as const;

  it.each(treasuries)('economy §7: treasury account of %s', (_label, cid, address) => {
    const seed = ByteVec.enc(concatBytes(ascii('trsrysId'), MaybeCommunityIdentifier.enc(cid)));
    expect(ss58Encode(blake2_256(seed))).toBe(address);
  });
});
