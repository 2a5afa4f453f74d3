// spec: tooling §9.2 (node, faucet, phase control, IPFS and the bot community run together), §3 (bot), §4 (faucet)
/**
 * `encointer demo` (what `npm start` runs): one process with the dev node on its SQLite database, the faucet
 * service, the IPFS gateway and a bot community that grows for a few ceremonies, then stays up for exploring until
 * Ctrl-C. Everything lives under one base path, so a second run resumes the chain and the community.
 *
 * While the community grows, the node builds a block every `--block-time` ms and the idle-driven phase controller
 * (tooling §5) moves the phases after `--idle-blocks` blocks without user transactions, as upstream's CI runs
 * `phase.py`; the bots wait for each phase and send a heartbeat while they work (tooling §3.7), faster than
 * upstream's 4 s so that it stays inside the short idle window. Once the growth is done the controller stops and
 * the node switches to instant seal: a chain left waiting for the user must not move its ceremony on (the bots
 * would lose their reputation before the next run), and CLI commands get their block at once.
 */
import { createWriteStream, existsSync, mkdirSync, mkdtempSync, rmSync, type WriteStream } from 'node:fs';
import { homedir, tmpdir } from 'node:os';
import path from 'node:path';
import { type Command, Option } from 'commander';
import {
  type BotContext,
  type BotSessionOptions,
  type BotState,
  botDir,
  type CeremonySummary,
  closeBot,
  currentStep,
  DEFAULT_BOOTSTRAPPERS,
  heartbeatAccount,
  InvariantFailedError,
  initBot,
  loadBotState,
  openBot,
  type ProgressSink,
  simulate,
} from '../../bots/index.js';
import { type Connection, connect, getAssignment, listCommunities } from '../../client/index.js';
import type { KeyType } from '../../client/keystore/types.js';
import { EmbeddedIpfsStore, type RunningGateway, startGateway } from '../../ipfs/index.js';
// The demo is, with `encointer node`, the one command that runs the node itself.
import { DATABASE_FILE, type RunningNode, startNode } from '../../node/node.js';
import { EncointerError, InvalidInputError } from '../../primitives/common/errors.js';
import { createNativeFaucet, type FaucetServer, startFaucetServer } from '../../services/faucet/index.js';
import { type PhaseControllerResult, runPhaseController } from '../../services/phaseController/index.js';
import { createServiceLog } from '../../services/serviceLog.js';
import { stopOnSignals } from '../../services/stopSignal.js';
import { integerArg } from '../common/args.js';
import { type CommonOptions, commonOptions } from '../common/options.js';
import { signerFor } from '../common/session.js';
import { type CliIo, processIo } from '../io.js';

/**
 * Ceremonies grown per run: upstream's `simulate` default, which takes a fresh community to about 300 members in
 * about 20 s on two cores; later runs stay under two minutes because the population is capped (10 per location).
 */
export const DEFAULT_DEMO_CEREMONIES = 7;
export const DEFAULT_GATEWAY_PORT = 8080;
/** Block time while growing: short, so that the idle windows between phases cost little. */
export const DEFAULT_DEMO_BLOCK_MS = 300;
/** Idle blocks before the phase controller moves on (1.5 s at the default block time). */
export const DEFAULT_DEMO_IDLE_BLOCKS = 5;
/** The dev chain's sudo and richest account pays for everything. */
const FUNDER = '//Alice';
/** How long one service may take to stop before the demo moves on to the next. */
const STOP_TIMEOUT_MS = 5_000;

interface DemoOptions extends CommonOptions {
  basePath?: string;
  tmp?: boolean;
  ceremonies: number;
  bootstrappers: number;
  rpcPort: number;
  faucetPort: number;
  gatewayPort: number;
  seed?: string;
  keyType: KeyType;
  blockTime: number;
  idleBlocks: number;
  exitWhenDone?: boolean;
  verbose?: boolean;
}

