// spec: tooling §3.2 (bot-community.py command line), §3.3 (init), §3.7 (simulate, execute-current-phase), §3.11 (run, benchmark), §6.1
import { type Command, Option } from 'commander';
import {
  type BotContext,
  type BotSessionOptions,
  botDir,
  type CeremonySummary,
  chainHasSudo,
  closeBot,
  createBusinessesAndOfferings,
  csvLine,
  DEFAULT_BOOTSTRAPPERS,
  DEFAULT_FAUCET_URL,
  DEFAULT_LOCATIONS,
  executeCurrentPhase,
  heartbeatAccount,
  initBot,
  isReputable,
  loadBotState,
  openBot,
  PhaseWaitAbortedError,
  POPULATION_PER_LOCATION,
  type ProgressSink,
  saveBotState,
  simulate,
} from '../../bots/index.js';
import type { Connection } from '../../client/index.js';
import type { KeyType } from '../../client/keystore/types.js';
import type { WrapCall } from '../../client/tx/privileged.js';
import { InvalidInputError } from '../../primitives/common/errors.js';
import { stopOnSignals } from '../../services/stopSignal.js';
import { integerArg } from '../common/args.js';
import { addIpfsOptions, DEFAULT_IPFS_DIR } from '../common/ipfsOptions.js';
import type { CommonOptions } from '../common/options.js';
import { print } from '../common/output.js';
import { signerFor, withConnection } from '../common/session.js';
import { type CliIo, processIo } from '../io.js';

interface BotOptions extends CommonOptions {
  dir?: string;
  keyType: KeyType;
  faucetUrl: string | false;
  funder: string;
  sudo: string;
  ipfsApi?: string;
  ipfsLocal?: boolean;
  ipfsDir?: string;
  maxPopulation?: number;
  txTimeout: number;
}

const MAX_COUNT = 1_000_000;

/** Options every bot command takes (on the subcommand, so they work after its name). */
const addBotOptions = (cmd: Command): Command =>
  addIpfsOptions(
    cmd
      .option('--dir <dir>', 'bot working directory: my_keystore, cid.txt, state, stats, log (default: cwd)')
      .option(
        '-f, --faucet-url <url>',
        `faucet service endpoint, GET <url>?accounts=A,B (falls back to --funder)`,
        DEFAULT_FAUCET_URL,
      )
      .option('--no-faucet-url', 'do not ask a faucet service; fund directly from --funder')
      .option('--funder <account>', 'pays new accounts when no faucet funds them', '//Alice')
      .option('--sudo <account>', 'sudo key for next_phase', '//Alice')
      .option(
        '--max-population <n>',
        `stop adding newbies at this population (default ${POPULATION_PER_LOCATION} × locations)`,
        integerArg('--max-population', 0, MAX_COUNT),
      )
      .option(
        '--tx-timeout <ms>',
        'give up waiting for a transaction after this long',
        integerArg('--tx-timeout', 1_000, 3_600_000),
        120_000,
      ),
  );

const withAdvance = (cmd: Command, byDefault: string): Command =>
  cmd
    .option('--advance-phases', `call sudo next_phase when a phase's work is done (${byDefault})`)
    .option('--no-advance-phases', 'wait for an external phase controller (encointer phase-controller)');

const botOptions = (command: Command): BotOptions => command.optsWithGlobals() as BotOptions;

/** A live status line on a terminal (only when writing to the real stderr), log lines otherwise. */
const sinkFor = (io: CliIo): ProgressSink => ({
  tty: io === processIo && process.stderr.isTTY === true ? (t) => process.stderr.write(t) : undefined,
  line: (t) => io.err(t),
});

const sessionFor = async (conn: Connection, o: BotOptions, io: CliIo): Promise<BotSessionOptions> => ({
  dir: o.dir,
  conn,
  faucetUrl: o.faucetUrl === false ? undefined : o.faucetUrl,
  funder: await signerFor(o.funder, o),
  sudo: await signerFor(o.sudo, o),
  ipfsApi: o.ipfsApi,
  ipfsLocal: o.ipfsLocal,
  ipfsDir: o.ipfsDir ?? DEFAULT_IPFS_DIR,
  sink: sinkFor(io),
  txTimeoutMs: o.txTimeout,
});

/** Opens the bot of `--dir` (BotStateError when `init` has not run there). */
const withBot = async <T>(
  command: Command,
  io: CliIo,
  body: (ctx: BotContext, o: BotOptions, conn: Connection) => Promise<T>,
): Promise<T> => {
  const o = botOptions(command);
  const dir = botDir(o.dir);
  const state = await loadBotState(dir.stateFile);
  if (state.community === undefined) {
    throw new InvalidInputError(
      '--dir',
      `${dir.root} has no community yet: run \`encointer bot init\` first`,
    );
  }
  if (o.maxPopulation !== undefined && o.maxPopulation !== state.maxPopulation) {
    state.maxPopulation = o.maxPopulation;
    await saveBotState(dir.stateFile, state);
  }
  return withConnection(o, async (conn) => {
    const ctx = await openBot(await sessionFor(conn, o, io), state);
    try {
      return await body(ctx, o, conn);
    } finally {
      closeBot(ctx);
    }
  });
};

