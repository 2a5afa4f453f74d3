// spec: ceremonies §1 (CommunityMetadata, PalletString, AnnouncementSigner, CommunityRules)

/** `CommunityRules`; stored only, no behaviour attached. */
export type CommunityRules = 'LoCo' | 'LoCoFlex' | 'BeeDance';

/** `AnnouncementSigner`: one variant, an opaque 32-byte BIP-340 key. */
export interface AnnouncementSigner {
  readonly tag: 'Bip340';
  readonly value: Uint8Array;
}

/** `CommunityMetadata` in SCALE field order; every string field is a `PalletString` (raw bytes, ≤ 256). */
export interface CommunityMetadata {
  readonly name: Uint8Array;
  readonly symbol: Uint8Array;
  /** IPFS CID (v0, 46 Base58 characters) of the community's assets. */
  readonly assets: Uint8Array;
  /** IPFS CID of the theme. */
  readonly theme?: Uint8Array | undefined;
  readonly url?: Uint8Array | undefined;
  readonly announcementSigner?: AnnouncementSigner | undefined;
  readonly rules: CommunityRules;
}

/** `Bs58Error` of the reference validator. */
export type Bs58Error =
  | { readonly tag: 'NonAsciiCharacter'; readonly value: number }
  | { readonly tag: 'NonBs58Character'; readonly value: number };

/** `IpfsValidationError` of the reference validator. */
export type IpfsValidationError =
  | { readonly tag: 'InvalidLength'; readonly value: number }
  | { readonly tag: 'InvalidBase58'; readonly value: Bs58Error };

/** `CommunityMetadataError`: why `CommunityMetadata::validate` refused; the pallet reports `InvalidCommunityMetadata`. */
export type CommunityMetadataError =
  | { readonly tag: 'InvalidAscii'; readonly value: number }
  | { readonly tag: 'InvalidIpfsCid'; readonly value: IpfsValidationError }
  | { readonly tag: 'TooManyCharactersInName'; readonly value: number }
  | { readonly tag: 'InvalidAmountCharactersInSymbol'; readonly value: number }
  | { readonly tag: 'TooManyCharactersInUrl'; readonly value: number };