/** Where the demo keeps everything when neither `--base-path` nor `--tmp` is given. */
export const defaultDemoPath = (): string => path.join(homedir(), '.encointer-ts', 'demo');

/** The folders under the base path. */
const layoutOf = (base: string) => ({
  node: path.join(base, 'node'),
  bot: path.join(base, 'bot'),
  ipfs: path.join(base, 'ipfs'),
  log: path.join(base, 'demo.log'),
});

const portInUse = (e: unknown, port: number, option: string): unknown =>
  (e as NodeJS.ErrnoException)?.code === 'EADDRINUSE'
    ? new EncointerError('PortInUse', `port ${port} is in use: choose another with ${option}`)
    : e;

/** `p`, or undefined after `ms` (a service that does not stop must not keep the others running). */
const within = <T>(p: Promise<T>, ms: number): Promise<T | undefined> =>
  new Promise((resolve, reject) => {
    const timer = setTimeout(() => resolve(undefined), ms);
    p.then(
      (v) => {
        clearTimeout(timer);
        resolve(v);
      },
      (e: unknown) => {
        clearTimeout(timer);
        reject(e);
      },
    );
  });

const HALF = 1n << 63n;

/** U64F64 bits as a decimal with `digits` fraction digits, rounded half up. */
export const formatSupply = (bits: bigint, digits = 4): string => {
  const scale = 10n ** BigInt(digits);
  const units = (bits * scale + HALF) >> 64n;
  const whole = units / scale;
  const fraction = (units % scale).toString().padStart(digits, '0');
  return digits === 0 ? whole.toString() : `${whole}.${fraction}`;
};

const COLUMNS = [
  ['cindex', 6],
  ['population', 10],
  ['supply (CC)', 14],
  ['meetups', 7],
  ['seconds', 7],
] as const;

const tableLine = (cells: readonly string[]): string =>
  cells.map((c, i) => c.padStart(COLUMNS[i]![1])).join('  ');

/** The header of the per-ceremony table. */
export const tableHeader = (): string => tableLine(COLUMNS.map(([name]) => name));

/** One table row: the chain's ceremony index, the stats row taken in its Registering step, and its meetups. */
export const tableRow = (s: CeremonySummary, meetups: number | undefined): string =>
  tableLine([
    String(s.cindex),
    String(s.row.population),
    formatSupply(s.row.totalSupplyBits),
    meetups === undefined ? '?' : String(meetups),
    (s.ms / 1000).toFixed(1),
  ]);

/** How to call the CLI from where the user stands: `node <path>/dist/cli/main.js`, or `encointer` when installed. */
const cliInvocation = (): string => {
  const script = process.argv[1];
  if (script === undefined || !/dist[/\\]cli[/\\]main\.js$/.test(script)) return 'encointer';
  const relative = path.relative(process.cwd(), script);
  return `node ${relative.startsWith('..') || path.isAbsolute(relative) ? script : relative}`;
};

/** Things to stop, last started first; each gets a bounded time so one stuck service cannot hold the others. */
class Shutdown {
  private readonly steps: { name: string; stop: () => Promise<unknown> | unknown }[] = [];

  constructor(private readonly io: CliIo) {}

  add(name: string, stop: () => Promise<unknown> | unknown): void {
    this.steps.push({ name, stop });
  }

  async run(): Promise<void> {
    while (this.steps.length > 0) {
      const { name, stop } = this.steps.pop()!;
      try {
        const done = await within(
          Promise.resolve()
            .then(stop)
            .then(() => true),
          STOP_TIMEOUT_MS,
        );
        if (done === undefined) this.io.err(`warning: ${name} did not stop within ${STOP_TIMEOUT_MS} ms`);
      } catch (e) {
        this.io.err(`warning: stopping ${name} failed: ${(e as Error)?.message ?? e}`);
      }
    }
  }
}

/** Thrown inside the run when Ctrl-C arrived, so the start-up sequence unwinds without an error message. */
class Stopped extends Error {}

