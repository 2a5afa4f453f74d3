// spec: ceremonies §7.6 (assignment function, validate_equal_mapping, inverse assignment)
/**
 * The forward and inverse assignment functions. Participant and meetup indices here are 0-based (QUIRK:
 * ceremonies §10 item 5 — storage and API use 1-based meetup indices; convert at the call site).
 */
import { checkedCeilDivision, checkedModInv } from './numberTheory.js';
import { type AssignmentParams, U64_MAX } from './types.js';

/**
 * `((i·s1 + s2) mod m) mod meetups`: the 0-based meetup of the 0-based participant `i`. `undefined` if `m` or
 * `meetups` is 0 (no assignment) or `i·s1 + s2` overflows u64.
 *
 * @example
 * assignmentFn(6n, { m: 4n, s1: 5n, s2: 3n }, 5n); // 1n
 */
export const assignmentFn = (i: bigint, params: AssignmentParams, meetups: bigint): bigint | undefined => {
  const { m, s1, s2 } = params;
  if (m === 0n || meetups === 0n) return undefined;
  const v = i * s1 + s2;
  if (v > U64_MAX) return undefined;
  return (v % m) % meetups;
};

/**
 * True iff the participants `m..n`, which wrap around onto the residues of `0..n−m`, are spread so that no meetup
 * gets more than `ceil((n − m) / meetups)` of them.
 */
export const validateEqualMapping = (n: bigint, params: AssignmentParams, meetups: bigint): boolean => {
  if (n < 2n) return true;
  const cap = (n > params.m ? checkedCeilDivision(n - params.m, meetups) : 0n) ?? 0n;
  const perMeetup = new Map<bigint, bigint>();
  for (let i = params.m; i < n; i++) {
    const k = assignmentFn(i, params, meetups);
    if (k === undefined) return false;
    const count = (perMeetup.get(k) ?? 0n) + 1n;
    if (count > cap) return false;
    perMeetup.set(k, count);
  }
  return true;
};

const remEuclid = (a: bigint, m: bigint): bigint => ((a % m) + m) % m;

/**
 * The 0-based participant indices below `participantCount` that `assignmentFn` maps to the 0-based meetup `j`,
 * in the reference order (QUIRK: ceremonies §10 item 6 — this order defines the local indices used in meetup
 * validation). `undefined` if the modular inverse of `s1` fails.
 *
 * Arithmetic is exact; the reference uses i64, which only overflows for `m` above ~3·10^9.
 */
export const assignmentFnInverse = (
  j: bigint,
  params: AssignmentParams,
  meetups: bigint,
  participantCount: bigint,
): bigint[] | undefined => {
  const { m, s1, s2 } = params;
  if (meetups === 0n) return [];
  const base = m - j > 0n ? m - j : 0n;
  const maxIndex = base / meetups + (base % meetups !== 0n ? 1n : 0n);
  const out: bigint[] = [];
  if (maxIndex === 0n) return out;
  // The reference recomputes this on every iteration; it does not depend on t.
  const s1Inverse = checkedModInv(s1, m);
  if (s1Inverse === undefined) return undefined;
  for (let t = 0n; t < maxIndex; t++) {
    if (m === 0n) continue;
    const residue = remEuclid(meetups * t + j - s2, m);
    const p = remEuclid(residue * s1Inverse, m);
    if (p >= participantCount) continue;
    out.push(p);
    if (p + m < participantCount) out.push(p + m);
  }
  return out;
};
