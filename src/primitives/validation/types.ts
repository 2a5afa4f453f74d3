// spec: ceremonies §1 (ExclusionReason, MeetupResult), §7.8
/**
 * Local indices are positions in the meetup's participant list in reference order (ceremonies §7.6, QUIRK 6).
 * They are plain numbers: a meetup holds at most a few dozen participants (`MeetupParticipantIndexType` is u8).
 */
export type LocalIndex = number;

/** Outgoing attestation lists by attestor, in local indices. Duplicates are allowed (QUIRK 9). */
export type LocalAttestations = readonly (readonly LocalIndex[])[];

/** Why a participant gets no reward; the order of this union's members is the SCALE variant index. */
export type ExclusionReason =
  | 'NoVote'
  | 'WrongVote'
  | 'TooFewIncomingAttestations'
  | 'TooFewOutgoingAttestations';

/** SCALE variant index of each `ExclusionReason` (ceremonies §1). */
export const EXCLUSION_REASON_INDEX: Readonly<Record<ExclusionReason, number>> = {
  NoVote: 0,
  WrongVote: 1,
  TooFewIncomingAttestations: 2,
  TooFewOutgoingAttestations: 3,
};

export interface Exclusion {
  readonly index: LocalIndex;
  readonly reason: ExclusionReason;
}

/** Number of attestations a participant needs, given how many are still in the running. */
export type AttestationThreshold = (stillInTheRunning: number) => number;
