/**
 * The bazaar: a registry of businesses and their offerings per community; content lives off chain (the url,
 * normally an IPFS CID, is not validated). The controller of a business is the account that signs.
 * spec: economy §4.3
 */
import type {
  BusinessData,
  BusinessIdentifier,
  CommunityIdentifier,
} from '../../../primitives/scale/index.js';
import type { Env } from '../../framework/pallet.js';
import type { AccountId } from '../../types/substrate.js';
import { communityExists } from '../communities/communities.js';
import { type BazaarEvent, bazaarErrors, PALLET } from './declarations.js';
import { BusinessRegistry, OfferingRegistry } from './storage.js';

const emit = (env: Env, event: BazaarEvent): void => env.deposit(PALLET, event);

const U32_MODULUS = 2 ** 32;

/** The key of a business's offerings. */
export const businessIdentifier = (cid: CommunityIdentifier, controller: AccountId): BusinessIdentifier => ({
  community_identifier: cid,
  controller,
});

const requireBusiness = (env: Env, cid: CommunityIdentifier, who: AccountId): BusinessData => {
  if (!BusinessRegistry.exists(env.state, cid, who)) throw bazaarErrors.fail('NonexistentBusiness');
  return BusinessRegistry.get(env.state, cid, who);
};

const requireOffering = (env: Env, bid: BusinessIdentifier, oid: number): void => {
  if (!OfferingRegistry.exists(env.state, bid, oid)) throw bazaarErrors.fail('NonexistentOffering');
};

/**
 * Registers `who`'s business in `cid` with its first offering id 1. Throws `NonexistentCommunity` or
 * `ExistingBusiness`.
 */
export const createBusiness = (env: Env, who: AccountId, cid: CommunityIdentifier, url: Uint8Array): void => {
  if (!communityExists(env.state, cid)) throw bazaarErrors.fail('NonexistentCommunity');
  if (BusinessRegistry.exists(env.state, cid, who)) throw bazaarErrors.fail('ExistingBusiness');
  BusinessRegistry.set(env.state, cid, who, { url, last_oid: 1 });
  emit(env, { tag: 'BusinessCreated', value: [cid, who] });
};

/** Replaces the business's url, keeping its offering counter. Throws `NonexistentBusiness`. */
export const updateBusiness = (env: Env, who: AccountId, cid: CommunityIdentifier, url: Uint8Array): void => {
  const business = requireBusiness(env, cid, who);
  BusinessRegistry.set(env.state, cid, who, { url, last_oid: business.last_oid });
  emit(env, { tag: 'BusinessUpdated', value: [cid, who] });
};

/** Removes the business and all its offerings. Throws `NonexistentBusiness`. */
export const deleteBusiness = (env: Env, who: AccountId, cid: CommunityIdentifier): void => {
  requireBusiness(env, cid, who);
  BusinessRegistry.remove(env.state, cid, who);
  OfferingRegistry.clearPrefix(env.state, businessIdentifier(cid, who));
  emit(env, { tag: 'BusinessDeleted', value: [cid, who] });
};

/**
 * Adds an offering under the next id and returns that id. Throws `NonexistentBusiness`.
 * QUIRK: economy §10 item 24 — `last_oid` is the *next* id; ids are never reused while the business exists, and
 * the counter wraps (unchecked u32) after 2^32 offerings.
 */
export const createOffering = (
  env: Env,
  who: AccountId,
  cid: CommunityIdentifier,
  url: Uint8Array,
): number => {
  const business = requireBusiness(env, cid, who);
  const oid = business.last_oid;
  BusinessRegistry.set(env.state, cid, who, { url: business.url, last_oid: (oid + 1) % U32_MODULUS });
  OfferingRegistry.set(env.state, businessIdentifier(cid, who), oid, { url });
  emit(env, { tag: 'OfferingCreated', value: [cid, who, oid] });
  return oid;
};

/** Replaces an offering's url. Throws `NonexistentOffering`. */
export const updateOffering = (
  env: Env,
  who: AccountId,
  cid: CommunityIdentifier,
  oid: number,
  url: Uint8Array,
): void => {
  const bid = businessIdentifier(cid, who);
  requireOffering(env, bid, oid);
  OfferingRegistry.set(env.state, bid, oid, { url });
  emit(env, { tag: 'OfferingUpdated', value: [cid, who, oid] });
};

/** Removes an offering. Throws `NonexistentOffering`. */
export const deleteOffering = (env: Env, who: AccountId, cid: CommunityIdentifier, oid: number): void => {
  const bid = businessIdentifier(cid, who);
  requireOffering(env, bid, oid);
  OfferingRegistry.remove(env.state, bid, oid);
  emit(env, { tag: 'OfferingDeleted', value: [cid, who, oid] });
};
