// spec: ceremonies §9.13 "has_reputation", "validate_reputation", §7.3, §1 (reputation predicates)
import { describe, expect, it } from 'vitest';
import type { CommunityIdentifier, Reputation } from '../../../primitives/scale/index.js';
import { CurrentCeremonyIndex } from '../scheduler/storage.js';
import { hasReputation, isVerified, isVerifiedAndUnlinkedFor, validateReputation } from './reputation.js';
import { ParticipantReputation } from './storage.js';
import { ALICE, setup } from './testRuntime.js';

const CID: CommunityIdentifier = { geohash: Uint8Array.of(1, 2, 3, 4, 5), digest: Uint8Array.of(6, 7, 8, 9) };
const OTHER: CommunityIdentifier = {
  geohash: Uint8Array.of(9, 9, 9, 9, 9),
  digest: Uint8Array.of(6, 7, 8, 9),
};

const UNVERIFIED: Reputation = { tag: 'Unverified', value: undefined };
const UNVERIFIED_REPUTABLE: Reputation = { tag: 'UnverifiedReputable', value: undefined };
const VERIFIED_UNLINKED: Reputation = { tag: 'VerifiedUnlinked', value: undefined };
const linked = (c: number): Reputation => ({ tag: 'VerifiedLinked', value: c });

/** A state at cindex `c` (lifetime 6) where Alice holds `reputation` at `(cid, at)`. */
const withReputation = (c: number, cid: CommunityIdentifier, at: number, reputation: Reputation) => {
  const s = setup();
  CurrentCeremonyIndex.set(s.env.state, c);
  ParticipantReputation.set(s.env.state, [cid, at], ALICE.id, reputation);
  return s.env.state;
};

describe('has_reputation at cindex 3 (ceremonies §9.13)', () => {
  it.each([
    ['a future cindex 4', CID, 4, VERIFIED_UNLINKED, false],
    ['another community', OTHER, 1, VERIFIED_UNLINKED, false],
    ['Unverified', CID, 1, UNVERIFIED, false],
    ['UnverifiedReputable', CID, 1, UNVERIFIED_REPUTABLE, false],
    ['VerifiedLinked(1)', CID, 1, linked(1), true],
    ['VerifiedUnlinked', CID, 1, VERIFIED_UNLINKED, true],
  ] as const)('%s → %s', (_what, cid, at, reputation, expected) => {
    expect(hasReputation(withReputation(3, cid, at, reputation), ALICE.id, CID)).toBe(expected);
  });

  it('looks back exactly ReputationLifetime cycles, the current one included', () => {
    expect(hasReputation(withReputation(9, CID, 3, VERIFIED_UNLINKED), ALICE.id, CID)).toBe(true);
    expect(hasReputation(withReputation(9, CID, 2, VERIFIED_UNLINKED), ALICE.id, CID)).toBe(false);
    expect(hasReputation(withReputation(9, CID, 9, VERIFIED_UNLINKED), ALICE.id, CID)).toBe(true);
  });
});

describe('validate_reputation at cindex 9, lifetime 6 (ceremonies §9.13)', () => {
  it.each([
    ['VerifiedUnlinked at cindex 2 (outdated)', 2, VERIFIED_UNLINKED, false],
    ['VerifiedLinked(2) at cindex 2 (outdated)', 2, linked(2), false],
    ['UnverifiedReputable at 7', 7, UNVERIFIED_REPUTABLE, false],
    ['Unverified at 7', 7, UNVERIFIED, false],
    ['VerifiedUnlinked at 7', 7, VERIFIED_UNLINKED, true],
    ['VerifiedLinked(7) at 7', 7, linked(7), true],
  ] as const)('%s → %s', (_what, at, reputation, expected) => {
    expect(validateReputation(withReputation(9, CID, at, reputation), ALICE.id, CID, at)).toBe(expected);
  });
});

describe('reputation predicates (ceremonies §1)', () => {
  it('is_verified and is_verified_and_unlinked_for (QUIRK §10.12: a link to another cycle does not block)', () => {
    expect([UNVERIFIED, UNVERIFIED_REPUTABLE, VERIFIED_UNLINKED, linked(3)].map(isVerified)).toEqual([
      false,
      false,
      true,
      true,
    ]);
    expect(isVerifiedAndUnlinkedFor(VERIFIED_UNLINKED, 3)).toBe(true);
    expect(isVerifiedAndUnlinkedFor(linked(3), 3)).toBe(false);
    expect(isVerifiedAndUnlinkedFor(linked(2), 3)).toBe(true);
    expect(isVerifiedAndUnlinkedFor(UNVERIFIED_REPUTABLE, 3)).toBe(false);
  });
});
