import type { Command } from 'commander';
import type { CliIo } from '../io.js';

/** `encointer community ...`: community reads and registration. */
export const registerCommunityCommands = (program: Command, _io: CliIo): void => {
  program.command('community').description('community identifiers, specs and registration');
};
