// spec: tooling §1.7.6 (`democracy`), economy §6 (democracy: actions, window, passing test, state machine)
import type { Command } from 'commander';
import {
  type Connection,
  type DecodedProposalAction,
  type DemocracyParameters,
  demurrageFromHalvingBlocks,
  getChainInfo,
  getDemocracyParameters,
  getEnactmentQueue,
  getProposals,
  getVotingReputations,
  type Proposal,
  type ProposalAction,
  submitProposal,
  toCid,
  updateProposalState,
  vote,
  votingWindow,
} from '../../client/index.js';
import { parseCommunitySpec, readJsonFile } from '../../client/specFile.js';
import { formatCid } from '../../primitives/cid/cidString.js';
import { parseHex, toHex } from '../../primitives/common/bytes.js';
import { InvalidInputError } from '../../primitives/common/errors.js';
import { validateCommunityMetadata } from '../../primitives/communityMetadata/validate.js';
import { formatFixed, parseFixed } from '../../primitives/fixed/decimal.js';
import { I64F64, U64F64 } from '../../primitives/fixed/fixed.js';
import {
  bitsToDegrees,
  checkCoordinate,
  degreesToBits,
  type Location,
} from '../../primitives/geo/location.js';
import {
  accountIdArg,
  atOf,
  bigintArg,
  type ChainCommandOptions,
  chainOptions,
  integerArg,
  listArg,
  parseNativeAmount,
  requireCid,
  txJson,
  U32_MAX,
  U64_MAX,
} from '../common/args.js';
import { print } from '../common/output.js';
import { signerFor, withConnection } from '../common/session.js';
import type { CliIo } from '../io.js';

/**
 * A JSON view for people and scripts: community identifiers as their string form, locations in degrees (with
 * the raw bits), byte strings as 0x hex (by the output replacer).
 */
export const readable = (value: unknown): unknown => {
  if (Array.isArray(value)) return value.map(readable);
  if (value === null || typeof value !== 'object' || value instanceof Uint8Array) return value;
  const o = value as Record<string, unknown>;
  const keys = Object.keys(o);
  if (keys.length === 2 && o.geohash instanceof Uint8Array && o.digest instanceof Uint8Array) {
    return formatCid(o as unknown as { geohash: Uint8Array; digest: Uint8Array });
  }
  if (keys.length === 2 && typeof o.lat === 'bigint' && typeof o.lon === 'bigint') {
    return { lat: bitsToDegrees(o.lat), lon: bitsToDegrees(o.lon), latBits: o.lat, lonBits: o.lon };
  }
  return Object.fromEntries(keys.filter((k) => o[k] !== undefined).map((k) => [k, readable(o[k])]));
};

const cidText = (cid: { geohash: Uint8Array; digest: Uint8Array } | undefined): string =>
  cid === undefined ? 'None' : formatCid(cid);

const locationText = (l: Location): string => `${bitsToDegrees(l.lat)}, ${bitsToDegrees(l.lon)}`;

/** One line describing an action, as `proposal list` and `propose` print it. */
export const describeAction = (a: DecodedProposalAction): string => {
  switch (a.type) {
    case 'AddLocation':
      return `Add location ${locationText(a.location)} to cid ${formatCid(a.cid)}`;
    case 'RemoveLocation':
      return `Remove location ${locationText(a.location)} from cid ${formatCid(a.cid)}`;
    case 'UpdateCommunityMetadata':
      return `Update community metadata for cid ${formatCid(a.cid)}: name "${a.metadata.name}", symbol ${a.metadata.symbol}, assets ${a.metadata.assets}`;
    case 'UpdateDemurrage':
      return `Update demurrage for cid ${formatCid(a.cid)} to ${formatFixed(I64F64, a.demurrage)} per block`;
    case 'UpdateNominalIncome':
      return `Update nominal income for cid ${formatCid(a.cid)} to ${formatFixed(U64F64, a.nominalIncome)}`;
    case 'SetInactivityTimeout':
      return `Set inactivity timeout to ${a.timeout}`;
    case 'Petition':
      return `Petition for cid ${cidText(a.cid)} demanding: ${a.demand}`;
    case 'SpendNative':
      return `Spend Native for cid ${cidText(a.cid)} to ${a.to}, amount ${a.amount}`;
    case 'IssueSwapNativeOption':
    case 'IssueSwapAssetOption': {
      const o = a.option;
      const asset = o.assetId === undefined ? '' : ` asset ${toHex(o.assetId)},`;
      const rate = o.rate === undefined ? 'oracle/auction' : formatFixed(U64F64, o.rate);
      const kind = a.type === 'IssueSwapNativeOption' ? 'SwapNativeOption' : 'SwapAssetOption';
      return `Issue ${kind} for ${formatCid(a.cid)} to ${a.to},${asset} allowance=${o.allowance}, rate=${rate}, burn=${o.doBurn}`;
    }
    case 'SpendAsset':
      return `Spend Asset ${toHex(a.assetId)} for cid ${cidText(a.cid)} to ${a.to}, amount ${a.amount}`;
    case 'OnboardCommunity':
      return `Onboard community ${formatCid(a.cid)} (spec hash ${toHex(a.specHash)}, dossier ${a.dossier})`;
    case 'SetOnboardingExponent':
      return `Set onboarding exponent to ${a.num}/${a.den}`;
    case 'Raw':
      return `${a.value.type} ${JSON.stringify(readable(a.value.value), (_k, v) => (typeof v === 'bigint' ? v.toString() : v))}`;
  }
};

