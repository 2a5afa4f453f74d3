import { describe, expect, it } from 'vitest';
import { formatReputation, isUsableFor, isVerified, type Reputation } from './types.js';

const r = (kind: Reputation['kind'], linkedTo?: number): Reputation => ({ kind, linkedTo });

describe('reputation life cycle (ceremonies §7.4)', () => {
  it.each([
    [r('Unverified'), 5, false, false],
    [r('UnverifiedReputable'), 5, false, false],
    [r('VerifiedUnlinked'), 5, true, true],
    // QUIRK: ceremonies §7.4 — linked only blocks re-use for the same target cycle.
    [r('VerifiedLinked', 5), 5, true, false],
    [r('VerifiedLinked', 4), 5, true, true],
  ])('%j for target %i: verified %s, usable %s', (rep, target, verified, usable) => {
    expect(isVerified(rep)).toBe(verified);
    expect(isUsableFor(rep, target)).toBe(usable);
  });

  it('formats like the reference debug output (tooling §1.9)', () => {
    expect(formatReputation(r('VerifiedLinked', 5))).toBe('VerifiedLinked(5)');
    expect(formatReputation(r('VerifiedUnlinked'))).toBe('VerifiedUnlinked');
  });
});
