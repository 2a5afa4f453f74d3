import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { concatBytes, fromHex, toHex } from '../common/bytes.js';
import { InvalidInputError } from '../common/errors.js';
import { InvalidCoordinateRangeError } from '../geo/errors.js';
import { GEOHASH_ALPHABET } from '../geo/geohash.js';
import { locationFromDegrees } from '../geo/location.js';
import {
  type CommunityIdentifier,
  cidEquals,
  cidFromJson,
  cidToJson,
  compareCid,
  computeCid,
  crc32Cksum,
  encodeAccountList,
  formatCid,
  InvalidCidError,
  parseCid,
} from './index.js';

const ascii = (s: string) => new TextEncoder().encode(s);
const cid = (geohash: string, digestHex: string): CommunityIdentifier => ({
  geohash: ascii(geohash),
  digest: fromHex(digestHex),
});

// Dev account ids listed in ceremonies §9.8.
const ALICE = fromHex('0xd43593c715fdd31c61141abd04a99fd6822c8558854ccde39a5684e7a56da27d');
const BOB = fromHex('0x8eaf04151687736326c9fea17e25fc5287613693c912909cb226aa4794f26a48');
const CHARLIE = fromHex('0x90b5ab205c6974c9ea841be688864633dc9ca8a357843eeacf2314649965fe22');
const DAVE = fromHex('0x306721211d5404bd9da88e0204360a1a9ab8b87c66c1bc2fcdd37f3c2222cc20');
const EVE = fromHex('0xe659a7a1628cdd93febc04a4e0646ea20e9f5f0ce097d9a05290d4a9e054df4e');
const FERDIE = fromHex('0x1cbd2d43530a44705ad088af313e18f80b53ef16b36177cd4b77b846f2a5f07c');
const SIX = [ALICE, BOB, CHARLIE, DAVE, EVE, FERDIE];

describe('CRC-32/CKSUM (ceremonies §6.2)', () => {
  it('check value of "123456789" is 0x765E7680', () => {
    expect(crc32Cksum(ascii('123456789'))).toBe(0x765e7680);
  });
  it('SCALE of the empty list (0x00) gives 0xffffffff', () => {
    expect(crc32Cksum(Uint8Array.of(0))).toBe(0xffffffff);
  });
});

describe('CID from location and bootstrappers (ceremonies §9.8)', () => {
  it.each([
    [48.669, -4.329, 'gbsuv7YXq9G'],
    [50.0, 15.0, 'u2fsm7YXq9G'],
    [-60.0, 10.0, 'hjr4e7YXq9G'],
    [-89.5, -87.0, '4044u7YXq9G'],
  ])('(%d, %d) with no bootstrappers → %s', (lat, lon, expected) => {
    expect(formatCid(computeCid(locationFromDegrees(lat, lon), []))).toBe(expected);
  });

  it.each([
    [0, 0, SIX, 'f08c911c', '7zzzz79dF6b'],
    [1, 1, SIX, 'f08c911c', 's00tw79dF6b'],
    [1, 1, [ALICE, BOB, CHARLIE], '823f31cb', 's00tw4L6cmG'],
    [0, 0, [ALICE, BOB, CHARLIE], '823f31cb', '7zzzz4L6cmG'],
    [0, -0.015, [BOB, CHARLIE, ALICE], '7696d251', '7zzzz42pCVe'],
  ])('dev keys at (%d, %d) → digest %s, CID %s', (lat, lon, accounts, digest, expected) => {
    const c = computeCid(locationFromDegrees(lat, lon), accounts);
    expect(toHex(c.digest)).toBe(`0x${digest}`);
    expect(formatCid(c)).toBe(expected);
  });

  it('SCALE-encodes the list as compact length + 32-byte accounts', () => {
    expect(toHex(encodeAccountList([]))).toBe('0x00');
    expect(encodeAccountList([ALICE, BOB, CHARLIE])).toEqual(
      concatBytes(Uint8Array.of(12), ALICE, BOB, CHARLIE),
    );
    expect(encodeAccountList(Array(64).fill(ALICE)).subarray(0, 2)).toEqual(Uint8Array.of(1, 1));
    expect(() => encodeAccountList([ALICE.subarray(1)])).toThrow(InvalidInputError);
  });

  it('a location outside the geohash range is InvalidCoordinateRange (pallet InvalidLocation)', () => {
    expect(() => computeCid(locationFromDegrees(-100, 190), [])).toThrow(InvalidCoordinateRangeError);
  });
});

