// spec: tooling §1.2 (accounts, keystore), §1.3 (amounts), §1.7.1 (`balance`, `transfer`, `transfer-all`), §1.7.2 (`account`)
import { readFile } from 'node:fs/promises';
import { type Command, Option } from 'commander';
import {
  createAccount,
  exportAccount,
  fundAccounts,
  getAllBalances,
  getBalance,
  getChainInfo,
  getNativeBalance,
  importAccount,
  listAccounts,
  transfer,
  transferAll,
  transferNative,
} from '../../client/index.js';
import { formatCid } from '../../primitives/cid/cidString.js';
import { InvalidInputError } from '../../primitives/common/errors.js';
import {
  accountIdArg,
  atOf,
  chainOptions,
  formatCc,
  formatNative,
  parseNativeAmount,
  requireCid,
  txJson,
} from '../common/args.js';
import { print } from '../common/output.js';
import { signerFor, withConnection } from '../common/session.js';
import type { CliIo } from '../io.js';

const DEFAULT_FUNDER = '//Alice';

const keyTypeOption = () =>
  new Option('--key-type <type>', 'key type of the new key')
    .choices(['sr25519', 'ed25519', 'ecdsa'])
    .default('sr25519');

/** Registers the keystore commands under `account`. */
const registerKeystoreCommands = (account: Command, io: CliIo): void => {
  account
    .command('new')
    .description(
      'create a key and store it in the keystore (encrypted with --password if given); prints its address',
    )
    .argument('[seed]', 'secret URI or mnemonic to store instead of a freshly generated mnemonic')
    .addOption(keyTypeOption())
    .option('--name <name>', 'a name stored with the key (shown by polkadot-js apps)')
    .action(
      async (seed: string | undefined, options: { keyType: string; name?: string }, command: Command) => {
        const o = chainOptions(command);
        const r = await createAccount(o.keystore, {
          suri: seed,
          keyType: options.keyType as 'sr25519',
          password: o.password,
          name: options.name,
        });
        if (r.mnemonic !== undefined && o.json !== true) {
          io.err(
            `mnemonic (shown only now; the keystore file is ${o.password ? 'encrypted' : 'NOT encrypted'}):`,
          );
          io.err(`  ${r.mnemonic}`);
        }
        print(
          io,
          o,
          {
            address: r.account.address,
            keyType: r.account.keyType,
            file: r.entry.file,
            created: r.created,
            encrypted: r.entry.encrypted,
            ...(r.mnemonic === undefined ? {} : { mnemonic: r.mnemonic }),
          },
          () => r.account.address,
        );
      },
    );

  account
    .command('list')
    .description('list the keystore: one address per line (sr25519 first, then ed25519, then ecdsa)')
    .action(async (_options: unknown, command: Command) => {
      const o = chainOptions(command);
      const entries = await listAccounts(o.keystore);
      print(
        io,
        o,
        entries.map((e) => ({
          address: e.address,
          keyType: e.keyType,
          name: e.name ?? null,
          encrypted: e.encrypted,
          format: e.format,
          file: e.file,
        })),
        () => entries.map((e) => e.address),
      );
    });

  account
    .command('export')
    .description('print the polkadot-js JSON of a keystore entry (importable by polkadot-js apps)')
    .argument('<account>', 'SS58 address of a keystore entry')
    .action(async (address: string, _options: unknown, command: Command) => {
      const o = chainOptions(command);
      const json = await exportAccount(o.keystore, address, { password: o.password });
      io.out(JSON.stringify(json, null, 2));
    });

  account
    .command('import')
    .description('add a polkadot-js key file (JSON export) to the keystore; prints its address')
    .argument('<file>', 'the JSON key file')
    .action(async (file: string, _options: unknown, command: Command) => {
      const o = chainOptions(command);
      let json: unknown;
      try {
        json = JSON.parse(await readFile(file, 'utf8'));
      } catch (e) {
        throw new InvalidInputError(
          file,
          `cannot read a JSON key file (${(e as Error).message.split('\n')[0]})`,
        );
      }
      const entry = await importAccount(o.keystore, json, { password: o.password });
      print(io, o, { address: entry.address, keyType: entry.keyType, file: entry.file }, () => entry.address);
    });
};

/** `account fund`: the dev faucet, //Alice pays. */
const registerFundCommand = (account: Command, io: CliIo): void => {
  account
    .command('fund')
    .description(
      'send native tokens for about a million transactions to each account, paid by //Alice (dev chains)',
    )
    .argument('<accounts...>', 'accounts to fund (SS58 or //Name)')
    .option('-s, --signer <account>', 'who pays', DEFAULT_FUNDER)
    .option('--amount <amount>', 'base units (or e.g. 10ERT) per account; default ED + 10^6 × a transfer fee')
    .action(async (accounts: string[], options: { signer: string; amount?: string }, command: Command) => {
      const o = chainOptions(command);
      const fundees = await Promise.all(accounts.map((a, i) => accountIdArg(a, `accounts[${i}]`)));
      const signer = await signerFor(options.signer, o);
      await withConnection(o, async (conn) => {
        const info = await getChainInfo(conn);
        const amount =
          options.amount === undefined
            ? undefined
            : parseNativeAmount(
                options.amount,
                { symbol: info.tokenSymbol, decimals: info.tokenDecimals },
                '--amount',
              );
        const r = await fundAccounts(conn, { accounts: fundees, signer, amount });
        print(
          io,
          o,
          {
            payer: signer.address,
            amount: r.amount,
            funded: r.funded.map((f) => ({ account: f.account, nonce: f.nonce, ...txJson(f.included) })),
          },
          () =>
            r.funded.map(
              (f) => `Alice-Faucet drips ${r.amount} to ${f.account} (${signer.address}'s nonce=${f.nonce})`,
            ),
        );
      });
    });
};

