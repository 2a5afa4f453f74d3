// spec: tooling §1.4 (CID), §1.7.3 (`community` commands), §8 (spec file), §12 item 8 (CID tooling)
import { type Command, Option } from 'commander';
import {
  addLocation,
  type BlockRef,
  type Connection,
  getBootstrappers,
  getCommunityMetadata,
  getDemurrageRate,
  getGeohashLocations,
  getLocations,
  getNextNonce,
  getNominalIncome,
  getSwapAssetOption,
  getSwapNativeOption,
  getTotalIssuance,
  getTreasuryAccount,
  listCommunities,
  newCommunity,
  removeLocation,
  swapAsset,
  swapNative,
  type WrapCall,
} from '../../client/index.js';
import { parseLocationsFile, readCommunitySpecFile, readJsonFile, specCid } from '../../client/specFile.js';
import { formatCid } from '../../primitives/cid/cidString.js';
import type { CommunityIdentifier } from '../../primitives/cid/communityIdentifier.js';
import { toHex } from '../../primitives/common/bytes.js';
import { InvalidInputError } from '../../primitives/common/errors.js';
import { formatFixed } from '../../primitives/fixed/decimal.js';
import { I64F64 } from '../../primitives/fixed/fixed.js';
import { bitsToDegrees, type Location } from '../../primitives/geo/location.js';
import {
  accountIdArg,
  atOf,
  bigintArg,
  chainOptions,
  formatCc,
  integerArg,
  requireCid,
  txJson,
  U128_MAX,
} from '../common/args.js';
import { commonOptions } from '../common/options.js';
import { print } from '../common/output.js';
import { signerFor, withConnection } from '../common/session.js';
import type { CliIo } from '../io.js';

const SUDO_KEY = '//Alice';

const locationJson = (l: Location) => ({
  lat: bitsToDegrees(l.lat),
  lon: bitsToDegrees(l.lon),
  latBits: l.lat,
  lonBits: l.lon,
});

const locationLine = (l: Location) =>
  `lat: ${bitsToDegrees(l.lat)} lon: ${bitsToDegrees(l.lon)} (raw lat: ${l.lat} lon: ${l.lon})`;

const wrapOf = (text: string): WrapCall => {
  if (text === 'collective') {
    throw new InvalidInputError(
      '--wrap-call',
      'the collective (council) path is not supported; use none or sudo, or submit through governance',
    );
  }
  return text as WrapCall;
};

/** Everything `community list` and `community info` show about one community, read at one block. */
const communityDetails = async (conn: Connection, cid: CommunityIdentifier, at: BlockRef | undefined) => {
  const read = at === undefined ? {} : { at };
  const [locations, income, demurrage, meta] = await Promise.all([
    getLocations(conn, { cid, ...read }),
    getNominalIncome(conn, { cid, ...read }),
    getDemurrageRate(conn, { cid, ...read }),
    getCommunityMetadata(conn, { cid, ...read }),
  ]);
  return {
    cid: formatCid(cid),
    name: meta.name,
    symbol: meta.symbol,
    assets: meta.assets,
    theme: meta.theme ?? null,
    url: meta.url ?? null,
    announcementSigner: meta.announcementSigner === undefined ? null : toHex(meta.announcementSigner),
    rules: meta.rules,
    locations: locations.length,
    nominalIncome: formatCc(income.bits),
    nominalIncomeSource: income.source,
    demurragePerBlock: formatFixed(I64F64, demurrage.bits),
    demurrageBits: demurrage.bits,
    demurrageSource: demurrage.source,
  };
};

