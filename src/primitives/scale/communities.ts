// spec: ceremonies §1, §6.3, §6.5 (communities types and storage values); economy Appendix B (CommunityMetadata)
import {
  boundedVec,
  enumType,
  fixedBytes,
  int,
  newtype,
  option,
  struct,
  unitEnum,
} from '../codec/describe.js';
import type { ValueOf } from '../codec/types.js';
import { AccountId, CommunityIdentifier, Location, PalletString } from './common.js';

/** Variants of `CommunityRules` in index order; the default is `LoCo`. */
export const COMMUNITY_RULES = ['LoCo', 'LoCoFlex', 'BeeDance'] as const;
/** `CommunityRules`: `LoCo`=0, `LoCoFlex`=1, `BeeDance`=2 (stored only, no behaviour attached). */
export const CommunityRules = unitEnum(
  ['encointer_primitives', 'communities', 'CommunityRules'],
  COMMUNITY_RULES,
);
export type CommunityRules = ValueOf<typeof CommunityRules>;

const Bip340 = newtype(['ep_core', 'bip340', 'Bip340'], {
  type: fixedBytes(32, 'Bip340'),
  typeName: '[u8; 32]',
});

/** `AnnouncementSigner`: one variant, `Bip340([u8; 32])`=0 (an opaque key). */
export const AnnouncementSigner = enumType(['encointer_primitives', 'communities', 'AnnouncementSigner'], {
  Bip340: { index: 0, fields: Bip340 },
});
export type AnnouncementSigner = ValueOf<typeof AnnouncementSigner>;

/**
 * `CommunityMetadata` in SCALE field order; validation rules (§6.3) are not a codec concern. Every text is a
 * `BoundedVec<u8, 256>`; the reference names `assets` and `theme` `BoundedIpfsCid` (field type names below).
 */
export const CommunityMetadata = struct(['encointer_primitives', 'communities', 'CommunityMetadata'], {
  name: { type: PalletString, typeName: 'PalletString' },
  symbol: { type: PalletString, typeName: 'PalletString' },
  assets: { type: PalletString, typeName: 'BoundedIpfsCid' },
  theme: { type: option(PalletString), typeName: 'Option<BoundedIpfsCid>' },
  url: { type: option(PalletString), typeName: 'Option<PalletString>' },
  announcement_signer: { type: option(AnnouncementSigner), typeName: 'Option<AnnouncementSigner>' },
  rules: { type: CommunityRules, typeName: 'CommunityRules' },
});
export type CommunityMetadata = ValueOf<typeof CommunityMetadata>;

/** `MinSolarTripTimeType`: u32 seconds. */
export const MinSolarTripTime = int('u32', 'MinSolarTripTime');
export type MinSolarTripTime = ValueOf<typeof MinSolarTripTime>;
/** `MaxSpeedMpsType`: u32 metres per second. */
export const MaxSpeedMps = int('u32', 'MaxSpeedMps');
export type MaxSpeedMps = ValueOf<typeof MaxSpeedMps>;

/** Dev-runtime value of `MaxCommunityIdentifiers`, `MaxBootstrappers`, `MaxLocationsPerGeohash` and `MaxCommunityIdentifiersPerGeohash`. */
export const MAX_COMMUNITY_ITEMS = 10_000;

/** `Bootstrappers[cid]`: `BoundedVec<AccountId, MaxBootstrappers>`. */
export const bootstrappersCodec = (max: number) => boundedVec(AccountId, max, 'Bootstrappers');
export const Bootstrappers = bootstrappersCodec(MAX_COMMUNITY_ITEMS);
export type Bootstrappers = ValueOf<typeof Bootstrappers>;

/** `CommunityIdentifiers`: all cids in registration order, `BoundedVec<CID, MaxCommunityIdentifiers>`. */
export const communityIdentifiersCodec = (max: number) =>
  boundedVec(CommunityIdentifier, max, 'CommunityIdentifiers');
export const CommunityIdentifiers = communityIdentifiersCodec(MAX_COMMUNITY_ITEMS);
export type CommunityIdentifiers = ValueOf<typeof CommunityIdentifiers>;

/** `CommunityIdentifiersByGeohash[g]`: `BoundedVec<CID, MaxCommunityIdentifiersPerGeohash>`, kept sorted. */
export const communityIdentifiersPerGeohashCodec = (max: number) =>
  boundedVec(CommunityIdentifier, max, 'CommunityIdentifiersPerGeohash');
export const CommunityIdentifiersPerGeohash = communityIdentifiersPerGeohashCodec(MAX_COMMUNITY_ITEMS);
export type CommunityIdentifiersPerGeohash = ValueOf<typeof CommunityIdentifiersPerGeohash>;

/** `Locations[cid][g]`: `BoundedVec<Location, MaxLocationsPerGeohash>`, kept sorted by (lat, lon). */
export const locationsPerGeohashCodec = (max: number) => boundedVec(Location, max, 'LocationsPerGeohash');
export const LocationsPerGeohash = locationsPerGeohashCodec(MAX_COMMUNITY_ITEMS);
export type LocationsPerGeohash = ValueOf<typeof LocationsPerGeohash>;
