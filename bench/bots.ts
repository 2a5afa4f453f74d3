/**
 * One ceremony cycle of a bot community at 100, 1 000 and 10 000 bots, sr25519 and ed25519 keys (issue 7), against
 * the real node process (`dist/cli/main.js node --tmp --instant-seal`, 127.0.0.1).
 *
 * Setup (not timed), per size N and key type, on a fresh node: `initBot` (10 bootstrappers, ⌈N/12⌉ locations so
 * that every participant gets a seat), one bootstrapper ceremony through `simulate` (the community's first
 * income), then N − 30 more agents whose attendance of that ceremony and native funds are written with
 * `dev_setStorage` (bench/support/devSeed.ts; growing to 10 000 through real ceremonies would take dozens of them).
 *
 * Timed: `simulate --ceremonies 1` on those N − 20 agents, exactly the bots' own phase code over one connection:
 * Registering (stats, growth by 10 endorsees and 10 newbies → N agents, endorsements, N registrations, the
 * reputables with proofs of attendance), Assigning (proposal updates, the nominal-income proposal), Attesting
 * (votes, one full-mesh `attest_attendees` per participant, one early `claim_rewards` per meetup), each phase
 * reached by sudo `next_phase`. Afterwards the chain must show N assigned and N rewarded (verified reputations of
 * the ceremony), else the run fails: the figure is only printed for real work.
 *
 * Printed per (N, key type): transactions submitted by the bots (and included), wall time, transactions per
 * second, the node process's CPU time during the cycle (utime + stime of /proc/<pid>/stat, all its threads) and
 * its share: of the wall time, and of the CPU time of node + bench together. Benchmarks never fail on time; the
 * whole run is bounded by DEADLINE_MS, after which it prints what it has and exits 1.
 *
 * Run: `npm run build && npm run bench:bots` (or `npm run bench:bots -- 100 1000 ed25519` for other sizes or one
 * key type).
 * `BENCH_BOTS_STEPS=1` adds one line per bot step (sent, ms); `BENCH_BOTS_LOG=1` echoes the bots' events;
 * `BENCH_NODE_PROF=<dir>` / `BENCH_BOTS_PROF=1` write CPU profiles of the node / start the bench with --cpu-prof.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import type { BotContext } from '../src/bots/botContext.js';
import { botDir } from '../src/bots/botDir.js';
import { type BotSessionOptions, closeBot, openBot } from '../src/bots/botSession.js';
import { loadBotState } from '../src/bots/botState.js';
import { createAgents, DEFAULT_BOOTSTRAPPERS, initBot, simulate } from '../src/bots/index.js';
import { getAssignment } from '../src/client/ceremonies/getAssignment.js';
import { type Connection, connect } from '../src/client/connection/connect.js';
import { accountFromSecretUri } from '../src/client/keystore/keyPair.js';
import type { KeyType } from '../src/client/keystore/types.js';
import { getReputationEntries } from '../src/client/reputation/getReputationEntries.js';
import { isVerified } from '../src/client/reputation/types.js';
import { type NodeProcess, startNodeProcess } from '../test/node/support/nodeProcess.js';
import { CLK_TCK, cpuSecondsOf, ownCpuSeconds } from './support/cpu.js';
import { attendanceSeed, seedCounterKeys } from './support/devSeed.js';

/** The whole run gives up after this long (`BENCH_BOTS_DEADLINE_S` to change it). */
const DEADLINE_MS = Number(process.env.BENCH_BOTS_DEADLINE_S ?? 20 * 60) * 1000;
const args = process.argv.slice(2);
const SCHEMES_CHOSEN = (['sr25519', 'ed25519'] as const).filter((k) => args.includes(k));
const SCHEMES: readonly KeyType[] = SCHEMES_CHOSEN.length > 0 ? SCHEMES_CHOSEN : ['sr25519', 'ed25519'];
const SIZES = args.map(Number).filter((n) => Number.isInteger(n) && n >= 50);
const sizes = SIZES.length > 0 ? SIZES : [100, 1_000, 10_000];
/** What the Registering step's growth adds (tooling §3.6): 10 endorsees, and newbies up to the max population. */
const ENDORSEES = 10;
const NEWBIES = 10;
/** Seats per meetup on the dev runtime (MeetupSizeTarget); ⌈N/12⌉ locations leave room to spare. */
const SEATS_PER_LOCATION = 12;
/** Native funds of each seeded agent: ample for a cycle's fees. */
const FREE = 10n ** 15n;
/** `dev_setStorage` pairs per request. */
const SEED_CHUNK = 2_000;

const fmt = (n: number, digits = 0) =>
  n.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });

