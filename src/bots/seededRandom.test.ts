import { fc, test as fcTest } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { SeededRandom } from './seededRandom.js';

describe('seeded random streams (tooling §12 item 10: one seed controls everything)', () => {
  it('the same seed and label give the same draws', () => {
    const a = new SeededRandom('42', 'votes/3');
    const b = new SeededRandom('42', 'votes/3');
    expect(Array.from({ length: 20 }, () => a.nextU32())).toEqual(
      Array.from({ length: 20 }, () => b.nextU32()),
    );
  });

  it('different seeds or labels give different draws', () => {
    const draws = (s: SeededRandom) => Array.from({ length: 8 }, () => s.nextU32());
    expect(draws(new SeededRandom('42', 'x'))).not.toEqual(draws(new SeededRandom('43', 'x')));
    expect(draws(new SeededRandom('42', 'x'))).not.toEqual(draws(new SeededRandom('42', 'y')));
  });

  it('streams do not depend on draws made on the parent', () => {
    const parent = new SeededRandom('s');
    const fresh = parent.stream('names').nextU32();
    parent.next();
    parent.next();
    expect(parent.stream('names').nextU32()).toBe(fresh);
  });

  fcTest.prop([fc.string(), fc.integer({ min: 1, max: 1000 })])('int(n) stays in [0, n)', (seed, n) => {
    const r = new SeededRandom(seed);
    for (let i = 0; i < 50; i++) {
      const x = r.int(n);
      expect(Number.isInteger(x) && x >= 0 && x < n).toBe(true);
    }
  });

  it('is roughly uniform', () => {
    const r = new SeededRandom('uniform');
    let sum = 0;
    for (let i = 0; i < 10_000; i++) sum += r.next();
    expect(sum / 10_000).toBeGreaterThan(0.48);
    expect(sum / 10_000).toBeLessThan(0.52);
  });
});
