// spec: ceremonies §7.2 (`ParticipantReputation`), tooling §1.7.4 (`ceremony list-reputables`)
import { toPapiCid } from '../common/convert.js';
import type { Address, CidInput, ReadOptions } from '../common/types.js';
import type { Connection } from '../connection/connect.js';
import { fromPapiReputation, type Reputation } from './types.js';

/** Every stored reputation of one community ceremony (accounts without an entry are Unverified). */
export const getReputationEntries = async (
  conn: Connection,
  { cid, cindex, at = 'best' }: { cid: CidInput; cindex: number } & ReadOptions,
): Promise<{ account: Address; reputation: Reputation }[]> => {
  const entries = (await conn.api.query.EncointerCeremonies.ParticipantReputation.getEntries(
    [toPapiCid(cid), cindex],
    { at },
  )) as { keyArgs: [unknown, Address]; value: unknown }[];
  return entries.map((e) => ({ account: e.keyArgs[1], reputation: fromPapiReputation(e.value) }));
};
