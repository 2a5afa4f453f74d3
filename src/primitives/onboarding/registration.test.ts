import { blake2b } from '@noble/hashes/blake2.js';
import { describe, expect, it } from 'vitest';
import { computeCid, encodeAccountList } from '../cid/computeCid.js';
import { crc32Cksum } from '../cid/crc32Cksum.js';
import { bytesEqual, concatBytes, toHex, uintToLe } from '../common/bytes.js';
import { ArithmeticOverflowError } from '../common/errors.js';
import type { CommunityIdentifier } from '../scale/common.js';
import type { RegistrationSpec, WhitelistEntry } from '../scale/onboarding.js';
import {
  NotABootstrapperError,
  NotWhitelistedError,
  RegistrationPhaseRequiredError,
  SpecMismatchError,
  WhitelistExpiredError,
} from './errors.js';
import {
  checkWhitelistedRegistration,
  isWhitelistActive,
  registrationSpecHash,
  verifyRegistrationSpec,
  whitelistExpiresAfter,
} from './registration.js';

const ascii = (s: string) => new TextEncoder().encode(s);
const account = (b: number) => new Uint8Array(32).fill(b);
const ASSETS = 'QmW6WLLhUPsosBcKebejveknjrSQjZjq5eYFVBRaAZAs9N';
const ONE = 1n << 64n;
const lat = 47n * ONE + 0x5a1cac083126e978n;
const lon = -(8n * ONE) - 12345n;
const bootstrappers = [account(1), account(2), account(3)];
const signer = new Uint8Array(32).fill(0xab);
const demurrage = 0x0000000000000000000000c6ec3a9d1an;

const spec: RegistrationSpec = [
  { lat, lon },
  bootstrappers,
  {
    name: ascii('Test'),
    symbol: ascii('TST'),
    assets: ascii(ASSETS),
    theme: undefined,
    url: ascii('u'),
    announcement_signer: { tag: 'Bip340', value: signer },
    rules: 'BeeDance',
  },
  demurrage,
  undefined,
];

// SCALE of the tuple, assembled by hand from economy Appendix B (independent of the codec under test).
const i128 = (v: bigint) => uintToLe(BigInt.asUintN(128, v), 16);
const handEncoded = concatBytes(
  i128(lat),
  i128(lon),
  Uint8Array.of(3 << 2),
  ...bootstrappers,
  Uint8Array.of(4 << 2),
  ascii('Test'),
  Uint8Array.of(3 << 2),
  ascii('TST'),
  Uint8Array.of(46 << 2),
  ascii(ASSETS),
  Uint8Array.of(0), // theme: None
  Uint8Array.of(1, 1 << 2),
  ascii('u'),
  Uint8Array.of(1, 0), // announcement_signer: Some(Bip340(..))
  signer,
  Uint8Array.of(2), // rules: BeeDance
  Uint8Array.of(1),
  i128(demurrage),
  Uint8Array.of(0), // nominal income: None
);

describe('spec_hash = blake2b-256(SCALE(RegistrationSpec)), no prefix (economy §9.5, §9.9 step 6)', () => {
  it('hashes the raw SCALE bytes of the new_community arguments', () => {
    expect(toHex(registrationSpecHash(spec))).toBe(toHex(blake2b(handEncoded, { dkLen: 32 })));
  });

  it('is 32 bytes and changes with every argument', () => {
    const base = registrationSpecHash(spec);
    expect(base).toHaveLength(32);
    const variants: RegistrationSpec[] = [
      [{ lat: lat + 1n, lon }, ...spec.slice(1)] as RegistrationSpec,
      [spec[0], [account(2), account(1), account(3)], spec[2], spec[3], spec[4]],
      [spec[0], spec[1], { ...spec[2], name: ascii('Tesd') }, spec[3], spec[4]],
      [spec[0], spec[1], { ...spec[2], rules: 'LoCo' }, spec[3], spec[4]],
      [spec[0], spec[1], spec[2], undefined, spec[4]],
      [spec[0], spec[1], spec[2], spec[3], 0n],
    ];
    for (const v of variants) expect(bytesEqual(registrationSpecHash(v), base)).toBe(false);
  });

  it('verifyRegistrationSpec accepts the pinned spec and throws SpecMismatch otherwise', () => {
    const entry = { spec_hash: registrationSpecHash(spec) };
    expect(() => verifyRegistrationSpec(spec, entry)).not.toThrow();
    expect(() => verifyRegistrationSpec([spec[0], spec[1], spec[2], spec[3], ONE], entry)).toThrow(
      SpecMismatchError,
    );
  });
});

describe('whitelist validity (economy §9.4, §9.9)', () => {
  it('an entry enacted at cindex c expires after c + 3', () => {
    expect(whitelistExpiresAfter(10)).toBe(13);
    expect(whitelistExpiresAfter(0xffff_fffc)).toBe(0xffff_ffff);
    expect(() => whitelistExpiresAfter(0xffff_fffd)).toThrow(ArithmeticOverflowError);
  });
  const rows: [number, boolean][] = [
    [12, true],
    [13, true],
    [14, false],
  ];
  it.each(rows)('expires_after 13 at cindex %i → active %s', (current, active) => {
    expect(isWhitelistActive({ expires_after: 13 }, current)).toBe(active);
  });
});

