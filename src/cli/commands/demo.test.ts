import { describe, expect, it } from 'vitest';
import { formatSupply } from './demo.js';

const ONE = 1n << 64n;

describe('formatSupply: the supply column of `encointer demo` (U64F64 bits, 4 decimals, half up)', () => {
  it.each([
    ['zero', 0n, '0.0000'],
    ['ten CC', 10n * ONE, '10.0000'],
    ['one base unit below 1 rounds up', ONE - 1n, '1.0000'],
    ['a quarter', ONE / 4n, '0.2500'],
    // 0.00005 is not a dyadic fraction: one bit above it rounds up, one bit below rounds down.
    ['just above half a last digit', (ONE * 5n) / 100_000n + 1n, '0.0001'],
    ['just below half a last digit', (ONE * 5n) / 100_000n - 1n, '0.0000'],
    ['88.99993', 88n * ONE + (ONE * 99_993n) / 100_000n, '88.9999'],
  ])('%s', (_name, bits, text) => {
    expect(formatSupply(bits)).toBe(text);
  });
});
