import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { ArithmeticOverflowError, InvalidInputError } from '../common/errors.js';
import { fromInt, I64F64, mulRaw, ONE, U64F64 } from './fixed.js';
import { fromF64 } from './float.js';
import { asin, cos, exp, FRAC_PI_2, PI, powi, sin, sqrt, TWO_PI } from './transcendental.js';

/** High-precision reference value as a double, for accuracy sanity checks (not for bit-exact expectations). */
const approx = (bits: bigint): number => Number(bits) / 2 ** 64;

describe('low-precision π constants (ceremonies §2.1)', () => {
  it('are the I9F23 raw constants widened by 41 bits', () => {
    expect(PI).toBe(0x1921fb5n << 41n);
    expect(TWO_PI).toBe(0x3243f6an << 41n);
    expect(FRAC_PI_2).toBe(0xc90fdan << 41n);
    expect(approx(PI)).toBeCloseTo(3.14159262, 8);
  });
});

describe('sin / cos CORDIC (ceremonies §2.1)', () => {
  it('is close to Math.sin over [-2π, 2π]', () => {
    for (let d = -360; d <= 360; d += 7.5) {
      const angle = fromF64(I64F64, (d * Math.PI) / 180);
      expect(Math.abs(approx(sin(angle)) - Math.sin((d * Math.PI) / 180))).toBeLessThan(1e-6);
      expect(Math.abs(approx(cos(angle)) - Math.cos((d * Math.PI) / 180))).toBeLessThan(1e-6);
    }
  });

  it('reduces large angles like the reference while-loops (periodic with the low-precision 2π)', () => {
    const a = fromF64(I64F64, 0.7);
    expect(sin(a + 1000n * TWO_PI)).toBe(sin(a));
    expect(sin(a - 1000n * TWO_PI)).toBe(sin(a));
    // angle == PI is not reduced (strict `>`); angle just above PI is.
    expect(sin(PI + 1n)).toBe(sin(PI + 1n - TWO_PI));
  });

  it('returns y after 24 iterations from x0 = 0x9B74EDA8A01E2000 (sin 0 is not exactly 0)', () => {
    // With z = 0 the first step takes the `z >= 0` branch, so y accumulates tiny residues.
    expect(sin(0n)).not.toBe(0n);
    expect(Math.abs(approx(sin(0n)))).toBeLessThan(1e-6);
    expect(cos(0n)).toBe(sin(FRAC_PI_2));
  });
});

describe('asin (QUIRK ceremonies §10 item 2: identity)', () => {
  it('returns its argument', () => {
    const half = ONE / 2n;
    expect(asin(half)).toBe(half);
    expect(approx(asin(half))).not.toBeCloseTo(Math.asin(0.5), 3);
  });
});

