// spec: ceremonies §7.8 (input mapping)
import { toHex } from '../common/bytes.js';
import type { LocalAttestations, LocalIndex } from './types.js';

/**
 * Maps each participant's stored attestation list (accounts) to local indices: an account becomes its position
 * in `participants`, accounts outside the meetup are dropped, order and duplicates are kept (QUIRK 9).
 */
export function toLocalAttestations(
  participants: readonly Uint8Array[],
  listOf: (participant: Uint8Array) => readonly Uint8Array[] | undefined,
): LocalAttestations {
  const position = new Map<string, LocalIndex>(participants.map((p, i) => [toHex(p), i]));
  return participants.map((p) =>
    (listOf(p) ?? []).flatMap((a) => {
      const i = position.get(toHex(a));
      return i === undefined ? [] : [i];
    }),
  );
}
