// spec: economy §4.1 and Appendix B (bazaar types)
import { int, struct } from '../codec/describe.js';
import type { ValueOf } from '../codec/types.js';
import { AccountId, CommunityIdentifier, PalletString } from './common.js';

const path = (name: string) => ['encointer_primitives', 'bazaar', name];
const accountParams = [{ name: 'AccountId', type: AccountId }];

/** `BusinessIdentifier<AccountId> { community_identifier, controller }`: 9 + 32 bytes. */
export const BusinessIdentifier = struct(
  path('BusinessIdentifier'),
  {
    community_identifier: { type: CommunityIdentifier, typeName: 'CommunityIdentifier' },
    controller: { type: AccountId, typeName: 'AccountId' },
  },
  { params: accountParams },
);
export type BusinessIdentifier = ValueOf<typeof BusinessIdentifier>;

/** `OfferingIdentifier`: u32; the first offering of a business gets 1. */
export const OfferingIdentifier = int('u32', 'OfferingIdentifier');
export type OfferingIdentifier = ValueOf<typeof OfferingIdentifier>;

/** `BusinessData { url, last_oid }`. QUIRK (economy §10 item 24): `last_oid` is the *next* offering id. */
export const BusinessData = struct(path('BusinessData'), {
  url: { type: PalletString, typeName: 'PalletString' },
  last_oid: { type: OfferingIdentifier, typeName: 'u32' },
});
export type BusinessData = ValueOf<typeof BusinessData>;

/** `OfferingData { url }`. */
export const OfferingData = struct(path('OfferingData'), {
  url: { type: PalletString, typeName: 'PalletString' },
});
export type OfferingData = ValueOf<typeof OfferingData>;

/** `Business<AccountId> { controller, business_data }` (RPC return type only). */
export const Business = struct(
  path('Business'),
  {
    controller: { type: AccountId, typeName: 'AccountId' },
    business_data: { type: BusinessData, typeName: 'BusinessData' },
  },
  { params: accountParams },
);
export type Business = ValueOf<typeof Business>;
