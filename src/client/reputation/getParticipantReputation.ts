// spec: ceremonies §7.2 (`ParticipantReputation`, default Unverified)
import { toAddress, toPapiCid } from '../common/convert.js';
import type { AccountInput, CidInput, ReadOptions } from '../common/types.js';
import type { Connection } from '../connection/connect.js';
import { fromPapiReputation, type Reputation } from './types.js';

export type GetParticipantReputationReturnType = Reputation;

/** An account's reputation for one community ceremony. */
export const getParticipantReputation = async (
  conn: Connection,
  p: { cid: CidInput; cindex: number; account: AccountInput } & ReadOptions,
): Promise<GetParticipantReputationReturnType> =>
  fromPapiReputation(
    await conn.api.query.EncointerCeremonies.ParticipantReputation.getValue(
      [toPapiCid(p.cid), p.cindex],
      toAddress(p.account),
      { at: p.at ?? 'best' },
    ),
  );
