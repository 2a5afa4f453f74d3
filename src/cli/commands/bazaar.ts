// spec: tooling §1.7.7 (`bazaar`), §6 (bazaar documents on IPFS), §7 (IPFS); economy §4 (bazaar pallet)
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Command } from 'commander';
import { z } from 'zod';
import {
  createBusiness,
  createOffering,
  deleteBusiness,
  deleteOffering,
  getBusinesses,
  getOfferings,
  updateBusiness,
  updateOffering,
} from '../../client/index.js';
import { isCidV0 } from '../../ipfs/index.js';
import { formatCid } from '../../primitives/cid/cidString.js';
import { InvalidInputError } from '../../primitives/common/errors.js';
import { accountIdArg, atOf, chainOptions, integerArg, requireCid, txJson, U32_MAX } from '../common/args.js';
import { addIpfsOptions, type IpfsCliOptions, ipfsStoreFor, ipfsStoreLabel } from '../common/ipfsOptions.js';
import { print } from '../common/output.js';
import { signerFor, withConnection } from '../common/session.js';
import type { CliIo } from '../io.js';

/** `PalletString` bound of the on-chain url (economy §4.1). */
const MAX_URL_BYTES = 256;

const optionalText = z.string().nullable().optional();

/** A business document (tooling §6.4, schema.org `LocalBusiness`-like); unknown fields are kept. */
export const businessDocumentSchema = z.looseObject({
  name: z.string().min(1),
  description: z.string(),
  category: z.string().optional(),
  address: optionalText,
  telephone: optionalText,
  email: optionalText,
  longitude: optionalText,
  latitude: optionalText,
  openingHours: optionalText,
  logo: optionalText,
  photos: optionalText,
  sameAs: optionalText,
  image_cid: optionalText,
});

/**
 * An offering document: a product (`name`, tooling §6.4/§6.1) or an offer pointing at one (`itemOffered`, §6.2);
 * `price` is a number (random test offerings) or a string (bazaar.py).
 */
export const offeringDocumentSchema = z
  .looseObject({
    name: z.string().min(1).optional(),
    itemOffered: z.string().min(1).optional(),
    description: optionalText,
    price: z.union([z.number(), z.string()]).optional(),
    category: optionalText,
    image: optionalText,
    image_cid: optionalText,
    community: optionalText,
    itemCondition: optionalText,
  })
  .refine((d) => d.name !== undefined || d.itemOffered !== undefined, {
    message: 'an offering needs a "name" (product) or an "itemOffered" (CID of the product document)',
  });

/** Checks a description document against its schema; throws InvalidInputError naming the file and field. */
export const checkBazaarDocument = (kind: 'business' | 'offering', json: unknown, file: string): void => {
  const r = (kind === 'business' ? businessDocumentSchema : offeringDocumentSchema).safeParse(json);
  if (!r.success) {
    const issue = r.error.issues[0]!;
    const field = issue.path.length > 0 ? `${file}: ${issue.path.join('.')}` : file;
    throw new InvalidInputError(field, `not a ${kind} description: ${issue.message}`);
  }
};

interface DescriptionOptions extends IpfsCliOptions {
  ipfsCid?: string;
  description?: string;
}

const checkUrl = (url: string): string => {
  if (new TextEncoder().encode(url).length > MAX_URL_BYTES) {
    throw new InvalidInputError('--ipfs-cid', `the url is longer than ${MAX_URL_BYTES} bytes`);
  }
  return url;
};

