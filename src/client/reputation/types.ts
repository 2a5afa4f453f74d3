// spec: ceremonies §1 (Reputation), §7.4 (life cycle)
export type ReputationKind = 'Unverified' | 'UnverifiedReputable' | 'VerifiedUnlinked' | 'VerifiedLinked';

export interface Reputation {
  readonly kind: ReputationKind;
  /** For `VerifiedLinked`: the ceremony index the reputation was used to register for. */
  readonly linkedTo: number | undefined;
}

export const fromPapiReputation = (v: unknown): Reputation => {
  const r = v as { type: ReputationKind; value?: number };
  return { kind: r.type, linkedTo: r.type === 'VerifiedLinked' ? Number(r.value) : undefined };
};

/** `is_verified`: rewarded for that ceremony (linked or not). */
export const isVerified = (r: Reputation): boolean =>
  r.kind === 'VerifiedUnlinked' || r.kind === 'VerifiedLinked';

/** `is_verified_and_unlinked_for(rep, cindex)`: usable as proof to register for `cindex` (ceremonies §7.4). */
export const isUsableFor = (r: Reputation, cindex: number): boolean =>
  r.kind === 'VerifiedUnlinked' || (r.kind === 'VerifiedLinked' && r.linkedTo !== cindex);

/** The reference's debug text, e.g. `VerifiedLinked(5)` (tooling §1.9). */
export const formatReputation = (r: Reputation): string =>
  r.kind === 'VerifiedLinked' ? `VerifiedLinked(${r.linkedTo})` : r.kind;
