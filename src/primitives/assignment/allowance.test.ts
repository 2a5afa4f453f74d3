import { describe, expect, it } from 'vitest';
import { InvalidInputError } from '../common/errors.js';
import { computeAssignmentAllowance, computeMeetupCount } from './allowance.js';
import { CheckedMathError, NoLocationsAvailableError } from './errors.js';
import { type AssignmentConfig, type AssignmentCount, MOCK_ASSIGNMENT_CONFIG } from './types.js';

const count = (b: number, r: number, e: number, n: number): AssignmentCount => ({
  bootstrappers: BigInt(b),
  reputables: BigInt(r),
  endorsees: BigInt(e),
  newbies: BigInt(n),
});
const config = (meetupSizeTarget: bigint, newbieLimitDivider: bigint): AssignmentConfig => ({
  meetupSizeTarget,
  meetupMinSize: 3n,
  newbieLimitDivider,
});

describe('allowance and meetup count (ceremonies §9.5)', () => {
  it.each([
    // generate_meetup_assignment_params_works (verified) and its worked examples
    { L: 3, reg: count(11, 18, 6, 13), assigned: count(11, 18, 6, 10), meetups: 3n },
    { L: 10, reg: count(1, 1, 30, 13), assigned: count(1, 1, 28, 0), meetups: 2n },
    // derived zero-seed table rows
    { L: 3, reg: count(6, 0, 99, 0), assigned: count(6, 0, 39, 0), meetups: 3n },
    { L: 1, reg: count(6, 0, 0, 0), assigned: count(6, 0, 0, 0), meetups: 1n },
    // grow_population_and_removing_community_works, cycles A, B, C
    { L: 3, reg: count(11, 0, 0, 14), assigned: count(11, 0, 0, 3), meetups: 1n },
    { L: 3, reg: count(11, 3, 0, 11), assigned: count(11, 3, 0, 4), meetups: 2n },
    { L: 3, reg: count(11, 7, 0, 7), assigned: count(11, 7, 0, 6), meetups: 2n },
    // meetup_with_only_one_newbie_works: (2 + 2) / 3 = 1 newbie
    { L: 1, reg: count(2, 2, 0, 1), assigned: count(2, 2, 0, 1), meetups: 1n },
  ])(
    'L=$L registered $reg.bootstrappers/$reg.reputables/$reg.endorsees/$reg.newbies (divider 3)',
    ({ L, reg, assigned, meetups }) => {
      const allowance = computeAssignmentAllowance(BigInt(L), reg, MOCK_ASSIGNMENT_CONFIG);
      expect(allowance).toEqual(assigned);
      expect(computeMeetupCount(allowance, MOCK_ASSIGNMENT_CONFIG)).toBe(meetups);
    },
  );

  it('spec-30 settings (mult 10, divider 2): L=3, (6,0,2,5) → (6,0,2,4), 2 meetups (§9.1 derived)', () => {
    const allowance = computeAssignmentAllowance(3n, count(6, 0, 2, 5), config(10n, 2n));
    expect(allowance).toEqual(count(6, 0, 2, 4));
    expect(computeMeetupCount(allowance, config(10n, 2n))).toBe(2n);
  });

  it('dev settings (divider 2): L=20, (6,50,10,40) → (6,50,10,33), 7 meetups (§9.5 derived)', () => {
    const allowance = computeAssignmentAllowance(20n, count(6, 50, 10, 40), config(15n, 2n));
    expect(allowance).toEqual(count(6, 50, 10, 33));
    expect(computeMeetupCount(allowance, config(15n, 2n))).toBe(7n);
  });

  it('QUIRK 7: more bootstrappers than seats wraps the u64 seat count (release-build behaviour)', () => {
    // max_meetups = min(1, find_prime_below(25) = 23) = 1; seats = 15 − 20 wraps to 2^64 − 5,
    // so all 5 reputables and 3 endorsees fit and newbies are capped only by (20 + 5 + 3) / 3 = 9.
    const allowance = computeAssignmentAllowance(1n, count(20, 5, 3, 100), MOCK_ASSIGNMENT_CONFIG);
    expect(allowance).toEqual(count(20, 5, 3, 9));
    // 37 participants need 3 meetups although there is only 1 location
    expect(computeMeetupCount(allowance, MOCK_ASSIGNMENT_CONFIG)).toBe(3n);
  });

  it('no locations: NoLocationsAvailable', () => {
    expect(() => computeAssignmentAllowance(0n, count(3, 0, 0, 0), MOCK_ASSIGNMENT_CONFIG)).toThrow(
      NoLocationsAvailableError,
    );
  });

  it('seat capacity beyond u64: CheckedMath', () => {
    expect(() => computeAssignmentAllowance(3n, count(3, 0, 0, 0), config(1n << 63n, 3n))).toThrow(
      CheckedMathError,
    );
  });

  it('QUIRK 25: a zero seat target or divider is rejected as invalid configuration', () => {
    expect(() => computeAssignmentAllowance(3n, count(3, 0, 0, 0), config(0n, 3n))).toThrow(
      InvalidInputError,
    );
    expect(() => computeAssignmentAllowance(3n, count(3, 0, 0, 0), config(15n, 0n))).toThrow(
      InvalidInputError,
    );
  });
});