/** `YYYY-MM-DD HH:MM:SS UTC` of a ms timestamp. */
const utc = (ms: bigint): string =>
  `${new Date(Number(ms)).toISOString().slice(0, 19).replace('T', ' ')} UTC`;

const seconds = (ms: bigint): string => `${Number(ms) / 1000}s`;

const percent = (num: number, den: number): string =>
  den === 0 ? 'n/a' : `${((100 * num) / den).toFixed(3)}%`;

/** The text block of one proposal (tooling §1.7.6 line order, which scripts read by position). */
const proposalLines = (p: Proposal, params: DemocracyParameters): string[] => {
  const e = Number(p.electorateSize ?? 0n);
  const t = Number(p.turnout);
  const a = Number(p.ayes);
  const minTurnout = Number(params.minTurnoutPermille);
  const aqb = e === 0 ? 'n/a' : `${(100 / (1 + Math.sqrt(t / e))).toFixed(3)}%`;
  const state =
    p.state === 'Confirming'
      ? `ProposalState::Confirming { since: ${p.confirmingSince} }`
      : p.state === 'SupersededBy'
        ? `ProposalState::SupersededBy { id: ${p.supersededBy} }`
        : `ProposalState::${p.state}`;
  const lines = [
    `Proposal id: ${p.id} (reputation commitment purpose id: ${p.purposeId ?? 'None'})`,
    `🛠 action: "${describeAction(p.action)}"`,
    `▶️ started at: ${utc(p.start)}`,
    `🏁 ends after: ${utc(p.start + params.proposalLifetime)}`,
    `🔄 start cindex: ${p.startCindex}`,
    `👥 electorate: ${e}`,
    `🗳 turnout: ${t} votes = ${percent(t, e)} of electorate (turnout threshold ${((e * minTurnout) / 1000).toFixed(3)} votes = ${(minTurnout / 10).toFixed(3)}%)`,
    `🗳 approval: ${a} votes = ${percent(a, t)} Aye (AQB approval threshold: ${aqb})`,
    `state: ${state}`,
  ];
  if (p.confirmingSince !== undefined) {
    lines.push(
      `👍 confirming since: ${utc(p.confirmingSince)} until ${utc(p.confirmingSince + params.confirmationPeriod)}`,
    );
  }
  lines.push('');
  return lines;
};

const proposalJson = (p: Proposal, params: DemocracyParameters) => ({
  ...(readable(p) as Record<string, unknown>),
  description: describeAction(p.action),
  endsAfter: p.start + params.proposalLifetime,
  votingWindow: votingWindow({
    startCindex: p.startCindex,
    reputationLifetime: params.reputationLifetime,
    proposalLifetime: params.proposalLifetime,
    cycleDuration: params.cycleDuration,
  }),
});

const parametersJson = (params: DemocracyParameters) => ({ ...params });

const degreesArg =
  (axis: 'latitude' | 'longitude', field: string) =>
  (text: string): bigint => {
    const n = Number(text);
    if (text.trim() === '' || !Number.isFinite(n)) {
      throw new InvalidInputError(field, `expected decimal degrees, got '${text}'`);
    }
    const bound = axis === 'latitude' ? 90 : 180;
    if (Math.abs(n) > bound)
      throw new InvalidInputError(field, `${axis} ${n} is outside [-${bound}, ${bound}]`);
    return checkCoordinate(degreesToBits(n), axis, field);
  };

