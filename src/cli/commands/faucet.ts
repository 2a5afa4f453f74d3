// spec: tooling §1.7.8 (`faucet`: the on-chain faucet pallet, not faucet.py), economy §5 (faucet pallet)
import { type Command, Option } from 'commander';
import {
  closeFaucet,
  createFaucet,
  dissolveFaucet,
  drip,
  faucetAccount,
  getChainInfo,
  getFaucets,
  getNativeBalance,
  getReserveAmount,
  setReserveAmount,
  toCid,
  type WrapCall,
} from '../../client/index.js';
import { formatCid } from '../../primitives/cid/cidString.js';
import {
  accountIdArg,
  atOf,
  ceremonyIndexArg,
  chainOptions,
  listArg,
  parseNativeAmount,
  requireCid,
  txJson,
} from '../common/args.js';
import { print } from '../common/output.js';
import { signerFor, withConnection } from '../common/session.js';
import type { CliIo } from '../io.js';
import { registerFaucetServeCommand } from './faucetServe.js';

const DEFAULT_PRIVILEGED_SIGNER = '//Alice';

const privilegedOptions = (command: Command): Command =>
  command
    .addOption(
      new Option('-s, --signer <account>', 'signer of the privileged call').default(
        DEFAULT_PRIVILEGED_SIGNER,
      ),
    )
    .addOption(
      new Option('-w, --wrap-call <how>', 'wrap for the Root origin: auto (Sudo if present), sudo or none')
        .choices(['auto', 'sudo', 'none'])
        .default('auto'),
    );

/**
 * `encointer faucet …` (the on-chain faucet pallet). Returns the `faucet` command so that other commands (the HTTP
 * faucet service, `faucet serve`) can be added to the same group.
 */
