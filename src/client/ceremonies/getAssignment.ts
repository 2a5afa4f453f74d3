// spec: ceremonies §7.2 (`Assignments`, `AssignmentCounts`, `MeetupCount`), §7.6
import type { Assignment, AssignmentCount, AssignmentParams } from '../../primitives/assignment/types.js';
import { toPapiCid } from '../common/convert.js';
import { resolveBlock } from '../common/resolveBlock.js';
import type { BlockInfo, CidInput, ReadOptions } from '../common/types.js';
import type { Connection } from '../connection/connect.js';
import { getCeremonyIndex } from '../scheduler/getCeremonyIndex.js';

export interface CeremonyAssignment {
  readonly block: BlockInfo;
  readonly cindex: number;
  readonly assignment: Assignment;
  readonly counts: AssignmentCount;
  readonly meetupCount: bigint;
}

export type GetAssignmentReturnType = CeremonyAssignment;

export interface CeremonyParameters extends ReadOptions {
  cid: CidInput;
  /** Ceremony index; default the current one. */
  cindex?: number | undefined;
}

const params = (v: { m: bigint; s1: bigint; s2: bigint }): AssignmentParams => ({
  m: BigInt(v.m),
  s1: BigInt(v.s1),
  s2: BigInt(v.s2),
});

/** The meetup assignment of a community ceremony as the Assigning hook stored it (zeros before that). */
export const getAssignment = async (
  conn: Connection,
  p: CeremonyParameters,
): Promise<GetAssignmentReturnType> => {
  const block = await resolveBlock(conn, p.at);
  const at = block.hash;
  const cindex = p.cindex ?? (await getCeremonyIndex(conn, { at }));
  const q = conn.api.query.EncointerCeremonies;
  const key = [toPapiCid(p.cid), cindex];
  const [a, c, meetupCount] = await Promise.all([
    q.Assignments.getValue(key, { at }),
    q.AssignmentCounts.getValue(key, { at }),
    q.MeetupCount.getValue(key, { at }),
  ]);
  return {
    block,
    cindex,
    assignment: {
      bootstrappersReputables: params(a.bootstrappers_reputables),
      endorsees: params(a.endorsees),
      newbies: params(a.newbies),
      locations: params(a.locations),
    },
    counts: {
      bootstrappers: BigInt(c.bootstrappers),
      reputables: BigInt(c.reputables),
      endorsees: BigInt(c.endorsees),
      newbies: BigInt(c.newbies),
    },
    meetupCount: BigInt(meetupCount),
  };
};