/** `community.meta` of a spec file, or a bare metadata object (same fields). */
const readMetadataFile = async (file: string) => {
  const json = (await readJsonFile(file)) as Record<string, unknown>;
  const spec =
    typeof json === 'object' && json !== null && 'community' in json
      ? json
      : {
          type: 'FeatureCollection',
          features: [{ type: 'Feature', geometry: { type: 'Point', coordinates: [0, 0] } }],
          community: { meta: json, bootstrappers: [] },
        };
  const { meta } = parseCommunitySpec(spec);
  const bytes = (s: string) => new TextEncoder().encode(s);
  validateCommunityMetadata({
    name: bytes(meta.name),
    symbol: bytes(meta.symbol),
    assets: bytes(meta.assets),
    theme: meta.theme === undefined ? undefined : bytes(meta.theme),
    url: meta.url === undefined ? undefined : bytes(meta.url),
  });
  return meta;
};

export const voteArg = (text: string): 'Aye' | 'Nay' => {
  const v = text.trim().toLowerCase();
  if (v === 'aye') return 'Aye';
  if (v === 'nay') return 'Nay';
  throw new InvalidInputError('vote', `expected aye or nay, got '${text}'`);
};

/** `cid_cindex` pairs (tooling §1.7.6), comma or space separated. */
const reputationsArg = (values: readonly string[]): { cid: string; cindex: number }[] =>
  listArg(values).map((pair, i) => {
    const m = /^(.+)_(\d+)$/.exec(pair);
    if (m === null) {
      throw new InvalidInputError(`reputations[${i}]`, `expected <cid>_<cindex>, got '${pair}'`);
    }
    toCid(m[1]!, `reputations[${i}]`);
    return { cid: m[1]!, cindex: integerArg(`reputations[${i}]`, 1, U32_MAX)(m[2]!) };
  });

export const proposalIdArg = bigintArg('proposal-id', (1n << 128n) - 1n);

interface SwapOptionFlags {
  rate?: string;
  doBurn?: boolean;
  validFrom?: bigint;
  validUntil?: bigint;
}

const swapTerms = (f: SwapOptionFlags) => ({
  rate: f.rate === undefined ? undefined : parseFixed(U64F64, f.rate, '--rate'),
  doBurn: f.doBurn === true,
  validFrom: f.validFrom,
  validUntil: f.validUntil,
});

const swapOptions = (command: Command): Command =>
  command
    .option(
      '--rate <cc-per-planck>',
      'CC paid per native base unit (decimal); omit for oracle/auction pricing',
    )
    .option('--do-burn', 'burn the CC paid instead of moving it to the treasury')
    .option(
      '--valid-from <unix-ms>',
      'start of validity (stored, not enforced)',
      bigintArg('--valid-from', U64_MAX),
    )
    .option(
      '--valid-until <unix-ms>',
      'end of validity (stored, not enforced)',
      bigintArg('--valid-until', U64_MAX),
    );

/** Builds an action from the command line; runs with the connection open. */
type ActionBuilder = (conn: Connection, o: ChainCommandOptions) => Promise<ProposalAction>;

const nativeAmount = async (conn: Connection, text: string, field: string): Promise<bigint> => {
  const info = await getChainInfo(conn);
  return parseNativeAmount(text, { symbol: info.tokenSymbol, decimals: info.tokenDecimals }, field);
};

/** `--cid` when given (checked on chain), else undefined: the global scope. */
const optionalCid = async (conn: Connection, o: ChainCommandOptions) =>
  o.cid === undefined ? undefined : requireCid(conn, o);

/**
 * Votes on a proposal and prints the result; without explicit `cid_cindex` reputations it uses every verified
 * reputation of the voter inside the proposal's window (of its community, or of the onboarding snapshot).
 */
