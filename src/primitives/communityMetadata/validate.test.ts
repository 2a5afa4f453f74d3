import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { ONE } from '../fixed/fixed.js';
import { InvalidDemurrageError, validateDemurrage } from './demurrage.js';
import { PALLET_STRING_MAX, truncatePalletString } from './palletString.js';
import type { CommunityMetadata, CommunityMetadataError } from './types.js';
import {
  defaultCommunityMetadata,
  findMetadataError,
  formatMetadataError,
  InvalidCommunityMetadataError,
  validateCommunityMetadata,
} from './validate.js';

const utf8 = (text: string) => new TextEncoder().encode(text);
const meta = (overrides: Partial<CommunityMetadata>): CommunityMetadata => ({
  ...defaultCommunityMetadata(),
  ...overrides,
});
const VALID_CID = 'QmXkb5LvLJ7u9Ctk5Zb4Wp5JWcHHqJXjNN3gkUhEaDNrVu'; // 46 Base58 characters

function thrown(m: CommunityMetadata): InvalidCommunityMetadataError {
  try {
    validateCommunityMetadata(m);
  } catch (e) {
    if (e instanceof InvalidCommunityMetadataError) return e;
    throw e;
  }
  throw new Error('expected InvalidCommunityMetadataError');
}

describe('metadata validation vectors (ceremonies §9.11)', () => {
  it('the default metadata is valid', () => {
    expect(() => validateCommunityMetadata(defaultCommunityMetadata())).not.toThrow();
    expect(findMetadataError(defaultCommunityMetadata())).toBeUndefined();
  });

  it('name "€" → InvalidAscii(0)', () => {
    const e = thrown(meta({ name: utf8('€') }));
    expect(e.reason).toEqual({ tag: 'InvalidAscii', value: 0 });
    expect(e.name).toBe('InvalidCommunityMetadata');
    expect(formatMetadataError(e.reason)).toBe('InvalidAscii(0)');
  });

  it('assets with the right length but a non-Base58 "I" → InvalidIpfsCid(InvalidBase58(NonBs58Character(0)))', () => {
    const assets = utf8('IhaveCorrectLengthButWrongSymbols1111111111111');
    expect(assets.length).toBe(46);
    const e = thrown(meta({ assets }));
    expect(e.reason).toEqual({
      tag: 'InvalidIpfsCid',
      value: { tag: 'InvalidBase58', value: { tag: 'NonBs58Character', value: 0 } },
    });
    expect(formatMetadataError(e.reason)).toBe('InvalidIpfsCid(InvalidBase58(NonBs58Character(0)))');
    expect(e.message).toContain('Base58');
  });

  it('demurrage −1 → LessThanZero; above 1 → TooHigh { limit: 1 }', () => {
    expect(() => validateDemurrage(-ONE)).toThrow(InvalidDemurrageError);
    try {
      validateDemurrage(-ONE);
    } catch (e) {
      expect((e as InvalidDemurrageError).reason).toEqual({ tag: 'LessThanZero' });
      expect((e as InvalidDemurrageError).name).toBe('InvalidDemurrage');
    }
    try {
      validateDemurrage(ONE + 1n);
      expect.unreachable();
    } catch (e) {
      expect((e as InvalidDemurrageError).reason).toEqual({ tag: 'TooHigh', limit: 1n });
    }
    expect(() => validateDemurrage(0n)).not.toThrow();
    expect(() => validateDemurrage(ONE)).not.toThrow();
    expect(() => validateDemurrage(-1n)).toThrow(InvalidDemurrageError);
  });

  it('a PalletString built from 300 bytes keeps the first 256; 22 bytes stay unchanged', () => {
    const long = Uint8Array.from({ length: 300 }, (_, i) => i % 251);
    expect(truncatePalletString(long)).toEqual(long.slice(0, 256));
    expect(PALLET_STRING_MAX).toBe(256);
    const short = Uint8Array.from({ length: 22 }, (_, i) => i + 1);
    expect(truncatePalletString(short)).toEqual(short);
  });
});

