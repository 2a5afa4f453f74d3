// spec: economy §4.3 (calls, checks, events), §4.4 (read API), §10 item 24
import { describe, expect, it } from 'vitest';
import { toHex } from '../../../primitives/common/bytes.js';
import { PalletError } from '../../framework/errors.js';
import { type Origin, ROOT, signed } from '../../framework/pallet.js';
import { purgeCommunity } from '../communities/communities.js';
import { CommunityIdentifiers } from '../communities/storage.js';
import { ALICE, BOB, CID, OTHER_CID, setupEnv } from '../encointerBalances/testSupport.js';
import { businessIdentifier } from './bazaar.js';
import { createBazaarPallet } from './pallet.js';
import { BAZAAR_API, getBusinesses, getOfferings, getOfferingsForBusiness } from './runtimeApi.js';
import { BusinessRegistry, OfferingRegistry } from './storage.js';

const url = (s: string) => new TextEncoder().encode(s);

const setup = () => {
  const env = setupEnv(createBazaarPallet());
  CommunityIdentifiers.set(env.state, [CID, OTHER_CID]);
  const call = (origin: Origin, name: string, args: object) => {
    const r = env.apply(origin, { tag: 'EncointerBazaar', value: { tag: name, value: args } });
    if (r.ok) return 'ok';
    return r.cause instanceof PalletError ? r.cause.variant : r.error.tag;
  };
  const as = (who: Uint8Array) => ({
    createBusiness: (u: string, cid = CID) => call(signed(who), 'create_business', { cid, url: url(u) }),
    updateBusiness: (u: string, cid = CID) => call(signed(who), 'update_business', { cid, url: url(u) }),
    deleteBusiness: (cid = CID) => call(signed(who), 'delete_business', { cid }),
    createOffering: (u: string, cid = CID) => call(signed(who), 'create_offering', { cid, url: url(u) }),
    updateOffering: (oid: number, u: string, cid = CID) =>
      call(signed(who), 'update_offering', { cid, oid, url: url(u) }),
    deleteOffering: (oid: number, cid = CID) => call(signed(who), 'delete_offering', { cid, oid }),
  });
  const events = () => env.eventsOf('EncointerBazaar');
  return { env, call, alice: as(ALICE), bob: as(BOB), events };
};

const aliceBid = businessIdentifier(CID, ALICE);

describe('bazaar businesses (economy §4.3)', () => {
  it('create_business stores (url, last_oid 1) and emits BusinessCreated(cid, who)', () => {
    const s = setup();
    expect(s.alice.createBusiness('QmBusiness')).toBe('ok');
    expect(BusinessRegistry.get(s.env.state, CID, ALICE)).toEqual({ url: url('QmBusiness'), last_oid: 1 });
    expect(s.events()).toEqual([{ tag: 'BusinessCreated', value: [CID, ALICE] }]);
  });

  it('create_business checks the community first, then an existing business', () => {
    const s = setup();
    CommunityIdentifiers.set(s.env.state, [OTHER_CID]);
    expect(s.alice.createBusiness('x')).toBe('NonexistentCommunity');
    CommunityIdentifiers.set(s.env.state, [CID]);
    expect(s.alice.createBusiness('x')).toBe('ok');
    expect(s.alice.createBusiness('y')).toBe('ExistingBusiness');
    // One business per (community, account): Bob may still have one.
    expect(s.bob.createBusiness('z')).toBe('ok');
  });

  it('update_business replaces the url and keeps last_oid; NonexistentBusiness otherwise', () => {
    const s = setup();
    expect(s.alice.updateBusiness('x')).toBe('NonexistentBusiness');
    s.alice.createBusiness('v1');
    s.alice.createOffering('o1');
    expect(s.alice.updateBusiness('v2')).toBe('ok');
    expect(BusinessRegistry.get(s.env.state, CID, ALICE)).toEqual({ url: url('v2'), last_oid: 2 });
    expect(s.events().at(-1)).toEqual({ tag: 'BusinessUpdated', value: [CID, ALICE] });
  });

  it('delete_business removes the business and all its offerings only', () => {
    const s = setup();
    expect(s.alice.deleteBusiness()).toBe('NonexistentBusiness');
    s.alice.createBusiness('a');
    s.alice.createOffering('o1');
    s.alice.createOffering('o2');
    s.bob.createBusiness('b');
    s.bob.createOffering('bo1');
    expect(s.alice.deleteBusiness()).toBe('ok');
    expect(BusinessRegistry.exists(s.env.state, CID, ALICE)).toBe(false);
    expect(OfferingRegistry.entriesOf(s.env.state, aliceBid)).toEqual([]);
    expect(getOfferingsForBusiness(s.env.state, businessIdentifier(CID, BOB))).toEqual([{ url: url('bo1') }]);
    expect(s.events().at(-1)).toEqual({ tag: 'BusinessDeleted', value: [CID, ALICE] });
  });

  it('calls must be signed', () => {
    const s = setup();
    expect(s.call(ROOT, 'create_business', { cid: CID, url: url('x') })).toBe('BadOrigin');
  });

  it('failed calls are module errors {64, [index]} in reference order', () => {
    const s = setup();
    const r = s.env.apply(signed(ALICE), {
      tag: 'EncointerBazaar',
      value: { tag: 'delete_offering', value: { cid: CID, oid: 1 } },
    });
    expect(r.ok ? undefined : r.error).toEqual({
      tag: 'Module',
      value: { index: 64, error: Uint8Array.of(3, 0, 0, 0) },
    });
  });
});

