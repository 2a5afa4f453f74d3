// spec: ceremonies §7.12 (`get_aggregated_account_data`: no +1 while Attesting; location index is 0-based)
import type { ParticipantClass } from '../../primitives/assignment/types.js';
import { enumType, optional, toAddress, toPapiCid } from '../common/convert.js';
import { resolveBlock } from '../common/resolveBlock.js';
import type { AccountInput, Address, CeremonyPhase, CidInput, ReadOptions } from '../common/types.js';
import type { Connection } from '../connection/connect.js';

export interface AggregatedAccountData {
  readonly phase: CeremonyPhase;
  readonly cindex: number;
  readonly personal:
    | {
        readonly participantType: ParticipantClass;
        readonly meetupIndex: bigint | undefined;
        readonly meetupLocationIndex: bigint | undefined;
        readonly meetupTime: bigint | undefined;
        readonly meetupRegistry: readonly Address[] | undefined;
      }
    | undefined;
}

export type GetAggregatedAccountDataReturnType = AggregatedAccountData;

/** The runtime's own view (`CeremoniesApi_get_aggregated_account_data`) of an account's current registration. */
export const getAggregatedAccountData = async (
  conn: Connection,
  p: { cid: CidInput; account: AccountInput } & ReadOptions,
): Promise<GetAggregatedAccountDataReturnType> => {
  const block = await resolveBlock(conn, p.at);
  const r = await conn.api.apis.CeremoniesApi.get_aggregated_account_data(
    toPapiCid(p.cid),
    toAddress(p.account),
    {
      at: block.hash,
    },
  );
  const big = (v: unknown) => optional(v as bigint | undefined, BigInt);
  return {
    phase: enumType<CeremonyPhase>(r.global.ceremony_phase),
    cindex: Number(r.global.ceremony_index),
    personal: optional(r.personal, (x: Record<string, unknown>) => ({
      participantType: enumType<ParticipantClass>(x.participant_type),
      meetupIndex: big(x.meetup_index),
      meetupLocationIndex: big(x.meetup_location_index),
      meetupTime: big(x.meetup_time),
      meetupRegistry: x.meetup_registry as Address[] | undefined,
    })),
  };
};
