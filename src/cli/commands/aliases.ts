// spec: tooling §1.8 (old flat command names → current names), §9.3 (usage text still shows `list-communities`)
/**
 * Old command names, so that the instructions of the original documentation can be followed word for word
 * (`encointer --cid X list-meetups`), plus a few shorthands inside groups (`ceremony register`). An alias passes
 * everything after its name to the target command; global options (`-u`, `-p`, `--cid`, `--json`, …) work anywhere.
 *
 * One row per alias: [alias, target]. A name with a space is registered inside that group (shown in its help);
 * a flat name is registered on the root (hidden, listed at the end of `encointer --help`). An alias whose name is
 * a real command, or whose group does not exist, is skipped.
 */
import type { Command } from 'commander';
import { EncointerError } from '../../primitives/common/errors.js';

export const COMMAND_ALIASES: readonly (readonly [alias: string, target: string])[] = [
  // account (tooling §1.8 row 1; `faucet` is the faucet-pallet group now, so the old `faucet` alias cannot exist)
  ['new-account', 'account new'],
  ['new_account', 'account new'],
  ['list-accounts', 'account list'],
  ['export-secret', 'account export'],
  ['faucet', 'account fund'],
  ['account balance', 'balance'],
  ['account transfer', 'transfer'],
  ['account transfer-all', 'transfer-all'],
  ['account reputation', 'ceremony participant reputation'],
  // balances (row 3)
  ['get-balance', 'balance'],
  ['transfer_all', 'transfer-all'],
  // community (row 4)
  ['issuance', 'community issuance'],
  ['new-community', 'community new'],
  ['list-communities', 'community list'],
  ['list-locations', 'community location list'],
  ['add-locations', 'community location add'],
  ['remove-location', 'community location remove'],
  ['community locations', 'community location list'],
  ['community add-locations', 'community location add'],
  ['community remove-location', 'community location remove'],
  ['get-treasury', 'community treasury get-account'],
  ['get-swap-native-option', 'community treasury swap-option get-native'],
  ['get-swap-asset-option', 'community treasury swap-option get-asset'],
  ['swap-native', 'community treasury swap-option exercise-native'],
  ['swap-asset', 'community treasury swap-option exercise-asset'],
  // ceremony (rows 6-9)
  ['get-phase', 'ceremony phase'],
  ['get-cindex', 'ceremony index'],
  ['next-phase', 'ceremony admin next-phase'],
  ['list-participants', 'ceremony participant list'],
  ['list-meetups', 'ceremony list-meetups'],
  ['print-ceremony-stats', 'ceremony stats'],
  ['list-attestees', 'ceremony list-attestees'],
  ['list-reputables', 'ceremony list-reputables'],
  ['register-participant', 'ceremony participant register'],
  ['register_participant', 'ceremony participant register'],
  ['upgrade-registration', 'ceremony participant upgrade'],
  ['unregister-participant', 'ceremony participant unregister'],
  ['endorse-newcomers', 'ceremony participant endorse'],
  ['endorse-newcomer', 'ceremony participant endorse'],
  ['attest-attendees', 'ceremony participant attest'],
  ['claim-reward', 'ceremony participant claim-reward'],
  ['reputation', 'ceremony participant reputation'],
  ['get-proof-of-attendance', 'ceremony participant proof-of-attendance'],
  ['get-bootstrappers-with-remaining-newbie-tickets', 'ceremony admin bootstrapper-tickets'],
  ['purge-community-ceremony', 'ceremony admin purge'],
  ['set-meetup-time-offset', 'ceremony admin set-meetup-time-offset'],
  ['ceremony next-phase', 'ceremony admin next-phase'],
  ['ceremony participants', 'ceremony participant list'],
  ['ceremony register', 'ceremony participant register'],
  ['ceremony unregister', 'ceremony participant unregister'],
  ['ceremony upgrade', 'ceremony participant upgrade'],
  ['ceremony endorse', 'ceremony participant endorse'],
  ['ceremony attest', 'ceremony participant attest'],
  ['ceremony claim', 'ceremony participant claim-reward'],
  ['ceremony reputation', 'ceremony participant reputation'],
  ['ceremony reputations', 'ceremony participant reputation'],
  ['ceremony proof-of-attendance', 'ceremony participant proof-of-attendance'],
  // bazaar (tooling §1.8)
  ['create-business', 'bazaar business create'],
  ['update-business', 'bazaar business update'],
  ['list-businesses', 'bazaar business list'],
  ['list-business-offerings', 'bazaar business offerings'],
  ['create-offering', 'bazaar offering create'],
  ['list-offerings', 'bazaar offering list'],
  // faucet pallet
  ['create-faucet', 'faucet create'],
  ['drip-faucet', 'faucet drip'],
  ['dissolve-faucet', 'faucet dissolve'],
  ['close-faucet', 'faucet close'],
  ['set-faucet-reserve-amount', 'faucet set-reserve-amount'],
  ['list-faucets', 'faucet list'],
  // democracy (`submit-*-proposal`, `submit-petition`)
  ['submit-set-inactivity-timeout-proposal', 'democracy propose set-inactivity-timeout'],
  ['submit-update-nominal-income-proposal', 'democracy propose update-nominal-income'],
  ['submit-update-demurrage-proposal', 'democracy propose update-demurrage'],
  ['submit-petition', 'democracy propose petition'],
  ['submit-spend-native-proposal', 'democracy propose spend-native'],
  ['submit-issue-swap-native-option-proposal', 'democracy propose issue-swap-native-option'],
  ['submit-issue-swap-asset-option-proposal', 'democracy propose issue-swap-asset-option'],
  ['list-proposals', 'democracy proposal list'],
  ['list-enactment-queue', 'democracy enactment-queue'],
  ['vote', 'democracy vote'],
  ['update-proposal-state', 'democracy proposal update-state'],
  ['democracy proposals', 'democracy proposal list'],
  // ipfs
  ['ipfs-upload', 'ipfs upload'],
];

/** The command at a space-separated path (names or commander aliases), or undefined. */
export const findCommand = (root: Command, path: string): Command | undefined => {
  let cmd: Command | undefined = root;
  for (const part of path.split(' ')) {
    cmd = cmd.commands.find((c) => c.name() === part || c.aliases().includes(part));
    if (cmd === undefined) return undefined;
  }
  return cmd;
};

/** Registers every alias of the table; call after all command groups are registered. */
export const registerAliases = (program: Command): void => {
  const flat: string[] = [];
  for (const [alias, target] of COMMAND_ALIASES) {
    const parts = alias.split(' ');
    const name = parts.pop()!;
    const parent = parts.length === 0 ? program : findCommand(program, parts.join(' '));
    if (parent === undefined || findCommand(parent, name) !== undefined) continue;
    const hidden = parent === program;
    if (hidden) flat.push(`  ${alias.padEnd(50)} ${target}`);
    parent
      .command(name, { hidden })
      .description(`same as \`${target}\``)
      .helpOption(false)
      .allowUnknownOption()
      .allowExcessArguments()
      .argument('[args...]', `arguments and options of \`${target}\``)
      .action(async (args: string[]) => {
        const command = findCommand(program, target);
        if (command === undefined) {
          throw new EncointerError(
            'UnknownCommand',
            `\`${alias}\` is an alias of \`${target}\`, which this build lacks`,
          );
        }
        await command.parseAsync(args, { from: 'user' });
      });
  }
  if (flat.length > 0) {
    program.addHelpText('after', `\nOld command names (tooling §1.8) are accepted too:\n${flat.join('\n')}`);
  }
};
