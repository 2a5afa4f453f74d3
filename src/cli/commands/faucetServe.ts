// spec: tooling §4 (faucet.py → `encointer faucet serve`), ARCHITECTURE §6 (structured logs, clean shutdown)
import { type Command, Option } from 'commander';
import { getChainInfo } from '../../client/index.js';
import { EncointerError, InvalidInputError } from '../../primitives/common/errors.js';
import {
  createNativeFaucet,
  DEFAULT_CAP_MULTIPLE,
  DEFAULT_FAUCET_HOST,
  DEFAULT_FAUCET_PORT,
  DEFAULT_MAX_ACCOUNTS,
  type FaucetServer,
  startFaucetServer,
} from '../../services/faucet/index.js';
import { createServiceLog } from '../../services/serviceLog.js';
import { stopOnSignals } from '../../services/stopSignal.js';
import { chainOptions, integerArg, parseNativeAmount } from '../common/args.js';
import { signerFor, withConnection } from '../common/session.js';
import type { CliIo } from '../io.js';

interface ServeOptions {
  host: string;
  httpPort: number;
  funder: string;
  amount?: string;
  perAccountCap?: string;
  maxAccounts: number;
}

const LOOPBACK = new Set(['127.0.0.1', '::1', 'localhost']);

/** The `faucet` group: `group` itself, or the `faucet` subcommand of the program (created when missing). */
const faucetGroupOf = (group: Command): Command => {
  if (group.name() === 'faucet') return group;
  return (
    group.commands.find((c) => c.name() === 'faucet') ??
    group
      .command('faucet')
      .description('native-token faucets: the faucet pallet and the HTTP funding service')
  );
};

/**
 * `encointer faucet serve`: an HTTP service funding accounts with native tokens (`GET /api?accounts=A,B`), the
 * successor of upstream `faucet.py`. Added to the `faucet` group (or found/created on the program).
 */
export const registerFaucetServeCommand = (faucetGroup: Command, io: CliIo): void => {
  faucetGroupOf(faucetGroup)
    .command('serve')
    .description(
      'serve GET /api?accounts=ADDR1,ADDR2: fund each account with native tokens from the funder (queued nonces, per-account cap)',
    )
    .addOption(new Option('--host <host>', 'interface to listen on').default(DEFAULT_FAUCET_HOST))
    .addOption(
      new Option('--http-port <port>', 'HTTP port (0: any free port)')
        .argParser(integerArg('--http-port', 0, 65_535))
        .default(DEFAULT_FAUCET_PORT),
    )
    .addOption(
      new Option('--funder <account>', 'account that pays (//Alice on dev chains)').default('//Alice'),
    )
    .addOption(
      new Option(
        '--amount <amount>',
        'per account and request: base units or e.g. 300ERT (default: existential deposit + transfer fee × 10^6)',
      ),
    )
    .addOption(
      new Option(
        '--per-account-cap <amount>',
        `most one account may receive from this service, or "none" (default: ${DEFAULT_CAP_MULTIPLE} × amount)`,
      ),
    )
    .addOption(
      new Option('--max-accounts <n>', 'most accounts in one request')
        .argParser(integerArg('--max-accounts', 1, 100_000))
        .default(DEFAULT_MAX_ACCOUNTS),
    )
    .action(async (s: ServeOptions, command: Command) => {
      const o = chainOptions(command);
      const log = createServiceLog(io.out, { json: o.json === true });
      await withConnection(o, async (conn) => {
        const funder = await signerFor(s.funder, o);
        const info = await getChainInfo(conn);
        const token = { symbol: info.tokenSymbol, decimals: info.tokenDecimals };
        const amount = s.amount === undefined ? undefined : parseNativeAmount(s.amount, token, '--amount');
        if (amount === 0n) throw new InvalidInputError('--amount', 'must be positive');
        const cap =
          s.perAccountCap === undefined
            ? undefined
            : s.perAccountCap.trim().toLowerCase() === 'none'
              ? null
              : parseNativeAmount(s.perAccountCap, token, '--per-account-cap');
        const faucet = await createNativeFaucet(conn, {
          funder,
          amount,
          perAccountCap: cap,
          maxAccounts: s.maxAccounts,
          log,
        });
        const stop = stopOnSignals();
        let server: FaucetServer;
        try {
          server = await startFaucetServer({ faucet, host: s.host, port: s.httpPort, log });
        } catch (e) {
          stop.dispose();
          if ((e as NodeJS.ErrnoException).code === 'EADDRINUSE') {
            throw new EncointerError(
              'PortInUse',
              `port ${s.httpPort} is in use: choose another with --http-port`,
            );
          }
          throw e;
        }
        if (!LOOPBACK.has(s.host)) {
          log(
            'warning',
            `listening on ${s.host}: anyone who reaches this port can spend the funder's tokens`,
            {
              host: s.host,
            },
          );
        }
        log(
          'listening',
          `faucet listening on ${server.url}/api (funder ${faucet.funder}, ${faucet.amount} per account, cap ${
            faucet.perAccountCap ?? 'none'
          }, at most ${faucet.maxAccounts} accounts per request)`,
          {
            url: server.url,
            funder: faucet.funder,
            amount: faucet.amount,
            perAccountCap: faucet.perAccountCap ?? null,
            maxAccounts: faucet.maxAccounts,
            node: conn.endpoint,
          },
        );
        const signal = await stop.stopped;
        log('stopping', `${signal}: finishing the requests in flight`, { signal });
        await server.close();
        log('stopped', 'stopped', {});
      });
    });
};
