// spec: tooling §1.7.6 (`democracy`), §1.7.8 (`faucet`), §1.8 (flat names); economy §5, §6.5–§6.9, §9.6–§9.9
/**
 * Democracy, the faucet pallet and permissionless onboarding through the `encointer` CLI against the real node.
 * One ceremony (three bootstrappers) gives every voter a reputation at cindex 1; proposals submitted at cindex 3
 * have the voting window {1} (economy §6.5 with L = 337, P = 1). Onboarding runs the full path with one eligible
 * community, which decides alone (§9.10): apply → vote → Confirming → Approved → enacted at Assigning →
 * whitelisted → a tampered spec fails with SpecMismatch (exit 1) → the exact spec registers.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CliIo } from '../../src/cli/io.js';
import { EXIT_BAD_INPUT, EXIT_FAILED, runCli } from '../../src/cli/run.js';
import {
  type Account,
  attestAttendees,
  type Connection,
  claimRewards,
  connect,
  getCommunityIdentifiers,
  newCommunity,
  nextPhase,
  parseCommunitySpec,
  registerParticipant,
  resolveSigner,
} from '../../src/client/index.js';
import { formatCid } from '../../src/primitives/cid/cidString.js';
import { type NodeProcess, rpcHttp, startNodeProcess } from '../node/support/nodeProcess.js';

const ASSETS = 'QmW6WLLhUPsosBcKebejveknjrSQjZjq5eYFVBRaAZAs9N';

/** A spec file with one location and the three bootstrappers Alice, Bob, Charlie. */
const specJson = (name: string, symbol: string, lat: number, lon: number) => ({
  type: 'FeatureCollection',
  features: [{ type: 'Feature', properties: {}, geometry: { type: 'Point', coordinates: [lon, lat] } }],
  community: {
    meta: { name, symbol, assets: ASSETS, rules: 'loCo' },
    bootstrappers: ['//Alice', '//Bob', '//Charlie'],
    ceremony_income: 1,
  },
});

