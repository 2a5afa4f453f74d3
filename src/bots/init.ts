// spec: tooling §3.3 (`init`: assets, bootstrappers, random spec, `community new`, cid.txt, empty stats)
import { randomBytes } from 'node:crypto';
import { readdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { toPapiCid, toPapiLocation } from '../client/common/convert.js';
import { getLocationRules } from '../client/communities/getLocationRules.js';
import { getLocations } from '../client/communities/getLocations.js';
import { listCommunities } from '../client/communities/listCommunities.js';
import { newCommunity } from '../client/communities/newCommunity.js';
import type { Account, KeyType } from '../client/keystore/types.js';
import { type WrapCall, wrapPrivileged } from '../client/tx/privileged.js';
import type { CommunityIdentifier } from '../primitives/cid/communityIdentifier.js';
import type { Location } from '../primitives/geo/location.js';
import { MemoryLocationIndex } from '../primitives/geo/locationIndex.js';
import { createAgents } from './agents.js';
import { uploadCommunityAssets } from './assets.js';
import type { BotContext } from './botContext.js';
import { saveState } from './botContext.js';
import { botDir } from './botDir.js';
import { type BotSessionOptions, closeBot, openBot } from './botSession.js';
import { newBotState } from './botState.js';
import { randomAnchor, randomCommunityName, specJson, writeSpecFile } from './communitySpec.js';
import { BotStateError, BotStepError } from './errors.js';
import { type DegreePoint, placeLocations } from './locationGrid.js';
import { reachPhase } from './phaseControl.js';
import { SeededRandom } from './seededRandom.js';
import { resetStats } from './stats.js';
import { runStep } from './txStep.js';

/** Bootstrappers of a bot community (tooling §3.3 step 3). */
export const DEFAULT_BOOTSTRAPPERS = 10;
/** `-n/--number-of-locations` default (tooling §3.2). */
export const DEFAULT_LOCATIONS = 100;
/** Max population per location when `--max-population` is not given (tooling §3.2: 10 × n). */
export const POPULATION_PER_LOCATION = 10;

export interface InitParameters {
  readonly session: BotSessionOptions;
  /** Run seed; default a random one (printed and stored, so the run can be replayed). */
  readonly seed?: string | undefined;
  readonly keyType: KeyType;
  readonly bootstrappers?: number | undefined;
  readonly locations?: number | undefined;
  readonly maxPopulation?: number | undefined;
  /** Centre of the meetup locations; default a seeded point in upstream's Atlantic box. */
  readonly centre?: DegreePoint | undefined;
  /** Delete an existing bot state and keystore first (upstream asked interactively). */
  readonly purge: boolean;
  /** Wrapping of `new_community` (`-w/--wrap-call`); default none. */
  readonly wrap?: WrapCall | undefined;
  /** Move the chain to Registering with sudo `next_phase` when it is in another phase. */
  readonly advancePhases: boolean;
}

export interface InitResult {
  readonly cid: string;
  readonly name: string;
  readonly symbol: string;
  readonly assets: string;
  readonly specFile: string;
  readonly seed: string;
  readonly bootstrappers: readonly string[];
  readonly locations: number;
  readonly maxPopulation: number;
}

const entriesIn = async (dir: string): Promise<string[]> => {
  try {
    return await readdir(dir);
  } catch {
    return [];
  }
};

/** Locations of every community on chain, for the distance rules. */
const chainLocations = async (
  ctx: BotContext,
): Promise<{ index: MemoryLocationIndex; names: Set<string> }> => {
  const communities = await listCommunities(ctx.conn);
  const index = new MemoryLocationIndex();
  for (const c of communities) {
    for (const l of await getLocations(ctx.conn, { cid: c.cid })) index.addLocation(c.cid, l);
  }
  return { index, names: new Set(communities.map((c) => c.name)) };
};

/**
 * `add_location` for every further location, signed by `signer` with consecutive nonces (so in spec order) and
 * submitted as one batch. The client's `newCommunity` watches each extrinsic with its own subscription, which
 * costs O(locations × blocks): 160 s of client CPU for the 834 locations of a 10 000-bot community.
 */
const addLocations = async (
  ctx: BotContext,
  cid: CommunityIdentifier,
  locations: readonly Location[],
  signer: Account,
  wrap: WrapCall,
): Promise<void> => {
  const requests = await Promise.all(
    locations.map(async (l) => ({
      signer,
      call: await wrapPrivileged(
        ctx.conn,
        ctx.conn.api.tx.EncointerCommunities.add_location({
          cid: toPapiCid(cid),
          location: toPapiLocation(l),
        }),
        wrap,
      ),
      tag: l,
    })),
  );
  const report = await runStep(ctx, 'add locations', requests);
  if (report.ok !== requests.length) {
    const errors = [...report.errors].map(([e, n]) => `${e}×${n}`).join(', ');
    throw new BotStepError(`${requests.length - report.ok} location(s) could not be added: ${errors}`);
  }
};

/**
 * Bootstraps a bot community in a directory: uploads the assets, creates and funds the bootstrappers, writes a
 * random spec, registers the community (signed by the funder) and stores `cid.txt`, the state and empty stats.
 */
export const initBot = async (p: InitParameters): Promise<InitResult> => {
  const dir = botDir(p.session.dir);
  const keys = await entriesIn(dir.keystore);
  const existing: string[] = (await entriesIn(dir.root)).filter(
    (f) => f === 'bot-state.json' || f === 'cid.txt',
  );
  if (keys.length > 0) existing.push(`${keys.length} key(s) in my_keystore`);
  if (existing.length > 0) {
    // QUIRK: tooling §3.3 step 1 — upstream asked interactively whether to purge the keystore.
    if (!p.purge) {
      throw new BotStateError(
        `${dir.root} already holds a bot (${existing.join(', ')}): pass --purge to delete it, or choose another --dir`,
      );
    }
    for (const f of [dir.keystore, dir.stateFile, dir.cidFile, dir.statsCsv, dir.statsJson]) {
      await rm(f, { recursive: true, force: true });
    }
  }
  const seed = p.seed ?? randomBytes(8).toString('hex');
  const locationCount = p.locations ?? DEFAULT_LOCATIONS;
  const maxPopulation = p.maxPopulation ?? POPULATION_PER_LOCATION * locationCount;
  const state = newBotState(seed, p.keyType, maxPopulation);
  const ctx = await openBot(p.session, state);
  try {
    ctx.log.banner(`INIT seed ${seed}`);
    const rng = new SeededRandom(seed, 'community');
    const { index, names } = await chainLocations(ctx);
    const { name, symbol } = randomCommunityName(rng, names);
    const assets = await uploadCommunityAssets(await ctx.ipfs(), symbol, rng.stream('community/icon'));
    if (assets.failure !== undefined) ctx.progress.event('ipfs', assets.failure);
    ctx.progress.event('ipfs', `community assets on IPFS: ${assets.cid}`, { assets: assets.cid });

    const bootstrappers = await createAgents({
      keystore: dir.keystore,
      state,
      count: p.bootstrappers ?? DEFAULT_BOOTSTRAPPERS,
      role: 'bootstrapper',
      cindex: 0,
    });
    ctx.agents.push(...bootstrappers);
    await saveState(ctx);
    ctx.progress.update({ population: ctx.agents.length, step: 'funding bootstrappers' });
    const funded = await ctx.funder.fund(bootstrappers.map((b) => b.account.address));
    if (funded.failed.length > 0) {
      throw new BotStepError(
        `${funded.failed.length} bootstrapper(s) could not be funded: ${funded.faucetNote ?? ''}`,
      );
    }
    ctx.progress.event(
      'funding',
      `funded ${bootstrappers.length} bootstrapper(s): ${funded.viaFaucet} by the faucet, ${funded.direct} directly${funded.faucetNote === undefined ? '' : ` (${funded.faucetNote})`}`,
      { viaFaucet: funded.viaFaucet, direct: funded.direct, faucetNote: funded.faucetNote },
    );

    const rules = await getLocationRules(ctx.conn);
    const centre = p.centre ?? randomAnchor(rng.stream('community/anchor'));
    const points = placeLocations({ centre, count: locationCount, existing: index, rules });
    const json = specJson({
      name,
      symbol,
      assets: assets.cid,
      bootstrappers: bootstrappers.map((b) => b.account.address),
      locations: points,
    });
    const { file, spec } = await writeSpecFile(dir.specDir, name, json);

    const step = await reachPhase(ctx, { phase: 'Registering', after: undefined, advance: p.advancePhases });
    ctx.progress.update({ phase: step.phase, cindex: step.cindex, step: 'community new' });
    // The first location fixes the CID; the others go through the batched submitter (see addLocations).
    const registered = await newCommunity(ctx.conn, {
      spec: { ...spec, locations: spec.locations.slice(0, 1) },
      signer: p.session.funder,
      wrap: p.wrap ?? 'none',
    });
    await addLocations(ctx, registered.cid, spec.locations.slice(1), p.session.funder, p.wrap ?? 'none');
    await writeFile(dir.cidFile, `${registered.cidString}\n`);
    state.community = {
      cid: registered.cidString,
      name,
      symbol,
      specFile: path.relative(dir.root, file),
      assets: assets.cid,
      locations: spec.locations.length,
    };
    await saveState(ctx);
    await resetStats(dir);
    ctx.progress.event(
      'community',
      `registered ${name} (${symbol}) as ${registered.cidString} with ${spec.locations.length} location(s)`,
      { cid: registered.cidString, name, symbol, locations: spec.locations.length },
    );
    return {
      cid: registered.cidString,
      name,
      symbol,
      assets: assets.cid,
      specFile: file,
      seed,
      bootstrappers: bootstrappers.map((b) => b.account.address),
      locations: spec.locations.length,
      maxPopulation,
    };
  } finally {
    closeBot(ctx);
  }
};