describe('bazaar offerings (economy §4.3)', () => {
  it('create_offering hands out last_oid (starting at 1) and increments it; emits OfferingCreated(cid, who, oid)', () => {
    const s = setup();
    expect(s.alice.createOffering('o')).toBe('NonexistentBusiness');
    s.alice.createBusiness('a');
    expect(s.alice.createOffering('o1')).toBe('ok');
    expect(s.alice.createOffering('o2')).toBe('ok');
    expect(OfferingRegistry.get(s.env.state, aliceBid, 1)).toEqual({ url: url('o1') });
    expect(OfferingRegistry.get(s.env.state, aliceBid, 2)).toEqual({ url: url('o2') });
    expect(BusinessRegistry.get(s.env.state, CID, ALICE).last_oid).toBe(3);
    expect(s.events().slice(-2)).toEqual([
      { tag: 'OfferingCreated', value: [CID, ALICE, 1] },
      { tag: 'OfferingCreated', value: [CID, ALICE, 2] },
    ]);
  });

  it('update_offering / delete_offering require the offering of the signer’s own business', () => {
    const s = setup();
    s.alice.createBusiness('a');
    s.alice.createOffering('o1');
    expect(s.alice.updateOffering(2, 'x')).toBe('NonexistentOffering');
    expect(s.bob.updateOffering(1, 'x')).toBe('NonexistentOffering');
    expect(s.bob.deleteOffering(1)).toBe('NonexistentOffering');
    expect(s.alice.updateOffering(1, 'o1b')).toBe('ok');
    expect(OfferingRegistry.get(s.env.state, aliceBid, 1)).toEqual({ url: url('o1b') });
    expect(s.events().at(-1)).toEqual({ tag: 'OfferingUpdated', value: [CID, ALICE, 1] });
    expect(s.alice.deleteOffering(1)).toBe('ok');
    expect(OfferingRegistry.exists(s.env.state, aliceBid, 1)).toBe(false);
    expect(s.events().at(-1)).toEqual({ tag: 'OfferingDeleted', value: [CID, ALICE, 1] });
    expect(s.alice.deleteOffering(1)).toBe('NonexistentOffering');
  });

  it('QUIRK §10 item 24: ids are not reused while the business exists; re-creating it restarts at 1', () => {
    const s = setup();
    s.alice.createBusiness('a');
    s.alice.createOffering('o1');
    s.alice.deleteOffering(1);
    s.alice.createOffering('o2');
    expect(s.events().at(-1)).toEqual({ tag: 'OfferingCreated', value: [CID, ALICE, 2] });
    s.alice.deleteBusiness();
    s.alice.createBusiness('a2');
    s.alice.createOffering('o3');
    expect(s.events().at(-1)).toEqual({ tag: 'OfferingCreated', value: [CID, ALICE, 1] });
  });

  it('QUIRK §10 item 24: last_oid += 1 is unchecked and wraps after u32::MAX', () => {
    const s = setup();
    s.alice.createBusiness('a');
    BusinessRegistry.set(s.env.state, CID, ALICE, { url: url('a'), last_oid: 0xffff_ffff });
    expect(s.alice.createOffering('last')).toBe('ok');
    expect(s.events().at(-1)).toEqual({ tag: 'OfferingCreated', value: [CID, ALICE, 0xffff_ffff] });
    expect(BusinessRegistry.get(s.env.state, CID, ALICE).last_oid).toBe(0);
  });

  it('QUIRK §10 item 24: only create_business checks the community; purging it leaves the bazaar entries', () => {
    const s = setup();
    s.alice.createBusiness('a');
    s.alice.createOffering('o1');
    purgeCommunity(s.env, CID);
    expect(s.alice.createOffering('o2')).toBe('ok');
    expect(s.alice.updateBusiness('a2')).toBe('ok');
    expect(getBusinesses(s.env.state, CID)).toHaveLength(1);
    expect(getOfferingsForBusiness(s.env.state, aliceBid)).toHaveLength(2);
  });

  it('urls are not validated, but longer than 256 bytes does not decode as a PalletString', () => {
    const s = setup();
    expect(s.alice.createBusiness('not an ipfs cid ✓')).toBe('ok');
    const call = s.env.apply(signed(ALICE), {
      tag: 'EncointerBazaar',
      value: { tag: 'update_business', value: { cid: CID, url: new Uint8Array(256) } },
    });
    expect(call).toEqual({ ok: true });
    const pallet = createBazaarPallet();
    const ok = pallet.callType!.enc({
      tag: 'update_business',
      value: { cid: CID, url: new Uint8Array(256) },
    });
    expect(pallet.callType!.dec(ok).value.url).toHaveLength(256);
    // Variant 1 and the 9 cid bytes, then compact(257) = 0x0504 and 257 bytes.
    const tooLong = Uint8Array.of(...ok.subarray(0, 10), 0x05, 0x04, ...new Uint8Array(257));
    expect(() => pallet.callType!.dec(tooLong)).toThrow(/PalletString|bound/);
  });
});