export const castVote = async (
  conn: Connection,
  io: CliIo,
  o: ChainCommandOptions,
  p: { account: string; proposalId: bigint; vote: 'Aye' | 'Nay'; reputations: readonly string[] },
): Promise<void> => {
  const id = p.proposalId;
  const choice = p.vote;
  const signer = await signerFor(p.account, o);
  let reputations: { cid: string; cindex: number }[] = reputationsArg(p.reputations);
  if (reputations.length === 0) {
    const usable = await getVotingReputations(conn, { account: signer.address, proposalId: id });
    if (usable.reputations.length === 0) {
      throw new InvalidInputError(
        'reputations',
        `${signer.address} has no verified reputation in the voting window of proposal ${id} (cindex ${usable.window.first}..${usable.window.last})`,
      );
    }
    if (usable.omitted > 0) io.err(`note: ${usable.omitted} more reputations exceed MaxReputationCount`);
    reputations = usable.reputations.map((r) => ({ cid: r.cidString, cindex: r.cindex }));
  }
  const r = await vote(conn, { signer, proposalId: id, vote: choice, reputations });
  const [after] = (await getProposals(conn, { at: r.block.hash })).filter((x) => x.id === id);
  print(
    io,
    o,
    {
      proposalId: id,
      voter: signer.address,
      vote: choice,
      reputations: reputations.map((x) => `${x.cid}_${x.cindex}`),
      votesCounted: r.votes,
      state: after?.state,
      turnout: after?.turnout,
      ayes: after?.ayes,
      ...txJson(r),
    },
    () => [
      `Vote submitted: "${choice.toLowerCase()}" for proposal ${id}`,
      `${r.votes} of ${reputations.length} reputations counted; tally ${after?.ayes ?? '?'} ayes of ${after?.turnout ?? '?'}, state ${after?.state ?? '?'}`,
    ],
  );
};

