import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { ArithmeticOverflowError, InvalidInputError } from '../common/errors.js';
import { I64F64, ONE, U64F64 } from './fixed.js';
import { fromF64, toF64 } from './float.js';

describe('fromF64 = from_num(f64) (economy §1.3, §1.5 table)', () => {
  it.each([
    [1.0, 0x10000000000000000n],
    [0.1, 0x1999999999999a00n],
    [123.456, 0x7b74bc6a7ef9dc0000n],
    [50.1, 0x3219999999999a0000n],
    [-0.0, 0n],
  ])('U64F64 from %s = 0x%s', (x, bits) => {
    expect(fromF64(U64F64, x)).toBe(bits);
  });

  it('rounds below 2^-64 to nearest, ties to even', () => {
    expect(fromF64(U64F64, 2 ** -65)).toBe(0n); // exactly half a unit → even (0)
    expect(fromF64(U64F64, 3 * 2 ** -65)).toBe(2n); // 1.5 units → even (2)
    expect(fromF64(U64F64, 5 * 2 ** -66)).toBe(1n); // 1.25 units
    expect(fromF64(I64F64, -3 * 2 ** -65)).toBe(-2n);
    expect(fromF64(U64F64, 2 ** -1074)).toBe(0n); // subnormal
    expect(fromF64(U64F64, 1 + 2 ** -52)).toBe(ONE + (1n << 12n));
  });

  it('rejects non-finite and out-of-range values', () => {
    expect(() => fromF64(U64F64, Number.NaN)).toThrow(InvalidInputError);
    expect(() => fromF64(I64F64, Number.POSITIVE_INFINITY)).toThrow(InvalidInputError);
    expect(() => fromF64(U64F64, -1)).toThrow(ArithmeticOverflowError);
    expect(() => fromF64(U64F64, 2 ** 64)).toThrow(ArithmeticOverflowError);
    expect(() => fromF64(I64F64, 2 ** 63)).toThrow(ArithmeticOverflowError);
    expect(fromF64(I64F64, -(2 ** 63))).toBe(I64F64.min);
  });
});

describe('toF64 (display only)', () => {
  it('converts exact values and negatives', () => {
    expect(toF64(ONE / 2n)).toBe(0.5);
    expect(toF64(-3n * ONE)).toBe(-3);
    expect(toF64(0x1999999999999a00n)).toBe(0.1);
  });
  test.prop([fc.double({ min: -(2 ** 62), max: 2 ** 62, noNaN: true })])(
    'fromF64 then toF64 returns the double when it is a multiple of 2^-64',
    (x) => {
      const bits = fromF64(I64F64, x);
      if (Math.abs(x) >= 2 ** -11) expect(toF64(bits)).toBe(x === 0 ? 0 : x);
      else expect(Math.abs(toF64(bits) - x)).toBeLessThanOrEqual(2 ** -65);
    },
  );
});
