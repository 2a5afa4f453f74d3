import { describe, expect, it } from 'vitest';
import { csvLine, roundBits, type StatsRow } from './stats.js';

const ONE = 1n << 64n;

describe('bot-stats.csv rows (tooling §3.9)', () => {
  it.each([
    [0n, 0],
    [ONE / 2n - 1n, 0],
    [ONE / 2n, 1],
    [10n * ONE - 41_570_000_000_000n, 10],
    [424n * ONE + (ONE * 99n) / 100n, 425],
  ])('rounds %s bits to %i', (bits, n) => {
    expect(roundBits(bits)).toBe(n);
  });

  it('prints population, total supply and businesses separated by ", ", no header', () => {
    const row = { population: 26, totalSupply: 36, businesses: 5 } as StatsRow;
    expect(csvLine(row)).toBe('26, 36, 5');
  });
});