/** The url to put on chain: `--ipfs-cid` as given, or the CID of the `--description` file after uploading it. */
const descriptionUrl = async (
  kind: 'business' | 'offering',
  options: DescriptionOptions,
  io: CliIo,
): Promise<string> => {
  if (options.ipfsCid !== undefined && options.description !== undefined) {
    throw new InvalidInputError('--description', 'give either --ipfs-cid or --description, not both');
  }
  if (options.ipfsCid !== undefined) return checkUrl(options.ipfsCid);
  if (options.description === undefined) {
    throw new InvalidInputError(
      '--description',
      `the ${kind} needs a description: --description <file.json> (uploaded to IPFS) or --ipfs-cid <cid>`,
    );
  }
  const file = options.description;
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (e) {
    throw new InvalidInputError(file, `cannot read the file (${(e as NodeJS.ErrnoException).code ?? e})`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    throw new InvalidInputError(file, `not valid JSON: ${(e as Error).message.split('\n')[0]}`);
  }
  checkBazaarDocument(kind, json, file);
  const store = await ipfsStoreFor(options);
  const added = await store.add({ name: path.basename(file), content: text });
  io.err(`${kind} description ${file} → ${added.cid} (${ipfsStoreLabel(store, options)})`);
  return added.cid;
};

/** `--descriptions`: the documents behind the urls, read from IPFS (errors are reported per entry). */
const fetchDescription = async (
  options: IpfsCliOptions,
  url: string,
): Promise<{ description?: unknown; descriptionError?: string }> => {
  if (!isCidV0(url)) return { descriptionError: 'the url is not an IPFS CID' };
  try {
    const store = await ipfsStoreFor(options);
    return { description: JSON.parse(new TextDecoder().decode(await store.cat(url))) };
  } catch (e) {
    return { descriptionError: (e as Error).message };
  }
};

const docName = (d: { description?: unknown; descriptionError?: string }): string => {
  if (d.descriptionError !== undefined) return ` (description: ${d.descriptionError})`;
  const doc = d.description as { name?: unknown; itemOffered?: unknown } | undefined;
  if (typeof doc?.name === 'string') return ` "${doc.name}"`;
  if (typeof doc?.itemOffered === 'string') return ` offers ${doc.itemOffered}`;
  return '';
};

const descriptionInputs = (command: Command): Command =>
  addIpfsOptions(
    command
      .option('--ipfs-cid <cid>', 'IPFS CID of the description document already on IPFS')
      .option('--description <file>', 'description JSON (tooling §6.4) to upload to IPFS'),
  );

const oidArg = integerArg('oid', 1, U32_MAX);

/** `bazaar business …`. */
const registerBusinessCommands = (bazaar: Command, io: CliIo): void => {
  const business = bazaar.command('business').description('businesses of a community (one per owner)');

  for (const op of ['create', 'update'] as const) {
    descriptionInputs(
      business
        .command(op)
        .description(
          op === 'create'
            ? 'register the owner’s business in --cid with its description (create_business)'
            : 'replace the description of the owner’s business (update_business)',
        )
        .argument('<owner>', 'the business controller (signs)'),
    ).action(async (owner: string, options: DescriptionOptions, command: Command) => {
      const o = chainOptions(command);
      await withConnection(o, async (conn) => {
        const cid = await requireCid(conn, o);
        const url = await descriptionUrl('business', options, io);
        const signer = await signerFor(owner, o);
        const f = op === 'create' ? createBusiness : updateBusiness;
        const r = await f(conn, { cid, signer, url });
        print(
          io,
          o,
          { owner: signer.address, cid: formatCid(cid), url, ...txJson(r) },
          () => `${op}_business for ${signer.address}. xt-status: 'InBlock' (url ${url})`,
        );
      });
    });
  }

  business
    .command('delete')
    .description('delete the owner’s business and all its offerings (delete_business)')
    .argument('<owner>', 'the business controller (signs)')
    .action(async (owner: string, _options: unknown, command: Command) => {
      const o = chainOptions(command);
      await withConnection(o, async (conn) => {
        const cid = await requireCid(conn, o);
        const signer = await signerFor(owner, o);
        const r = await deleteBusiness(conn, { cid, signer });
        print(
          io,
          o,
          { owner: signer.address, cid: formatCid(cid), ...txJson(r) },
          () => `delete_business for ${signer.address}. xt-status: 'InBlock'`,
        );
      });
    });

  addIpfsOptions(
    business
      .command('list')
      .description('the businesses of --cid (BazaarApi get_businesses)')
      .option('--descriptions', 'also read each description document from IPFS'),
  ).action(async (options: IpfsCliOptions & { descriptions?: boolean }, command: Command) => {
    const o = chainOptions(command);
    await withConnection(o, async (conn) => {
      const cid = await requireCid(conn, o);
      const at = atOf(o);
      const list = await getBusinesses(conn, { cid, ...(at === undefined ? {} : { at }) });
      const rows = await Promise.all(
        list.map(async (b) => ({
          ...b,
          ...(options.descriptions === true ? await fetchDescription(options, b.url) : {}),
        })),
      );
      print(io, o, rows, (v: typeof rows) =>
        v.length === 0
          ? [`no businesses in ${formatCid(cid)}`]
          : v.map(
              (b) =>
                `${b.controller}: BusinessData { url: "${b.url}", last_oid: ${b.lastOid} }${options.descriptions ? docName(b) : ''}`,
            ),
      );
    });
  });

  addIpfsOptions(
    business
      .command('offerings')
      .description('the offerings of the owner’s business in --cid')
      .argument('<owner>', 'the business controller')
      .option('--descriptions', 'also read each description document from IPFS'),
  ).action(async (owner: string, options: IpfsCliOptions & { descriptions?: boolean }, command: Command) =>
    listOfferings(io, command, options, await accountIdArg(owner, 'owner')),
  );
};

const listOfferings = async (
  io: CliIo,
  command: Command,
  options: IpfsCliOptions & { descriptions?: boolean },
  controller: string | undefined,
): Promise<void> => {
  const o = chainOptions(command);
  await withConnection(o, async (conn) => {
    const cid = await requireCid(conn, o);
    const at = atOf(o);
    const list = await getOfferings(conn, { cid, controller, ...(at === undefined ? {} : { at }) });
    const rows = await Promise.all(
      list.map(async (x) => ({
        ...x,
        ...(options.descriptions === true ? await fetchDescription(options, x.url) : {}),
      })),
    );
    print(io, o, rows, (v: typeof rows) =>
      v.length === 0
        ? [`no offerings in ${formatCid(cid)}${controller === undefined ? '' : ` for ${controller}`}`]
        : v.map(
            (x) =>
              `${x.controller} #${x.oid}: OfferingData { url: "${x.url}" }${options.descriptions ? docName(x) : ''}`,
          ),
    );
  });
};

/** `bazaar offering …`. */
const registerOfferingCommands = (bazaar: Command, io: CliIo): void => {
  const offering = bazaar.command('offering').description('offerings of a business');

  descriptionInputs(
    offering
      .command('create')
      .description('add an offering to the owner’s business in --cid (create_offering); prints its id')
      .argument('<owner>', 'the business controller (signs)'),
  ).action(async (owner: string, options: DescriptionOptions, command: Command) => {
    const o = chainOptions(command);
    await withConnection(o, async (conn) => {
      const cid = await requireCid(conn, o);
      const url = await descriptionUrl('offering', options, io);
      const signer = await signerFor(owner, o);
      const r = await createOffering(conn, { cid, signer, url });
      print(
        io,
        o,
        { owner: signer.address, cid: formatCid(cid), oid: r.oid, url, ...txJson(r) },
        () => `create_offering for ${signer.address}: offering #${r.oid}. xt-status: 'InBlock' (url ${url})`,
      );
    });
  });

  descriptionInputs(
    offering
      .command('update')
      .description('replace the description of one of the owner’s offerings (update_offering)')
      .argument('<owner>', 'the business controller (signs)')
      .argument('<oid>', 'offering id (see `bazaar offering list`)', oidArg),
  ).action(async (owner: string, oid: number, options: DescriptionOptions, command: Command) => {
    const o = chainOptions(command);
    await withConnection(o, async (conn) => {
      const cid = await requireCid(conn, o);
      const url = await descriptionUrl('offering', options, io);
      const signer = await signerFor(owner, o);
      const r = await updateOffering(conn, { cid, signer, oid, url });
      print(
        io,
        o,
        { owner: signer.address, cid: formatCid(cid), oid, url, ...txJson(r) },
        () => `update_offering #${oid} for ${signer.address}. xt-status: 'InBlock' (url ${url})`,
      );
    });
  });

  offering
    .command('delete')
    .description('delete one of the owner’s offerings (delete_offering)')
    .argument('<owner>', 'the business controller (signs)')
    .argument('<oid>', 'offering id', oidArg)
    .action(async (owner: string, oid: number, _options: unknown, command: Command) => {
      const o = chainOptions(command);
      await withConnection(o, async (conn) => {
        const cid = await requireCid(conn, o);
        const signer = await signerFor(owner, o);
        const r = await deleteOffering(conn, { cid, signer, oid });
        print(
          io,
          o,
          { owner: signer.address, cid: formatCid(cid), oid, ...txJson(r) },
          () => `delete_offering #${oid} for ${signer.address}. xt-status: 'InBlock'`,
        );
      });
    });

  addIpfsOptions(
    offering
      .command('list')
      .description('every offering of every business in --cid, with its id')
      .option('--descriptions', 'also read each description document from IPFS'),
  ).action(async (options: IpfsCliOptions & { descriptions?: boolean }, command: Command) =>
    listOfferings(io, command, options, undefined),
  );
};

/** `encointer bazaar …`: businesses and offerings whose descriptions live on IPFS. */
export const registerBazaarCommands = (program: Command, io: CliIo): Command => {
  const bazaar = program
    .command('bazaar')
    .description('businesses and offerings of a community (descriptions on IPFS)');
  registerBusinessCommands(bazaar, io);
  registerOfferingCommands(bazaar, io);
  return bazaar;
};