describe('sqrt Newton (ceremonies §2.1, economy §6.7)', () => {
  it('handles the special cases', () => {
    expect(sqrt(U64F64, 0n)).toBe(0n);
    expect(sqrt(U64F64, ONE)).toBe(ONE);
    expect(sqrt(I64F64, fromInt(I64F64, 4n))).toBe(2n * ONE);
    expect(() => sqrt(I64F64, -1n)).toThrow(ArithmeticOverflowError);
    // x < 1 is inverted first; 1/x overflows for the smallest values.
    expect(() => sqrt(U64F64, 1n)).toThrow(ArithmeticOverflowError);
    expect(() => sqrt(I64F64, 2n)).toThrow(ArithmeticOverflowError);
    expect(approx(sqrt(I64F64, ONE / 4n))).toBeCloseTo(0.5, 15);
  });

  // economy §6.7: "for integer inputs n the Newton routine returned exactly floor(√n·2^64) = isqrt(n·2^128)"
  /** Integer square root by Newton's method from a power-of-two upper bound (independent of the code under test). */
  const isqrt = (n: bigint): bigint => {
    if (n < 2n) return n;
    let x = 1n << BigInt(Math.ceil(n.toString(2).length / 2));
    for (;;) {
      const y = (x + n / x) >> 1n;
      if (y >= x) return x;
      x = y;
    }
  };
  it('equals isqrt(n·2^128) for integers n < 5000 (U64F64)', () => {
    for (let n = 0n; n < 5000n; n++) expect(sqrt(U64F64, n << 64n)).toBe(isqrt(n << 128n));
  });
  test.prop([fc.bigInt({ min: 0n, max: 10n ** 15n })], { numRuns: 300 })(
    'equals isqrt(n·2^128) for random integers n < 10^15 (U64F64)',
    (n) => {
      expect(sqrt(U64F64, n << 64n)).toBe(isqrt(n << 128n));
    },
  );

  // economy §6.7 AQB thresholds: thr = (√e·√t) / (√e/√t + 1) in U64F64, rendered to 19–22 digits in the spec.
  const threshold = (e: bigint, t: bigint): bigint => {
    const se = sqrt(U64F64, e << 64n);
    const st = sqrt(U64F64, t << 64n);
    const num = mulRaw(se, st);
    const den = (se << 64n) / st + ONE;
    return (num << 64n) / den;
  };
  it.each([
    [100n, 10n, '7.5974692664795785198'],
    [1000n, 50n, '40.8628001184221594922'],
    [9n, 9n, '4.5'],
    [4n, 4n, '2'],
    [3n, 3n, '1.4999999999999999999457'],
    [2n, 2n, '0.9999999999999999999457'],
  ])('AQB threshold e=%s t=%s ≈ %s (economy §6.7)', (e, t, shown) => {
    const thr = threshold(e, t);
    // The spec prints the decimal (some rows beyond the 2^-64 resolution), so compare within one unit.
    const [int, frac = ''] = shown.split('.');
    const scaled = BigInt(int + frac) * ONE;
    const diff = thr * 10n ** BigInt(frac.length) - scaled;
    // |thr/2^64 − shown| ≤ 10^-digits  ⇔  |thr·10^digits − shown·10^digits·2^64| ≤ 2^64
    expect(diff < 0n ? -diff : diff).toBeLessThanOrEqual(ONE);
  });
  it('AQB QUIRK economy §10 item 15: √e·√e < e for a non-square e, so ties pass', () => {
    expect(threshold(2n, 2n)).toBeLessThan(ONE);
    expect(threshold(4n, 4n)).toBe(2n * ONE);
    expect(threshold(1000n, 1000n)).toBeLessThan(500n * ONE);
  });
});

describe('powi (ceremonies §2.1)', () => {
  it('powi(x, 2) is 0 for x == 0 and mul(x, x) otherwise', () => {
    expect(powi(I64F64, 0n, 2)).toBe(0n);
    expect(powi(I64F64, -3n, 2)).toBe(mulRaw(-3n, -3n)); // floor of a tiny positive product is 0
    expect(powi(I64F64, -3n, 2)).toBe(0n);
    expect(powi(I64F64, -ONE / 2n, 2)).toBe(ONE / 4n);
    expect(powi(U64F64, 3n * ONE, 3)).toBe(27n * ONE);
    expect(powi(U64F64, 5n * ONE, 0)).toBe(ONE);
    expect(powi(U64F64, 4n * ONE, -1)).toBe(ONE / 4n);
  });
  it('accepts only i32 exponents and stops once the product floors to 0', () => {
    expect(() => powi(U64F64, ONE, 1.5)).toThrow(InvalidInputError);
    expect(() => powi(U64F64, ONE, 2 ** 31)).toThrow(InvalidInputError);
    expect(powi(U64F64, ONE / 2n, 0x7fff_ffff)).toBe(0n);
    expect(powi(U64F64, ONE / 2n, 64)).toBe(1n);
    expect(powi(U64F64, ONE / 2n, 65)).toBe(0n);
  });
  it('throws ArithmeticOverflowError on overflow', () => {
    expect(() => powi(I64F64, 1n << 96n, 2)).toThrow(ArithmeticOverflowError);
    expect(powi(U64F64, (1n << 96n) - 1n, 2)).toBeGreaterThan(0n); // (2^32)^2 = 2^64 does not fit, 2^32−ε does
    expect(() => powi(U64F64, 1n << 96n, 2)).toThrow(ArithmeticOverflowError);
  });
});

