// spec: ceremonies §7.8 step 5 (attestation-based exclusion)
import type { AttestationThreshold, Exclusion, LocalAttestations, LocalIndex } from './types.js';

/**
 * Groups `indices` by `values[index]`, groups in ascending value order, members in `indices` order.
 * @example groupIndicesByValue([0, 1, 2], [2, 0, 2]) // [[0, [1]], [2, [0, 2]]]
 */
export function groupIndicesByValue(
  indices: readonly LocalIndex[],
  values: readonly number[],
): [value: number, members: LocalIndex[]][] {
  const groups = new Map<number, LocalIndex[]>();
  for (const i of indices) {
    const v = values[i] ?? 0;
    const members = groups.get(v);
    if (members) members.push(i);
    else groups.set(v, [i]);
  }
  return [...groups.entries()].sort((a, b) => a[0] - b[0]);
}

/** Every list (of all attestors) restricted to attestees in `keep`; list order and duplicates are kept. */
export function filterAttestations(
  keep: readonly LocalIndex[],
  attestations: LocalAttestations,
): LocalIndex[][] {
  const kept = new Set(keep);
  return attestations.map((list) => list.filter((j) => kept.has(j)));
}

/** Outgoing count per participant: the length of its own list, duplicates included (QUIRK 9). */
export const outgoingCounts = (attestations: LocalAttestations): number[] =>
  attestations.map((l) => l.length);

/** Incoming count per participant: how many OTHER attestors' lists contain it (each attestor counts once). */
export function incomingCounts(attestations: LocalAttestations): number[] {
  const counts: number[] = attestations.map(() => 0);
  attestations.forEach((list, attestor) => {
    for (const p of new Set(list)) if (p !== attestor && p < counts.length) counts[p]! += 1;
  });
  return counts;
}

/** Groups `participants` by outgoing count (ascending). */
export const outgoingGroups = (participants: readonly LocalIndex[], attestations: LocalAttestations) =>
  groupIndicesByValue(participants, outgoingCounts(attestations));

/** Groups `participants` by incoming count (ascending). */
export const incomingGroups = (participants: readonly LocalIndex[], attestations: LocalAttestations) =>
  groupIndicesByValue(participants, incomingCounts(attestations));

/**
 * Step 5: repeatedly excludes the group with the fewest incoming or outgoing attestations while it is below
 * `threshold(#still in the running)`. Returns the exclusions in the order the reference emits them.
 */
export function excludeByAttestations(
  legit: readonly LocalIndex[],
  attestations: LocalAttestations,
  threshold: AttestationThreshold,
): Exclusion[] {
  const excluded: Exclusion[] = [];
  // QUIRK: ceremonies §10 item 10 — the lists of every participant stay in play, including those already excluded
  // (no vote, wrong vote, earlier rounds); only the attestees are narrowed to who is still in the running.
  let relevant = filterAttestations(legit, attestations);
  let processing = [...legit];
  for (let round = 0; round < legit.length && processing.length > 0; round++) {
    const [minOut, lowOut] = outgoingGroups(processing, relevant)[0]!;
    const [minIn, lowIn] = incomingGroups(processing, relevant)[0]!;
    const limit = threshold(processing.length);
    let group: LocalIndex[];
    let reason: Exclusion['reason'];
    if (minIn < minOut) {
      if (!(minIn < limit)) break;
      [group, reason] = [lowIn, 'TooFewIncomingAttestations'];
    } else {
      if (!(minOut < limit)) break;
      [group, reason] = [lowOut, 'TooFewOutgoingAttestations'];
    }
    for (const index of group) excluded.push({ index, reason });
    const out = new Set(group);
    processing = processing.filter((p) => !out.has(p));
    relevant = filterAttestations(processing, relevant);
  }
  return excluded;
}
