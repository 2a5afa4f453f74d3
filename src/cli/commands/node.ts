// spec: ARCHITECTURE §5 (dev node), substrate-compat §2 (JSON-RPC on port 9944)
import { mkdtempSync, rmSync } from 'node:fs';
import { homedir, tmpdir } from 'node:os';
import path from 'node:path';
import { type Command, Option } from 'commander';
import type { BuildMode } from '../../node/chain/blockProducer.js';
import { DATABASE_FILE, type RunningNode, startNode } from '../../node/node.js';
import { toHex } from '../../primitives/common/bytes.js';
import { EncointerError, InvalidInputError } from '../../primitives/common/errors.js';
import { PRESET_NAMES, type PresetName } from '../../runtime/presets.js';
import { stopOnSignals } from '../../services/stopSignal.js';
import type { CliIo } from '../io.js';

interface NodeCommandOptions {
  rpcPort: number;
  rpcExternal?: boolean;
  basePath?: string;
  tmp?: boolean;
  genesis: PresetName;
  blockTime: number;
  instantSeal?: boolean;
  manualSeal?: boolean;
  verifyWorkers?: number;
}

const integer = (field: string, min: number, max: number) => (text: string) => {
  const n = Number(text);
  if (!Number.isInteger(n) || n < min || n > max) {
    throw new InvalidInputError(field, `expected an integer from ${min} to ${max}, got '${text}'`);
  }
  return n;
};

/** Where the chain lives when neither `--base-path` nor `--tmp` is given. */
export const defaultBasePath = (genesis: PresetName): string =>
  path.join(homedir(), '.encointer-ts', 'node', genesis);

const buildModeOf = (o: NodeCommandOptions): BuildMode => {
  if (o.instantSeal === true && o.manualSeal === true) {
    throw new InvalidInputError('--instant-seal/--manual-seal', 'choose one block production mode');
  }
  if (o.instantSeal === true) return { kind: 'instant' };
  if (o.manualSeal === true) return { kind: 'manual' };
  return { kind: 'interval', intervalMs: o.blockTime };
};

const describeMode = (mode: BuildMode): string =>
  mode.kind === 'interval' ? `a block every ${mode.intervalMs} ms` : `${mode.kind} seal`;

/** `encointer node`: a local dev chain with the JSON-RPC API of a Substrate node. */
export const registerNodeCommand = (program: Command, io: CliIo): void => {
  program
    .command('node')
    .description('run a local Encointer dev node (JSON-RPC over WebSocket and HTTP, SQLite database)')
    .option(
      '--rpc-port <port>',
      'JSON-RPC port, WebSocket and HTTP (0 = any free port)',
      integer('--rpc-port', 0, 65535),
      9944,
    )
    .option('--rpc-external', 'listen on all interfaces instead of 127.0.0.1')
    .option('--base-path <dir>', 'directory of the chain database (default: ~/.encointer-ts/node/<genesis>)')
    .option('--tmp', 'use a fresh temporary directory, deleted when the node stops')
    .addOption(
      new Option('--genesis <preset>', 'genesis preset')
        .choices([...PRESET_NAMES])
        .default('dev' as PresetName),
    )
    .option(
      '--block-time <ms>',
      'block time: interval between blocks and timestamp step, in ms',
      integer('--block-time', 1, 86_400_000),
      6000,
    )
    .option('--instant-seal', 'build a block as soon as transactions are ready')
    .option('--manual-seal', 'build blocks only when asked (dev_newBlock)')
    .option(
      '--verify-workers <n>',
      'signature verification worker threads (default: one per core; 0 = verify on the main thread)',
      integer('--verify-workers', 0, 1024),
    )
    .action(async (o: NodeCommandOptions) => {
      const mode = buildModeOf(o);
      const tmp = o.tmp === true ? mkdtempSync(path.join(tmpdir(), 'encointer-node-')) : undefined;
      const basePath = tmp ?? o.basePath ?? defaultBasePath(o.genesis);
      let node: RunningNode;
      try {
        node = await startNode({
          genesis: o.genesis,
          basePath,
          rpcPort: o.rpcPort,
          rpcExternal: o.rpcExternal === true,
          buildMode: mode,
          blockTimeMs: BigInt(o.blockTime),
          ...(o.verifyWorkers === undefined ? {} : { verifyWorkers: o.verifyWorkers }),
          logger: { info: (m) => io.out(m), error: (m) => io.err(m) },
        });
      } catch (e) {
        if (tmp !== undefined) rmSync(tmp, { recursive: true, force: true });
        if ((e as NodeJS.ErrnoException).code === 'EADDRINUSE') {
          throw new EncointerError(
            'PortInUse',
            `port ${o.rpcPort} is in use: choose another with --rpc-port`,
          );
        }
        throw e;
      }
      const { chain, server } = node;
      io.out(
        `Encointer dev node ${node.info.nodeVersion}: ${node.info.chainName} (${o.genesis} genesis), ${describeMode(mode)}`,
      );
      io.out(`database: ${path.join(basePath, DATABASE_FILE)}${tmp === undefined ? '' : ' (temporary)'}`);
      io.out(`genesis: ${toHex(chain.genesis.hash)}`);
      io.out(`best block: #${chain.best.number} ${toHex(chain.best.hash)}`);
      io.out(
        `signature verification: ${node.verifyWorkers === 0 ? 'on the main thread' : `${node.verifyWorkers} worker thread${node.verifyWorkers === 1 ? '' : 's'}`}`,
      );
      io.out(`RPC endpoint: ${server.url} (HTTP: ${server.url.replace('ws://', 'http://')})`);
      const signal = await stopOnSignals().stopped;
      io.out(`${signal}: stopping at block #${chain.best.number}`);
      await node.close();
      if (tmp !== undefined) rmSync(tmp, { recursive: true, force: true });
      io.out('stopped');
    });
};