const registerReadCommands = (community: Command, io: CliIo): void => {
  community
    .command('list')
    .description('list the registered communities: cid, name, locations, nominal income, demurrage, rules')
    .action(async (_options: unknown, command: Command) => {
      const o = chainOptions(command);
      await withConnection(o, async (conn) => {
        const at = atOf(o);
        const list = await listCommunities(conn, at === undefined ? {} : { at });
        const rows = await Promise.all(list.map((c) => communityDetails(conn, c.cid, at)));
        print(io, o, rows, () => [
          `number of communities:  ${rows.length}`,
          ...rows.map(
            (r) =>
              `${r.cid}: ${r.name}, locations: ${r.locations}, nominal income: ${r.nominalIncome} ${r.symbol}, demurrage: ${r.demurragePerBlock}/block, ${r.rules}`,
          ),
        ]);
      });
    });

  community
    .command('info')
    .alias('metadata')
    .description('metadata, bootstrappers, locations, income, demurrage and issuance of the --cid community')
    .action(async (_options: unknown, command: Command) => {
      const o = chainOptions(command);
      await withConnection(o, async (conn) => {
        const cid = await requireCid(conn, o);
        const at = atOf(o);
        const read = at === undefined ? {} : { at };
        const [details, bootstrappers, issuance] = await Promise.all([
          communityDetails(conn, cid, at),
          getBootstrappers(conn, { cid, ...read }),
          getTotalIssuance(conn, { cid, ...read }),
        ]);
        const value = { ...details, bootstrappers, issuance: formatCc(issuance.balance) };
        print(io, o, value, () => [
          `cid: ${value.cid}`,
          `name: ${value.name}`,
          `symbol: ${value.symbol}`,
          `assets: ${value.assets}`,
          `theme: ${value.theme ?? 'none'}`,
          `url: ${value.url ?? 'none'}`,
          `announcement signer: ${value.announcementSigner ?? 'none'}`,
          `rules: ${value.rules}`,
          `locations: ${value.locations}`,
          `nominal income: ${value.nominalIncome} ${value.symbol} (${value.nominalIncomeSource})`,
          `demurrage: ${value.demurragePerBlock}/block (${value.demurrageSource})`,
          `issuance: ${value.issuance}`,
          `bootstrappers (${bootstrappers.length}):`,
          ...bootstrappers.map((b) => `  ${b}`),
        ]);
      });
    });

  community
    .command('issuance')
    .description('total issuance of the --cid community currency (demurrage applied)')
    .action(async (_options: unknown, command: Command) => {
      const o = chainOptions(command);
      await withConnection(o, async (conn) => {
        const cid = await requireCid(conn, o);
        const at = atOf(o);
        const r = await getTotalIssuance(conn, { cid, ...(at === undefined ? {} : { at }) });
        const value = formatCc(r.balance);
        print(
          io,
          o,
          { cid: formatCid(cid), issuance: value, bits: r.balance, blockNumber: r.blockNumber },
          () => value,
        );
      });
    });
};

const registerNewCommand = (community: Command, io: CliIo): void => {
  community
    .command('new')
    .description(
      'register a community from a spec file (new_community, then add_location for the other points); prints the cid',
    )
    .argument('<specfile>', 'community spec file (enhanced GeoJSON, tooling §8)')
    .option(
      '-s, --signer <account>',
      'who signs (any funded account on dev; the sudo key with -w sudo)',
      SUDO_KEY,
    )
    .addOption(
      new Option('-w, --wrap-call <wrap>', 'wrap the calls: none (signed by --signer), sudo, or collective')
        .choices(['none', 'sudo', 'collective'])
        .default('none'),
    )
    .option(
      '--batch-size <n>',
      'accepted for compatibility: locations are sent as separate extrinsics',
      integerArg('--batch-size', 1, 10_000),
    )
    .action(async (specfile: string, options: { signer: string; wrapCall: string }, command: Command) => {
      const o = chainOptions(command);
      const wrap = wrapOf(options.wrapCall);
      const spec = await readCommunitySpecFile(specfile);
      const signer = await signerFor(options.signer, o);
      await withConnection(o, async (conn) => {
        const r = await newCommunity(conn, { spec, signer, wrap, wait: 'finalized' });
        print(
          io,
          o,
          {
            cid: r.cidString,
            name: spec.meta.name,
            registered: txJson(r.registered),
            locationsAdded: r.locationsAdded.length,
          },
          () => r.cidString,
        );
      });
    });
};

