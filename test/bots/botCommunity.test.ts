// spec: tooling §3.3 (init), §3.6 (growth policy), §3.7 (simulate, execute-current-phase), §3.8, §3.9, §6.4, §7.2
/**
 * The bot community against the real node process (instant seal): `bot init` with 10 bootstrappers, then
 * `bot simulate --ceremonies 7`. The expected population of every ceremony is computed here from the growth rule of
 * tooling §3.6 and the assignment allowance of ceremonies §7.6; the expected supply is rebuilt from the chain's
 * `Issued` events (read with polkadot-js, not with our client) and decayed with src/primitives/demurrage.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ApiPromise, WsProvider } from '@polkadot/api';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/run.js';
import {
  type Connection,
  connect,
  getBootstrappers,
  getBootstrapperTickets,
  getBusinesses,
  getCommunityMetadata,
  getDemurrageRate,
  getLocations,
  getNativeBalance,
  getOfferings,
  getProposals,
  nextPhase,
  resolveSigner,
  sameAccount,
} from '../../src/client/index.js';
import { EmbeddedIpfsStore } from '../../src/ipfs/embeddedStore.js';
import { computeAssignmentAllowance } from '../../src/primitives/assignment/allowance.js';
import { applyDemurrage, type BalanceEntry } from '../../src/primitives/demurrage/applyDemurrage.js';
import { createNativeFaucet, startFaucetServer } from '../../src/services/faucet/index.js';
import { type NodeProcess, startNodeProcess } from '../node/support/nodeProcess.js';

const CEREMONIES = 7;
const LOCATIONS = 10;
// tooling §3.2: max population = 10 × locations.
const MAX_POPULATION = 10 * LOCATIONS;
const BOOTSTRAPPERS = 10;
const HALF = 1n << 63n;
/** A port nothing listens on: the faucet is "not running", so funding falls back to --funder. */
const NO_FAUCET = 'http://127.0.0.1:9/api';

interface ExpectedCeremony {
  population: number;
  rewarded: number;
}

/**
 * tooling §3.6 + ceremonies §7.6 on the dev runtime (MeetupSizeTarget 15, MeetupNewbieLimitDivider 2):
 * growth starts once ceremony 1 paid its bootstrappers; each growth step endorses 10 (two bootstrappers × 5
 * tickets; bootstrappers hold reputation, so the pallet burns their per-cycle reputable tickets first and the
 * bootstrapper tickets never run out, ceremonies §7.5 step 4) and adds min(⌊P/1.5⌋, max − P) newbies. Everyone
 * assigned attends and is rewarded; attendees register as reputables next time, everyone else as a newbie.
 */
const expectedCeremonies = (n: number): ExpectedCeremony[] => {
  const out: ExpectedCeremony[] = [];
  let population = BOOTSTRAPPERS;
  let rewardedSoFar = 0;
  let reputables = 0n;
  let waiting = 0n;
  for (let c = 1; c <= n; c++) {
    const row = population;
    let endorsees = 0;
    let newbies = 0;
    if (rewardedSoFar > 0) {
      endorsees = 10;
      newbies = Math.max(0, Math.min(Math.floor(population / 1.5), MAX_POPULATION - population));
      population += endorsees + newbies;
    }
    const registered = {
      bootstrappers: BigInt(BOOTSTRAPPERS),
      reputables,
      endorsees: BigInt(endorsees),
      newbies: waiting + BigInt(newbies),
    };
    const a = computeAssignmentAllowance(BigInt(LOCATIONS), registered, {
      meetupSizeTarget: 15n,
      meetupMinSize: 3n,
      newbieLimitDivider: 2n,
    });
    const rewarded = Number(a.bootstrappers + a.reputables + a.endorsees + a.newbies);
    out.push({ population: row, rewarded });
    rewardedSoFar += rewarded;
    reputables = a.reputables + a.endorsees + a.newbies;
    waiting =
      registered.reputables -
      a.reputables +
      (registered.endorsees - a.endorsees) +
      (registered.newbies - a.newbies);
  }
  return out;
};

