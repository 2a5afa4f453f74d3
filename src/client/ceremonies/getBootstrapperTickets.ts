// spec: ceremonies §7.5 (endorsement tickets), tooling §1.7.4 (`ceremony admin bootstrapper-tickets`)
import { toPapiCid } from '../common/convert.js';
import type { Address, CidInput, ReadOptions } from '../common/types.js';
import type { Connection } from '../connection/connect.js';

export interface BootstrapperTickets {
  readonly account: Address;
  /** Tickets per bootstrapper minus those burned over the community's life (never below 0). */
  readonly remaining: number;
}

/** Remaining newbie endorsement tickets of every bootstrapper of a community, in bootstrapper order. */
export const getBootstrapperTickets = async (
  conn: Connection,
  { cid, at = 'best' }: { cid: CidInput } & ReadOptions,
): Promise<BootstrapperTickets[]> => {
  const key = toPapiCid(cid);
  const q = conn.api.query.EncointerCeremonies;
  const [bootstrappers, perBootstrapper] = await Promise.all([
    conn.api.query.EncointerCommunities.Bootstrappers.getValue(key, { at }) as Promise<Address[]>,
    q.EndorsementTicketsPerBootstrapper.getValue({ at }) as Promise<number>,
  ]);
  const burned = (await q.BurnedBootstrapperNewbieTickets.getValues(
    bootstrappers.map((b) => [key, b]),
    { at },
  )) as number[];
  return bootstrappers.map((account, i) => ({
    account,
    remaining: Math.max(0, Number(perBootstrapper) - Number(burned[i] ?? 0)),
  }));
};