describe('metadata validation rules in order (ceremonies §6.3)', () => {
  const cases: [string, Partial<CommunityMetadata>, CommunityMetadataError | undefined][] = [
    ['symbol not ASCII', { symbol: Uint8Array.of(0x44, 0x80, 0x46) }, { tag: 'InvalidAscii', value: 1 }],
    ['name byte 127 is still ASCII', { name: Uint8Array.of(0x41, 0x7f) }, undefined],
    [
      'assets 45 characters',
      { assets: utf8(VALID_CID.slice(1)) },
      { tag: 'InvalidIpfsCid', value: { tag: 'InvalidLength', value: 45 } },
    ],
    [
      'assets with a non-ASCII byte',
      { assets: Uint8Array.from([...utf8(VALID_CID.slice(0, 45)), 0xc3]) },
      {
        tag: 'InvalidIpfsCid',
        value: { tag: 'InvalidBase58', value: { tag: 'NonAsciiCharacter', value: 45 } },
      },
    ],
    [
      'assets with "0" at 3',
      { assets: utf8(`Qmx0${VALID_CID.slice(4)}`) },
      {
        tag: 'InvalidIpfsCid',
        value: { tag: 'InvalidBase58', value: { tag: 'NonBs58Character', value: 3 } },
      },
    ],
    ['name of 20 bytes', { name: utf8('a'.repeat(20)) }, undefined],
    ['name of 21 bytes', { name: utf8('a'.repeat(21)) }, { tag: 'TooManyCharactersInName', value: 21 }],
    ['symbol of 2 bytes', { symbol: utf8('DE') }, { tag: 'InvalidAmountCharactersInSymbol', value: 2 }],
    ['symbol of 4 bytes', { symbol: utf8('DEFG') }, { tag: 'InvalidAmountCharactersInSymbol', value: 4 }],
    ['url of 19 bytes', { url: utf8('u'.repeat(19)) }, undefined],
    // QUIRK: ceremonies §10 item 21 — the docs allow 20, the check refuses it
    ['url of 20 bytes', { url: utf8('u'.repeat(20)) }, { tag: 'TooManyCharactersInUrl', value: 20 }],
    ['url not ASCII', { url: utf8('ab€') }, { tag: 'InvalidAscii', value: 2 }],
    ['no url', { url: undefined }, undefined],
    ['valid theme', { theme: utf8(VALID_CID) }, undefined],
    [
      'theme of 0 bytes',
      { theme: new Uint8Array() },
      { tag: 'InvalidIpfsCid', value: { tag: 'InvalidLength', value: 0 } },
    ],
    [
      'name not ASCII beats bad assets',
      { name: utf8('x€'), assets: utf8('short') },
      { tag: 'InvalidAscii', value: 1 },
    ],
    [
      'bad assets beat a long name',
      { name: utf8('a'.repeat(30)), assets: utf8('short') },
      { tag: 'InvalidIpfsCid', value: { tag: 'InvalidLength', value: 5 } },
    ],
    [
      'a long name beats a bad symbol length',
      { name: utf8('a'.repeat(30)), symbol: utf8('AB') },
      { tag: 'TooManyCharactersInName', value: 30 },
    ],
    [
      'a long url beats a bad theme',
      { url: utf8('u'.repeat(25)), theme: utf8('x') },
      { tag: 'TooManyCharactersInUrl', value: 25 },
    ],
    [
      'signer and rules are not validated',
      { announcementSigner: { tag: 'Bip340', value: new Uint8Array(32) }, rules: 'BeeDance' },
      undefined,
    ],
  ];

  it.each(cases)('%s', (_, overrides, expected) => {
    expect(findMetadataError(meta(overrides))).toEqual(expected);
    if (expected === undefined) expect(() => validateCommunityMetadata(meta(overrides))).not.toThrow();
    else expect(thrown(meta(overrides)).reason).toEqual(expected);
  });

  it('accepts decoded metadata with snake_case signer field (only validated fields are read)', () => {
    const decoded = { ...defaultCommunityMetadata(), announcement_signer: undefined };
    expect(findMetadataError(decoded)).toBeUndefined();
  });
});

describe('metadata validation properties (ceremonies §6.3)', () => {
  const BASE58 = '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz';
  const asciiBytes = (min: number, max: number) =>
    fc.uint8Array({ minLength: min, maxLength: max, max: 127 });
  const cid = fc
    .array(fc.constantFrom(...BASE58), { minLength: 46, maxLength: 46 })
    .map((cs) => utf8(cs.join('')));

  test.prop([
    asciiBytes(0, 20),
    asciiBytes(3, 3),
    cid,
    fc.option(asciiBytes(0, 19), { nil: undefined }),
    fc.option(cid, { nil: undefined }),
  ])('metadata within every rule is valid', (name, symbol, assets, url, theme) => {
    expect(findMetadataError({ name, symbol, assets, url, theme })).toBeUndefined();
  });

  test.prop([asciiBytes(21, 256)])('an ASCII name longer than 20 bytes reports its length', (name) => {
    expect(findMetadataError(meta({ name }))).toEqual({ tag: 'TooManyCharactersInName', value: name.length });
  });

  test.prop([fc.uint8Array({ minLength: 1, maxLength: 40 }).filter((b) => b.some((x) => x > 127))])(
    'a non-ASCII name reports its first byte above 127',
    (name) => {
      expect(findMetadataError(meta({ name }))).toEqual({
        tag: 'InvalidAscii',
        value: name.findIndex((b) => b > 127),
      });
    },
  );
});
