// spec: ceremonies §7.2 (`<Class>Index` reverse maps, 0 = absent), §7.3 (target cindex)
import { PARTICIPANT_CLASSES, type ParticipantClass } from '../../primitives/assignment/types.js';
import { toAddress, toPapiCid } from '../common/convert.js';
import { resolveBlock } from '../common/resolveBlock.js';
import type { AccountInput } from '../common/types.js';
import type { Connection } from '../connection/connect.js';
import { getCeremonyIndex } from '../scheduler/getCeremonyIndex.js';
import type { CeremonyParameters } from './getAssignment.js';
import type { Registration } from './types.js';

const INDEX: Record<ParticipantClass, string> = {
  Bootstrapper: 'BootstrapperIndex',
  Reputable: 'ReputableIndex',
  Endorsee: 'EndorseeIndex',
  Newbie: 'NewbieIndex',
};

export type GetRegistrationReturnType = Registration | undefined;

/** How an account is registered for a community ceremony (default: the current index), or undefined. */
export const getRegistration = async (
  conn: Connection,
  p: CeremonyParameters & { account: AccountInput },
): Promise<GetRegistrationReturnType> => {
  const block = await resolveBlock(conn, p.at);
  const at = block.hash;
  const cindex = p.cindex ?? (await getCeremonyIndex(conn, { at }));
  const key = [toPapiCid(p.cid), cindex];
  const account = toAddress(p.account);
  const indices = await Promise.all(
    PARTICIPANT_CLASSES.map(async (cls) =>
      BigInt(await conn.api.query.EncointerCeremonies[INDEX[cls]].getValue(key, account, { at })),
    ),
  );
  const i = indices.findIndex((x) => x > 0n);
  return i < 0 ? undefined : { class: PARTICIPANT_CLASSES[i]!, index: indices[i]!, account };
};
