import { Command } from 'commander';
import { registerCommunityCommands } from './commands/community.js';
import type { CliIo } from './io.js';

/** Builds the `encointer` command tree. Each command group registers itself; the tree is thin by design. */
export const buildProgram = (io: CliIo): Command => {
  const program = new Command('encointer')
    .description(
      'Encointer command line: communities, ceremonies, balances and tools for the Encointer protocol',
    )
    .version('0.1.0')
    .showHelpAfterError();
  registerCommunityCommands(program, io);
  return program;
};