interface Row {
  readonly n: number;
  readonly scheme: KeyType;
  readonly submitted: number;
  readonly included: number;
  readonly wallS: number;
  readonly nodeCpuS: number;
  readonly benchCpuS: number;
  readonly setupS: number;
}

const HEADER =
  `${'bots'.padStart(6)}  ${'keys'.padEnd(7)}  ${'txs'.padStart(6)}  ${'included'.padStart(8)}  ${'wall s'.padStart(7)}  ` +
  `${'tx/s'.padStart(6)}  ${'node cpu s'.padStart(10)}  ${'node/wall'.padStart(9)}  ${'node/cpu'.padStart(8)}  ` +
  `${'bench cpu s'.padStart(11)}  ${'setup s'.padStart(7)}`;

const line = (r: Row): string =>
  `${fmt(r.n).padStart(6)}  ${r.scheme.padEnd(7)}  ${fmt(r.submitted).padStart(6)}  ${fmt(r.included).padStart(8)}  ` +
  `${fmt(r.wallS, 1).padStart(7)}  ${fmt(r.submitted / r.wallS, 0).padStart(6)}  ${fmt(r.nodeCpuS, 1).padStart(10)}  ` +
  `${`${fmt((100 * r.nodeCpuS) / r.wallS, 0)} %`.padStart(9)}  ` +
  `${`${fmt((100 * r.nodeCpuS) / (r.nodeCpuS + r.benchCpuS), 0)} %`.padStart(8)}  ${fmt(r.benchCpuS, 1).padStart(11)}  ` +
  `${fmt(r.setupS, 0).padStart(7)}`;

/** Collects the bots' step reports (label, sent, ms) and optionally echoes every event. */
const watchSteps = (ctx: BotContext, steps: string[]): void => {
  const progress = ctx.progress;
  const original = progress.event.bind(progress);
  progress.event = (event, message, fields = {}) => {
    if (event === 'step') steps.push(message);
    original(event, message, fields);
  };
};

/** The bots' last events, printed when a run fails or the deadline strikes. */
const recent: string[] = [];
const RECENT = 12;
const sink = {
  tty: undefined,
  line: (text: string) => {
    recent.push(text);
    if (recent.length > RECENT) recent.shift();
    if (process.env.BENCH_BOTS_LOG !== undefined) process.stderr.write(`${text}\n`);
  },
};
const printRecent = () => {
  if (recent.length > 0) console.error(`the bots' last events:\n${recent.join('\n')}`);
};

/** Writes the attendance of ceremony `cindex` and native funds for `accounts` (dev_setStorage, in chunks). */
const seedAttendance = async (conn: Connection, cid: string, cindex: number, accounts: Uint8Array[]) => {
  const keys = seedCounterKeys(cid, cindex);
  const read = (key: string) => conn.client._request<string | null>('state_getStorage', [key]);
  const entries = attendanceSeed({
    cid,
    cindex,
    accounts,
    free: FREE,
    current: {
      reputationCount: await read(keys.reputationCount),
      globalReputationCount: await read(keys.globalReputationCount),
      totalIssuance: await read(keys.totalIssuance),
    },
  });
  for (let i = 0; i < entries.length; i += SEED_CHUNK) {
    await conn.client._request('dev_setStorage', [entries.slice(i, i + SEED_CHUNK)]);
  }
};

/** The node and bot directory of the run under way, cleaned up when the deadline strikes. */
let current: NodeProcess | undefined;
let currentDir: string | undefined;