export const registerFaucetCommands = (program: Command, io: CliIo): Command => {
  // The HTTP service (`faucet serve`) may have created the group already.
  const faucet =
    program.commands.find((c) => c.name() === 'faucet') ??
    program
      .command('faucet')
      .description('native-token faucets: the faucet pallet and the HTTP funding service');

  faucet
    .command('create')
    .description('create a faucet funded by the creator, who also reserves the deposit; prints its account')
    .argument('<account>', 'creator (signs)')
    .argument('<name>', 'faucet name (at most 64 bytes; the account derives from it)')
    .argument('<balance>', 'native amount moved into the faucet: base units or e.g. 100ERT')
    .argument('<drip_amount>', 'native amount per drip (must exceed the existential deposit)')
    .argument('[whitelist_cid...]', 'communities whose reputations may drip (default: all)')
    .action(
      async (
        account: string,
        name: string,
        balanceText: string,
        dripText: string,
        whitelistArgs: string[],
        _options: unknown,
        command: Command,
      ) => {
        const o = chainOptions(command);
        await withConnection(o, async (conn) => {
          const info = await getChainInfo(conn);
          const token = { symbol: info.tokenSymbol, decimals: info.tokenDecimals };
          const amount = parseNativeAmount(balanceText, token, 'balance');
          const dripAmount = parseNativeAmount(dripText, token, 'drip_amount');
          const whitelist = listArg(whitelistArgs).map((c) => toCid(c, 'whitelist_cid'));
          faucetAccount(name); // refuses names above 64 bytes before anything is signed
          const signer = await signerFor(account, o);
          const r = await createFaucet(conn, {
            signer,
            name,
            amount,
            dripAmount,
            whitelist: whitelist.length === 0 ? undefined : whitelist,
          });
          const address = r.faucet ?? faucetAccount(name);
          print(
            io,
            o,
            {
              faucet: address,
              name,
              creator: signer.address,
              amount,
              dripAmount,
              whitelist: whitelist.length === 0 ? null : whitelist.map(formatCid),
              ...txJson(r),
            },
            () => address,
          );
        });
      },
    );

  faucet
    .command('drip')
    .description('drip from a faucet to the account, proving its reputation in --cid at <cindex>')
    .argument('<account>', 'the dripper (signs; needs a verified reputation)')
    .argument('<faucet_account>', 'the faucet’s account')
    .argument('<cindex>', 'ceremony index of the reputation (negative: current minus n)')
    .action(
      async (
        account: string,
        faucetText: string,
        cindexText: string,
        _options: unknown,
        command: Command,
      ) => {
        const o = chainOptions(command);
        await withConnection(o, async (conn) => {
          const cid = await requireCid(conn, o);
          const faucetAddress = await accountIdArg(faucetText, 'faucet_account');
          const cindex = await ceremonyIndexArg(conn, cindexText, o);
          const signer = await signerFor(account, o);
          const r = await drip(conn, { signer, faucet: faucetAddress, cid, cindex });
          const dripped = r.events.find((e) => e.pallet === 'EncointerFaucet' && e.name === 'Dripped');
          const amount = dripped === undefined ? undefined : ((dripped.value as unknown[])[2] as bigint);
          print(
            io,
            o,
            { faucet: faucetAddress, to: signer.address, cid: formatCid(cid), cindex, amount, ...txJson(r) },
            () => `Faucet dripped to ${signer.address}`,
          );
        });
      },
    );

  privilegedOptions(
    faucet
      .command('dissolve')
      .description('dissolve a faucet and pay its balance to the beneficiary (Root: wrapped in Sudo)')
      .argument('<faucet_account>', 'the faucet’s account')
      .argument('<beneficiary>', 'receives the remaining balance'),
  ).action(
    async (
      faucetText: string,
      beneficiaryText: string,
      options: { signer: string; wrapCall: WrapCall },
      command: Command,
    ) => {
      const o = chainOptions(command);
      await withConnection(o, async (conn) => {
        const faucetAddress = await accountIdArg(faucetText, 'faucet_account');
        const beneficiary = await accountIdArg(beneficiaryText, 'beneficiary');
        const signer = await signerFor(options.signer, o);
        const r = await dissolveFaucet(conn, {
          signer,
          faucet: faucetAddress,
          beneficiary,
          wrap: options.wrapCall,
        });
        print(
          io,
          o,
          { faucet: faucetAddress, beneficiary, ...txJson(r) },
          () => `Faucet dissolved: ${faucetAddress}`,
        );
      });
    },
  );

  faucet
    .command('close')
    .description('close a nearly empty faucet (creator only; the rest goes to the pallet account)')
    .argument('<account>', 'the creator (signs)')
    .argument('<faucet_account>', 'the faucet’s account')
    .action(async (account: string, faucetText: string, _options: unknown, command: Command) => {
      const o = chainOptions(command);
      await withConnection(o, async (conn) => {
        const faucetAddress = await accountIdArg(faucetText, 'faucet_account');
        const signer = await signerFor(account, o);
        const r = await closeFaucet(conn, { signer, faucet: faucetAddress });
        print(
          io,
          o,
          { faucet: faucetAddress, ...txJson(r) },
          () => `Faucet closed: ${faucetAddress}. status: 'InBlock'`,
        );
      });
    });

  privilegedOptions(
    faucet
      .command('set-reserve-amount')
      .description('set the deposit future faucet creators reserve (Root: wrapped in Sudo)')
      .argument('<amount>', 'native amount: base units or e.g. 10ERT'),
  ).action(async (amountText: string, options: { signer: string; wrapCall: WrapCall }, command: Command) => {
    const o = chainOptions(command);
    await withConnection(o, async (conn) => {
      const info = await getChainInfo(conn);
      const amount = parseNativeAmount(amountText, {
        symbol: info.tokenSymbol,
        decimals: info.tokenDecimals,
      });
      const signer = await signerFor(options.signer, o);
      const r = await setReserveAmount(conn, { signer, amount, wrap: options.wrapCall });
      print(io, o, { reserveAmount: amount, ...txJson(r) }, () => `Reserve amount set: ${amount}`);
    });
  });

  faucet
    .command('list')
    .description('every faucet (-v: name, creator, balance, drip amount, whitelist)')
    .action(async (_options: unknown, command: Command) => {
      const o = chainOptions(command);
      await withConnection(o, async (conn) => {
        const at = atOf(o);
        const read = at === undefined ? {} : { at };
        const [faucets, reserveAmount] = await Promise.all([
          getFaucets(conn, read),
          getReserveAmount(conn, read),
        ]);
        const rows = await Promise.all(
          faucets.map(async (f) => ({
            account: f.account,
            name: f.name,
            creator: f.creator,
            balance: (await getNativeBalance(conn, { account: f.account, ...read })).free,
            dripAmount: f.dripAmount,
            purposeId: f.purposeId,
            whitelist: f.whitelist === undefined ? null : f.whitelist.map(formatCid),
          })),
        );
        print(io, o, { reserveAmount, faucets: rows }, () =>
          o.verbose === true
            ? rows.flatMap((f) => [
                `address: ${f.account}`,
                `name: ${f.name}`,
                `creator: ${f.creator}`,
                `balance: ${f.balance}`,
                `drip amount: ${f.dripAmount}`,
                `whitelist: ${f.whitelist === null ? 'None' : f.whitelist.join(', ')}`,
                '',
              ])
            : rows.map((f) => f.account),
        );
      });
    });

  faucet
    .command('account')
    .description('the account of a faucet name (blake2_256 of the pallet id and the name), computed locally')
    .argument('<name>', 'faucet name')
    .action((name: string, _options: unknown, command: Command) => {
      const address = faucetAccount(name);
      print(io, chainOptions(command), { name, faucet: address }, () => address);
    });

  registerFaucetServeCommand(faucet, io);
  return faucet;
};
