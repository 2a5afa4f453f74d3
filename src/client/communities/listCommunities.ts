// spec: tooling §1.7.3 (`community list`), Appendix A (`encointer_getAllCommunities`, needs offchain indexing)
import { formatCid } from '../../primitives/cid/cidString.js';
import {
  type CommunityIdentifier,
  cidEquals,
  cidFromJson,
} from '../../primitives/cid/communityIdentifier.js';
import { fromHex } from '../../primitives/common/bytes.js';
import { bytesToText, fromPapiCid, toPapiCid } from '../common/convert.js';
import { resolveBlock } from '../common/resolveBlock.js';
import { hasRpcMethod } from '../common/rpcMethods.js';
import type { ReadOptions } from '../common/types.js';
import type { Connection } from '../connection/connect.js';

export interface CommunitySummary {
  readonly cid: CommunityIdentifier;
  /** The string form, e.g. `sqm1v79KBZ3`. */
  readonly cidString: string;
  readonly name: string;
}

export type ListCommunitiesReturnType = CommunitySummary[];

export interface ListCommunitiesParameters extends ReadOptions {
  /** Skip the `encointer_getAllCommunities` RPC and read storage (it also honours `at`). */
  storageOnly?: boolean | undefined;
}

/** A name from the RPC's JSON: text, a byte array, or hex. */
const nameText = (v: unknown): string => {
  if (typeof v === 'string') return /^0x([0-9a-fA-F]{2})*$/.test(v) ? bytesToText(fromHex(v)) : v;
  if (Array.isArray(v)) return bytesToText(Uint8Array.from(v as number[]));
  return '';
};

const fromRpc = async (conn: Connection): Promise<CommunitySummary[] | undefined> => {
  if (!(await hasRpcMethod(conn, 'encointer_getAllCommunities'))) return undefined;
  try {
    const rows = await conn.client._request<{ cid: unknown; name: unknown }[]>(
      'encointer_getAllCommunities',
      [],
    );
    return rows.map((r) => {
      const cid = cidFromJson(r.cid, 'encointer_getAllCommunities.cid');
      return { cid, cidString: formatCid(cid), name: nameText(r.name) };
    });
  } catch {
    // Without offchain indexing the node answers with an error: storage has the same data.
    return undefined;
  }
};

/**
 * Registered communities with their names: the `encointer_getAllCommunities` RPC where the node offers it
 * (and `at` is not given), otherwise `CommunityIdentifiers` and `CommunityMetadata` from storage.
 */
export const listCommunities = async (
  conn: Connection,
  { at, storageOnly = false }: ListCommunitiesParameters = {},
): Promise<ListCommunitiesReturnType> => {
  if (!storageOnly && at === undefined) {
    const viaRpc = await fromRpc(conn);
    if (viaRpc !== undefined) return viaRpc;
  }
  const block = await resolveBlock(conn, at);
  const cids = (
    (await conn.api.query.EncointerCommunities.CommunityIdentifiers.getValue({ at: block.hash })) as unknown[]
  ).map(fromPapiCid);
  const metas = (await conn.api.query.EncointerCommunities.CommunityMetadata.getValues(
    cids.map((c) => [toPapiCid(c)]),
    { at: block.hash },
  )) as { name: Uint8Array }[];
  return cids.map((cid, i) => ({ cid, cidString: formatCid(cid), name: bytesToText(metas[i]!.name) }));
};

/** Finds a community by its name or cid string among `communities`. */
export const findCommunity = (
  communities: readonly CommunitySummary[],
  nameOrCid: string | CommunityIdentifier,
): CommunitySummary | undefined =>
  typeof nameOrCid === 'string'
    ? communities.find((c) => c.cidString === nameOrCid || c.name === nameOrCid)
    : communities.find((c) => cidEquals(c.cid, nameOrCid));
