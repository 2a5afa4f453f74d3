import { Command } from 'commander';
import { registerCommunityCommands } from './commands/community.js';
import { registerNodeCommand } from './commands/node.js';
import { addCommonOptions } from './common/options.js';
import type { CliIo } from './io.js';

/**
 * Builds the `encointer` command tree. Exit and output settings are set on the root before any subcommand is
 * added, because commander copies them into a subcommand when it is created.
 */
export const buildProgram = (io: CliIo): Command => {
  const program = new Command('encointer')
    .description(
      'Encointer command line: communities, ceremonies, balances and tools for the Encointer protocol',
    )
    .version('0.1.0')
    .showHelpAfterError()
    .exitOverride()
    .configureOutput({ writeOut: (s) => io.out(s.trimEnd()), writeErr: (s) => io.err(s.trimEnd()) });
  addCommonOptions(program);
  registerCommunityCommands(program, io);
  registerNodeCommand(program, io);
  return program;
};