/**
 * The state of the bot directory: undefined when a fresh `bot init` is needed (after deleting an incomplete one),
 * else the state of a community the chain knows.
 */
const existingBot = async (conn: Connection, dir: string, node: string): Promise<BotState | undefined> => {
  const file = botDir(dir).stateFile;
  if (!existsSync(file)) return undefined;
  // A malformed state file throws: it may belong to a real community, so it is not purged.
  const state = await loadBotState(file);
  if (state.community === undefined) return undefined;
  const known = await listCommunities(conn);
  if (!known.some((c) => c.cidString === state.community!.cid)) {
    throw new EncointerError(
      'DemoStateMismatch',
      `the bot in ${dir} grows community ${state.community.cid}, which the chain in ${node} does not know ` +
        '(was one of them deleted?): delete the whole base path, or choose another --base-path',
    );
  }
  return state;
};

/** A `--<service>-port` option (0: any free port). */
const portOption = (flag: string, what: string, port: number): Option =>
  new Option(`${flag} <port>`, `${what} port (0: any free port)`)
    .argParser(integerArg(flag, 0, 65_535))
    .default(port);

/** `encointer demo`: node, faucet, phase controller, IPFS gateway and a growing bot community in one process. */
export const registerDemoCommand = (program: Command, io: CliIo): void => {
  program
    .command('demo')
    .description(
      'run the dev node, faucet, phase controller and IPFS gateway and grow a bot community for a few ' +
        'ceremonies, then keep everything running until Ctrl-C; a second run resumes (what `npm start` does)',
    )
    .option(
      '--base-path <dir>',
      'node database, bot directory and IPFS store (default: ~/.encointer-ts/demo); runs on it resume',
    )
    .option('--tmp', 'use a fresh temporary base path, deleted when the demo stops')
    .option(
      '--ceremonies <n>',
      'ceremonies to grow in this run',
      integerArg('--ceremonies', 0, 1000),
      DEFAULT_DEMO_CEREMONIES,
    )
    .option(
      '--bootstrappers <n>',
      'bootstrappers of a new bot community',
      integerArg('--bootstrappers', 3, 1000),
      DEFAULT_BOOTSTRAPPERS,
    )
    .addOption(portOption('--rpc-port', 'node JSON-RPC', 9944))
    .addOption(portOption('--faucet-port', 'faucet HTTP', 5000))
    .addOption(portOption('--gateway-port', 'IPFS gateway HTTP', DEFAULT_GATEWAY_PORT))
    .option('--seed <seed>', 'seed of a new bot community (names, locations, keys, votes); default random')
    .addOption(
      // ed25519 signs and verifies in about half the time of sr25519, the largest cost of a growing community.
      new Option('--key-type <type>', 'key type of new bot accounts')
        .choices(['sr25519', 'ed25519'])
        .default('ed25519'),
    )
    .option(
      '--block-time <ms>',
      'block time while the community grows (instant seal afterwards)',
      integerArg('--block-time', 50, 60_000),
      DEFAULT_DEMO_BLOCK_MS,
    )
    .option(
      '--idle-blocks <n>',
      'blocks without user transactions before the phase controller moves the phase on',
      integerArg('--idle-blocks', 2, 1000),
      DEFAULT_DEMO_IDLE_BLOCKS,
    )
    .option('--exit-when-done', 'stop everything after the last ceremony instead of waiting for Ctrl-C')
    .action(async (_options: unknown, command: Command) => {
      const o = commonOptions(command) as DemoOptions;
      if (o.tmp === true && o.basePath !== undefined) {
        throw new InvalidInputError('--tmp/--base-path', 'give only one of them');
      }
      await runDemo(o, io);
    });
};