/** `democracy propose …`: one subcommand per action kind. */
const registerProposeCommands = (democracy: Command, io: CliIo): void => {
  const propose = democracy.command('propose').description('submit a proposal (any account may; no deposit)');

  const submit = (command: Command, build: (...args: unknown[]) => ActionBuilder) =>
    command.action(async (...all: unknown[]) => {
      const cmd = all.at(-1) as Command;
      const account = all[0] as string;
      const o = chainOptions(cmd);
      await withConnection(o, async (conn) => {
        const action = await build(...all.slice(1, -1))(conn, o);
        const signer = await signerFor(account, o);
        const r = await submitProposal(conn, { signer, action });
        const [stored] = (await getProposals(conn, { at: r.block.hash })).filter(
          (p) => p.id === r.proposalId,
        );
        const text = stored === undefined ? action.type : describeAction(stored.action);
        print(
          io,
          o,
          {
            proposalId: r.proposalId,
            proposer: signer.address,
            action: readable(stored?.action),
            ...txJson(r),
          },
          () => `Proposal Submitted: ${text} (proposal id ${r.proposalId})`,
        );
      });
    });

  submit(
    propose
      .command('set-inactivity-timeout')
      .description('global: ceremonies without rewards after which a community is purged')
      .argument('<account>', 'proposer (signs)')
      .argument('<n>', 'timeout in ceremonies', integerArg('n', 0, U32_MAX)),
    (n) => async () => ({ type: 'SetInactivityTimeout', timeout: n as number }),
  );

  submit(
    propose
      .command('update-nominal-income')
      .description('community (--cid): the income per attendee, in CC')
      .argument('<account>', 'proposer (signs)')
      .argument('<income>', 'CC per attendee, decimal (e.g. 22.5)'),
    (income) => async (conn, o) => ({
      type: 'UpdateNominalIncome',
      cid: await requireCid(conn, o),
      nominalIncome: parseFixed(U64F64, income as string, 'income'),
    }),
  );

  submit(
    propose
      .command('update-demurrage')
      .description('community (--cid): demurrage as a halving period (rate = ln 2 / blocks)')
      .argument('<account>', 'proposer (signs)')
      .argument('<halving_blocks>', 'blocks in which a balance halves', bigintArg('halving_blocks', U64_MAX)),
    (halving) => async (conn, o) => {
      if ((halving as bigint) === 0n) throw new InvalidInputError('halving_blocks', 'must be at least 1');
      return {
        type: 'UpdateDemurrage',
        cid: await requireCid(conn, o),
        demurrage: demurrageFromHalvingBlocks(halving as bigint),
      };
    },
  );

  submit(
    propose
      .command('petition')
      .description('a petition for --cid, or global without --cid (no effect when approved but an event)')
      .argument('<account>', 'proposer (signs)')
      .argument('<demand>', 'the demand (at most 256 bytes)'),
    (demand) => async (conn, o) => {
      if (new TextEncoder().encode(demand as string).length > 256) {
        throw new InvalidInputError('demand', 'at most 256 bytes');
      }
      return { type: 'Petition', cid: await optionalCid(conn, o), demand: demand as string };
    },
  );

  submit(
    propose
      .command('spend-native')
      .description('pay native tokens from the treasury of --cid (or the global one without --cid)')
      .argument('<account>', 'proposer (signs)')
      .argument('<to>', 'beneficiary')
      .argument('<amount>', 'native amount: base units or e.g. 5ERT'),
    (to, amount) => async (conn, o) => ({
      type: 'SpendNative',
      cid: await optionalCid(conn, o),
      to: await accountIdArg(to as string, 'to'),
      amount: await nativeAmount(conn, amount as string, 'amount'),
    }),
  );

  submit(
    propose
      .command('spend-asset')
      .description('pay an asset from the treasury of --cid (or the global one without --cid)')
      .argument('<account>', 'proposer (signs)')
      .argument('<to>', 'beneficiary')
      .argument('<amount>', 'asset amount in its smallest unit', bigintArg('amount', (1n << 128n) - 1n))
      .requiredOption('--asset-id <hex>', 'SCALE bytes of the runtime’s AssetKind (0x…)'),
    (to, amount, flags) => async (conn, o) => ({
      type: 'SpendAsset',
      cid: await optionalCid(conn, o),
      to: await accountIdArg(to as string, 'to'),
      amount: amount as bigint,
      assetId: parseHex((flags as { assetId: string }).assetId, '--asset-id'),
    }),
  );

  submit(
    swapOptions(
      propose
        .command('issue-swap-native-option')
        .description('community (--cid): let <to> buy treasury native tokens with CC')
        .argument('<account>', 'proposer (signs)')
        .argument('<to>', 'holder of the option')
        .requiredOption(
          '--native-allowance <amount>',
          'native amount the option covers: base units or e.g. 5ERT',
        ),
    ),
    (to, flags) => async (conn, o) => {
      const f = flags as SwapOptionFlags & { nativeAllowance: string };
      return {
        type: 'IssueSwapNativeOption',
        cid: await requireCid(conn, o),
        to: await accountIdArg(to as string, 'to'),
        option: {
          nativeAllowance: await nativeAmount(conn, f.nativeAllowance, '--native-allowance'),
          ...swapTerms(f),
        },
      };
    },
  );

  submit(
    swapOptions(
      propose
        .command('issue-swap-asset-option')
        .description('community (--cid): let <to> buy a treasury asset with CC')
        .argument('<account>', 'proposer (signs)')
        .argument('<to>', 'holder of the option')
        .requiredOption('--asset-id <hex>', 'SCALE bytes of the runtime’s AssetKind (0x…)')
        .requiredOption(
          '--asset-allowance <amount>',
          'asset amount the option covers',
          bigintArg('--asset-allowance', (1n << 128n) - 1n),
        ),
    ),
    (to, flags) => async (conn, o) => {
      const f = flags as SwapOptionFlags & { assetId: string; assetAllowance: bigint };
      return {
        type: 'IssueSwapAssetOption',
        cid: await requireCid(conn, o),
        to: await accountIdArg(to as string, 'to'),
        option: {
          assetId: parseHex(f.assetId, '--asset-id'),
          assetAllowance: f.assetAllowance,
          ...swapTerms(f),
        },
      };
    },
  );

  for (const kind of ['add-location', 'remove-location'] as const) {
    submit(
      propose
        .command(kind)
        .description(
          `community (--cid): ${kind === 'add-location' ? 'add a meetup location' : 'remove a meetup location'}`,
        )
        .argument('<account>', 'proposer (signs)')
        .requiredOption('--lat <degrees>', 'latitude, decimal degrees', degreesArg('latitude', '--lat'))
        .requiredOption('--lon <degrees>', 'longitude, decimal degrees', degreesArg('longitude', '--lon')),
      (flags) => async (conn, o) => {
        const f = flags as { lat: bigint; lon: bigint };
        return {
          type: kind === 'add-location' ? 'AddLocation' : 'RemoveLocation',
          cid: await requireCid(conn, o),
          location: { lat: f.lat, lon: f.lon },
        };
      },
    );
  }

  submit(
    propose
      .command('update-community-metadata')
      .description('community (--cid): replace name, symbol, assets, theme, url, rules')
      .argument('<account>', 'proposer (signs)')
      .argument('<file>', 'a community spec file (its community.meta) or a bare metadata JSON object'),
    (file) => async (conn, o) => ({
      type: 'UpdateCommunityMetadata',
      cid: await requireCid(conn, o),
      metadata: await readMetadataFile(file as string),
    }),
  );

  submit(
    propose
      .command('set-onboarding-exponent')
      .description('global: the exponent α = num/den of community weights N^α in onboarding votes')
      .argument('<account>', 'proposer (signs)')
      .argument('<num>', 'numerator (0 ≤ num ≤ den)', integerArg('num', 0, 255))
      .argument('<den>', 'denominator (1 ≤ den ≤ 8)', integerArg('den', 1, 255)),
    (num, den) => async () => {
      if ((den as number) > 8 || (num as number) > (den as number)) {
        throw new InvalidInputError('num/den', `need 1 ≤ den ≤ 8 and num ≤ den, got ${num}/${den}`);
      }
      return { type: 'SetOnboardingExponent', num: num as number, den: den as number };
    },
  );
};

