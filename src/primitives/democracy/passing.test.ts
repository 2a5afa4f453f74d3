import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { InvalidInputError } from '../common/errors.js';
import { divRaw, mulRaw, ONE, U64F64 } from '../fixed/fixed.js';
import { sqrt } from '../fixed/transcendental.js';
import { AQBError, aqbThreshold, isPassing, turnoutPermille } from './passing.js';

/** Decimal text → U64F64 bits, rounded to nearest (ties to even), as economy §1.4 parses. */
function parseFixed(text: string): bigint {
  const [int, frac = ''] = text.split('.');
  const den = 10n ** BigInt(frac.length);
  const num = BigInt(`${int}${frac}`) << 64n;
  const q = num / den;
  const r2 = 2n * (num % den);
  return r2 > den || (r2 === den && (q & 1n) === 1n) ? q + 1n : q;
}

/**
 * The spec prints thresholds as the exact value of the bits cut after the digits shown (e.g. the bits of
 * "7.5974692664795785198" are 7.59746926647957851984…); this renders bits the same way for comparison.
 */
function truncatedDecimal(bits: bigint, fracDigits: number): string {
  const int = bits >> 64n;
  if (fracDigits === 0) return int.toString();
  const frac = ((bits & (ONE - 1n)) * 10n ** BigInt(fracDigits)) >> 64n;
  return `${int}.${frac.toString().padStart(fracDigits, '0')}`;
}
const matchesPrinted = (bits: bigint, printed: string) =>
  expect(truncatedDecimal(bits, printed.split('.')[1]?.length ?? 0)).toBe(printed);

/** Integer square root by bisection-free Newton on integers (independent of the fixed-point sqrt). */
function isqrt(n: bigint): bigint {
  if (n < 2n) return n;
  let x = 1n << BigInt(Math.ceil(n.toString(2).length / 2));
  for (;;) {
    const y = (x + n / x) >> 1n;
    if (y >= x) return x;
    x = y;
  }
}

describe('AQB passing test vectors (economy §6.7, MinTurnout 20 ‰)', () => {
  const rows: [
    e: bigint,
    t: bigint,
    a: bigint,
    permille: bigint,
    threshold: string | null,
    passing: boolean,
  ][] = [
    [100n, 1n, 1n, 10n, null, false],
    [100n, 10n, 6n, 100n, '7.5974692664795785198', false],
    [100n, 10n, 7n, 100n, '7.5974692664795785198', false],
    [100n, 10n, 8n, 100n, '7.5974692664795785198', true],
    [100n, 10n, 9n, 100n, '7.5974692664795785198', true],
    // The next four rows' threshold is exactly 50 (checked separately below).
    [100n, 100n, 50n, 1000n, '50', false],
    [100n, 100n, 51n, 1000n, '50', true],
    [100n, 100n, 60n, 1000n, '50', true],
    [100n, 100n, 90n, 1000n, '50', true],
    [1000n, 50n, 40n, 50n, '40.8628001184221594922', false],
    [1000n, 50n, 41n, 50n, '40.8628001184221594922', true],
    [9n, 9n, 4n, 1000n, '4.5', false],
    [9n, 9n, 5n, 1000n, '4.5', true],
    [4n, 4n, 2n, 1000n, '2', false],
    [3n, 3n, 1n, 1000n, '1.4999999999999999999457', false],
    [3n, 3n, 2n, 1000n, '1.4999999999999999999457', true],
    // QUIRK: economy §10 item 15 — a 1:1 tie passes
    [2n, 2n, 1n, 1000n, '0.9999999999999999999457', true],
  ];
  it.each(rows)('e %s, t %s, a %s', (e, t, a, permille, threshold, passing) => {
    expect(turnoutPermille(e, t)).toBe(permille);
    if (threshold !== null) matchesPrinted(aqbThreshold(e, t), threshold);
    expect(isPassing({ electorate: e, turnout: t, ayes: a }, 20n)).toBe(passing);
  });

  it('thresholds marked exact are exact: 50, 4.5 and 2', () => {
    expect(aqbThreshold(100n, 100n)).toBe(50n * ONE);
    expect(aqbThreshold(9n, 9n)).toBe(9n * (ONE / 2n));
    expect(aqbThreshold(4n, 4n)).toBe(2n * ONE);
  });

  it('e 1000, t 1000, a 500: threshold 499.999999999999999… and the 50/50 tie passes (QUIRK §10 item 15)', () => {
    const thr = aqbThreshold(1000n, 1000n);
    expect(thr).toBeLessThan(500n * ONE);
    matchesPrinted(thr, '499.999999999999999');
    expect(isPassing({ electorate: 1000n, turnout: 1000n, ayes: 500n }, 20n)).toBe(true);
  });

  it('at 5 % turnout about 81.7 % ayes are needed', () => {
    // 40.86 / 50 ≈ 0.817 (row e 1000, t 50)
    expect(Number((aqbThreshold(1000n, 50n) * 1000n) / (50n * ONE))).toBe(817);
  });
});