const cidKey = (c: CommunityIdentifier) => toHex(concatBytes(c.geohash, c.digest));

describe('register_whitelisted_community checks 1–6, in order (economy §9.9)', () => {
  const cid = computeCid(spec[0], bootstrappers);
  const entry: WhitelistEntry = {
    spec_hash: registrationSpecHash(spec),
    proposal_id: 7n,
    applicant: account(9),
    expires_after: 13,
  };
  const whitelist = (e: WhitelistEntry | undefined) => (c: CommunityIdentifier) =>
    cidKey(c) === cidKey(cid) ? e : undefined;
  const base = {
    sender: account(2),
    phase: 'Registering' as const,
    currentCindex: 13,
    spec,
    whitelistOf: whitelist(entry),
  };

  it('returns the cid and the entry when every check passes (last valid cindex)', () => {
    const out = checkWhitelistedRegistration(base);
    expect(cidKey(out.cid)).toBe(cidKey(cid));
    expect(out.entry).toBe(entry);
  });

  const failures: [string, Partial<typeof base> & Record<string, unknown>, new (...a: never[]) => Error][] = [
    // A non-bootstrapper in the wrong phase fails on step 1 first.
    ['1 NotABootstrapper', { sender: account(9), phase: 'Attesting' as never }, NotABootstrapperError],
    [
      '2 RegistrationPhaseRequired',
      { phase: 'Assigning' as never, whitelistOf: whitelist(undefined) },
      RegistrationPhaseRequiredError,
    ],
    ['4 NotWhitelisted', { whitelistOf: whitelist(undefined), currentCindex: 99 }, NotWhitelistedError],
    [
      '5 WhitelistExpired',
      { currentCindex: 14, spec: [spec[0], spec[1], spec[2], undefined, undefined] },
      WhitelistExpiredError,
    ],
    ['6 SpecMismatch', { spec: [spec[0], spec[1], spec[2], undefined, undefined] }, SpecMismatchError],
  ];
  it.each(failures)('step %s', (_step, override, error) => {
    expect(() => checkWhitelistedRegistration({ ...base, ...override } as typeof base)).toThrow(error);
  });

  it('step 3: a location outside the geohash range fails before the whitelist is read', () => {
    const bad: RegistrationSpec = [{ lat: 91n * ONE, lon: 0n }, spec[1], spec[2], spec[3], spec[4]];
    expect(() =>
      checkWhitelistedRegistration({ ...base, spec: bad, whitelistOf: whitelist(undefined) }),
    ).toThrow(expect.objectContaining({ name: 'InvalidCoordinateRange' }));
  });

  it('bootstrappers with a colliding CRC-32 get the same cid but fail on the spec hash (§9.9 step 6)', () => {
    const forged = crcCollision(bootstrappers);
    expect(bytesEqual(forged[2]!, bootstrappers[2]!)).toBe(false);
    expect(cidKey(computeCid(spec[0], forged))).toBe(cidKey(cid));
    const forgedSpec: RegistrationSpec = [spec[0], forged, spec[2], spec[3], spec[4]];
    expect(() => checkWhitelistedRegistration({ ...base, sender: forged[2]!, spec: forgedSpec })).toThrow(
      SpecMismatchError,
    );
  });
});

/**
 * Another bootstrapper list with the same CRC-32/CKSUM (so the same cid digest): CRC is affine over GF(2) for a
 * fixed length, so flipping a set of bits whose CRC differences XOR to 0 keeps the checksum.
 */
function crcCollision(accounts: Uint8Array[]): Uint8Array[] {
  const encoded = encodeAccountList(accounts);
  const base = crc32Cksum(encoded);
  const lastStart = encoded.length - 32;
  const flip = (bits: number[]) => {
    const out = encoded.slice();
    for (const b of bits) out[lastStart + (b >> 3)]! ^= 1 << (b & 7);
    return out;
  };
  // Gaussian elimination over the CRC differences of single-bit flips; 33 vectors in 32 dimensions are dependent.
  const pivots = new Map<number, { vec: number; bits: number[] }>();
  for (let bit = 0; bit < 256; bit++) {
    let vec = (crc32Cksum(flip([bit])) ^ base) >>> 0;
    let bits = [bit];
    while (vec !== 0) {
      const top = 31 - Math.clz32(vec);
      const p = pivots.get(top);
      if (p === undefined) break;
      vec = (vec ^ p.vec) >>> 0;
      bits = bits.filter((b) => !p.bits.includes(b)).concat(p.bits.filter((b) => !bits.includes(b)));
    }
    if (vec === 0) {
      const forged = flip(bits);
      expect(crc32Cksum(forged)).toBe(base);
      return accounts.map((a, i) => (i === accounts.length - 1 ? forged.slice(lastStart) : a));
    }
    pivots.set(31 - Math.clz32(vec), { vec, bits });
  }
  throw new Error('no collision found');
}