interface Issue {
  block: number;
  who: string;
  amount: bigint;
}

/** Every `EncointerBalances.Issued` event of the chain, read block by block with polkadot-js. */
const issuedEvents = async (api: ApiPromise): Promise<Issue[]> => {
  const head = (await api.rpc.chain.getHeader()).number.toNumber();
  const out: Issue[] = [];
  for (let n = 1; n <= head; n++) {
    const hash = await api.rpc.chain.getBlockHash(n);
    const events = (await (await api.at(hash)).query.system.events()) as unknown as {
      event: { section: string; method: string; data: { toString(): string; toJSON(): unknown }[] };
    }[];
    for (const { event } of events) {
      if (event.section !== 'encointerBalances' || event.method !== 'Issued') continue;
      const amount = event.data[2]!.toJSON() as number | string | { bits: number | string };
      const bits = typeof amount === 'object' ? amount.bits : amount;
      out.push({ block: n, who: event.data[1]!.toString(), amount: BigInt(bits) });
    }
  }
  return out;
};

/** Σ over holders of their balance at block `at`, each entry folded from its issues as the pallet does. */
const supplyAt = (issues: readonly Issue[], rate: bigint, at: number): bigint => {
  const entries = new Map<string, BalanceEntry>();
  for (const i of issues) {
    if (i.block > at) continue;
    const e = applyDemurrage(entries.get(i.who) ?? { principal: 0n, lastUpdate: 0n }, rate, BigInt(i.block));
    entries.set(i.who, { principal: e.principal + i.amount, lastUpdate: BigInt(i.block) });
  }
  let total = 0n;
  for (const e of entries.values()) total += applyDemurrage(e, rate, BigInt(at)).principal;
  return total;
};

const csvRows = (file: string): number[][] =>
  readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => l.split(', ').map(Number));

