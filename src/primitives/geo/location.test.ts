import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { InvalidInputError } from '../common/errors.js';
import { ONE } from '../fixed/fixed.js';
import {
  checkCoordinate,
  compareLocation,
  degreesToBits,
  isInCoordinateRange,
  isValidLocation,
  locationFromDegrees,
} from './location.js';

describe('f64 → I64F64 bits, like from_num(f64) (ceremonies §2, economy §1.3)', () => {
  it('is exact for dyadic values', () => {
    expect(degreesToBits(1)).toBe(ONE);
    expect(degreesToBits(-1.5)).toBe(-(ONE + ONE / 2n));
    expect(degreesToBits(0.0439453125)).toBe(45n * (ONE >> 10n));
    expect(degreesToBits(-0)).toBe(0n);
  });

  it('rounds below 2^-64 to nearest, ties to even', () => {
    expect(degreesToBits(2 ** -65)).toBe(0n); // tie between 0 and 1 → even 0
    expect(degreesToBits(3 * 2 ** -65)).toBe(2n); // tie between 1 and 2 → even 2
    expect(degreesToBits(-(3 * 2 ** -65))).toBe(-2n);
    expect(degreesToBits(5 * 2 ** -66)).toBe(1n); // 1.25 ulp → 1
    expect(degreesToBits(3 * 2 ** -66)).toBe(1n); // 0.75 ulp → 1
    expect(degreesToBits(2 ** -66)).toBe(0n);
    expect(degreesToBits(Number.MIN_VALUE)).toBe(0n); // subnormal
  });

  it('economy §1.4 vector: f64 18.68087768554687 is "18.6808776855468714473" as I64F64', () => {
    const bits = degreesToBits(18.68087768554687);
    // round(bits · 10^19 / 2^64) gives the value to 19 fractional digits
    const scaled = (bits * 10n ** 19n + ONE / 2n) / ONE;
    expect(scaled).toBe(186808776855468714473n);
  });

  test.prop([fc.double({ min: -1e6, max: 1e6, noNaN: true }).filter((x) => Math.abs(x) >= 2 ** -11)])(
    'is exact for |x| ≥ 2^-11 (the value read back equals the double)',
    (x) => {
      const bits = degreesToBits(x);
      expect(Number(bits) / 2 ** 64).toBe(x);
    },
  );

  test.prop([
    fc.double({ min: -180, max: 180, noNaN: true }).filter((x) => x === 0 || Math.abs(x) >= 2 ** -30),
  ])('never moves more than half an ulp', (x) => {
    // For |x| ≥ 2^-30 the double's lowest bit is ≥ 2^-82, so x·2^20 converts exactly: compare against it.
    const exact = degreesToBits(x * 2 ** 20);
    const diff = exact - (degreesToBits(x) << 20n);
    expect(diff <= 1n << 19n && diff >= -(1n << 19n)).toBe(true);
  });

  it('rejects non-finite and out-of-type values', () => {
    expect(() => degreesToBits(Number.NaN)).toThrow(/not a finite number/);
    expect(() => degreesToBits(Number.POSITIVE_INFINITY)).toThrow(/not a finite number/);
    expect(() => degreesToBits(2 ** 63)).toThrow(/I64F64/);
  });
});

describe('coordinate ranges (ceremonies §6.1, §6.4)', () => {
  it('geohash range includes the bounds', () => {
    expect(isInCoordinateRange(locationFromDegrees(90, 180))).toBe(true);
    expect(isInCoordinateRange(locationFromDegrees(-90, -180))).toBe(true);
    expect(isInCoordinateRange(locationFromDegrees(-100, 190))).toBe(false);
    expect(isInCoordinateRange(locationFromDegrees(90.000001, 0))).toBe(false);
    expect(isInCoordinateRange(locationFromDegrees(0, -180.000001))).toBe(false);
  });

  it.each([
    [0, 0, true],
    [77.9999, 179.9999, true],
    [-77.9999, -179.9999, true],
    [78, 0, false],
    [-78, 0, false],
    [89, 60, false],
    [-89, 60, false],
    [0, 180, false],
    [0, -180, false],
  ])('is_valid_location(%d, %d) = %s (strict −78 < lat < 78, −180 < lon < 180)', (lat, lon, ok) => {
    expect(isValidLocation(locationFromDegrees(lat, lon))).toBe(ok);
  });

  it('checkCoordinate names the field', () => {
    expect(() =>
      checkCoordinate(degreesToBits(95), 'latitude', 'features[0].geometry.coordinates[1]'),
    ).toThrow(
      new InvalidInputError('features[0].geometry.coordinates[1]', 'latitude 95 is outside [-90, 90]'),
    );
    expect(checkCoordinate(degreesToBits(-180), 'longitude', 'x')).toBe(-180n * ONE);
  });

  it('orders by lat, then lon, signed', () => {
    const a = locationFromDegrees(0, -0.015);
    const b = locationFromDegrees(0, 0);
    const c = locationFromDegrees(-1, 5);
    expect([b, a, c].sort(compareLocation)).toEqual([c, a, b]);
    expect(compareLocation(a, { ...a })).toBe(0);
  });
});
