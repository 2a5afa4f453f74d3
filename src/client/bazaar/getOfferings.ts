// spec: economy §4.2 (`OfferingRegistry`), §4.4 (offerings come without their oid over RPC; storage has it)
import { bytesToText, soleField, toAddress, toPapiCid } from '../common/convert.js';
import { resolveBlock } from '../common/resolveBlock.js';
import type { AccountInput, Address, CidInput, ReadOptions } from '../common/types.js';
import type { Connection } from '../connection/connect.js';
import { getBusinesses } from './getBusinesses.js';

export interface Offering {
  readonly controller: Address;
  /** Offering id (1-based per business). */
  readonly oid: number;
  readonly url: string;
}

export type GetOfferingsReturnType = Offering[];

/**
 * Offerings of one business (`controller` given) or of every business of a community, with their ids (read from
 * `OfferingRegistry`, since the runtime API drops them), ordered by controller order then id.
 */
export const getOfferings = async (
  conn: Connection,
  p: { cid: CidInput; controller?: AccountInput | undefined } & ReadOptions,
): Promise<GetOfferingsReturnType> => {
  const block = await resolveBlock(conn, p.at);
  const controllers =
    p.controller === undefined
      ? (await getBusinesses(conn, { cid: p.cid, at: block.hash })).map((b) => b.controller)
      : [toAddress(p.controller, 'controller')];
  const lists = await Promise.all(
    controllers.map(async (controller) => {
      const rows = (await conn.api.query.EncointerBazaar.OfferingRegistry.getEntries(
        { community_identifier: toPapiCid(p.cid), controller },
        { at: block.hash },
      )) as { keyArgs: [unknown, number]; value: unknown }[];
      return rows
        .map((r) => ({ controller, oid: Number(r.keyArgs[1]), url: bytesToText(soleField(r.value, 'url')) }))
        .sort((a, b) => a.oid - b.oid);
    }),
  );
  return lists.flat();
};
