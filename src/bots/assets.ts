// spec: tooling §7.2 (community assets: a folder whose root holds `community_icon.svg`), §3.3 step 2, §7.1
/**
 * The community's assets folder, generated from the run's seed (an SVG icon in the community's colours), and its
 * upload. The CID on chain is the folder's own (not a `-w` wrapper), as the current convention requires.
 */

import { UPSTREAM_ADD_FAILED_CID } from '../ipfs/createIpfsStore.js';
import type { IpfsStore } from '../ipfs/ipfsStore.js';
import type { SeededRandom } from './seededRandom.js';

const hsl = (h: number, s: number, l: number): string => `hsl(${Math.round(h)},${s}%,${l}%)`;

/** A 108×108 SVG icon: a disc with the symbol's letters, in colours drawn from `rng`. */
export const communityIconSvg = (symbol: string, rng: SeededRandom): string => {
  const hue = rng.uniform(0, 360);
  const letters = symbol.replace(/[^A-Za-z0-9]/g, '').slice(0, 3);
  return [
    '<svg xmlns="http://www.w3.org/2000/svg" width="108" height="108" viewBox="0 0 108 108">',
    `<circle cx="54" cy="54" r="52" fill="${hsl(hue, 65, 45)}"/>`,
    `<circle cx="54" cy="54" r="40" fill="${hsl((hue + 180) % 360, 55, 85)}"/>`,
    `<text x="54" y="64" font-family="sans-serif" font-size="28" font-weight="bold" text-anchor="middle" fill="${hsl(hue, 65, 25)}">${letters}</text>`,
    '</svg>',
    '',
  ].join('\n');
};

/** A small square logo for a business, as SVG. */
export const businessLogoSvg = (initial: string, rng: SeededRandom): string => {
  const hue = rng.uniform(0, 360);
  return [
    '<svg xmlns="http://www.w3.org/2000/svg" width="72" height="72" viewBox="0 0 72 72">',
    `<rect width="72" height="72" rx="12" fill="${hsl(hue, 60, 50)}"/>`,
    `<text x="36" y="47" font-family="sans-serif" font-size="32" text-anchor="middle" fill="white">${initial.slice(0, 1).toUpperCase()}</text>`,
    '</svg>',
    '',
  ].join('\n');
};

export interface UploadedAssets {
  /** The CID to put into `meta.assets`. */
  readonly cid: string;
  /** Undefined on success; why the placeholder was used otherwise. */
  readonly failure: string | undefined;
}

/**
 * Uploads `assets/community_icon.svg`. On failure the upstream placeholder is used (the chain only checks that
 * the CID is 46 base58 characters), and the reason is returned for the log.
 */
export const uploadCommunityAssets = async (
  store: IpfsStore,
  symbol: string,
  rng: SeededRandom,
): Promise<UploadedAssets> => {
  try {
    const added = await store.add({
      name: 'assets',
      entries: [{ name: 'community_icon.svg', content: communityIconSvg(symbol, rng) }],
    });
    return { cid: added.cid, failure: undefined };
  } catch (e) {
    // QUIRK: tooling §3.3 step 2 — upstream prints "add image to ipfs failed" and keeps QmDUMMY….
    return { cid: UPSTREAM_ADD_FAILED_CID, failure: `add image to ipfs failed: ${(e as Error).message}` };
  }
};
