// spec: economy §4.4 (`BazaarApi_get_businesses`), tooling §1.7.7 (`bazaar business list`)
import { bytesToText, toPapiCid } from '../common/convert.js';
import { resolveBlock } from '../common/resolveBlock.js';
import type { Address, CidInput, ReadOptions } from '../common/types.js';
import type { Connection } from '../connection/connect.js';

export interface Business {
  readonly controller: Address;
  /** Normally an IPFS CID; not validated by the chain. */
  readonly url: string;
  /** QUIRK: economy §4.3 — despite the name, the NEXT offering id to hand out (starts at 1). */
  readonly lastOid: number;
}

export type GetBusinessesReturnType = Business[];

/** The businesses of a community, in storage order. */
export const getBusinesses = async (
  conn: Connection,
  p: { cid: CidInput } & ReadOptions,
): Promise<GetBusinessesReturnType> => {
  const block = await resolveBlock(conn, p.at);
  const rows = (await conn.api.apis.BazaarApi.get_businesses(toPapiCid(p.cid), { at: block.hash })) as [
    Address,
    { url: Uint8Array; last_oid: number },
  ][];
  return rows.map(([controller, d]) => ({
    controller,
    url: bytesToText(d.url),
    lastOid: Number(d.last_oid),
  }));
};