/** `encointer democracy …`: proposals, votes with reputations, state updates, the enactment queue. */
export const registerDemocracyCommands = (program: Command, io: CliIo): Command => {
  const democracy = program
    .command('democracy')
    .description('proposals voted on with reputations (one vote per attendance in the window)');
  registerProposeCommands(democracy, io);

  const proposal = democracy.command('proposal').description('read and update proposals');
  proposal
    .command('list')
    .description('proposals with action, times, electorate, turnout, approval and state')
    .option('-a, --all', 'include failed proposals (Rejected, SupersededBy)')
    .action(async (options: { all?: boolean }, command: Command) => {
      const o = chainOptions(command);
      await withConnection(o, async (conn) => {
        const at = atOf(o);
        const read = at === undefined ? {} : { at };
        const [params, proposals] = await Promise.all([
          getDemocracyParameters(conn, read),
          getProposals(conn, { ...read, all: options.all === true }),
        ]);
        print(
          io,
          o,
          { parameters: parametersJson(params), proposals: proposals.map((p) => proposalJson(p, params)) },
          () => [
            `📜 Number of proposals: ${proposals.length}, global config: proposal lifetime: ${seconds(params.proposalLifetime)}, confirmation period: ${seconds(params.confirmationPeriod)}, min turnout: ${(Number(params.minTurnoutPermille) / 10).toFixed(3)}%`,
            ...proposals.flatMap((p) => proposalLines(p, params)),
          ],
        );
      });
    });

  proposal
    .command('update-state')
    .description('re-evaluate a proposal now (states change lazily: on votes and on this call)')
    .argument('<account>', 'any account (signs)')
    .argument('<id>', 'proposal id', proposalIdArg)
    .action(async (account: string, id: bigint, _options: unknown, command: Command) => {
      const o = chainOptions(command);
      await withConnection(o, async (conn) => {
        const signer = await signerFor(account, o);
        const r = await updateProposalState(conn, { signer, proposalId: id });
        const [after] = (await getProposals(conn, { at: r.block.hash })).filter((p) => p.id === id);
        print(
          io,
          o,
          { proposalId: id, state: after?.state, confirmingSince: after?.confirmingSince, ...txJson(r) },
          () => `Proposal state updated for proposal ${id}: ${after?.state ?? 'unknown'}`,
        );
      });
    });

  democracy
    .command('enactment-queue')
    .description('approved proposals waiting for enactment (at the next Assigning phase)')
    .action(async (_options: unknown, command: Command) => {
      const o = chainOptions(command);
      await withConnection(o, async (conn) => {
        const at = atOf(o);
        const ids = await getEnactmentQueue(conn, at === undefined ? {} : { at });
        print(io, o, ids, () => ids.map(String));
      });
    });

  democracy
    .command('vote')
    .description(
      'vote with reputations (cid_cindex, comma separated); default: every usable reputation of the voter in the proposal’s window',
    )
    .argument('<account>', 'voter (signs)')
    .argument('<id>', 'proposal id', proposalIdArg)
    .argument('<vote>', 'aye or nay', voteArg)
    .argument('[reputations...]', 'e.g. sqm1v79KBZ3_4,sqm1v79KBZ3_5')
    .action(
      async (
        account: string,
        id: bigint,
        choice: 'Aye' | 'Nay',
        repArgs: string[],
        _o: unknown,
        command: Command,
      ) => {
        const o = chainOptions(command);
        await withConnection(o, async (conn) =>
          castVote(conn, io, o, { account, proposalId: id, vote: choice, reputations: repArgs }),
        );
      },
    );

  return democracy;
};