const registerLocationCommands = (community: Command, io: CliIo): void => {
  const location = community.command('location').description('meetup locations of the --cid community');

  location
    .command('list')
    .description('list the locations of the --cid community in canonical order')
    .action(async (_options: unknown, command: Command) => {
      const o = chainOptions(command);
      await withConnection(o, async (conn) => {
        const cid = await requireCid(conn, o);
        const at = atOf(o);
        const locations = await getLocations(conn, { cid, ...(at === undefined ? {} : { at }) });
        print(io, o, locations.map(locationJson), () => [
          `listing locations for cid ${formatCid(cid)}`,
          ...locations.map(locationLine),
        ]);
      });
    });

  location
    .command('add')
    .description(
      'add every Point of a locations (or spec) file to the --cid community (Registering phase only), signed by --signer (default //Alice)',
    )
    .argument('<specfile>', 'GeoJSON FeatureCollection of Points')
    .option(
      '-s, --signer <account>',
      'who signs (any signed account may add locations on the dev runtime)',
      SUDO_KEY,
    )
    .addOption(
      new Option(
        '-w, --wrap-call <wrap>',
        'none: plain signed calls; sudo: through Sudo (runtimes whose origin is Root)',
      )
        .choices(['none', 'sudo'])
        .default('none'),
    )
    .action(async (file: string, options: { signer: string; wrapCall: string }, command: Command) => {
      const o = chainOptions(command);
      const locations = parseLocationsFile(await readJsonFile(file));
      if (locations.length === 0) throw new InvalidInputError(file, 'no Point feature to add');
      const signer = await signerFor(options.signer, o);
      // Deviation from the reference (tooling §1.5): its automatic sudo wrapping fails on the dev runtime, whose
      // add_location origin is any *signed* account (Root is refused), so the default here is the plain call.
      const wrap = wrapOf(options.wrapCall);
      await withConnection(o, async (conn) => {
        const cid = await requireCid(conn, o);
        const first = await getNextNonce(conn, signer.address);
        const added = await Promise.all(
          locations.map((l, i) => addLocation(conn, { cid, location: l, signer, wrap, nonce: first + i })),
        );
        print(
          io,
          o,
          {
            cid: formatCid(cid),
            added: locations.map((l, i) => ({ ...locationJson(l), ...txJson(added[i]!) })),
          },
          () => locations.map((l) => `added ${locationLine(l)}`),
        );
      });
    });

  location
    .command('remove')
    .description(
      'remove the n-th location of a geohash bucket from the --cid community (Registering phase only; sudo without --signer)',
    )
    .requiredOption('-g, --geohash <geohash>', '5-character geohash of the bucket')
    .requiredOption(
      '-l, --location-index <n>',
      '0-based index in the bucket',
      integerArg('--location-index', 0, 1_000_000),
    )
    .option('-s, --signer <account>', 'sign the plain call with this account instead of sudo')
    .action(
      async (options: { geohash: string; locationIndex: number; signer?: string }, command: Command) => {
        const o = chainOptions(command);
        const signer = await signerFor(options.signer ?? SUDO_KEY, o);
        await withConnection(o, async (conn) => {
          const cid = await requireCid(conn, o);
          const bucket = await getGeohashLocations(conn, { cid, geohash: options.geohash });
          const target = bucket[options.locationIndex];
          if (target === undefined) {
            throw new InvalidInputError(
              '--location-index',
              `geohash ${options.geohash} holds ${bucket.length} location(s) of ${formatCid(cid)}`,
            );
          }
          const included = await removeLocation(conn, {
            cid,
            location: target,
            signer,
            wrap: options.signer === undefined ? 'auto' : 'none',
          });
          print(
            io,
            o,
            { cid: formatCid(cid), removed: locationJson(target), ...txJson(included) },
            () => `removed ${locationLine(target)}`,
          );
        });
      },
    );
};

const swapOptionLines = (
  kind: 'native' | 'asset',
  cidString: string,
  o: {
    rate: bigint | undefined;
    doBurn: boolean;
    validFrom: bigint | undefined;
    validUntil: bigint | undefined;
  },
  extra: readonly string[],
) => [
  kind === 'native' ? 'SwapNativeOption:' : 'SwapAssetOption:',
  `  cid: ${cidString}`,
  ...extra.map((l) => `  ${l}`),
  `  rate: ${o.rate === undefined ? 'None (oracle/auction)' : formatCc(o.rate)}`,
  `  do_burn: ${o.doBurn}`,
  `  valid_from: ${o.validFrom ?? 'None'}`,
  `  valid_until: ${o.validUntil ?? 'None'}`,
];

