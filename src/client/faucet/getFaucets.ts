// spec: economy §5.1 (`Faucets`), tooling §1.7.8 (`faucet list -v`)
import type { CommunityIdentifier } from '../../primitives/cid/communityIdentifier.js';
import { bytesToText, fromPapiCid, optional } from '../common/convert.js';
import type { Address, ReadOptions } from '../common/types.js';
import type { Connection } from '../connection/connect.js';

export interface Faucet {
  readonly account: Address;
  readonly name: string;
  readonly purposeId: bigint;
  /** Undefined: every community may drip. */
  readonly whitelist: readonly CommunityIdentifier[] | undefined;
  /** Native base units per drip. */
  readonly dripAmount: bigint;
  readonly creator: Address;
}

export type GetFaucetsReturnType = Faucet[];

/** Every faucet of the on-chain faucet pallet (not the HTTP faucet service). */
export const getFaucets = async (
  conn: Connection,
  { at = 'best' }: ReadOptions = {},
): Promise<GetFaucetsReturnType> => {
  const rows = (await conn.api.query.EncointerFaucet.Faucets.getEntries({ at })) as {
    keyArgs: [Address];
    value: {
      name: Uint8Array;
      purpose_id: bigint;
      whitelist?: unknown[];
      drip_amount: bigint;
      creator: Address;
    };
  }[];
  return rows.map((r) => ({
    account: r.keyArgs[0],
    name: bytesToText(r.value.name),
    purposeId: BigInt(r.value.purpose_id),
    whitelist: optional(r.value.whitelist, (w) => w.map(fromPapiCid)),
    dripAmount: BigInt(r.value.drip_amount),
    creator: r.value.creator,
  }));
};