describe('CID string form (ceremonies §6.2, §9.8)', () => {
  it('from_str("gbsuv7YXq9G") round-trips; its SCALE bytes are [103,98,115,117,118,255,255,255,255]', () => {
    const c = parseCid('gbsuv7YXq9G');
    expect([...concatBytes(c.geohash, c.digest)]).toEqual([103, 98, 115, 117, 118, 255, 255, 255, 255]);
    expect(formatCid(c)).toBe('gbsuv7YXq9G');
  });

  it('from_str("gbsuv7YXq9l") → InvalidCharacter {l, index 10}', () => {
    try {
      parseCid('gbsuv7YXq9l');
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(InvalidCidError);
      expect((e as InvalidCidError).reason).toBe('InvalidCharacter');
      expect((e as InvalidCidError).index).toBe(10);
      expect((e as Error).message).toBe(
        "cid: 'gbsuv7YXq9l' is not a community identifier: invalid Base58 character 'l' at index 10",
      );
    }
  });

  it('QUIRK ceremonies §10 item 22: "aaaaabbbbb" is valid (geohash not validated), digest 0x1755fc0e', () => {
    const c = parseCid('aaaaabbbbb');
    expect(c.geohash).toEqual(ascii('aaaaa'));
    expect(toHex(c.digest)).toBe('0x1755fc0e');
  });

  it.each([
    ['gbsuv', 'InvalidDigestLength'], // 0 bytes
    ['gbsuvzzz', 'InvalidDigestLength'], // 58^3 − 1 = 0x02fa27: 3 bytes
    ['gbsuv7YXq9GG', 'InvalidDigestLength'], // 5 bytes
    ['11111111111', 'InvalidDigestLength'], // six leading '1' → 6 zero bytes
    ['gbsu', 'TooShort'],
    ['', 'TooShort'],
    ['gbsu€7YXq9G', 'NotCharBoundary'],
  ])('QUIRK ceremonies §10 item 22: %s is an error (%s), not a panic', (text, reason) => {
    expect(() => parseCid(text)).toThrow(InvalidCidError);
    try {
      parseCid(text, 'args.cid');
    } catch (e) {
      expect((e as InvalidCidError).reason).toBe(reason);
      expect((e as InvalidCidError).field).toBe('args.cid');
    }
  });

  it("the book's Leu.Zürich cid u0qj9QqA2Q has geohash u0qj9 and digest 0x1012ea85", () => {
    const c = parseCid('u0qj9QqA2Q');
    expect(c).toEqual(cid('u0qj9', '0x1012ea85'));
    expect(formatCid(c)).toBe('u0qj9QqA2Q');
  });

  it.each([
    ['00000000', '1111'],
    ['00000001', '1112'],
    ['ffffffff', '7YXq9G'],
    ['0012ea85', '17MWt'],
  ])('Base58 edge case %s → %s', (digest, b58) => {
    const c = cid('sqm1v', `0x${digest}`);
    expect(formatCid(c)).toBe(`sqm1v${b58}`);
    expect(parseCid(`sqm1v${b58}`)).toEqual(c);
  });

  const anyCid = fc.record({
    geohash: fc
      .array(fc.constantFrom(...GEOHASH_ALPHABET), { minLength: 5, maxLength: 5 })
      .map((cs) => ascii(cs.join(''))),
    digest: fc.uint8Array({ minLength: 4, maxLength: 4 }),
  });

  test.prop([anyCid])('parse(format(cid)) = cid', (c) => {
    expect(parseCid(formatCid(c))).toEqual(c);
  });

  test.prop([anyCid, anyCid])('compareCid is the byte order of the 9-byte SCALE form', (a, b) => {
    const sa = toHex(concatBytes(a.geohash, a.digest));
    const sb = toHex(concatBytes(b.geohash, b.digest));
    expect(Math.sign(compareCid(a, b))).toBe(sa < sb ? -1 : sa > sb ? 1 : 0);
    expect(Math.sign(compareCid(b, a))).toBe(-Math.sign(compareCid(a, b)));
  });
});

describe('CID JSON form and ordering (ceremonies §1, §6.2, §9.8)', () => {
  it('{"geohash":"0x6762737576","digest":"0xffffffff"} round-trips to gbsuv7YXq9G', () => {
    const json = { geohash: '0x6762737576', digest: '0xffffffff' };
    const c = cidFromJson(json);
    expect(formatCid(c)).toBe('gbsuv7YXq9G');
    expect(cidToJson(c)).toEqual(json);
    expect(JSON.stringify(cidToJson(parseCid('gbsuv7YXq9G')))).toBe(JSON.stringify(json));
  });

  it('rejects malformed JSON forms naming the field', () => {
    expect(() => cidFromJson({ geohash: '0x67627375', digest: '0xffffffff' }, 'params[0]')).toThrow(
      /^params\[0\]\.geohash: expected 5 bytes, got 4$/,
    );
    expect(() => cidFromJson({ geohash: '0x6762737576' })).toThrow(/cid\.digest/);
    expect(() => cidFromJson('gbsuv7YXq9G')).toThrow(InvalidInputError);
  });

  it('orders by geohash bytes, then digest bytes: the 7zzzz bucket example sorts [B,C,A] before [A,B,C]', () => {
    const abc = parseCid('7zzzz4L6cmG'); // digest 823f31cb
    const bca = parseCid('7zzzz42pCVe'); // digest 7696d251
    const s00tw = parseCid('s00tw4L6cmG');
    expect([s00tw, abc, bca].sort(compareCid).map(formatCid)).toEqual([
      '7zzzz42pCVe',
      '7zzzz4L6cmG',
      's00tw4L6cmG',
    ]);
    expect(cidEquals(abc, parseCid('7zzzz4L6cmG'))).toBe(true);
    expect(cidEquals(abc, bca)).toBe(false);
  });
});