/** `balance <account>`: native, one community (`--cid`), or every community (`--all`). */
const registerBalanceCommand = (program: Command, io: CliIo): void => {
  program
    .command('balance')
    .description(
      'native balance of an account (base units), or its community-currency balance with --cid (demurrage applied)',
    )
    .argument('<account>', 'SS58 address or //Name')
    .option('-a, --all', 'balances in every community, then the native balance')
    .action(async (accountText: string, options: { all?: boolean }, command: Command) => {
      const o = chainOptions(command);
      const account = await accountIdArg(accountText);
      await withConnection(o, async (conn) => {
        const at = atOf(o);
        const read = at === undefined ? {} : { at };
        if (o.cid !== undefined) {
          const cid = await requireCid(conn, o);
          const b = await getBalance(conn, { cid, account, ...read });
          const value = formatCc(b.balance);
          print(
            io,
            o,
            {
              account,
              cid: formatCid(cid),
              balance: value,
              bits: b.balance,
              principal: b.entry.principal,
              lastUpdate: b.entry.lastUpdate,
              blockNumber: b.blockNumber,
              block: b.block,
              demurragePerBlock: b.rate.bits,
            },
            () => value,
          );
          return;
        }
        const [native, info] = await Promise.all([
          getNativeBalance(conn, { account, ...read }),
          getChainInfo(conn),
        ]);
        const decimals = info.tokenDecimals ?? 0;
        const nativeJson = {
          free: native.free,
          reserved: native.reserved,
          frozen: native.frozen,
          freeDecimal: formatNative(native.free, decimals),
          symbol: info.tokenSymbol ?? null,
          decimals,
        };
        if (options.all === true) {
          const all = await getAllBalances(conn, { account, ...read });
          const rows = all.map((b) => ({
            cid: formatCid(b.cid),
            balance: formatCc(b.balance),
            bits: b.balance,
          }));
          print(io, o, { account, communities: rows, native: nativeJson }, () => [
            ...rows.map((r) => `${r.cid}: ${r.balance}`),
            native.free.toString(),
          ]);
          return;
        }
        print(io, o, { account, ...nativeJson }, () => native.free.toString());
      });
    });
};

/** `transfer` and `transfer-all`. */
const registerTransferCommands = (program: Command, io: CliIo): void => {
  program
    .command('transfer')
    .description(
      'transfer native tokens (base units, or e.g. 1.5ERT), or community currency with --cid (decimal, e.g. 0.5)',
    )
    .argument('<from>', 'signer: //Name, mnemonic, 0x seed or keystore address')
    .argument('<to>', 'recipient: SS58 address or //Name')
    .argument('<amount>', 'amount')
    .option('--allow-death', 'native only: allow the sender to drop below the existential deposit')
    .action(
      async (
        fromText: string,
        toText: string,
        amountText: string,
        options: { allowDeath?: boolean },
        command: Command,
      ) => {
        const o = chainOptions(command);
        const to = await accountIdArg(toText, 'to');
        const signer = await signerFor(fromText, o);
        await withConnection(o, async (conn) => {
          if (o.cid !== undefined) {
            const cid = await requireCid(conn, o);
            const included = await transfer(conn, { cid, to, amount: amountText, signer });
            const after = await getBalance(conn, { cid, account: to, at: included.block.hash });
            const balance = formatCc(after.balance);
            print(
              io,
              o,
              {
                from: signer.address,
                to,
                cid: formatCid(cid),
                amount: amountText,
                balance,
                ...txJson(included),
              },
              () => `balance for ${to} is now ${balance}`,
            );
            return;
          }
          const info = await getChainInfo(conn);
          const amount = parseNativeAmount(amountText, {
            symbol: info.tokenSymbol,
            decimals: info.tokenDecimals,
          });
          const included = await transferNative(conn, {
            to,
            amount,
            signer,
            keepAlive: options.allowDeath !== true,
          });
          const after = await getNativeBalance(conn, { account: to, at: included.block.hash });
          print(
            io,
            o,
            { from: signer.address, to, amount, balance: after.free, ...txJson(included) },
            () => `balance for ${to} is now ${after.free}`,
          );
        });
      },
    );

  program
    .command('transfer-all')
    .description("transfer the sender's whole community-currency balance of --cid")
    .argument('<from>', 'signer: //Name, mnemonic, 0x seed or keystore address')
    .argument('<to>', 'recipient: SS58 address or //Name')
    .action(async (fromText: string, toText: string, _options: unknown, command: Command) => {
      const o = chainOptions(command);
      const to = await accountIdArg(toText, 'to');
      const signer = await signerFor(fromText, o);
      await withConnection(o, async (conn) => {
        const cid = await requireCid(conn, o);
        const included = await transferAll(conn, { cid, to, signer });
        const after = await getBalance(conn, { cid, account: to, at: included.block.hash });
        const balance = formatCc(after.balance);
        print(
          io,
          o,
          { from: signer.address, to, cid: formatCid(cid), balance, ...txJson(included) },
          () => `balance for ${to} is now ${balance}`,
        );
      });
    });
};

/**
 * `encointer account ...` (keystore, funding) and the top-level balance commands of tooling §1.7.1 (`balance`,
 * `transfer`, `transfer-all`); `account balance`/`transfer`/`reputation` are aliases (see aliases.ts).
 */
export const registerAccountCommands = (program: Command, io: CliIo): void => {
  const account = program
    .command('account')
    .description('keystore (new, list, import, export), funding from //Alice, balances and transfers');
  registerKeystoreCommands(account, io);
  registerFundCommand(account, io);
  registerBalanceCommand(program, io);
  registerTransferCommands(program, io);
};
