import { describe, expect, it } from 'vitest';
import { ONE, U64F64 } from '../fixed/fixed.js';
import { fromF64 } from '../fixed/float.js';
import { applyDemurrage } from './applyDemurrage.js';
import { demurrageFactor } from './demurrageFactor.js';
import { DEFAULT_DEMURRAGE } from './rate.js';

const r = DEFAULT_DEMURRAGE;

describe('apply_demurrage steps (economy §2.4)', () => {
  it('1. an entry already at `now` is returned unchanged', () => {
    const entry = { principal: 5n * ONE, lastUpdate: 7n };
    expect(applyDemurrage(entry, r, 7n)).toBe(entry);
  });
  it('2. a zero principal only moves lastUpdate (even backwards)', () => {
    expect(applyDemurrage({ principal: 0n, lastUpdate: 0n }, r, 1_000n)).toEqual({
      principal: 0n,
      lastUpdate: 1_000n,
    });
    expect(applyDemurrage({ principal: 0n, lastUpdate: 9n }, r, 3n)).toEqual({
      principal: 0n,
      lastUpdate: 3n,
    });
  });
  it('3. now < lastUpdate counts as 0 elapsed blocks: no decay, lastUpdate := now', () => {
    expect(applyDemurrage({ principal: 5n * ONE, lastUpdate: 10n }, r, 4n)).toEqual({
      principal: 5n * ONE,
      lastUpdate: 4n,
    });
  });
  it('3. elapsed is clamped to u32::MAX (u64 block numbers)', () => {
    const tiny = 1n; // raw rate 2^-64 keeps the factor > 0 over 2^32 blocks
    const clamped = applyDemurrage({ principal: ONE, lastUpdate: 0n }, tiny, 1n << 40n);
    expect(clamped).toEqual({ principal: demurrageFactor(tiny, 0xffff_ffffn), lastUpdate: 1n << 40n });
    expect(clamped.principal).not.toBe(demurrageFactor(tiny, 1n << 40n));
  });
  it('5. principal · f is floored', () => {
    // 3 raw units · f(1) = 2.99999966… raw → 2
    expect(applyDemurrage({ principal: 3n, lastUpdate: 0n }, r, 1n).principal).toBe(2n);
  });
});

describe('balance examples (economy §2.4)', () => {
  it.each([
    ['1.0 after 6 151 680 blocks (Verified ≈ 0.5)', ONE, 0n, 6_151_680n, 0x80000000000b5fd8n],
    ['100 after 6 151 680 blocks', 100n * ONE, 0n, 6_151_680n, 0x320000000004717060n],
    ['50 after 3 blocks (Verified to 1e-9)', 50n * ONE, 0n, 3n, 0x31fffee4710050c4b4n],
  ])('%s', (_label, principal, lastUpdate, now, bits) => {
    expect(applyDemurrage({ principal, lastUpdate }, r, now)).toEqual({ principal: bits, lastUpdate: now });
  });
  it('decimal renderings 50.000000000004040995 and 49.999983098591033468… match to the printed digits', () => {
    // The spec prints exact expansions rounded or cut (not the shortest §1.4 form): agree within one last digit.
    const nearDecimal = (bits: bigint, text: string): boolean => {
      const [int, frac = ''] = text.split('.');
      const diff = bits * 10n ** BigInt(frac.length) - (BigInt(int + frac) << 64n);
      return (diff < 0n ? -diff : diff) < 1n << 64n;
    };
    expect(nearDecimal(0x320000000004717060n, '50.000000000004040995')).toBe(true);
    expect(nearDecimal(0x31fffee4710050c4b4n, '49.999983098591033468')).toBe(true);
    expect(nearDecimal(0x31fffee4710050c4b4n, '49.999983098591033466')).toBe(false);
  });
  it('100 decayed for a "year" is below 60, so a transfer of 60 would fail (BalanceTooLow is runtime)', () => {
    expect(applyDemurrage({ principal: 100n * ONE, lastUpdate: 0n }, r, 6_151_680n).principal).toBeLessThan(
      60n * ONE,
    );
  });
});

describe('§2.9 worked scenarios: pure-maths parts (economy §2.9)', () => {
  it('issue 50.1 at block 1 and read in the same block: no decay', () => {
    const issued = { principal: fromF64(U64F64, 50.1), lastUpdate: 1n };
    expect(applyDemurrage(issued, r, 1n).principal).toBe(0x3219999999999a0000n);
  });
  it('demurrage 1 block: issue 1 at block 0, read at block 1 → 0xfffffe1c0f591ff8', () => {
    expect(applyDemurrage({ principal: ONE, lastUpdate: 0n }, r, 1n).principal).toBe(0xfffffe1c0f591ff8n);
  });
  it('demurrage 1 "year": balance and total issuance 0.5 ± 1e-12 at block 6 151 680', () => {
    const p = applyDemurrage({ principal: ONE, lastUpdate: 0n }, r, 6_151_680n).principal;
    const diff = p - ONE / 2n;
    expect(diff < 0n ? -diff : diff).toBeLessThan(ONE / 10n ** 12n);
  });
  it('transfer_all: Bob receives 50 at block 0; at block 3 he holds 50·f(3)', () => {
    const bob = applyDemurrage({ principal: 50n * ONE, lastUpdate: 0n }, r, 3n).principal;
    expect(bob).toBe(0x31fffee4710050c4b4n);
    const diff = bob - ((50n * ONE * 0xfffffa542e16186an) >> 64n);
    expect(diff).toBe(0n);
  });
  it('rate changes are retroactive: the new rate applies to the whole elapsed span (QUIRK economy §10 item 14)', () => {
    const entry = { principal: ONE, lastUpdate: 0n };
    const doubled = applyDemurrage(entry, 2n * r, 3_075_840n).principal;
    expect(doubled).toBe(applyDemurrage(entry, r, 6_151_680n).principal);
  });
});