describe('exp for x ≤ 0 (economy §2.4)', () => {
  const r = 0x1e3f0a8a973n;
  it('exp(0) = 1.0 and x > 0 is rejected', () => {
    expect(exp(0n)).toBe(ONE);
    expect(() => exp(1n)).toThrow(InvalidInputError);
  });
  it('f(1) for the default rate has the spec closed form', () => {
    const closed = (1n << 128n) / (ONE + r + ((r * r) >> 64n) / 2n);
    expect(exp(-r)).toBe(closed);
    expect(exp(-r)).toBe(0xfffffe1c0f591ff8n);
  });
  it('exp(−40) yields raw 78 (series truncation, 2^-64 resolution)', () => {
    expect(exp(-40n * ONE)).toBe(78n);
  });
  it('fails at |x| ≥ 42.7095… (raw −0x2ab5a40a0f64ce9a3e) and gives raw 5 just below (QUIRK economy §10 item 13)', () => {
    expect(() => exp(-0x2ab5a40a0f64ce9a3en)).toThrow(ArithmeticOverflowError);
    expect(exp(-0x2ab5a40a0f64ce9a3dn)).toBe(5n);
    expect(() => exp(I64F64.min)).toThrow(ArithmeticOverflowError);
  });
  test.prop([fc.bigInt({ min: -(42n * ONE), max: 0n })], { numRuns: 200 })(
    'is within 1e-15 of Math.exp',
    (x) => {
      expect(Math.abs(approx(exp(x)) - Math.exp(approx(x)))).toBeLessThan(1e-15);
    },
  );
});

/**
 * Cross-check sin/cos/sqrt/powi/asin together against the haversine vectors of ceremonies §9.9, using a local copy
 * of the §6.4 formula (the real one lives in the geo module).
 */
describe('haversine composition (ceremonies §6.4, §9.9)', () => {
  const RPD = 0x0477d1a894a74e40n;
  const orZero = (f: () => bigint): bigint => {
    try {
      return f();
    } catch (e) {
      if (e instanceof ArithmeticOverflowError) return 0n;
      throw e;
    }
  };
  const haversine = (a: [number, number], b: [number, number]): bigint => {
    const deg = (v: number) => fromF64(I64F64, v);
    const t1 = mulRaw(deg(a[0]), RPD);
    const t2 = mulRaw(deg(b[0]), RPD);
    const dt = t1 - t2;
    const dl = mulRaw(deg(a[1]) - deg(b[1]), RPD);
    const s1 = orZero(() => powi(I64F64, sin(dt / 2n), 2));
    const s2 = orZero(() => powi(I64F64, sin(dl / 2n), 2));
    const h = s1 + mulRaw(mulRaw(cos(t1), cos(t2)), s2);
    const c = 2n * asin(orZero(() => sqrt(I64F64, h)));
    const d = (6_371_000n * c) >> 64n;
    return d < 0n ? 0n : d > 0xffffffffn ? 0xffffffffn : d;
  };
  it.each([
    [[0, 0], [0, 1], 111_194n],
    [[0, 179.9], [0, 180], 11_120n],
    [[10, 179], [10, 180], 109_505n],
    [[0, 171], [0, 180], 999_726n],
    [[0, 170.9], [0, 180], 1_010_810n],
  ] as [[number, number], [number, number], bigint][])('haversine(%j, %j) = %s m', (a, b, m) => {
    expect(haversine(a, b)).toBe(m);
  });
  it('caps at 2R = 12 742 km for antipodal points (identity asin)', () => {
    expect(Number(haversine([0, 0], [0, 180]))).toBeCloseTo(12_742_000, -2);
    expect(Number(haversine([90, 0], [-90, 0]))).toBeCloseTo(12_742_000, -2);
  });
  it.each([
    [[0, 0], [0, 1], 1099n],
    [[0, 1], [0, 0], 1099n],
    [[64.13548, -21.89541], [64.13548, -20.89541], 344n],
    [[64.13548, 0], [64.13548, 2.29], 789n],
    [[0, 0], [0, 180], 110_318n],
  ] as [[number, number], [number, number], bigint][])('solar_trip_time(%j, %j) = %s s', (a, b, s) => {
    const d = haversine(a, b);
    const dl = fromF64(I64F64, a[1]) - fromF64(I64F64, b[1]);
    const tSun = ((dl < 0n ? -dl : dl) * 240n) >> 64n;
    const flight = d / 83n;
    expect(flight > tSun ? flight - tSun : 0n).toBe(s);
  });
});
