/**
 * Options shared by every command that talks to a chain (tooling §1: `-u/--node-url`, `-p/--port`, the keystore,
 * `--json`). A command adds the groups it needs; handlers read them back with `globalOptions(command)`.
 */
import { type Command, Option } from 'commander';
import { DEFAULT_KEYSTORE_DIR, DEFAULT_NODE_PORT, DEFAULT_NODE_URL } from '../../client/index.js';
import { InvalidInputError } from '../../primitives/common/errors.js';

export interface ConnectionOptions {
  nodeUrl: string;
  port?: number;
}

export interface KeystoreOptions {
  keystore: string;
  password?: string;
}

export interface OutputOptions {
  json?: boolean;
}

export type CommonOptions = ConnectionOptions & KeystoreOptions & OutputOptions;

const port = (text: string): number => {
  const n = Number(text);
  if (!Number.isInteger(n) || n < 1 || n > 65_535) {
    throw new InvalidInputError('--port', `expected a TCP port from 1 to 65535, got '${text}'`);
  }
  return n;
};

/**
 * Adds the connection, keystore and output options to the root command; subcommands inherit them
 * (`encointer -u ws://host -p 9944 community list --json`, or after the subcommand).
 */
export const addCommonOptions = (program: Command): Command =>
  program
    .addOption(
      new Option('-u, --node-url <url>', 'node WebSocket URL (ws:// or wss://)').default(DEFAULT_NODE_URL),
    )
    .addOption(
      new Option(
        '-p, --port <port>',
        `node port (default ${DEFAULT_NODE_PORT}; 443 for wss:// without a port)`,
      ).argParser(port),
    )
    .addOption(new Option('--keystore <dir>', 'keystore directory').default(DEFAULT_KEYSTORE_DIR))
    .addOption(
      new Option('--password <password>', 'keystore password (or ENCOINTER_PASSWORD)').env(
        'ENCOINTER_PASSWORD',
      ),
    )
    .addOption(new Option('--json', 'print machine-readable JSON'));

/** The merged options of a command and all its parents. */
export const commonOptions = (command: Command): CommonOptions => command.optsWithGlobals() as CommonOptions;
