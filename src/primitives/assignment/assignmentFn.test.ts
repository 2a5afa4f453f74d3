import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { assignmentFn, assignmentFnInverse, validateEqualMapping } from './assignmentFn.js';
import { findPrimeBelow } from './numberTheory.js';
import type { AssignmentParams } from './types.js';

const params = (m: bigint, s1: bigint, s2: bigint): AssignmentParams => ({ m, s1, s2 });

describe('assignment function and equal mapping (ceremonies §9.3)', () => {
  it('assignment_fn(6, {4,5,3}, 5) = 1 (0-based), i.e. meetup 2', () => {
    expect(assignmentFn(6n, params(4n, 5n, 3n), 5n)).toBe(1n);
  });

  it.each([
    { s1: 2326n, expected: false },
    { s1: 2325n, expected: true },
  ])('validate_equal_mapping(2761, {2753,$s1,1099}, 427) = $expected', ({ s1, expected }) => {
    expect(validateEqualMapping(2761n, params(2753n, s1, 1099n), 427n)).toBe(expected);
  });

  it('is undefined without params or meetups, and on u64 overflow', () => {
    expect(assignmentFn(1n, params(0n, 0n, 0n), 3n)).toBeUndefined();
    expect(assignmentFn(1n, params(5n, 1n, 1n), 0n)).toBeUndefined();
    expect(assignmentFn(1n << 63n, params(5n, 2n, 1n), 3n)).toBeUndefined();
  });

  it('equal mapping is trivially true below 2 participants and false without meetups', () => {
    expect(validateEqualMapping(1n, params(2n, 1n, 1n), 0n)).toBe(true);
    expect(validateEqualMapping(7n, params(5n, 1n, 1n), 0n)).toBe(false);
  });
});

describe('inverse assignment returns every participant exactly once, in its meetup (ceremonies §9.3)', () => {
  it.each([
    { n: 118n, p: params(113n, 78n, 23n), meetups: 12n },
    { n: 20n, p: params(19n, 1n, 1n), meetups: 2n },
    { n: 10n, p: params(7n, 1n, 1n), meetups: 1n },
    { n: 1n, p: params(2n, 1n, 1n), meetups: 1n },
  ])('n=$n meetups=$meetups', ({ n, p, meetups }) => {
    const seen = new Set<bigint>();
    for (let j = 0n; j < meetups; j++) {
      for (const i of assignmentFnInverse(j, p, meetups, n)!) {
        expect(seen.has(i)).toBe(false);
        seen.add(i);
        expect(assignmentFn(i, p, meetups)).toBe(j);
      }
    }
    expect(seen.size).toBe(Number(n));
  });

  it('yields t3 then t3 + m in the order of t (hand-computed: {5,2,3}, 2 meetups, 6 participants)', () => {
    // meetup 0 takes residues r = 0, 2, 4; i = (r − 3)·inv(2) mod 5 with inv(2) = 3 → 1, 2, 3 (1 + 5 = 6 ≥ 6)
    expect(assignmentFnInverse(0n, params(5n, 2n, 3n), 2n, 6n)).toEqual([1n, 2n, 3n]);
    // meetup 1 takes residues 1, 3 → 4, then 0 followed by 0 + 5 = 5
    expect(assignmentFnInverse(1n, params(5n, 2n, 3n), 2n, 6n)).toEqual([4n, 0n, 5n]);
  });

  it('is empty without meetups or params', () => {
    expect(assignmentFnInverse(0n, params(5n, 2n, 3n), 0n, 6n)).toEqual([]);
    expect(assignmentFnInverse(0n, params(0n, 0n, 0n), 3n, 6n)).toEqual([]);
  });
});

describe('assignment function properties (ceremonies §7.6)', () => {
  const arbitraryCase = fc
    .record({
      n: fc.bigInt({ min: 1n, max: 400n }),
      meetups: fc.bigInt({ min: 1n, max: 30n }),
      s1: fc.bigInt({ min: 1n, max: 1n << 32n }),
      s2: fc.bigInt({ min: 1n, max: 1n << 32n }),
    })
    .map(({ n, meetups, s1, s2 }) => {
      const m = findPrimeBelow(n);
      return { n, meetups, p: params(m, (s1 % (m - 1n)) + 1n, (s2 % (m - 1n)) + 1n) };
    });

  test.prop([arbitraryCase])('the inverse inverts assignmentFn and partitions 0..n', ({ n, meetups, p }) => {
    const fromInverse = new Map<bigint, bigint>();
    for (let j = 0n; j < meetups; j++) {
      for (const i of assignmentFnInverse(j, p, meetups, n)!) {
        expect(fromInverse.has(i)).toBe(false);
        fromInverse.set(i, j);
      }
    }
    expect(fromInverse.size).toBe(Number(n));
    for (let i = 0n; i < n; i++) expect(fromInverse.get(i)).toBe(assignmentFn(i, p, meetups));
  });

  test.prop([arbitraryCase])('participants i and i + m share a meetup', ({ n, meetups, p }) => {
    for (let i = 0n; i + p.m < n; i++) {
      expect(assignmentFn(i + p.m, p, meetups)).toBe(assignmentFn(i, p, meetups));
    }
  });
});
