import { describe, expect, it } from 'vitest';
import { DEFAULT_DEMURRAGE } from '../../primitives/demurrage/rate.js';
import { demurrageFromHalvingBlocks } from '../communities/newCommunity.js';
import { ccAmountBits } from './amount.js';

describe('CC amounts (economy §1.4) and demurrage from halving blocks (economy §2.3, tooling §8.1)', () => {
  it.each([
    ['0.000005', 0x53e2d6238da4n],
    ['1', 1n << 64n],
    ['0.5', 1n << 63n],
  ])('%s → %s', (text, bits) => {
    expect(ccAmountBits(text)).toBe(bits);
  });

  it('passes bits through', () => {
    expect(ccAmountBits(123n)).toBe(123n);
  });

  it('ln 2 / 6 151 680 is the runtime default rate 0x1E3F0A8A973', () => {
    expect(demurrageFromHalvingBlocks(6_151_680n)).toBe(DEFAULT_DEMURRAGE);
  });
});
