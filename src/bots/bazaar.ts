// spec: tooling §6.1 (random businesses and offerings), §6.4 (document schemas), §3.7 (c = 2: five merchants)
/**
 * Random bazaar content: for each owner a business document (schema.org `LocalBusiness`-like, tooling §6.4) with a
 * generated logo, and offerings made of a product document and an offer `{itemOffered, price}`, all stored on
 * IPFS; the chain gets the business and offering documents' CIDs. Copies are kept under `<dir>/bazaar/`.
 * QUIRK: tooling §3.7 — upstream pointed every business and offering at the placeholder `QmDUMMY…`.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { textToBytes, toPapiCid } from '../client/common/convert.js';
import { getLocations } from '../client/communities/getLocations.js';
import type { IpfsStore } from '../ipfs/ipfsStore.js';
import { bitsToDegrees } from '../primitives/geo/location.js';
import type { Agent } from './agents.js';
import { businessLogoSvg } from './assets.js';
import { type BotContext, communityOf, rngOf, saveState } from './botContext.js';
import type { SeededRandom } from './seededRandom.js';
import type { TxRequest } from './tx/txBatch.js';
import { runStep } from './txStep.js';
import { WORDS } from './words.js';

/** The categories the bazaar README lists (tooling §6.4). */
export const BUSINESS_CATEGORIES = [
  'art_music',
  'body_soul',
  'fashion_clothing',
  'food_beverage_store',
  'restaurants_bars',
  'it_hardware',
  'food',
  'other',
] as const;

const KINDS = ['Kitchen', 'Studio', 'Garden', 'Workshop', 'Market', 'Bakery', 'Repair', 'Books', 'Tailor'];
const GOODS = ['Bread', 'Coffee', 'Honey', 'Soap', 'Lamp', 'Scarf', 'Tea', 'Jam', 'Basket', 'Candle'];

const title = (w: string): string => w.charAt(0).toUpperCase() + w.slice(1);
const slugOf = (name: string): string => name.toLowerCase().replace(/[^a-z0-9]+/g, '-');

/** A business document (tooling §6.4 `LocalBusiness` fields). */
export const randomBusiness = (rng: SeededRandom, near: { lat: number; lon: number }, logo: string) => {
  const name = `${title(rng.pick(WORDS))} ${rng.pick(KINDS)}`;
  return {
    name,
    description: `${name}: ${rng.pick(['local', 'friendly', 'small', 'family'])} ${rng.pick(['shop', 'place', 'business'])} of the bot community`,
    category: rng.pick(BUSINESS_CATEGORIES),
    address: `${1 + rng.int(99)} ${title(rng.pick(WORDS))} Street`,
    telephone: null,
    email: `${slugOf(name)}@example.org`,
    longitude: (near.lon + rng.uniform(-0.01, 0.01)).toFixed(6),
    latitude: (near.lat + rng.uniform(-0.01, 0.01)).toFixed(6),
    openingHours: 'Mon-Fri 8h-18h',
    logo,
    photos: '',
  };
};

/** A product document (tooling §6.4 `Product` fields). */
export const randomProduct = (rng: SeededRandom, category: string, image: string) => {
  const name = `${title(rng.pick(WORDS))} ${rng.pick(GOODS)}`;
  return { name, description: `${name}, made by bots`, category, image, itemCondition: 'new' };
};

interface Planned {
  readonly owner: Agent;
  readonly businessCid: string;
  readonly offeringCids: readonly string[];
}

const addJson = async (store: IpfsStore, name: string, doc: unknown): Promise<string> =>
  (await store.add({ name, content: `${JSON.stringify(doc, null, 2)}\n` })).cid;

/** Generates and uploads the documents of one owner. */
const prepare = async (
  ctx: BotContext,
  store: IpfsStore,
  owner: Agent,
  offerings: number,
  near: { lat: number; lon: number },
): Promise<Planned> => {
  const rng = rngOf(ctx, `bazaar/${owner.record.index}`);
  const logoName = `${title(rng.pick(WORDS))}`;
  const logo = (await store.add({ name: 'logo.svg', content: businessLogoSvg(logoName, rng) })).cid;
  const business = randomBusiness(rng, near, logo);
  const slug = `${slugOf(business.name)}-${owner.record.index}`;
  const folder = path.join(ctx.dir.bazaarDir, slug);
  await mkdir(folder, { recursive: true });
  await writeFile(path.join(folder, 'business.json'), `${JSON.stringify(business, null, 2)}\n`);
  const businessCid = await addJson(store, `${slug}.json`, business);
  const offeringCids: string[] = [];
  for (let k = 0; k < offerings; k++) {
    const product = randomProduct(rng, business.category, logo);
    const productCid = await addJson(store, `${slug}-product-${k}.json`, product);
    const offer = { itemOffered: productCid, price: String(1 + rng.int(100)) };
    await writeFile(path.join(folder, `product-${k}.json`), `${JSON.stringify(product, null, 2)}\n`);
    await writeFile(path.join(folder, `offering-${k}.json`), `${JSON.stringify(offer, null, 2)}\n`);
    offeringCids.push(await addJson(store, `${slug}-offering-${k}.json`, offer));
  }
  return { owner, businessCid, offeringCids };
};

export interface BazaarResult {
  readonly businesses: number;
  readonly offerings: number;
}

/**
 * Registers a business (and `offerings` offerings each) for every owner that has none yet. Owners whose business
 * got registered become merchants.
 */
export const createBusinessesAndOfferings = async (
  ctx: BotContext,
  owners: readonly Agent[],
  offerings: number,
): Promise<BazaarResult> => {
  const todo = owners.filter((o) => !o.record.hasBusiness);
  if (todo.length === 0) return { businesses: 0, offerings: 0 };
  const cid = communityOf(ctx);
  const store = await ctx.ipfs();
  const [first] = await getLocations(ctx.conn, { cid });
  const near =
    first === undefined
      ? { lat: 0, lon: 0 }
      : { lat: bitsToDegrees(first.lat), lon: bitsToDegrees(first.lon) };
  ctx.progress.update({ step: 'bazaar documents' });
  const planned: Planned[] = [];
  for (const owner of todo) planned.push(await prepare(ctx, store, owner, offerings, near));
  const created = await runStep(
    ctx,
    'create businesses',
    planned.map((p) => ({
      signer: p.owner.account,
      call: ctx.conn.api.tx.EncointerBazaar.create_business({
        cid: toPapiCid(cid),
        url: textToBytes(p.businessCid),
      }),
      tag: p,
    })),
    { expected: ['ExistingBusiness'] },
  );
  const withBusiness = created.outcomes
    .filter((o) => o.status === 'ok' || o.error === 'ExistingBusiness')
    .map((o) => o.request.tag);
  const offers: TxRequest<Planned>[] = withBusiness.flatMap((p) =>
    p.offeringCids.map((url) => ({
      signer: p.owner.account,
      call: ctx.conn.api.tx.EncointerBazaar.create_offering({ cid: toPapiCid(cid), url: textToBytes(url) }),
      tag: p,
    })),
  );
  const offered = await runStep(ctx, 'create offerings', offers);
  for (const p of withBusiness) {
    p.owner.record.hasBusiness = true;
    p.owner.record.role = 'merchant';
  }
  await saveState(ctx);
  return { businesses: created.ok, offerings: offered.ok };
};
