import { describe, expect, it } from 'vitest';
import { InvalidInputError } from '../common/errors.js';
import { formatFixed } from '../fixed/decimal.js';
import { I64F64, ONE } from '../fixed/fixed.js';
import { lnScaled } from './naturalLog.js';
import { DEFAULT_DEMURRAGE, rateFromHalfLife, rateFromRetainedFraction } from './rate.js';

describe('demurrage rate derivation (economy §2.3)', () => {
  it('DEFAULT_DEMURRAGE is 0x1E3F0A8A973 = 2 078 506 789 235', () => {
    expect(DEFAULT_DEMURRAGE).toBe(0x1e3f0a8a973n);
    expect(DEFAULT_DEMURRAGE).toBe(2_078_506_789_235n);
    expect(formatFixed(I64F64, DEFAULT_DEMURRAGE)).toBe('0.0000001126760788207');
  });
  it.each([
    [
      'ln 2 / (3600/5·24·356) = 6 151 680 blocks (the default; QUIRK economy §10 item 1)',
      6_151_680n,
      0x1e3f0a8a973n,
    ],
    ['365 days at 6 s blocks = 5 256 000 blocks', 5_256_000n, 0x23668a4dc36n],
  ])('half-life %s', (_label, h, bits) => {
    expect(rateFromHalfLife(h)).toBe(bits);
  });
  it('7 % per 30 days at 6 s blocks: q = 0.93 over 432 000 blocks → 0x2d18072234c (r ≈ 1.6799e-7)', () => {
    const rate = rateFromRetainedFraction({ numerator: 93n, denominator: 100n }, 432_000n);
    expect(rate).toBe(0x2d18072234cn);
    expect(Number(rate) / 2 ** 64).toBeCloseTo(1.6799e-7, 11);
  });
  it('a half-life is the retained fraction 1/2; q = 1 means no demurrage', () => {
    expect(rateFromRetainedFraction({ numerator: 1n, denominator: 2n }, 6_151_680n)).toBe(DEFAULT_DEMURRAGE);
    expect(rateFromRetainedFraction({ numerator: 5n, denominator: 10n }, 6_151_680n)).toBe(DEFAULT_DEMURRAGE);
    expect(rateFromRetainedFraction({ numerator: 7n, denominator: 7n }, 10n)).toBe(0n);
  });
  it('ln 2 / 1 block = 0.693… per block; a rate above 1 is rejected', () => {
    expect(rateFromHalfLife(1n)).toBe(0xb17217f7d1cf79acn); // ln 2 = 0.B17217F7D1CF79AB C9…, rounded
    expect(() => rateFromRetainedFraction({ numerator: 1n, denominator: 3n }, 1n)).toThrow(/above 1/);
    expect(rateFromRetainedFraction({ numerator: 1n, denominator: 3n }, 2n)).toBeLessThan(ONE);
  });
  it('rejects non-positive periods and fractions outside (0, 1]', () => {
    expect(() => rateFromHalfLife(0n)).toThrow(InvalidInputError);
    expect(() => rateFromRetainedFraction({ numerator: 0n, denominator: 1n }, 5n)).toThrow(InvalidInputError);
    expect(() => rateFromRetainedFraction({ numerator: 3n, denominator: 2n }, 5n)).toThrow(InvalidInputError);
    expect(() => rateFromRetainedFraction({ numerator: 1n, denominator: 2n }, -5n)).toThrow(
      InvalidInputError,
    );
  });
});

describe('BigInt natural log', () => {
  // ln 2 = 0.B17217F7D1CF79ABC9E3B39803F2F6AF40F343267298B62D8A0D175B8BAAFA2BE7B876206DEBAC98559552FB4AFA1B10ED2EAE35C1382144 (hex)
  const LN2_HEX =
    'b17217f7d1cf79abc9e3b39803f2f6af40f343267298b62d8a0d175b8baafa2be7b876206debac98559552fb4afa1b10ed2eae35c1382144';
  it('ln 2 matches its published hexadecimal expansion to 448 bits (within 1 unit)', () => {
    const expected = BigInt(`0x${LN2_HEX}`);
    const bits = BigInt(LN2_HEX.length * 4);
    const diff = lnScaled(2n, 1n, bits) - expected;
    expect(diff >= -1n && diff <= 1n).toBe(true);
  });
  it('ln 10 = 2.302585092994045684017991454684… and ln(1/x) = −ln x', () => {
    const ln10 = lnScaled(10n, 1n, 100n);
    const expected = (2_302585092994045684017991454684n << 100n) / 10n ** 30n;
    const diff = ln10 - expected;
    expect(diff >= -2n && diff <= 2n).toBe(true);
    const inv = lnScaled(1n, 10n, 100n) + ln10;
    expect(inv >= -1n && inv <= 1n).toBe(true);
  });
  it('rejects non-positive arguments', () => {
    expect(() => lnScaled(0n, 1n, 64n)).toThrow(InvalidInputError);
    expect(() => lnScaled(1n, -1n, 64n)).toThrow(InvalidInputError);
  });
});