describe('bazaar read API (economy §4.4)', () => {
  const populated = () => {
    const s = setup();
    s.alice.createBusiness('alice-biz');
    s.alice.createOffering('a1');
    s.alice.createOffering('a2');
    s.bob.createBusiness('bob-biz');
    s.bob.createOffering('b1');
    s.bob.createBusiness('bob-other', OTHER_CID);
    s.bob.createOffering('b-other', OTHER_CID);
    return s;
  };

  it('get_businesses(cid): (controller, BusinessData) pairs of that community only', () => {
    const s = populated();
    const list = getBusinesses(s.env.state, CID);
    expect(list).toHaveLength(2);
    expect(list).toEqual(
      expect.arrayContaining([
        [ALICE, { url: url('alice-biz'), last_oid: 3 }],
        [BOB, { url: url('bob-biz'), last_oid: 2 }],
      ]),
    );
  });

  it('get_offerings(bid) returns the values without ids (QUIRK §10 item 24), in storage order', () => {
    const s = populated();
    expect(getOfferingsForBusiness(s.env.state, aliceBid)).toEqual(
      expect.arrayContaining([{ url: url('a1') }, { url: url('a2') }]),
    );
    expect(getOfferingsForBusiness(s.env.state, businessIdentifier(OTHER_CID, ALICE))).toEqual([]);
  });

  it('RPC getOfferings(cid) concatenates the offerings of every business of the community, business by business', () => {
    const s = populated();
    const all = getOfferings(s.env.state, CID);
    expect(all).toHaveLength(3);
    expect(all).toEqual(expect.arrayContaining([{ url: url('a1') }, { url: url('a2') }, { url: url('b1') }]));
    // Alice's two offerings are adjacent: Bob's sits before or after them.
    expect([0, 2]).toContain(all.findIndex((o) => toHex(o.url) === toHex(url('b1'))));
  });

  it('BazaarApi declares the reference methods and encodes the outputs as SCALE', () => {
    const s = populated();
    expect(BAZAAR_API.methods.map((m) => [m.name, m.inputs.map((i) => i.name)])).toEqual([
      ['get_offerings', ['business']],
      ['get_businesses', ['community']],
    ]);
    const [getOfferingsApi, getBusinessesApi] = BAZAAR_API.methods;
    const offerings = getOfferingsApi!.run(s.env.state, businessIdentifier(OTHER_CID, BOB));
    // Vec<OfferingData>: 1 item, url "b-other" (7 bytes).
    expect(toHex(getOfferingsApi!.output.enc(offerings))).toBe(`0x041c${toHex(url('b-other')).slice(2)}`);
    const businesses = getBusinessesApi!.run(s.env.state, OTHER_CID);
    // Vec<(AccountId32, BusinessData)>: 1 item, Bob, url "bob-other" (9 bytes), last_oid 2.
    expect(toHex(getBusinessesApi!.output.enc(businesses))).toBe(
      `0x04${toHex(BOB).slice(2)}24${toHex(url('bob-other')).slice(2)}02000000`,
    );
  });
});
