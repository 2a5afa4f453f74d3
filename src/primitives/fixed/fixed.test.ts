import { describe, expect, it } from 'vitest';
import { ArithmeticOverflowError } from '../common/errors.js';
import {
  checkedDiv,
  checkedMul,
  divRaw,
  floorDiv,
  fromInt,
  I64F64,
  mulRaw,
  ONE,
  saturatingAdd,
  saturatingSub,
  toIntFloor,
  toIntTrunc,
  U64F64,
} from './fixed.js';

describe('fixed-point core (economy §1.3)', () => {
  it('mul rounds toward −∞ and div toward zero', () => {
    // −2^-64 · 0.5 = −2^-65 → floor gives −2^-64
    expect(mulRaw(-1n, ONE / 2n)).toBe(-1n);
    expect(mulRaw(1n, ONE / 2n)).toBe(0n);
    // −2^-64 / 2 = −2^-65 → trunc gives 0
    expect(divRaw(-1n, 2n * ONE)).toBe(0n);
    expect(divRaw(ONE, 3n * ONE)).toBe(0x5555555555555555n);
    expect(divRaw(-ONE, 3n * ONE)).toBe(-0x5555555555555555n);
  });

  it('checked ops fail outside the range; saturating ops clamp', () => {
    expect(() => checkedMul(I64F64, I64F64.max, 2n * ONE)).toThrow(ArithmeticOverflowError);
    expect(() => checkedDiv(U64F64, ONE, 0n)).toThrow(ArithmeticOverflowError);
    expect(saturatingSub(U64F64, ONE, 2n * ONE)).toBe(0n);
    expect(saturatingAdd(I64F64, I64F64.max, 1n)).toBe(I64F64.max);
    expect(() => fromInt(U64F64, -1n)).toThrow(ArithmeticOverflowError);
  });

  it('to-integer conversions floor or truncate', () => {
    const minusOneAndHalf = -(ONE + ONE / 2n);
    expect(toIntFloor(minusOneAndHalf)).toBe(-2n);
    expect(toIntTrunc(minusOneAndHalf)).toBe(-1n);
    expect(floorDiv(-3n, 2n)).toBe(-2n);
    expect(floorDiv(3n, 2n)).toBe(1n);
  });
});
