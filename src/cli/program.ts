import { Command } from 'commander';
import { registerAccountCommands } from './commands/account.js';
import { registerAliases } from './commands/aliases.js';
import { registerBazaarCommands } from './commands/bazaar.js';
import { registerBotCommands } from './commands/bot.js';
import { registerCeremonyCommands } from './commands/ceremony.js';
import { registerCommunityCommands } from './commands/community.js';
import { registerDemoCommand } from './commands/demo.js';
import { registerDemocracyCommands } from './commands/democracy.js';
import { registerFaucetCommands } from './commands/faucet.js';
import { registerIpfsCommands } from './commands/ipfs.js';
import { registerListenCommands } from './commands/listen.js';
import { registerNodeCommand } from './commands/node.js';
import { registerOnboardingCommands } from './commands/onboarding.js';
import { registerPhaseControllerCommand } from './commands/phaseController.js';
import { addChainOptions } from './common/args.js';
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
  addChainOptions(program);
  registerAccountCommands(program, io);
  registerCommunityCommands(program, io);
  registerCeremonyCommands(program, io);
  registerListenCommands(program, io);
  registerBazaarCommands(program, io);
  registerDemocracyCommands(program, io);
  registerFaucetCommands(program, io);
  registerIpfsCommands(program, io);
  registerOnboardingCommands(program, io);
  registerNodeCommand(program, io);
  registerPhaseControllerCommand(program, io);
  registerBotCommands(program, io);
  registerDemoCommand(program, io);
  // Last: the old flat names of tooling §1.8 point at the commands registered above.
  registerAliases(program);
  return program;
};
