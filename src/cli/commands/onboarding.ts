// spec: economy §9 (permissionless community onboarding: application, federated vote, whitelist, registration)
import { stat } from 'node:fs/promises';
import path from 'node:path';
import { type Command, Option } from 'commander';
import {
  type CommunityOnboardingStatus,
  getOnboardingStatus,
  getWhitelist,
  type OnboardingStatus,
  readCommunitySpecFile,
  registerWhitelistedCommunity,
  specCid,
  specHashOf,
  submitApplication,
} from '../../client/index.js';
import { isCidV0 } from '../../ipfs/index.js';
import { formatCid } from '../../primitives/cid/cidString.js';
import { toHex } from '../../primitives/common/bytes.js';
import { InvalidInputError } from '../../primitives/common/errors.js';
import { formatFixed } from '../../primitives/fixed/decimal.js';
import { U64F64 } from '../../primitives/fixed/fixed.js';
import { atOf, chainOptions, txJson } from '../common/args.js';
import { addIpfsOptions, type IpfsCliOptions, ipfsStoreFor, ipfsStoreLabel } from '../common/ipfsOptions.js';
import { print } from '../common/output.js';
import { signerFor, withConnection } from '../common/session.js';
import type { CliIo } from '../io.js';
import { castVote, proposalIdArg, readable, voteArg } from './democracy.js';

const DEFAULT_APPLICANT = '//Alice';
const ONE = 1n << 64n;

/** A U64F64 weight for a table cell: 4 decimals (the JSON output carries the exact bits). */
const weightText = (bits: bigint): string => {
  const scaled = (bits * 10_000n + ONE / 2n) / ONE;
  return `${scaled / 10_000n}.${(scaled % 10_000n).toString().padStart(4, '0')}`;
};

const share = (num: bigint, den: bigint): string =>
  den === 0n ? 'n/a' : `${(Number((num * 1_000_000n) / den) / 10_000).toFixed(2)}%`;

const yesNo = (b: boolean): string => (b ? 'yes' : 'no');

const pad = (rows: string[][]): string[] => {
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
  return rows.map((r) =>
    r.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  '),
  );
};

const communityRow = (c: CommunityOnboardingStatus): string[] => [
  c.cidString,
  String(c.electorate),
  String(c.reputables),
  weightText(c.weight),
  String(c.turnout),
  String(c.ayes),
  String(c.turnout - c.ayes),
  String(c.turnoutPermille),
  c.threshold === undefined ? '-' : formatFixed(U64F64, c.threshold).slice(0, 12),
  c.decision,
];

/** The explanation of an application (economy §9.8): a table per community, then each global condition. */
export const statusLines = (s: OnboardingStatus): string[] => [
  `Onboarding proposal ${s.proposalId}: community ${s.cidString}, state ${s.state}`,
  `applicant ${s.applicant}, deposit ${s.deposit}, exponent α = ${s.exponent.num}/${s.exponent.den}, min turnout ${s.minTurnoutPermille}‰`,
  `spec hash ${toHex(s.specHash)}, dossier ${s.dossier}`,
  '',
  ...pad([
    [
      'community',
      'electorate',
      'reputables',
      'weight',
      'turnout',
      'ayes',
      'nays',
      'turnout‰',
      'AQB threshold',
      'decision',
    ],
    ...s.communities.map(communityRow),
  ]),
  '',
  `weights: Aye ${weightText(s.ayeWeight)}, Nay ${weightText(s.nayWeight)}, Abstain ${weightText(s.abstainWeight)}, total ${weightText(s.totalWeight)}`,
  `quorum: decided weight ${weightText(s.decidedWeight)} = ${share(s.decidedWeight, s.totalWeight)} of total (needs ≥ 33.33%): ${yesNo(s.quorumMet)}`,
  `approval: Aye weight = ${share(s.ayeWeight, s.decidedWeight)} of decided (needs > 66.67%): ${yesNo(s.approvalMet)}`,
  `Aye communities: ${s.ayeCount} (Nay ${s.nayCount}, Abstain ${s.abstainCount}; needs ≥ ${s.requiredAyeCount}): ${yesNo(s.ayeCountMet)}`,
  `result: ${s.passing ? 'passing' : 'not passing'}`,
];

const signerOption = (required: boolean) => {
  const o = new Option(
    '-s, --signer <account>',
    required ? 'signer' : `signer (default ${DEFAULT_APPLICANT})`,
  );
  return required ? o.makeOptionMandatory() : o.default(DEFAULT_APPLICANT);
};

/** `--dossier`: an existing file is uploaded to IPFS; otherwise it must be a CIDv0. */
const dossierCid = async (dossier: string, options: IpfsCliOptions, io: CliIo): Promise<string> => {
  const isFile = await stat(dossier).then(
    (s) => s.isFile(),
    () => false,
  );
  if (!isFile) {
    if (isCidV0(dossier)) return dossier;
    throw new InvalidInputError(
      '--dossier',
      `'${dossier}' is neither a readable file nor an IPFS CIDv0 (Qm…, 46 characters)`,
    );
  }
  const store = await ipfsStoreFor(options);
  const added = await store.add(dossier);
  io.err(`dossier ${path.basename(dossier)} → ${added.cid} (${ipfsStoreLabel(store, options)})`);
  return added.cid;
};

