// spec: economy §9.4 (exponent α = num/den), §9.6 (InvalidExponent)
import type { OnboardingExponent } from '../scale/onboarding.js';
import { InvalidExponentError } from './errors.js';

/** Largest allowed denominator: keeps the integer root cheap and exact. */
export const MAX_EXPONENT_DEN = 8;

/** The storage default of `OnboardingExponent`: α = 1/2 (square-root weighting). */
export const DEFAULT_ONBOARDING_EXPONENT: OnboardingExponent = [1, 2];

/** Whether `num/den` is an allowed exponent: integers with `1 ≤ den ≤ 8` and `0 ≤ num ≤ den`. */
export const isValidExponent = ([num, den]: readonly [number, number]): boolean =>
  Number.isInteger(num) &&
  Number.isInteger(den) &&
  den >= 1 &&
  den <= MAX_EXPONENT_DEN &&
  num >= 0 &&
  num <= den;

/**
 * Checks an exponent like `SetOnboardingExponent` does at submission and enactment; throws InvalidExponentError.
 * @example validateExponent([1, 3]) // passes; validateExponent([3, 2]) throws
 */
export function validateExponent(exponent: readonly [number, number]): void {
  if (!isValidExponent(exponent)) throw new InvalidExponentError(exponent[0], exponent[1]);
}
