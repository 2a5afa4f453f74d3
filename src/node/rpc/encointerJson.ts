// spec: economy §1.2 (fixed point in RPC JSON: decimal strings), §2.2 (BalanceEntry JSON), §4.4 (bazaar JSON, cid
// JSON); ceremonies §6.2 (cid JSON form)
/**
 * Parameters and results of the `encointer_*` RPC methods in the JSON form of the reference node (serde, camelCase
 * fields): cids as `{"geohash":"0x…","digest":"0x…"}`, fixed-point values as decimal strings, accounts as SS58,
 * `BoundedVec<u8>` texts as arrays of byte values.
 */
import { z } from 'zod';
import { parseCid } from '../../primitives/cid/cidString.js';
import {
  type CommunityIdentifier,
  type CommunityIdentifierJson,
  cidFromJson,
  cidToJson,
} from '../../primitives/cid/communityIdentifier.js';
import { fromHex } from '../../primitives/common/bytes.js';
import { ss58Decode, ss58Encode } from '../../primitives/common/ss58.js';
import { formatFixed } from '../../primitives/fixed/decimal.js';
import { I64F64, U64F64 } from '../../primitives/fixed/fixed.js';
import type {
  BalanceEntry,
  BusinessData,
  CommunityReputation,
  Location,
  OfferingData,
} from '../../primitives/scale/index.js';

const messageOf = (e: unknown): string => (e instanceof Error ? e.message : String(e));

/** A cid: the JSON object form, or (for convenience) the string form such as `"s00tw79dF6b"`. */
export const cidParam = z
  .union([z.string(), z.object({ geohash: z.string(), digest: z.string() })])
  .transform((value, ctx): CommunityIdentifier => {
    try {
      return typeof value === 'string' ? parseCid(value) : cidFromJson(value);
    } catch (e) {
      ctx.addIssue({ code: 'custom', message: messageOf(e) });
      return z.NEVER;
    }
  });

/** An account: SS58 (any prefix) or 32 bytes of hex. */
export const accountParam = z.string().transform((value, ctx): Uint8Array => {
  if (/^0x[0-9a-fA-F]{64}$/.test(value)) return fromHex(value);
  try {
    return ss58Decode(value);
  } catch (e) {
    ctx.addIssue({ code: 'custom', message: messageOf(e) });
    return z.NEVER;
  }
});

/** `BusinessIdentifier` in JSON: `{"communityIdentifier": cid, "controller": account}`. */
export const businessIdentifierParam = z.object({
  communityIdentifier: cidParam,
  controller: accountParam,
});

export const cidJson = (cid: CommunityIdentifier): CommunityIdentifierJson => cidToJson(cid);

/** A `BoundedVec<u8>` as serde writes it: the byte values. */
export const bytesJson = (bytes: Uint8Array): number[] => Array.from(bytes);

/** `Location { lat, lon }` (`serialize_fixed`): decimal strings of the I64F64 degrees. */
export const locationJson = (l: Location) => ({
  lat: formatFixed(I64F64, l.lat),
  lon: formatFixed(I64F64, l.lon),
});

/** `BalanceEntry` (economy §2.2): `{"principal": "<decimal>", "lastUpdate": n}`, the raw (not demurraged) entry. */
export const balanceEntryJson = (e: BalanceEntry) => ({
  principal: formatFixed(U64F64, e.principal),
  lastUpdate: e.last_update,
});

/** `Reputation`: unit variants as their names, `VerifiedLinked(cindex)` as `{"VerifiedLinked": cindex}`. */
export const reputationJson = (r: CommunityReputation['reputation']): unknown =>
  r.tag === 'VerifiedLinked' ? { VerifiedLinked: r.value } : r.tag;

export const communityReputationJson = (r: CommunityReputation) => ({
  communityIdentifier: cidJson(r.community_identifier),
  reputation: reputationJson(r.reputation),
});

/** `Business { controller, business_data }` (economy §4.4). */
export const businessJson = (controller: Uint8Array, data: BusinessData, ss58Prefix: number) => ({
  controller: ss58Encode(controller, ss58Prefix),
  businessData: { url: bytesJson(data.url), lastOid: data.last_oid },
});

export const offeringJson = (o: OfferingData) => ({ url: bytesJson(o.url) });