const ceremonyLine = (s: CeremonySummary): string =>
  `ceremony ${s.ceremony} (cindex ${s.cindex}): ${csvLine(s.row)}  — ${s.transactions} tx in ${(s.ms / 1000).toFixed(1)} s${
    s.failures.length > 0 ? `, ${s.failures.length} invariant(s) FAILED` : ''
  }`;

const parseCentre = (text: string): { lat: number; lon: number } => {
  const m = /^\s*(-?\d+(?:\.\d+)?)\s*,\s*(-?\d+(?:\.\d+)?)\s*$/.exec(text);
  const lat = Number(m?.[1]);
  const lon = Number(m?.[2]);
  if (m === null || Math.abs(lat) >= 78 || Math.abs(lon) > 180) {
    throw new InvalidInputError(
      '--center',
      `expected <lat>,<lon> in decimal degrees (|lat| < 78), got '${text}'`,
    );
  }
  return { lat, lon };
};

const simulateAction =
  (io: CliIo, forever: boolean) =>
  async (
    options: { ceremonies?: number; assertInvariants: boolean; failFast?: boolean; advancePhases?: boolean },
    command: Command,
  ) =>
    withBot(command, io, async (ctx, o, conn) => {
      const advance = options.advancePhases ?? (await chainHasSudo(conn));
      const started = Date.now();
      const summaries: CeremonySummary[] = [];
      // Ctrl-C finishes the step under way and stops (a second Ctrl-C kills the process).
      const stop = io === processIo ? stopOnSignals() : undefined;
      let interrupted = false;
      try {
        const r = await simulate(ctx, {
          ceremonies: forever ? 0 : (options.ceremonies ?? 7),
          assertInvariants: options.assertInvariants,
          failFast: options.failFast === true,
          advancePhases: advance,
          heartbeat: advance ? undefined : await heartbeatAccount(ctx),
          signal: stop?.signal,
          onCeremony: (s) => {
            summaries.push(s);
            if (o.json !== true) ctx.progress.above(() => io.out(ceremonyLine(s)));
          },
        });
        interrupted = r.interrupted;
      } catch (e) {
        if (!(e instanceof PhaseWaitAbortedError)) throw e;
        interrupted = true;
      } finally {
        stop?.dispose();
      }
      ctx.progress.close();
      const seconds = (Date.now() - started) / 1000;
      const transactions = summaries.reduce((n, s) => n + s.transactions, 0);
      print(
        io,
        o,
        {
          cid: ctx.state.community!.cid,
          ceremonies: summaries.map((s) => ({
            ...s,
            row: { ...s.row, totalSupplyBits: s.row.totalSupplyBits },
          })),
          seconds,
          interrupted,
          transactions,
          transactionsPerSecond: seconds > 0 ? transactions / seconds : 0,
        },
        () =>
          `${interrupted ? 'stopped: ' : ''}${summaries.length} ceremonies in ${seconds.toFixed(1)} s, ${transactions} transactions (${(transactions / Math.max(seconds, 1e-9)).toFixed(0)} tx/s); stats in ${ctx.dir.statsCsv}`,
      );
    });

