/**
 * What a block did to the state: per key, the value after the block and the value before it (`null` = absent).
 * Writes that change nothing (a value rewritten as is, a key set and removed again) are dropped, so the diff,
 * the stored history and the state commitment depend on the state only, not on how the runtime got there.
 */
import { bytesEqual } from '../../primitives/common/bytes.js';
import type { ChangeSet, StateReader } from '../../runtime/framework/state.js';

export interface KeyChange {
  readonly value: Uint8Array | null;
  readonly prev: Uint8Array | null;
}

export type StateDiff = Map<string, KeyChange>;

/** The effective changes of `changes` applied over `base`. */
export const diffAgainst = (changes: ChangeSet, base: StateReader): StateDiff => {
  const diff: StateDiff = new Map();
  for (const [key, value] of changes) {
    const prev = base.get(key) ?? null;
    if (value === null ? prev === null : prev !== null && bytesEqual(prev, value)) continue;
    diff.set(key, { value, prev });
  }
  return diff;
};

/** The new values of a diff, as a change set. */
export const newValues = (diff: StateDiff): ChangeSet => {
  const out: ChangeSet = new Map();
  for (const [k, c] of diff) out.set(k, c.value);
  return out;
};

/** The values before a diff, as a change set (what undoes it). */
export const previousValues = (diff: StateDiff): ChangeSet => {
  const out: ChangeSet = new Map();
  for (const [k, c] of diff) out.set(k, c.prev);
  return out;
};