describe('democracy, faucet and onboarding commands against the real node (tooling §1.7.6, §1.7.8; economy §9)', () => {
  let node: NodeProcess;
  let conn: Connection;
  let port: string;
  let dir: string;
  let cid: string;
  let bootstrappers: Account[];
  let onboardingId: string;

  const cli = async (argv: string[]) => {
    const out: string[] = [];
    const err: string[] = [];
    const io: CliIo = { out: (t) => out.push(t), err: (t) => err.push(t) };
    const code = await runCli([...argv, '-u', 'ws://127.0.0.1', '-p', port], io);
    return { code, out, err, text: out.join('\n'), json: () => JSON.parse(out.join('\n')) };
  };
  const ok = async (argv: string[]) => {
    const r = await cli(argv);
    expect(r.err.filter((l) => /error/i.test(l))).toEqual([]);
    expect(r.code).toBe(0);
    return r;
  };
  const phase = async (expected: string) =>
    expect((await nextPhase(conn, { signer: bootstrappers[0]! })).phase).toBe(expected);
  /** Moves the chain clock past the 5-minute confirmation period (`dev_timeTravel`). */
  const timeTravel = async (ms: number) => {
    const now = BigInt(await conn.api.query.Timestamp.Now.getValue());
    await rpcHttp(node.httpUrl, 'dev_timeTravel', [Number(now) + ms]);
  };

  beforeAll(async () => {
    node = await startNodeProcess(['--tmp', '--instant-seal']);
    port = new URL(node.url).port;
    conn = await connect(node.url);
    dir = await mkdtemp(path.join(tmpdir(), 'encointer-governance-'));
    bootstrappers = await Promise.all(['//Alice', '//Bob', '//Charlie'].map((s) => resolveSigner(s)));
    const [alice, bob, charlie] = bootstrappers as [Account, Account, Account];
    // Bootstrap reputation: one ceremony of the three bootstrappers (ceremonies §7), then on to cindex 3.
    const spec = parseCommunitySpec(specJson('Governia', 'GOV', 35.1, 18.2));
    cid = (await newCommunity(conn, { spec, signer: alice })).cidString;
    await Promise.all(bootstrappers.map((b) => registerParticipant(conn, { cid, signer: b })));
    await phase('Assigning');
    await phase('Attesting');
    await Promise.all(
      bootstrappers.map((b) =>
        attestAttendees(conn, {
          cid,
          signer: b,
          attendees: bootstrappers.filter((x) => x !== b).map((x) => x.address),
        }),
      ),
    );
    expect((await claimRewards(conn, { cid, signer: charlie })).rewardsIssued).toBe(3);
    for (const p of ['Registering', 'Assigning', 'Attesting', 'Registering']) await phase(p);
    expect(bob.address).toMatch(/^5/);
  }, 60_000);

  afterAll(async () => {
    conn?.disconnect();
    expect(await node?.stop()).toBe(0);
    if (dir !== undefined) await rm(dir, { recursive: true, force: true });
  });

  it('submits a proposal of every action kind with readable arguments', async () => {
    const first = await ok(['democracy', 'propose', 'set-inactivity-timeout', '//Alice', '20', '--json']);
    expect(first.json()).toMatchObject({
      proposalId: '1',
      action: { type: 'SetInactivityTimeout', timeout: 20 },
    });
    const submissions: [string[], string][] = [
      [
        ['update-nominal-income', '//Bob', '2.5', '--cid', cid],
        `Update nominal income for cid ${cid} to 2.5`,
      ],
      [
        ['update-demurrage', '//Bob', '1000000', '--cid', cid],
        `Update demurrage for cid ${cid} to 0.00000069`,
      ],
      [['petition', '//Bob', 'more trees'], 'Petition for cid None demanding: more trees'],
      [['petition', '//Bob', 'a park', '--cid', cid], `Petition for cid ${cid} demanding: a park`],
      [['spend-native', '//Bob', '//Dave', '2ERT', '--cid', cid], 'amount 2000000000000'],
      [
        [
          'issue-swap-native-option',
          '//Bob',
          '//Dave',
          '--native-allowance',
          '5ERT',
          '--rate',
          '0.0000002',
          '--cid',
          cid,
        ],
        'allowance=5000000000000, rate=0.0000002',
      ],
      [
        [
          'issue-swap-asset-option',
          '//Bob',
          '//Dave',
          '--asset-id',
          '0x0102',
          '--asset-allowance',
          '7',
          '--cid',
          cid,
        ],
        'asset 0x0102, allowance=7, rate=oracle/auction',
      ],
      [['spend-asset', '//Bob', '//Dave', '9', '--asset-id', '0x0a'], 'Spend Asset 0x0a for cid None'],
      [
        ['add-location', '//Bob', '--lat', '35.2', '--lon', '-18.3', '--cid', cid],
        `Add location 35.2, -18.3 to cid ${cid}`,
      ],
      [
        ['remove-location', '//Bob', '--lat', '35.1', '--lon', '18.2', '--cid', cid],
        'Remove location 35.1, 18.2',
      ],
      [['set-onboarding-exponent', '//Bob', '1', '3'], 'Set onboarding exponent to 1/3'],
    ];
    for (const [argv, expected] of submissions) {
      const r = await ok(['democracy', 'propose', ...argv]);
      expect(r.text).toContain(expected);
      expect(r.text).toMatch(/^Proposal Submitted: .* \(proposal id \d+\)$/);
    }
    const metaFile = path.join(dir, 'meta.json');
    await writeFile(
      metaFile,
      JSON.stringify({ name: 'Governia2', symbol: 'GV2', assets: ASSETS, rules: 'beeDance' }),
    );
    const meta = await ok([
      'democracy',
      'propose',
      'update-community-metadata',
      '//Bob',
      metaFile,
      '--cid',
      cid,
    ]);
    expect(meta.text).toContain('name "Governia2", symbol GV2');
    // The old flat name of tooling §1.8.
    const flat = await ok(['submit-set-inactivity-timeout-proposal', '//Charlie', '30']);
    expect(flat.text).toContain('Set inactivity timeout to 30');

    // Bad input never reaches the chain: exit 2 with the field named.
    const badExponent = await cli(['democracy', 'propose', 'set-onboarding-exponent', '//Bob', '3', '2']);
    expect(badExponent.code).toBe(EXIT_BAD_INPUT);
    expect(badExponent.err.join('\n')).toMatch(/den ≤ 8 and num ≤ den/);
    const noCid = await cli(['democracy', 'propose', 'update-nominal-income', '//Bob', '2']);
    expect(noCid.code).toBe(EXIT_BAD_INPUT);
    expect(noCid.err.join('\n')).toMatch(/--cid/);
  });

  it('votes with the voter’s usable reputations by default, and with explicit cid_cindex pairs', async () => {
    const aye = await ok(['democracy', 'vote', '//Alice', '1', 'aye', '--json']);
    // Electorate 3 (global count at cindex 1); 1 aye of 1 passes the AQB test (threshold √3/(√3+1) ≈ 0.63).
    expect(aye.json()).toMatchObject({
      vote: 'Aye',
      reputations: [`${cid}_1`],
      votesCounted: '1',
      state: 'Confirming',
      turnout: '1',
      ayes: '1',
    });
    const nay = await ok(['democracy', 'vote', '//Bob', '1', 'nay', `${cid}_1`]);
    expect(nay.out[0]).toBe('Vote submitted: "nay" for proposal 1');
    // t = 2, a = 1 < √3·√2/(√3/√2 + 1) ≈ 1.10: back to Ongoing (economy §6.8).
    expect(nay.out[1]).toBe('1 of 1 reputations counted; tally 1 ayes of 2, state Ongoing');
    const outside = await ok(['vote', '//Charlie', '1', 'aye', `${cid}_2`, '--json']);
    expect(outside.json()).toMatchObject({ votesCounted: '0', state: 'Ongoing' });
    const again = await ok(['democracy', 'vote', '//Charlie', '1', 'aye', '--json']);
    // t = 3, a = 2 > 1.5: Confirming again.
    expect(again.json()).toMatchObject({ votesCounted: '1', state: 'Confirming', turnout: '3', ayes: '2' });
    const used = await cli(['democracy', 'vote', '//Zoe', '1', 'aye']);
    expect(used.code).toBe(EXIT_BAD_INPUT);
    expect(used.err.join('\n')).toMatch(
      /no verified reputation in the voting window of proposal 1 \(cindex 1\.\.1\)/,
    );
  });

  it('creates a faucet, drips once per reputation, lists, dissolves', async () => {
    const created = await ok(['faucet', 'create', '//Alice', 'GovFaucet', '100ERT', '1ERT', cid, '--json']);
    const faucet = created.json().faucet as string;
    expect(created.json()).toMatchObject({
      name: 'GovFaucet',
      whitelist: [cid],
      dripAmount: '1000000000000',
    });
    const account = await ok(['faucet', 'account', 'GovFaucet']);
    expect(account.out).toEqual([faucet]);
    const dripped = await ok(['faucet', 'drip', '//Bob', faucet, '1', '--cid', cid, '--json']);
    expect(dripped.json()).toMatchObject({ cindex: 1, amount: '1000000000000' });
    const twice = await cli(['drip-faucet', '//Bob', faucet, '-2', '--cid', cid]);
    expect(twice.code).toBe(EXIT_FAILED);
    expect(twice.err.join('\n')).toMatch(/AlreadyCommited/);
    const listed = await ok(['faucet', 'list', '--json']);
    expect(listed.json().faucets).toEqual([
      expect.objectContaining({
        account: faucet,
        name: 'GovFaucet',
        balance: '99000000000000',
        whitelist: [cid],
      }),
    ]);
    const verbose = await ok(['faucet', 'list', '-v']);
    expect(verbose.out.slice(0, 2)).toEqual([`address: ${faucet}`, 'name: GovFaucet']);
    const notCreator = await cli(['faucet', 'close', '//Bob', faucet]);
    expect(notCreator.code).toBe(EXIT_FAILED);
    expect(notCreator.err.join('\n')).toMatch(/NotCreator/);
    const dissolved = await ok(['faucet', 'dissolve', faucet, '//Eve']);
    expect(dissolved.out).toEqual([`Faucet dissolved: ${faucet}`]);
    expect((await ok(['list-faucets'])).out).toEqual([]);
  });

  it('onboarding: apply, explain, vote', async () => {
    const specFile = path.join(dir, 'zurich.json');
    await writeFile(specFile, JSON.stringify(specJson('Zurinia', 'ZUR', 47.37, 8.54)));
    const dossier = path.join(dir, 'dossier.md');
    await writeFile(dossier, '# Zurinia\nWe meet every month at the lake.\n');
    const hash = await ok(['onboarding', 'spec-hash', specFile, '--json']);
    const applied = await ok([
      'onboarding',
      'apply',
      specFile,
      '--dossier',
      dossier,
      '--signer',
      '//Dave',
      '--ipfs-dir',
      path.join(dir, 'ipfs'),
      '--json',
    ]);
    const app = applied.json();
    expect(app).toMatchObject({ cid: hash.json().cid, specHash: hash.json().specHash });
    expect(app.dossier).toMatch(/^Qm[1-9A-HJ-NP-Za-km-z]{44}$/);
    const id = app.proposalId as string;
    onboardingId = id;

    const before = (await ok(['onboarding', 'status', id, '--json'])).json();
    expect(before).toMatchObject({
      cid: hash.json().cid,
      state: 'Ongoing',
      dossier: app.dossier,
      deposit: '10000000000000',
      exponent: { num: 1, den: 2 },
      communities: [{ cid, electorate: '3', reputables: '3', turnout: '0', decision: 'Abstain' }],
      quorumMet: false,
      passing: false,
    });
    // w = √3 in U64F64 bits (economy §9.3): floor(√3 · 2^64).
    expect(BigInt(before.communities[0].weight)).toBe(31950697969885030203n);

    const voted = await ok(['onboarding', 'vote', id, 'aye', '--signer', '//Alice', '--json']);
    expect(voted.json()).toMatchObject({ reputations: [`${cid}_1`], votesCounted: '1', state: 'Confirming' });
    const status = await ok(['onboarding', 'status', id]);
    expect(status.out[0]).toBe(`Onboarding proposal ${id}: community ${hash.json().cid}, state Confirming`);
    const row = status.out.find((l) => l.startsWith(cid))!;
    expect(row.split(/\s+/)).toEqual([cid, '3', '3', '1.7321', '1', '1', '0', '333', '0.6339745962', 'Aye']);
    expect(status.out.slice(-4)).toEqual([
      'quorum: decided weight 1.7321 = 100.00% of total (needs ≥ 33.33%): yes',
      'approval: Aye weight = 100.00% of decided (needs > 66.67%): yes',
      'Aye communities: 1 (Nay 0, Abstain 0; needs ≥ 1): yes',
      'result: passing',
    ]);
    const missing = await cli(['onboarding', 'status', '1']);
    expect(missing.code).toBe(EXIT_BAD_INPUT);
  });

  it('after the confirmation period: approved, enacted at Assigning, whitelisted, registered with the exact spec only', async () => {
    await timeTravel(6 * 60_000);
    const updated = await ok(['democracy', 'proposal', 'update-state', '//Alice', '1']);
    expect(updated.out).toEqual(['Proposal state updated for proposal 1: Approved']);
    await ok(['update-proposal-state', '//Alice', onboardingId]);
    expect((await ok(['democracy', 'enactment-queue', '--json'])).json()).toEqual(['1', onboardingId]);
    const list = await ok(['democracy', 'proposal', 'list']);
    expect(list.out[0]).toMatch(
      new RegExp(`^📜 Number of proposals: ${onboardingId}, global config: proposal lifetime: 1200s`),
    );
    const block = list.out.slice(list.out.findIndex((l) => l.startsWith('Proposal id: 1 (')));
    expect(block[0]).toMatch(/^Proposal id: 1 \(reputation commitment purpose id: \d+\)$/);
    expect(block.slice(0, 9).map((l) => l.split(':')[0])).toEqual([
      'Proposal id',
      '🛠 action',
      '▶️ started at',
      '🏁 ends after',
      '🔄 start cindex',
      '👥 electorate',
      '🗳 turnout',
      '🗳 approval',
      'state',
    ]);
    expect(block[1]).toBe('🛠 action: "Set inactivity timeout to 20"');
    expect(block[5]).toBe('👥 electorate: 3');
    expect(block[6]).toBe(
      '🗳 turnout: 3 votes = 100.000% of electorate (turnout threshold 0.003 votes = 0.100%)',
    );
    expect(block[8]).toBe('state: ProposalState::Approved');

    await phase('Assigning');
    const after = (await ok(['democracy', 'proposal', 'list', '--all', '--json'])).json();
    expect(after.proposals.find((p: { id: string }) => p.id === '1').state).toBe('Enacted');
    expect(after.proposals.find((p: { id: string }) => p.id === onboardingId).state).toBe('Enacted');
    const whitelist = (await ok(['onboarding', 'whitelist', '--json'])).json();
    expect(whitelist).toEqual([expect.objectContaining({ proposalId: onboardingId, expiresAfter: 6 })]);

    await phase('Attesting');
    await phase('Registering');
    const specFile = path.join(dir, 'zurich.json');
    const tampered = path.join(dir, 'zurich.tampered.json');
    await writeFile(tampered, JSON.stringify(specJson('Zurinia Two', 'ZUR', 47.37, 8.54)));
    const mismatch = await cli(['onboarding', 'register', tampered, '--signer', '//Alice']);
    expect(mismatch.code).toBe(EXIT_FAILED);
    expect(mismatch.err.join('\n')).toMatch(/SpecMismatch/);
    const registered = await ok(['onboarding', 'register', specFile, '--signer', '//Bob']);
    expect(registered.out).toEqual([whitelist[0].cid]);
    expect((await getCommunityIdentifiers(conn)).map(formatCid)).toContain(whitelist[0].cid);
    expect((await ok(['onboarding', 'whitelist', '--json'])).json()).toEqual([]);
  });
});