/** `encointer bot …`: the bot community of tooling §3. */
export const registerBotCommands = (program: Command, io: CliIo): void => {
  const bot = program
    .command('bot')
    .description('grow a synthetic bot community ceremony by ceremony (bot-community.py)');

  addBotOptions(
    bot
      .command('init')
      .description(
        'bootstrap a bot community: assets on IPFS, funded bootstrappers, a random spec, `community new`, cid.txt',
      )
      .addOption(
        new Option('--key-type <type>', 'key type of the bot accounts (ed25519 signs faster)')
          .choices(['sr25519', 'ed25519'])
          .default('sr25519'),
      )
      .option('--seed <seed>', 'seed of everything random (names, locations, keys, votes); default random')
      .option(
        '--bootstrappers <n>',
        'number of bootstrappers',
        integerArg('--bootstrappers', 3, 1000),
        DEFAULT_BOOTSTRAPPERS,
      )
      .option('--locations <n>', 'meetup locations of the community', integerArg('--locations', 1, 100_000))
      .option(
        '-n, --number-of-locations <n>',
        `same as --locations (upstream name; default ${DEFAULT_LOCATIONS})`,
        integerArg('--number-of-locations', 1, 100_000),
      )
      .option(
        '--center <lat,lon>',
        'centre of the meetup locations (default: a seeded point in the Atlantic)',
      )
      .addOption(
        new Option('-w, --wrap-call <wrap>', 'wrap new_community for a privileged origin')
          .choices(['none', 'sudo'])
          .default('none'),
      )
      .option('--purge', 'delete the bot already in --dir (keys, state, cid.txt, stats) first')
      .option('--advance-phases', 'move the chain to Registering with sudo next_phase if needed'),
  ).action(
    async (
      options: {
        keyType: KeyType;
        seed?: string;
        bootstrappers: number;
        locations?: number;
        numberOfLocations?: number;
        center?: string;
        wrapCall: WrapCall;
        purge?: boolean;
        advancePhases?: boolean;
      },
      command: Command,
    ) => {
      const o = botOptions(command);
      if (options.locations !== undefined && options.numberOfLocations !== undefined) {
        throw new InvalidInputError('--locations/--number-of-locations', 'give only one of them');
      }
      await withConnection(o, async (conn) => {
        const r = await initBot({
          session: await sessionFor(conn, o, io),
          seed: options.seed,
          keyType: options.keyType,
          bootstrappers: options.bootstrappers,
          locations: options.locations ?? options.numberOfLocations,
          maxPopulation: o.maxPopulation,
          centre: options.center === undefined ? undefined : parseCentre(options.center),
          purge: options.purge === true,
          wrap: options.wrapCall,
          advancePhases: options.advancePhases === true,
        });
        print(io, o, r, () => [
          `community ${r.name} (${r.symbol}): ${r.cid}`,
          `spec ${r.specFile}, ${r.locations} locations, assets ${r.assets}`,
          `${r.bootstrappers.length} bootstrappers, max population ${r.maxPopulation}, seed ${r.seed}`,
        ]);
      });
    },
  );

  const run = addBotOptions(
    withAdvance(
      bot
        .command('execute-current-phase')
        .alias('run')
        .description("execute the current phase's step once (cron mode): register, assign, or attest")
        .option('--force', 'run the step even if it was already executed in this phase'),
      'default off',
    ),
  );
  run.action(async (options: { force?: boolean; advancePhases?: boolean }, command: Command) =>
    withBot(command, io, async (ctx, o) => {
      const r = await executeCurrentPhase(ctx, {
        force: options.force === true,
        advance: options.advancePhases === true,
      });
      print(io, o, { ...r, row: r.registering?.row }, () => {
        const lines = [
          `${r.step.phase} of ceremony ${r.step.cindex}: ${r.executed ? 'executed' : 'already executed, skipped'}`,
        ];
        if (r.registering !== undefined) lines.push(`stats: ${csvLine(r.registering.row)}`);
        if (r.next.phase !== r.step.phase) lines.push(`now ${r.next.phase} of ceremony ${r.next.cindex}`);
        return lines;
      });
    }),
  );

  addBotOptions(
    withAdvance(
      bot
        .command('simulate')
        .description(
          'run ceremonies: every phase step, the bazaar at ceremony 2, invariants after each ceremony',
        )
        .option(
          '--ceremonies <n>',
          'ceremonies to run (0 = forever)',
          integerArg('--ceremonies', 0, MAX_COUNT),
          7,
        )
        .option('--assert-invariants', 'check the invariants of tooling §3.8 after each ceremony', true)
        .option('--no-assert-invariants', 'do not check invariants')
        .option('--fail-fast', 'stop at the first failed invariant'),
      'default on when the chain has Sudo',
    ),
  ).action(simulateAction(io, false));

  addBotOptions(
    withAdvance(
      bot
        .command('benchmark')
        .description('simulate forever, printing per-ceremony throughput (stop with Ctrl-C)')
        .option('--assert-invariants', 'check invariants after each ceremony', true)
        .option('--no-assert-invariants', 'do not check invariants')
        .option('--fail-fast', 'stop at the first failed invariant'),
      'default on when the chain has Sudo',
    ),
  ).action(simulateAction(io, true));

  addBotOptions(
    bot
      .command('bazaar')
      .description('register random businesses and offerings (documents on IPFS) for bot agents without one')
      .option('--businesses <n>', 'businesses to create', integerArg('--businesses', 1, MAX_COUNT), 5)
      .option('--offerings <n>', 'offerings per business', integerArg('--offerings', 0, 1000), 1),
  ).action(async (options: { businesses: number; offerings: number }, command: Command) =>
    withBot(command, io, async (ctx, o) => {
      const owners = ctx.agents
        .filter((a) => isReputable(a) && !a.record.hasBusiness)
        .slice(0, options.businesses);
      const r = await createBusinessesAndOfferings(ctx, owners, options.offerings);
      print(io, o, r, () => `${r.businesses} business(es) and ${r.offerings} offering(s) registered`);
    }),
  );
};
