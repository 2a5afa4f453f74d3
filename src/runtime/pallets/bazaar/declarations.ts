// spec: economy §4.3 (events, errors), reference-metadata-spec30 EncointerBazaar
import type { ValueOf } from '../../../primitives/codec/types.js';
import { CommunityIdentifier, OfferingIdentifier } from '../../../primitives/scale/index.js';
import { defineErrors, defineEvents } from '../../framework/pallet.js';
import { AccountId32 } from '../../types/substrate.js';

export const PALLET = 'EncointerBazaar';

/** `pallet_encointer_bazaar::Error`, in reference order. */
export const bazaarErrors = defineErrors(
  PALLET,
  ['pallet_encointer_bazaar', 'pallet', 'Error'],
  [
    ['NonexistentCommunity', 'community identifier not found'],
    ['ExistingBusiness', 'business already registered for this cid'],
    ['NonexistentBusiness', 'business does not exist'],
    ['NonexistentOffering', 'offering does not exist'],
  ],
);

const cid = { type: CommunityIdentifier, typeName: 'CommunityIdentifier' };
const who = { type: AccountId32, typeName: 'T::AccountId' };
const oid = { type: OfferingIdentifier, typeName: 'OfferingIdentifier' };
const business = [cid, who] as const;
const offering = [cid, who, oid] as const;

/** `pallet_encointer_bazaar::Event`: `[community, who]` for businesses, `[community, who, oid]` for offerings. */
export const bazaarEvents = defineEvents(['pallet_encointer_bazaar', 'pallet', 'Event'], {
  BusinessCreated: {
    index: 0,
    fields: business,
    docs: ['Event emitted when a business is created. [community, who]'],
  },
  BusinessUpdated: {
    index: 1,
    fields: business,
    docs: ['Event emitted when a business is updated. [community, who]'],
  },
  BusinessDeleted: {
    index: 2,
    fields: business,
    docs: ['Event emitted when a business is deleted. [community, who]'],
  },
  OfferingCreated: {
    index: 3,
    fields: offering,
    docs: ['Event emitted when an offering is created. [community, who, oid]'],
  },
  OfferingUpdated: {
    index: 4,
    fields: offering,
    docs: ['Event emitted when an offering is updated. [community, who, oid]'],
  },
  OfferingDeleted: {
    index: 5,
    fields: offering,
    docs: ['Event emitted when an offering is deleted. [community, who, oid]'],
  },
});

export type BazaarEvent = ValueOf<typeof bazaarEvents>;
