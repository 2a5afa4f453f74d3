// spec: ceremonies §7.9 (reward = NominalIncome[cid] if set, else CeremonyReward)
import { fixedBits, toPapiCid } from '../common/convert.js';
import { resolveBlock } from '../common/resolveBlock.js';
import { storageExists } from '../common/storage.js';
import type { CidInput, ReadOptions } from '../common/types.js';
import type { Connection } from '../connection/connect.js';

export interface NominalIncome {
  /** U64F64 bits of the income per attended ceremony. */
  readonly bits: bigint;
  /** `community` when `NominalIncome[cid]` is set, `default` when the chain-wide `CeremonyReward` applies. */
  readonly source: 'community' | 'default';
}

export type GetNominalIncomeReturnType = NominalIncome;

/** The community income a rewarded attendee receives. */
export const getNominalIncome = async (
  conn: Connection,
  { cid, at }: { cid: CidInput } & ReadOptions,
): Promise<GetNominalIncomeReturnType> => {
  const block = await resolveBlock(conn, at);
  const key = toPapiCid(cid);
  const entry = conn.api.query.EncointerCommunities.NominalIncome;
  if (await storageExists(conn, entry, [key], block.hash)) {
    return { bits: fixedBits(await entry.getValue(key, { at: block.hash })), source: 'community' };
  }
  const reward = await conn.api.query.EncointerCeremonies.CeremonyReward.getValue({ at: block.hash });
  return { bits: fixedBits(reward), source: 'default' };
};