describe('AQB as observed on the Gesell v5 runtime (economy §6.12, MinTurnout 1 ‰)', () => {
  const near = (bits: bigint, approx: string) => {
    const diff = bits - parseFixed(approx);
    expect(diff < 0n ? -diff : diff).toBeLessThanOrEqual(ONE / 10_000n);
  };
  it.each([
    [16n, 16n, 8n, '8', false],
    [22n, 22n, 11n, '10.99999999999999999989', true],
    [16n, 3n, 2n, '2.0935', false],
    [16n, 4n, 3n, '2.6667', true],
    [16n, 6n, 3n, '3.7212', false],
    [16n, 12n, 10n, '6.4308', true],
    [2003n, 3n, 3n, '2.8882', true],
    [2003n, 4n, 3n, '3.8289', false],
    // "e = 6 again": the tally is still t 4, a 3 from the previous row
    [6n, 4n, 3n, '2.2020', true],
  ])('e %s, t %s, a %s → threshold ≈ %s', (e, t, a, threshold, passing) => {
    near(aqbThreshold(e, t), threshold);
    expect(isPassing({ electorate: e, turnout: t, ayes: a }, 1n)).toBe(passing);
  });
  it('16 / 16 / 8 has the exact threshold 8; 22 / 22 / 11 is just below 11', () => {
    expect(aqbThreshold(16n, 16n)).toBe(8n * ONE);
    matchesPrinted(aqbThreshold(22n, 22n), '10.99999999999999999989');
  });
  it('e 2003, t 2, a 2 has 0 ‰ turnout and does not pass', () => {
    expect(turnoutPermille(2003n, 2n)).toBe(0n);
    expect(isPassing({ electorate: 2003n, turnout: 2n, ayes: 2n }, 1n)).toBe(false);
  });
});

describe('minimum turnout and AQBError (economy §6.7 steps 1–3)', () => {
  it('turnout below the minimum is not passing, even with all ayes', () => {
    expect(isPassing({ electorate: 1000n, turnout: 19n, ayes: 19n }, 20n)).toBe(false);
    expect(isPassing({ electorate: 1000n, turnout: 20n, ayes: 20n }, 20n)).toBe(true);
  });
  it('an empty electorate has 0 ‰ turnout', () => {
    expect(turnoutPermille(0n, 5n)).toBe(0n);
    expect(isPassing({ electorate: 0n, turnout: 5n, ayes: 5n }, 1n)).toBe(false);
  });
  it('with MinTurnout 0 a zero turnout divides by zero → AQBError', () => {
    expect(() => isPassing({ electorate: 100n, turnout: 0n, ayes: 0n }, 0n)).toThrow(AQBError);
    expect(() => isPassing({ electorate: 0n, turnout: 0n, ayes: 0n }, 0n)).toThrow(AQBError);
    try {
      aqbThreshold(100n, 0n);
    } catch (e) {
      expect((e as AQBError).name).toBe('AQBError');
    }
  });
  it('with MinTurnout 0 and an empty electorate the threshold is 0', () => {
    expect(aqbThreshold(0n, 5n)).toBe(0n);
    expect(isPassing({ electorate: 0n, turnout: 5n, ayes: 1n }, 0n)).toBe(true);
    expect(isPassing({ electorate: 0n, turnout: 5n, ayes: 0n }, 0n)).toBe(false);
  });
  it('an electorate that does not fit U64F64 → AQBError', () => {
    expect(() => aqbThreshold(1n << 64n, 1n << 63n)).toThrow(AQBError);
  });
  it('t·1000 wraps modulo 2^128 like the unchecked reference multiplication', () => {
    expect(turnoutPermille(1n << 125n, 1n << 125n)).toBe(0n);
  });
  it('negative inputs are rejected', () => {
    expect(() => isPassing({ electorate: -1n, turnout: 1n, ayes: 1n }, 1n)).toThrow(InvalidInputError);
    expect(() => isPassing({ electorate: 1n, turnout: 1n, ayes: 1n }, -1n)).toThrow(InvalidInputError);
  });
});

describe('AQB properties (economy §6.7)', () => {
  const isSquare = (n: bigint) => isqrt(n) ** 2n === n;

  it('ties at full turnout pass exactly when e is not a perfect square, every even e ≤ 3000', () => {
    for (let e = 2n; e <= 3000n; e += 2n) {
      expect([e, isPassing({ electorate: e, turnout: e, ayes: e / 2n }, 1n)]).toEqual([e, !isSquare(e)]);
    }
  });

  test.prop([
    fc.oneof(
      fc.bigInt({ min: 1n, max: 10n ** 12n }).map((k) => 2n * k),
      fc.bigInt({ min: 1n, max: 10n ** 6n }).map((k) => (2n * k) ** 2n),
    ),
  ])('ties at full turnout pass exactly when even e is not a perfect square', (e) => {
    expect(isPassing({ electorate: e, turnout: e, ayes: e / 2n }, 1n)).toBe(!isSquare(e));
  });

  test.prop([fc.bigInt({ min: 0n, max: 10n ** 15n })])(
    'Newton sqrt of an integer n is isqrt(n·2^128)',
    (n) => {
      expect(sqrt(U64F64, n << 64n)).toBe(isqrt(n << 128n));
    },
  );

  test.prop([fc.bigInt({ min: 1n, max: 10n ** 15n }), fc.bigInt({ min: 1n, max: 10n ** 15n })])(
    'threshold equals the integer-isqrt shortcut',
    (e, t) => {
      const se = isqrt(e << 128n);
      const st = isqrt(t << 128n);
      const shortcut = divRaw(mulRaw(se, st), divRaw(se, st) + ONE);
      expect(aqbThreshold(e, t)).toBe(shortcut);
    },
  );

  test.prop([
    fc.bigInt({ min: 1n, max: 10n ** 9n }),
    fc.bigInt({ min: 1n, max: 10n ** 9n }),
    fc.double({ min: 0, max: 1, noNaN: true }),
  ])('more ayes never turn a passing tally into a failing one', (e, t, share) => {
    const a = (t * BigInt(Math.floor(share * 1000))) / 1000n;
    if (isPassing({ electorate: e, turnout: t, ayes: a }, 1n) && a < t) {
      expect(isPassing({ electorate: e, turnout: t, ayes: a + 1n }, 1n)).toBe(true);
    }
  });
});