const registerTreasuryCommands = (community: Command, io: CliIo): void => {
  const treasury = community.command('treasury').description('community treasuries and their swap options');

  treasury
    .command('get-account')
    .description('the treasury account of --cid, or the global treasury without --cid')
    .action(async (_options: unknown, command: Command) => {
      const o = chainOptions(command);
      await withConnection(o, async (conn) => {
        const cid = o.cid === undefined ? undefined : await requireCid(conn, o);
        const at = atOf(o);
        const account = await getTreasuryAccount(conn, { cid, ...(at === undefined ? {} : { at }) });
        print(io, o, { cid: cid === undefined ? null : formatCid(cid), account }, () => account);
      });
    });

  const swap = treasury
    .command('swap-option')
    .description('swap options: buy treasury funds with community currency');
  for (const kind of ['native', 'asset'] as const) {
    swap
      .command(`get-${kind}`)
      .description(`the ${kind} swap option of an account in --cid`)
      .argument('<account>', 'SS58 address or //Name')
      .action(async (accountText: string, _options: unknown, command: Command) => {
        const o = chainOptions(command);
        const account = await accountIdArg(accountText);
        await withConnection(o, async (conn) => {
          const cid = await requireCid(conn, o);
          const cidString = formatCid(cid);
          const at = atOf(o);
          const read = { cid, account, ...(at === undefined ? {} : { at }) };
          const option =
            kind === 'native' ? await getSwapNativeOption(conn, read) : await getSwapAssetOption(conn, read);
          const none = `No swap ${kind} option found for ${account} in ${cidString}`;
          if (option === undefined) {
            print(io, o, null, () => none);
            return;
          }
          const extra =
            'nativeAllowance' in option
              ? [`native_allowance: ${option.nativeAllowance}`]
              : [`asset_id: ${toHex(option.assetId)}`, `asset_allowance: ${option.assetAllowance}`];
          print(
            io,
            o,
            {
              cid: cidString,
              account,
              ...option,
              rate: option.rate === undefined ? null : formatCc(option.rate),
            },
            () => swapOptionLines(kind, cidString, option, extra),
          );
        });
      });

    swap
      .command(`exercise-${kind}`)
      .description(`exercise the signer's ${kind} swap option of --cid: pay CC, receive <amount> base units`)
      .argument('<account>', 'the option holder (signer)')
      .argument('<amount>', `desired ${kind} amount in base units`, bigintArg('amount', U128_MAX))
      .action(async (accountText: string, amount: bigint, _options: unknown, command: Command) => {
        const o = chainOptions(command);
        const signer = await signerFor(accountText, o);
        await withConnection(o, async (conn) => {
          const cid = await requireCid(conn, o);
          const included = await (kind === 'native' ? swapNative : swapAsset)(conn, { cid, signer, amount });
          print(
            io,
            o,
            { cid: formatCid(cid), account: signer.address, amount, ...txJson(included) },
            () => `Swap ${kind} submitted: ${amount} from community ${formatCid(cid)}`,
          );
        });
      });
  }
};

/** `encointer community ...`: community reads, registration and locations. */
export const registerCommunityCommands = (program: Command, io: CliIo): void => {
  const community = program
    .command('community')
    .description('communities: identifiers, registration from spec files, metadata, locations, issuance');
  community
    .command('cid')
    .description(
      'print the community identifier a spec file registers: geohash of the first location + digest of the bootstrapper list',
    )
    .argument('<specfile>', 'community spec file (enhanced GeoJSON)')
    .action(async (specfile: string, _options: unknown, command: Command) => {
      const spec = await readCommunitySpecFile(specfile);
      const cid = formatCid(specCid(spec));
      print(io, commonOptions(command), { cid }, () => cid);
    });
  registerReadCommands(community, io);
  registerNewCommand(community, io);
  registerLocationCommands(community, io);
  registerTreasuryCommands(community, io);
};
