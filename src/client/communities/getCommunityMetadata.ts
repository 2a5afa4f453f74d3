// spec: ceremonies §1 (CommunityMetadata), §6.5 (`CommunityMetadata` storage)
import type { CommunityRules } from '../../primitives/communityMetadata/types.js';
import { bytesToText, enumType, optional, papiBytes, toPapiCid } from '../common/convert.js';
import type { CidInput, ReadOptions } from '../common/types.js';
import type { Connection } from '../connection/connect.js';

/** `CommunityMetadata` with its byte strings decoded as UTF-8. */
export interface CommunityMetadataText {
  readonly name: string;
  readonly symbol: string;
  /** IPFS CID of the asset folder. */
  readonly assets: string;
  readonly theme: string | undefined;
  readonly url: string | undefined;
  /** The BIP-340 announcement key (32 bytes), if any. */
  readonly announcementSigner: Uint8Array | undefined;
  readonly rules: CommunityRules;
}

export type GetCommunityMetadataReturnType = CommunityMetadataText;

interface PapiMetadata {
  name: Uint8Array;
  symbol: Uint8Array;
  assets: Uint8Array;
  theme?: Uint8Array;
  url?: Uint8Array;
  announcement_signer?: { type: 'Bip340'; value: unknown };
  rules: { type: CommunityRules };
}

/** Decodes papi's value of `CommunityMetadata`. */
export const fromPapiMetadata = (v: PapiMetadata): CommunityMetadataText => ({
  name: bytesToText(v.name),
  symbol: bytesToText(v.symbol),
  assets: bytesToText(v.assets),
  theme: optional(v.theme, bytesToText),
  url: optional(v.url, bytesToText),
  announcementSigner: optional(v.announcement_signer, (s) => papiBytes(s.value)),
  rules: enumType<CommunityRules>(v.rules),
});

/** `EncointerCommunities.CommunityMetadata(cid)`; a missing entry reads as the pallet default. */
export const getCommunityMetadata = async (
  conn: Connection,
  { cid, at = 'best' }: { cid: CidInput } & ReadOptions,
): Promise<GetCommunityMetadataReturnType> =>
  fromPapiMetadata(
    await conn.api.query.EncointerCommunities.CommunityMetadata.getValue(toPapiCid(cid), { at }),
  );