const runOne = async (n: number, scheme: KeyType, steps: string[]): Promise<Row> => {
  const setupStarted = performance.now();
  let mark = setupStarted;
  const lap = (what: string) => {
    const now = performance.now();
    steps.push(`setup ${what}: ${fmt(now - mark)} ms`);
    mark = now;
  };
  const node = await startNodeProcess(
    ['--tmp', '--instant-seal'],
    60_000,
    process.env.BENCH_NODE_PROF === undefined
      ? []
      : ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_NODE_PROF}`],
  );
  current = node;
  lap('node start');
  const dir = mkdtempSync(path.join(tmpdir(), `bench-bots-${scheme}-${n}-`));
  currentDir = dir;
  const conn = await connect(node.url);
  let ctx: BotContext | undefined;
  try {
    const alice = await accountFromSecretUri('//Alice');
    const session: BotSessionOptions = {
      dir,
      conn,
      faucetUrl: undefined,
      funder: alice,
      sudo: alice,
      ipfsDir: path.join(dir, 'ipfs'),
      sink,
      txTimeoutMs: 600_000,
    };
    // Growth stops at N: the cycle's Registering step adds exactly ENDORSEES + NEWBIES agents.
    const init = await initBot({
      session,
      seed: `bench-${scheme}-${n}`,
      keyType: scheme,
      locations: Math.max(10, Math.ceil(n / SEATS_PER_LOCATION)),
      maxPopulation: n - ENDORSEES,
      purge: false,
      advancePhases: true,
    });
    lap(`init (${init.locations} locations)`);
    ctx = await openBot(session, await loadBotState(botDir(dir).stateFile));
    // The bootstrappers' ceremony: income, so that others may register, and the chain at its Attesting phase.
    await simulate(ctx, { ceremonies: 1, assertInvariants: false, failFast: false, advancePhases: true });
    lap("bootstrappers' ceremony");
    const attended = ctx.state.lastStep!.cindex;
    const reputables = await createAgents({
      keystore: ctx.dir.keystore,
      state: ctx.state,
      count: n - DEFAULT_BOOTSTRAPPERS - ENDORSEES - NEWBIES,
      role: 'reputable',
      cindex: attended,
    });
    for (const a of reputables) {
      a.record.ceremonyCount = 1;
      a.record.lastMeetupCindex = attended;
    }
    ctx.agents.push(...reputables);
    lap(`${reputables.length} agents`);
    await seedAttendance(
      conn,
      init.cid,
      attended,
      reputables.map((a) => a.account.accountId),
    );
    lap('storage seed');
    watchSteps(ctx, steps);
    const setupS = (performance.now() - setupStarted) / 1000;

    const before = { ...ctx.txs.counters };
    const nodeCpu0 = cpuSecondsOf(node.pid);
    const ownCpu0 = ownCpuSeconds();
    const t0 = performance.now();
    const r = await simulate(ctx, {
      ceremonies: 1,
      assertInvariants: false,
      failFast: false,
      advancePhases: true,
    });
    const wallS = (performance.now() - t0) / 1000;
    const nodeCpuS = cpuSecondsOf(node.pid) - nodeCpu0;
    const benchCpuS = ownCpuSeconds() - ownCpu0;

    const cindex = r.ceremonies[0]!.cindex;
    const [assignment, reputations] = await Promise.all([
      getAssignment(conn, { cid: init.cid, cindex }),
      getReputationEntries(conn, { cid: init.cid, cindex }),
    ]);
    const c = assignment.counts;
    const assigned = Number(c.bootstrappers + c.reputables + c.endorsees + c.newbies);
    const rewarded = reputations.filter((e) => isVerified(e.reputation)).length;
    if (ctx.agents.length !== n || assigned !== n || rewarded !== n) {
      throw new Error(
        `${scheme} ${n}: ${ctx.agents.length} agents, ${assigned} assigned, ${rewarded} rewarded; expected ${n} each`,
      );
    }
    return {
      n,
      scheme,
      submitted: ctx.txs.counters.submitted - before.submitted,
      included: ctx.txs.counters.included - before.included,
      wallS,
      nodeCpuS,
      benchCpuS,
      setupS,
    };
  } finally {
    if (ctx !== undefined) closeBot(ctx);
    conn.disconnect();
    await node.stop();
    current = undefined;
    rmSync(dir, { recursive: true, force: true });
    currentDir = undefined;
  }
};

const main = async () => {
  const started = Date.now();
  const deadline = setTimeout(() => {
    console.log(`deadline: bench:bots stopped after ${DEADLINE_MS / 1000} s; the rows above are complete`);
    printRecent();
    void (current?.stop('SIGKILL') ?? Promise.resolve()).finally(() => {
      if (currentDir !== undefined) rmSync(currentDir, { recursive: true, force: true });
      process.exit(1);
    });
  }, DEADLINE_MS);
  const [load] = loadavg();
  console.log(
    `bench:bots: one ceremony cycle (simulate --ceremonies 1) per size and key type, fresh node each; ` +
      `${availableParallelism()} cores, load average ${load!.toFixed(1)}, CLK_TCK ${CLK_TCK}`,
  );
  console.log(HEADER);
  for (const n of sizes) {
    for (const scheme of SCHEMES) {
      const steps: string[] = [];
      const row = await runOne(n, scheme, steps);
      console.log(line(row));
      if (process.env.BENCH_BOTS_STEPS !== undefined) for (const s of steps) console.log(`        ${s}`);
    }
  }
  clearTimeout(deadline);
  console.log(`total ${fmt((Date.now() - started) / 1000, 0)} s`);
};

main().catch(async (e) => {
  console.error(e instanceof Error ? (e.stack ?? e.message) : String(e));
  printRecent();
  await current?.stop('SIGKILL');
  if (currentDir !== undefined) rmSync(currentDir, { recursive: true, force: true });
  process.exit(1);
});