/** The whole demo; resolves once everything has stopped. */
const runDemo = async (o: DemoOptions, io: CliIo): Promise<void> => {
  const tmp = o.tmp === true ? mkdtempSync(path.join(tmpdir(), 'encointer-demo-')) : undefined;
  const base = path.resolve(tmp ?? o.basePath ?? defaultDemoPath());
  const dirs = layoutOf(base);
  mkdirSync(base, { recursive: true });
  const logFile: WriteStream = createWriteStream(dirs.log, { flags: 'a' });
  const log = createServiceLog((line) => logFile.write(`${line}\n`));
  const stop = stopOnSignals();
  const shutdown = new Shutdown(io);
  if (tmp !== undefined)
    shutdown.add('the temporary base path', () => rmSync(tmp, { recursive: true, force: true }));
  shutdown.add('the log file', () => new Promise<void>((resolve) => logFile.end(resolve)));
  const onTty = io === processIo && process.stderr.isTTY === true;
  const checkStop = () => {
    if (stop.signal.aborted) throw new Stopped();
  };
  const stopped = stop.stopped.then(() => {
    throw new Stopped();
  });
  stopped.catch(() => {});
  /** `p`, unless Ctrl-C comes first (then `p` is abandoned: the shutdown closes what it waits for). */
  const unlessStopped = <T>(p: Promise<T>): Promise<T> => {
    p.catch(() => {});
    return Promise.race([p, stopped]);
  };
  try {
    // 1. The node: a block every --block-time while the community grows (the phase controller counts blocks).
    let node: RunningNode;
    try {
      node = await startNode({
        genesis: 'dev',
        basePath: dirs.node,
        rpcPort: o.rpcPort,
        buildMode: { kind: 'interval', intervalMs: o.blockTime },
        logger: {
          info: (m) => log('node', m),
          // Once stopping, requests still in flight fail on the closing node: expected, so only logged.
          error: (m) => (stop.signal.aborted ? log('node', m) : io.err(`node: ${m}`)),
        },
      });
    } catch (e) {
      throw portInUse(e, o.rpcPort, '--rpc-port');
    }
    shutdown.add('the node', () => node.close());
    const resumed = node.chain.best.number > 0;
    io.out(
      `node         ${node.server.url}  ${resumed ? `resumed at block #${node.chain.best.number}` : 'new dev chain'}, ` +
        `database ${path.join(dirs.node, DATABASE_FILE)}${tmp === undefined ? '' : ' (temporary)'}`,
    );
    checkStop();

    // 2. The IPFS gateway over the store the bot uploads the community assets to.
    const store = await EmbeddedIpfsStore.open(dirs.ipfs);
    let gateway: RunningGateway;
    try {
      gateway = await startGateway(store, { port: o.gatewayPort });
    } catch (e) {
      throw portInUse(e, o.gatewayPort, '--gateway-port');
    }
    shutdown.add('the IPFS gateway', () => gateway.close());
    io.out(`IPFS gateway ${gateway.url}/ipfs/<cid>  store ${dirs.ipfs}`);
    checkStop();

    // 3. The faucet service, on its own connection (it owns //Alice's nonces for funding).
    const funder = await signerFor(FUNDER, o);
    const faucetConn = await connect({ endpoint: node.server.url });
    shutdown.add('the faucet connection', () => faucetConn.disconnect());
    const faucet = await createNativeFaucet(faucetConn, { funder, log });
    let faucetServer: FaucetServer;
    try {
      faucetServer = await startFaucetServer({ faucet, port: o.faucetPort, log });
    } catch (e) {
      throw portInUse(e, o.faucetPort, '--faucet-port');
    }
    shutdown.add('the faucet', () => faucetServer.close());
    const faucetUrl = `${faucetServer.url}/api`;
    io.out(`faucet       ${faucetUrl}?accounts=<address>  funder ${FUNDER}`);
    checkStop();

    // 4. The bot community: init when the directory has none yet, else resume it.
    const botConn = await connect({ endpoint: node.server.url });
    shutdown.add('the bot connection', () => botConn.disconnect());
    // On a terminal the bot's live status line stays at the bottom; its step messages (whole lines) would break
    // up the table, so they go to its run log only, unless -v asks for them.
    const sink: ProgressSink = {
      tty: onTty
        ? (t) => {
            if (o.verbose === true || !t.endsWith('\n')) process.stderr.write(t);
          }
        : undefined,
      line: o.verbose === true ? (t) => io.err(t) : () => {},
    };
    const session: BotSessionOptions = {
      dir: dirs.bot,
      conn: botConn,
      faucetUrl,
      funder,
      sudo: funder,
      ipfsDir: dirs.ipfs,
      // The demo's gateway serves the embedded store: a pinning service from the environment would miss it.
      ipfsEnv: {},
      sink,
    };
    let state = await existingBot(botConn, dirs.bot, dirs.node);
    if (state === undefined) {
      const r = await unlessStopped(
        initBot({
          session,
          seed: o.seed,
          keyType: o.keyType,
          bootstrappers: o.bootstrappers,
          purge: true,
          advancePhases: false,
        }),
      );
      io.out(
        `bot          new community ${r.name} (${r.symbol}) ${r.cid}: ${r.bootstrappers.length} bootstrappers, ` +
          `${r.locations} locations, seed ${r.seed}`,
      );
      state = await loadBotState(botDir(dirs.bot).stateFile);
    } else {
      const c = state.community!;
      io.out(
        `bot          resuming community ${c.name} (${c.symbol}) ${c.cid}: ${state.agents.length} accounts, ` +
          `last step ${state.lastStep === undefined ? 'none' : `${state.lastStep.phase} of ceremony ${state.lastStep.cindex}`}`,
      );
    }
    io.out(`             working directory ${dirs.bot}`);
    checkStop();
    const community = state.community!;

    // 5. The phase controller, on its own connection, from now until the growth is done (not during the bot's
    // init, whose pauses would let it move the phase before the community's first ceremony).
    const controllerConn = await connect({ endpoint: node.server.url });
    shutdown.add('the phase controller connection', () => controllerConn.disconnect());
    const controllerStop = new AbortController();
    let phaseChanges = 0;
    const controller: Promise<PhaseControllerResult> = runPhaseController(controllerConn, {
      mode: { kind: 'idle', idleBlocks: o.idleBlocks },
      signer: funder,
      signal: controllerStop.signal,
      onEvent: (e) => {
        if (e.type === 'phaseChanged') {
          phaseChanges = e.change;
          log('phase', `${e.phase} of ceremony ${e.ceremonyIndex} at block #${e.block.number}`);
        } else if (e.type === 'retry') log('phase', `retry ${e.attempt}: ${e.message}`);
      },
    });
    // A controller that fails leaves the bots waiting for a phase forever: it ends the demo instead.
    const controllerFailed = controller.then(
      () => new Promise<never>(() => {}),
      (e: unknown) => {
        throw new EncointerError(
          'PhaseControllerFailed',
          `the phase controller stopped: ${(e as Error)?.message ?? e}`,
        );
      },
    );
    controllerFailed.catch(() => {});
    const stopController = async (): Promise<void> => {
      controllerStop.abort();
      await controller.catch(() => undefined);
    };
    shutdown.add('the phase controller', stopController);
    io.out(
      `phases       moved by the phase controller after ${o.idleBlocks} idle blocks of ${o.blockTime} ms ` +
        '(until the growth is done)',
    );
    checkStop();

    // 6. Grow: one table row per ceremony (the header first: opening the bot draws its status line).
    io.out('');
    io.out(tableHeader());
    const ctx: BotContext = await openBot(session, state);
    shutdown.add('the bot', () => closeBot(ctx));
    const rows: CeremonySummary[] = [];
    let printing: Promise<void> = Promise.resolve();
    const clearStatus = () => {
      if (onTty) process.stderr.write('\r\x1b[K');
    };
    const started = Date.now();
    const heartbeat = await unlessStopped(heartbeatAccount(ctx));
    const growing = simulate(ctx, {
      ceremonies: o.ceremonies,
      assertInvariants: true,
      failFast: false,
      advancePhases: false,
      heartbeat,
      // Two blocks: inside any idle window of 3 or more blocks.
      heartbeatMs: 2 * o.blockTime,
      onCeremony: (s) => {
        rows.push(s);
        printing = printing.then(async () => {
          const meetups = await getAssignment(botConn, { cid: community.cid, cindex: s.cindex }).then(
            (a) => Number(a.meetupCount),
            () => undefined,
          );
          clearStatus();
          io.out(tableRow(s, meetups));
          for (const f of s.failures) io.err(`  invariant failed: ${f}`);
        });
      },
    });
    try {
      await unlessStopped(Promise.race([growing, controllerFailed]));
    } catch (e) {
      // The demo shows the community; `encointer bot simulate` is the check that fails on invariants.
      if (!(e instanceof InvariantFailedError)) throw e;
      await printing;
      io.err(`warning: ${e.failures.length} invariant(s) failed; see ${ctx.dir.logFile}`);
    }
    await printing;
    clearStatus();
    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    // The chain stays where the growth left it while the user explores.
    await stopController();
    node.producer.setMode({ kind: 'instant' });
    const now = await currentStep(botConn);
    const cli = cliInvocation();

    // 7. Where to look next.
    const port = node.server.port;
    io.out('');
    io.out(
      `${rows.length} ceremonies in ${seconds} s; community ${community.name} (${community.symbol}) ${community.cid}, ` +
        `now in ${now.phase} of ceremony ${now.cindex}`,
    );
    io.out(
      `  phases        ${phaseChanges} change(s) by the phase controller, now stopped; blocks are instant from here ` +
        `(move on with: ${cli} -p ${port} ceremony admin next-phase)`,
    );
    io.out(`  RPC endpoint  ${node.server.url} (HTTP ${node.server.url.replace('ws://', 'http://')})`);
    io.out(`  faucet        ${faucetUrl}?accounts=<address>`);
    io.out(`  IPFS gateway  ${gateway.url}/ipfs/${community.assets}/`);
    io.out(`  bot           ${dirs.bot} (bot-stats.csv, bot-community-log.txt, my_keystore/)`);
    io.out(
      `  base path     ${base}${tmp === undefined ? ' (run again to grow more ceremonies)' : ' (temporary)'}`,
    );
    io.out('Try:');
    io.out(`  ${cli} -p ${port} community list`);
    io.out(`  ${cli} -p ${port} ceremony list-meetups --cid ${community.cid}`);
    io.out(`  ${cli} -p ${port} community issuance --cid ${community.cid}`);
    io.out(`  curl ${gateway.url}/ipfs/${community.assets}/community_icon.svg`);
    io.out(
      `  ${cli} -p ${port} bot simulate --ceremonies 1 --dir ${dirs.bot} --faucet-url ${faucetUrl} --ipfs-dir ${dirs.ipfs}`,
    );
    if (o.exitWhenDone === true) {
      io.out('done: stopping (--exit-when-done)');
    } else {
      io.out('Running until Ctrl-C.');
      const signal = await stop.stopped;
      io.out(`${signal}: stopping`);
    }
  } catch (e) {
    if (!(e instanceof Stopped) && !stop.signal.aborted) {
      await shutdown.run();
      stop.dispose();
      throw e;
    }
    io.out(`${String(stop.signal.reason)}: stopping`);
  }
  await shutdown.run();
  stop.dispose();
  // An interrupted bot may still wait for transactions that will never be included, on timers of its own: the
  // process exits anyway once everything above has stopped (the timer is unref'd, so it never delays an exit).
  if (io === processIo) setTimeout(() => process.exit(), STOP_TIMEOUT_MS).unref();
  io.out('stopped');
};
