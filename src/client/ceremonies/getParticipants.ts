// spec: ceremonies §7.2 (the four registries), tooling §1.7.4 (`ceremony participant list`)
import { PARTICIPANT_CLASSES, type ParticipantClass } from '../../primitives/assignment/types.js';
import { toPapiCid } from '../common/convert.js';
import { resolveBlock } from '../common/resolveBlock.js';
import type { Address, BlockInfo } from '../common/types.js';
import type { Connection } from '../connection/connect.js';
import { getCeremonyIndex } from '../scheduler/getCeremonyIndex.js';
import type { CeremonyParameters } from './getAssignment.js';
import type { Registration } from './types.js';

export interface CeremonyParticipants {
  readonly block: BlockInfo;
  readonly cindex: number;
  /** Per class, ordered by registry index. */
  readonly registrations: Readonly<Record<ParticipantClass, readonly Registration[]>>;
}

export type GetParticipantsReturnType = CeremonyParticipants;

const REGISTRY: Record<ParticipantClass, string> = {
  Bootstrapper: 'BootstrapperRegistry',
  Reputable: 'ReputableRegistry',
  Endorsee: 'EndorseeRegistry',
  Newbie: 'NewbieRegistry',
};

/** Everyone registered for a community ceremony (default: the current one), per class in registry order. */
export const getParticipants = async (
  conn: Connection,
  p: CeremonyParameters,
): Promise<GetParticipantsReturnType> => {
  const block = await resolveBlock(conn, p.at);
  const at = block.hash;
  const cindex = p.cindex ?? (await getCeremonyIndex(conn, { at }));
  const key = [toPapiCid(p.cid), cindex];
  const lists = await Promise.all(
    PARTICIPANT_CLASSES.map(async (cls) => {
      const entries = (await conn.api.query.EncointerCeremonies[REGISTRY[cls]].getEntries(key, { at })) as {
        keyArgs: [unknown, bigint];
        value: Address;
      }[];
      return entries
        .map((e): Registration => ({ class: cls, index: BigInt(e.keyArgs[1]), account: e.value }))
        .sort((x, y) => (x.index < y.index ? -1 : x.index > y.index ? 1 : 0));
    }),
  );
  return {
    block,
    cindex,
    registrations: {
      Bootstrapper: lists[0]!,
      Reputable: lists[1]!,
      Endorsee: lists[2]!,
      Newbie: lists[3]!,
    },
  };
};