describe('bot community on the real node (tooling §3)', () => {
  let node: NodeProcess;
  let conn: Connection;
  let api: ApiPromise;
  let dir: string;
  let ipfsDir: string;
  let endpoint: string[];
  let cid: string;

  const cli = async (argv: string[]) => {
    const out: string[] = [];
    const err: string[] = [];
    const code = await runCli([...argv, ...endpoint], { out: (t) => out.push(t), err: (t) => err.push(t) });
    return { code, out, err };
  };

  beforeAll(async () => {
    node = await startNodeProcess(['--tmp', '--instant-seal']);
    endpoint = ['-u', 'ws://127.0.0.1', '-p', node.url.split(':').at(-1)!];
    conn = await connect(node.url);
    api = await ApiPromise.create({ provider: new WsProvider(node.url), noInitWarn: true });
    dir = mkdtempSync(path.join(tmpdir(), 'bot-community-'));
    ipfsDir = path.join(dir, 'ipfs-store');
  });

  afterAll(async () => {
    await api?.disconnect();
    conn?.disconnect();
    expect(await node?.stop()).toBe(0);
  });

  it('init: assets on IPFS, 10 funded bootstrappers, a 10-location community, cid.txt', async () => {
    const { code, out, err } = await cli([
      'bot',
      'init',
      '--dir',
      dir,
      '--key-type',
      'ed25519',
      '--locations',
      String(LOCATIONS),
      '--seed',
      'acceptance',
      '--ipfs-dir',
      ipfsDir,
      '--faucet-url',
      NO_FAUCET,
    ]);
    expect({ code, err: code === 0 ? [] : err }).toEqual({ code: 0, err: [] });
    cid = readFileSync(path.join(dir, 'cid.txt'), 'utf8').trim();
    expect(out[0]).toContain(cid);
    // No faucet answered: the bootstrappers were funded directly by //Alice.
    expect(err.find((l) => l.includes('event=funding'))).toMatch(/viaFaucet=0 direct=10/);
    const state = JSON.parse(readFileSync(path.join(dir, 'bot-state.json'), 'utf8'));
    expect(state.agents).toHaveLength(BOOTSTRAPPERS);
    const onChain = await getBootstrappers(conn, { cid });
    expect(onChain.map((b, i) => sameAccount(b, state.agents[i].address))).toEqual(
      Array(BOOTSTRAPPERS).fill(true),
    );
    for (const a of state.agents)
      expect((await getNativeBalance(conn, { account: a.address })).free).toBeGreaterThan(0n);
    expect(await getLocations(conn, { cid })).toHaveLength(LOCATIONS);
    const meta = await getCommunityMetadata(conn, { cid });
    expect(meta.name).toMatch(/^bot-[a-z]+$/);
    expect(meta.symbol).toBe(meta.name.slice(4, 7).toUpperCase());
    // tooling §7.2: the assets CID is the folder holding community_icon.svg.
    const store = await EmbeddedIpfsStore.open(ipfsDir);
    const icon = new TextDecoder().decode(await store.cat(meta.assets, 'community_icon.svg'));
    expect(icon).toMatch(/^<svg /);
    expect(readFileSync(path.join(dir, 'bot-stats.csv'), 'utf8')).toBe('');
  });

  it(`simulate --ceremonies ${CEREMONIES}: population follows the growth policy; supply = rewards with demurrage`, async () => {
    const started = Date.now();
    const { code, out, err } = await cli([
      'bot',
      'simulate',
      '--dir',
      dir,
      '--ceremonies',
      String(CEREMONIES),
      '--ipfs-dir',
      ipfsDir,
      '--faucet-url',
      NO_FAUCET,
    ]);
    const seconds = (Date.now() - started) / 1000;
    expect({ code, err: code === 0 ? [] : err.slice(-5) }).toEqual({ code: 0, err: [] });
    console.info(`bot simulate --ceremonies ${CEREMONIES}: ${seconds.toFixed(1)} s; ${out.at(-1)}`);

    const expected = expectedCeremonies(CEREMONIES);
    const rows = csvRows(path.join(dir, 'bot-stats.csv'));
    expect(rows.map((r) => r[0])).toEqual(expected.map((e) => e.population));
    expect(rows.map((r) => r[0])).toEqual([10, 10, 26, 53, 98, 110, 120]);

    const json = JSON.parse(readFileSync(path.join(dir, 'bot-stats.json'), 'utf8')) as {
      block: { number: number };
      totalSupplyBits: string;
    }[];
    const issues = await issuedEvents(api);
    const rate = (await getDemurrageRate(conn, { cid })).bits;
    const statsBlocks = json.map((r) => r.block.number);
    // Rewards of ceremony c are issued after its stats row and before the next one (early claims in Attesting).
    const rewardedPerCeremony = statsBlocks.map(
      (b, c) =>
        issues.filter((i) => i.block > b && (c + 1 >= statsBlocks.length || i.block <= statsBlocks[c + 1]!))
          .length,
    );
    expect(rewardedPerCeremony).toEqual(expected.map((e) => e.rewarded));
    json.forEach((row, c) => {
      const supply = supplyAt(issues, rate, row.block.number);
      expect(BigInt(row.totalSupplyBits)).toBe(supply);
      expect(rows[c]![1]).toBe(Number((supply + HALF) >> 64n));
    });

    // c = 2: five merchants with a business and an offering each (tooling §3.7), documents on IPFS (§6.4).
    expect(rows.map((r) => r[2])).toEqual([0, 0, 5, 5, 5, 5, 5]);
    const businesses = await getBusinesses(conn, { cid });
    expect(businesses).toHaveLength(5);
    const store = await EmbeddedIpfsStore.open(ipfsDir);
    for (const b of businesses) {
      const doc = JSON.parse(new TextDecoder().decode(await store.cat(b.url)));
      expect(Object.keys(doc)).toEqual(
        expect.arrayContaining([
          'name',
          'description',
          'category',
          'logo',
          'photos',
          'latitude',
          'longitude',
        ]),
      );
      expect(new TextDecoder().decode(await store.cat(doc.logo))).toMatch(/^<svg /);
      const offerings = await getOfferings(conn, { cid, controller: b.controller });
      expect(offerings).toHaveLength(1);
      const offer = JSON.parse(new TextDecoder().decode(await store.cat(offerings[0]!.url)));
      expect(JSON.parse(new TextDecoder().decode(await store.cat(offer.itemOffered)))).toMatchObject({
        itemCondition: 'new',
      });
    }

    // Democracy: the recurring proposal exists and bots voted on it (invariant 7).
    const proposals = await getProposals(conn);
    expect(proposals.some((p) => p.action.type === 'UpdateNominalIncome')).toBe(true);
    expect(proposals.some((p) => p.turnout > 0n)).toBe(true);
    // The model's assumption: endorsements never used the bootstrappers' lifetime tickets.
    expect((await getBootstrapperTickets(conn, { cid })).map((t) => t.remaining)).toEqual(Array(10).fill(5));
  }, 240_000);

  it('run (execute-current-phase) executes a phase step once; bazaar adds businesses', async () => {
    const again = await cli(['bot', 'run', '--dir', dir, '--ipfs-dir', ipfsDir, '--faucet-url', NO_FAUCET]);
    expect(again.code).toBe(0);
    expect(again.out.join('\n')).toMatch(/Attesting of ceremony 7: already executed, skipped/);

    await nextPhase(conn, { signer: await resolveSigner('//Alice') });
    const reg = await cli([
      'bot',
      'execute-current-phase',
      '--dir',
      dir,
      '--ipfs-dir',
      ipfsDir,
      '--faucet-url',
      NO_FAUCET,
    ]);
    expect(reg.code).toBe(0);
    const population8 = expectedCeremonies(8)[7]!.population;
    expect(reg.out.join('\n')).toContain(`stats: ${population8}, `);
    expect(csvRows(path.join(dir, 'bot-stats.csv'))).toHaveLength(8);

    const bazaar = await cli([
      'bot',
      'bazaar',
      '--dir',
      dir,
      '--businesses',
      '2',
      '--offerings',
      '2',
      '--ipfs-dir',
      ipfsDir,
      '--json',
    ]);
    expect(bazaar.code).toBe(0);
    expect(JSON.parse(bazaar.out.join('\n'))).toEqual({ businesses: 2, offerings: 4 });
    expect(await getBusinesses(conn, { cid })).toHaveLength(7);
  }, 120_000);

  it('init refuses a directory that already holds a bot unless --purge', async () => {
    const r = await cli(['bot', 'init', '--dir', dir, '--ipfs-dir', ipfsDir]);
    expect(r.code).toBe(2);
    expect(r.err.join('\n')).toMatch(/--purge/);
  });

  it('init funds the bootstrappers through the faucet service when one answers (tooling §4.2)', async () => {
    const alice = await resolveSigner('//Alice');
    const faucetConn = await connect(node.url);
    const faucet = await createNativeFaucet(faucetConn, { funder: alice });
    const server = await startFaucetServer({ faucet, port: 0 });
    try {
      const other = mkdtempSync(path.join(tmpdir(), 'bot-faucet-'));
      const r = await cli([
        'bot',
        'init',
        '--dir',
        other,
        '--locations',
        '3',
        '--seed',
        'faucet',
        '--ipfs-dir',
        ipfsDir,
        '--faucet-url',
        `${server.url}/api`,
        '--advance-phases',
      ]);
      expect({ code: r.code, err: r.code === 0 ? [] : r.err }).toEqual({ code: 0, err: [] });
      expect(r.err.find((l) => l.includes('event=funding'))).toMatch(/viaFaucet=10 direct=0/);
    } finally {
      await server.close();
      faucetConn.disconnect();
    }
  }, 120_000);
});