/** `encointer onboarding …`: permissionless community onboarding (economy §9). */
export const registerOnboardingCommands = (program: Command, io: CliIo): Command => {
  const onboarding = program
    .command('onboarding')
    .description('apply for a new community, vote per community, and register it once whitelisted');

  addIpfsOptions(
    onboarding
      .command('apply')
      .description(
        'apply for onboarding the community of a spec file: pins the hash of its exact registration arguments and reserves the deposit',
      )
      .argument('<specfile>', 'community spec file (the first location and the bootstrappers fix the cid)')
      .requiredOption(
        '--dossier <file|cid>',
        'the application for people to read: a file (uploaded to IPFS) or its CID',
      )
      .addOption(signerOption(false)),
  ).action(
    async (specfile: string, options: IpfsCliOptions & { dossier: string; signer: string }, command) => {
      const o = chainOptions(command as Command);
      const spec = await readCommunitySpecFile(specfile);
      const dossier = await dossierCid(options.dossier, options, io);
      await withConnection(o, async (conn) => {
        const signer = await signerFor(options.signer, o);
        const r = await submitApplication(conn, { signer, spec, dossier });
        print(
          io,
          o,
          {
            proposalId: r.proposalId,
            cid: r.cidString,
            specHash: toHex(r.specHash),
            dossier,
            applicant: signer.address,
            ...txJson(r),
          },
          () => [
            `Onboarding application submitted: proposal ${r.proposalId} for community ${r.cidString}`,
            `spec hash ${toHex(r.specHash)}, dossier ${dossier}`,
          ],
        );
      });
    },
  );

  onboarding
    .command('vote')
    .description(
      'vote on an application; each reputation counts in its own community’s tally (default: all usable reputations)',
    )
    .argument('<proposal-id>', 'the onboarding proposal', proposalIdArg)
    .argument('<vote>', 'aye or nay', voteArg)
    .argument('[reputations...]', 'cid_cindex pairs (default: every usable reputation of the signer)')
    .addOption(signerOption(true))
    .action(
      async (
        id: bigint,
        choice: 'Aye' | 'Nay',
        reps: string[],
        options: { signer: string },
        command: Command,
      ) => {
        const o = chainOptions(command);
        await withConnection(o, (conn) =>
          castVote(conn, io, o, { account: options.signer, proposalId: id, vote: choice, reputations: reps }),
        );
      },
    );

  onboarding
    .command('status')
    .description(
      'explain an application: each community’s electorate, weight, tally and decision, then the global rule',
    )
    .argument('<proposal-id>', 'the onboarding proposal', proposalIdArg)
    .action(async (id: bigint, _options: unknown, command: Command) => {
      const o = chainOptions(command);
      await withConnection(o, async (conn) => {
        const at = atOf(o);
        const s = await getOnboardingStatus(conn, { proposalId: id, ...(at === undefined ? {} : { at }) });
        if (s === undefined) {
          throw new InvalidInputError(
            'proposal-id',
            `proposal ${id} does not exist or is not an onboarding application`,
          );
        }
        print(io, o, readable({ ...s, cid: s.cidString }), () => statusLines(s));
      });
    });

  onboarding
    .command('register')
    .description(
      'register a whitelisted community with exactly the approved arguments (a bootstrapper signs, during Registering)',
    )
    .argument('<specfile>', 'the spec file of the application')
    .addOption(signerOption(true))
    .action(async (specfile: string, options: { signer: string }, command: Command) => {
      const o = chainOptions(command);
      const spec = await readCommunitySpecFile(specfile);
      await withConnection(o, async (conn) => {
        const signer = await signerFor(options.signer, o);
        const r = await registerWhitelistedCommunity(conn, { signer, spec });
        print(io, o, { cid: r.cidString, proposalId: r.proposalId, ...txJson(r) }, () => [r.cidString]);
        if (spec.locations.length > 1 && o.json !== true) {
          io.err(
            `registered with the first location; add the other ${spec.locations.length - 1} with \`encointer community location add\``,
          );
        }
      });
    });

  onboarding
    .command('whitelist')
    .description('approved communities that may register, with their spec hash and last valid cindex')
    .action(async (_options: unknown, command: Command) => {
      const o = chainOptions(command);
      await withConnection(o, async (conn) => {
        const at = atOf(o);
        const list = await getWhitelist(conn, at === undefined ? {} : { at });
        print(io, o, readable(list.map((e) => ({ ...e, cid: e.cidString }))), () =>
          list.length === 0
            ? ['no whitelisted communities']
            : list.map(
                (e) =>
                  `${e.cidString}: proposal ${e.proposalId}, applicant ${e.applicant}, spec hash ${toHex(e.specHash)}, valid through cindex ${e.expiresAfter}`,
              ),
        );
      });
    });

  onboarding
    .command('spec-hash')
    .description('the cid and spec hash an application for a spec file pins (computed locally)')
    .argument('<specfile>', 'community spec file')
    .action(async (specfile: string, _options: unknown, command: Command) => {
      const spec = await readCommunitySpecFile(specfile);
      const cid = formatCid(specCid(spec));
      const specHash = toHex(specHashOf(spec));
      print(io, chainOptions(command), { cid, specHash }, () => [`cid: ${cid}`, `spec hash: ${specHash}`]);
    });

  return onboarding;
};
