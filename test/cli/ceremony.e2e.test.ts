// spec: tooling §9.1 (the demo walk-through), §1.7 (commands and outputs), §1.8 (old names), §1.9 (output contracts)
/**
 * One full ceremony with the `encointer` CLI only, against the real node process: fund, register the
 * Mediterranean demo community, register its six bootstrappers, go to Attesting, list meetups, attest, claim,
 * back to Registering, then read balances (1 CC minus demurrage) and reputation. Old flat names (§1.8) and the
 * group names are mixed on purpose; every `--json` output is parsed and checked.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CliIo } from '../../src/cli/io.js';
import { EXIT_BAD_INPUT, EXIT_FAILED, runCli } from '../../src/cli/run.js';
import { applyDemurrage } from '../../src/primitives/demurrage/applyDemurrage.js';
import { formatFixed } from '../../src/primitives/fixed/decimal.js';
import { I64F64, ONE, U64F64 } from '../../src/primitives/fixed/fixed.js';
import { fromF64 } from '../../src/primitives/fixed/float.js';
import { encodeGeohash } from '../../src/primitives/geo/geohash.js';
import { locationFromDegrees } from '../../src/primitives/geo/location.js';
import { type NodeProcess, startNodeProcess } from '../node/support/nodeProcess.js';

const SPEC = '/work/shared/test-data/encointer-node/test-locations-mediterranean.json';
// The cid of the spec file (tooling §1.4); protocol-economy-governance §7 uses it in its treasury vectors.
const CID = 'sqm1v79dF6b';
// tooling §8.2: the spec's `demurrage_halving_blocks`; the per-block rate is ln 2 / H, converted from f64.
const RATE = fromF64(I64F64, Math.LN2 / 7_884_000);
const DEV = ['Alice', 'Bob', 'Charlie', 'Dave', 'Eve', 'Ferdie'];
// Well-known dev addresses (subkey inspect //Name).
const ADDRESS: Record<string, string> = {
  Alice: '5GrwvaEF5zXb26Fz9rcQpDWS57CtERHpNehXCPcNoHGKutQY',
  Bob: '5FHneW46xGXgs5mUiveU4sbTyGBzmstUspZC92UhjJM694ty',
  Charlie: '5FLSigC9HGRKVhB9FiEo4Y3koPsNmBmLJbpXg2mp1hXcS59Y',
  Dave: '5DAAnrj7VHTznn2AWBemMuyBwZWs6FNFjdyVXUeYum3PTXFy',
  Eve: '5HGjWAeFDfFCWPsjFQdVV2Msvz2XtMktvgocEZcCj68kUMaw',
  Ferdie: '5CiPPseXPECbkjWCa6MnjNokrgYjMqmKndv2rSnekmSK2DjL',
};

interface Run {
  code: number;
  out: string[];
  err: string[];
}

describe('a full ceremony with the encointer CLI only (tooling §9.1, §1.7, §1.8)', () => {
  let node: NodeProcess;
  let port: string;
  let keystore: string;

  const run = async (...argv: string[]): Promise<Run> => {
    const out: string[] = [];
    const err: string[] = [];
    const io: CliIo = { out: (t) => out.push(t), err: (t) => err.push(t) };
    const code = await runCli([...argv, '-u', 'ws://127.0.0.1', '-p', port, '--keystore', keystore], io);
    return { code, out, err };
  };
  /** Runs with --json, expects success, parses stdout. */
  // biome-ignore lint/suspicious/noExplicitAny: JSON of the CLI, checked field by field
  const json = async (...argv: string[]): Promise<any> => {
    const r = await run(...argv, '--json');
    expect(r.err, `${argv.join(' ')}: ${r.err.join('\n')}`).toEqual([]);
    expect(r.code).toBe(0);
    return JSON.parse(r.out.join('\n'));
  };
  const text = async (...argv: string[]): Promise<string[]> => {
    const r = await run(...argv);
    expect(r.code, `${argv.join(' ')}: ${r.err.join('\n')}`).toBe(0);
    return r.out;
  };

  beforeAll(async () => {
    node = await startNodeProcess(['--tmp', '--instant-seal']);
    port = /:(\d+)$/.exec(node.url)![1]!;
    keystore = mkdtempSync(path.join(tmpdir(), 'encointer-cli-keystore-'));
  });

  afterAll(async () => {
    rmSync(keystore, { recursive: true, force: true });
    expect(await node?.stop()).toBe(0);
  });

  it('keystore: account new / list / export / import', async () => {
    const zoe = await json('account', 'new', '//Zoe');
    expect(zoe).toMatchObject({ keyType: 'sr25519', created: true, encrypted: false });
    const fresh = await text('new-account', '--key-type', 'ed25519');
    expect(fresh).toHaveLength(1);
    expect(fresh[0]).toMatch(/^5[1-9A-HJ-NP-Za-km-z]{47}$/);
    const list = await json('list-accounts');
    expect(list.map((e: { address: string }) => e.address).sort()).toEqual([zoe.address, fresh[0]].sort());
    expect(list.find((e: { address: string }) => e.address === fresh[0]).keyType).toBe('ed25519');
    const exported = JSON.parse((await text('account', 'export', zoe.address)).join('\n'));
    expect(exported.address).toBe(zoe.address);
    const file = path.join(keystore, '..', `${path.basename(keystore)}-zoe.json`);
    writeFileSync(file, JSON.stringify(exported));
    const other = mkdtempSync(path.join(tmpdir(), 'encointer-cli-keystore2-'));
    try {
      const r = await runCli(['account', 'import', file, '--keystore', other], {
        out: () => {},
        err: () => {},
      });
      expect(r).toBe(0);
    } finally {
      rmSync(other, { recursive: true, force: true });
      rmSync(file, { force: true });
    }
  });

  it('funds an account from //Alice (account fund) and reads its native balance', async () => {
    const zoe = (await text('list-accounts'))[0]!;
    const funded = await json('account', 'fund', '//Zoe', '//Yan');
    expect(funded.payer).toBe(ADDRESS.Alice);
    expect(funded.funded).toHaveLength(2);
    const amount = BigInt(funded.amount);
    expect(amount).toBeGreaterThan(500n); // more than the existential deposit
    const balance = await json('balance', '//Zoe');
    expect(BigInt(balance.free)).toBe(amount);
    expect(await text('get-balance', zoe)).toEqual([amount.toString()]);
  });

  it('registers the demo community (new-community prints only the cid) and lists it', async () => {
    const out = await text('new-community', SPEC);
    expect(out).toEqual([CID]);
    const list = await text('list-communities');
    expect(list[0]).toBe('number of communities:  1');
    // tooling §1.9: the text before the first colon of the first community line is the cid.
    expect(list[1]!.split(':')[0]).toBe(CID);
    const [community] = await json('community', 'list');
    expect(community).toMatchObject({
      cid: CID,
      name: 'Mediterranea',
      symbol: 'MTA',
      locations: 9,
      rules: 'LoCo',
    });
    expect(community.nominalIncome).toBe('1');
    expect(BigInt(community.demurrageBits)).toBe(RATE);
    const info = await json('community', 'info', '--cid', CID);
    expect(info.bootstrappers).toEqual(DEV.map((n) => ADDRESS[n]));
    expect(info.issuance).toBe('0');
    expect(await json('community', 'locations', '--cid', CID)).toHaveLength(9);
  });

  it('registers the six bootstrappers in Registering', async () => {
    expect(await text('get-phase')).toEqual(['Registering']);
    expect(await json('ceremony', 'phase')).toMatchObject({ phase: 'Registering', ceremonyIndex: 1 });
    for (const [i, name] of DEV.entries()) {
      // Old flat name with the old global-option position, then the group name.
      const argv =
        i % 2 === 0
          ? ['--cid', CID, 'register-participant', `//${name}`]
          : ['ceremony', 'participant', 'register', `//${name}`, '--cid', CID];
      const r = await json(...argv);
      expect(r).toMatchObject({
        account: ADDRESS[name],
        cid: CID,
        cindex: 1,
        participantType: 'Bootstrapper',
        proofCeremonyIndex: null,
      });
    }
    const participants = await json('list-participants', '--cid', CID);
    expect(participants.bootstrappers.map((p: { account: string }) => p.account)).toEqual(
      DEV.map((n) => ADDRESS[n]),
    );
    expect([participants.reputables, participants.endorsees, participants.newbies]).toEqual([[], [], []]);
  });

  it('a failing extrinsic exits 1 with the pallet error: registering in the Assigning phase', async () => {
    expect(await text('next-phase')).toEqual(['Phase is now: Assigning']);
    const r = await run('register-participant', '//Zoe', '--cid', CID);
    expect(r.code).toBe(EXIT_FAILED);
    expect(r.err.join('\n')).toContain('EncointerCeremonies.RegisteringOrAttestationPhaseRequired');
    expect(r.out).toEqual([]);
  });

  it('bad input exits 2', async () => {
    for (const argv of [
      ['balance', 'notAnAddress'],
      ['list-meetups', '--cid', 'xyz'],
      ['list-meetups'], // no --cid
      ['ceremony', 'participant', 'attest', '//Alice', '//Bob', '--cid', CID, '--vote', 'many'],
      ['transfer', '//Alice', '//Bob', 'lots', '--cid', CID],
      ['ceremony', 'no-such-command'],
    ]) {
      const r = await run(...argv);
      expect(r.code, argv.join(' ')).toBe(EXIT_BAD_INPUT);
      expect(r.err.join('\n'), argv.join(' ')).toMatch(/error/);
    }
    const unknown = await run('ceremony', 'list-meetups', '--cid', 'gbsuv7YXq9G');
    expect(unknown.code).toBe(EXIT_BAD_INPUT);
    expect(unknown.err.join('\n')).toContain('does not exist on chain');
  });

  it('lists the meetup in Attesting: location, time and all six participants', async () => {
    const phase = await json('ceremony', 'admin', 'next-phase');
    expect(phase).toMatchObject({ phase: 'Attesting', ceremonyIndex: 1 });
    const m = await json('ceremony', 'list-meetups', '--cid', CID);
    expect(m).toMatchObject({ cid: CID, cindex: 1, phase: 'Attesting', meetupCount: '1', assignees: 6 });
    const [meetup] = m.meetups;
    expect(meetup.index).toBe('1');
    expect(BigInt(meetup.time)).toBeGreaterThan(0n);
    // The demo grid lies around 35.3°N 18.5°E (tooling §8.2).
    expect(meetup.location.lat).toBeCloseTo(35.3, 0);
    expect(meetup.location.lon).toBeCloseTo(18.5, 0);
    expect(meetup.participants.map((p: { account: string }) => p.account).sort()).toEqual(
      DEV.map((n) => ADDRESS[n]).sort(),
    );
    // tooling §1.9: participants follow the `participants:` line, up to the next MeetupRegistry/total/CSV line.
    const lines = await text('list-meetups', '--cid', CID);
    const start = lines.findIndex((l) => l.includes('participants:'));
    const end = lines.findIndex((l, i) => i > start && /MeetupRegistry|total|CSV:/.test(l));
    expect(lines[start]).toBe(`MeetupRegistry[(${CID}, 1), 1] participants: 6`);
    expect(
      lines
        .slice(start + 1, end)
        .map((l) => l.trim())
        .sort(),
    ).toEqual(DEV.map((n) => ADDRESS[n]).sort());
    expect(lines.at(-1)).toBe('total number of assignees: 6');
  });

  let claimBlock: bigint;

  it('everyone attests the other five (vote 6), then one claim pays the meetup early', async () => {
    for (const name of DEV) {
      const others = DEV.filter((n) => n !== name).map((n) => `//${n}`);
      const r = await json('attest-attendees', `//${name}`, ...others, '--cid', CID);
      expect(r).toMatchObject({ attestor: ADDRESS[name], vote: 6 });
      expect(r.attestees).toHaveLength(5);
    }
    const attestees = await json('ceremony', 'list-attestees', '--cid', CID);
    expect(attestees.attestations.map((a: { vote: number }) => a.vote)).toEqual([6, 6, 6, 6, 6, 6]);
    expect(attestees.meetups).toEqual([
      { meetupIndex: '1', size: 6, meanVote: 6, votes: [6, 6, 6, 6, 6, 6] },
    ]);

    const claim = await json('claim-reward', '-s', '//Alice', '--cid', CID);
    expect(claim.claims).toHaveLength(1);
    expect(claim.claims[0]).toMatchObject({ meetupIndex: '1', rewardsIssued: 6 });
    expect([...claim.claims[0].rewarded].sort()).toEqual(DEV.map((n) => ADDRESS[n]).sort());
    claimBlock = BigInt(claim.claims[0].block.number);
    const again = await run('ceremony', 'claim', '//Bob', '--cid', CID);
    expect(again.code).toBe(EXIT_FAILED);
    expect(again.err.join('\n')).toContain('RewardsAlreadyIssued');
  });

  it('back in Registering: 1 CC minus demurrage since the claim, and a verified reputation', async () => {
    expect(await json('next-phase')).toMatchObject({ phase: 'Registering', ceremonyIndex: 2 });
    for (const name of DEV) {
      const b = await json('balance', `//${name}`, '--cid', CID);
      expect(BigInt(b.principal)).toBe(ONE);
      expect(BigInt(b.lastUpdate)).toBe(claimBlock);
      const blocks = BigInt(b.blockNumber);
      expect(blocks).toBeGreaterThan(claimBlock);
      const expected = applyDemurrage({ principal: ONE, lastUpdate: claimBlock }, RATE, blocks).principal;
      expect(BigInt(b.bits)).toBe(expected);
      expect(b.balance).toBe(formatFixed(U64F64, expected));
      expect(BigInt(b.bits)).toBeLessThan(ONE);
      expect(BigInt(b.demurragePerBlock)).toBe(RATE);
    }
    // tooling §1.9: the last whitespace-separated token of `balance` is a float.
    const [line] = await text('balance', '//Bob', '--cid', CID);
    expect(Number(line!.split(/\s+/).at(-1))).toBeCloseTo(1, 6);
    const all = await json('balance', '//Bob', '--all');
    expect(all.communities.map((c: { cid: string }) => c.cid)).toEqual([CID]);

    const reps = await json('reputation', '//Alice');
    expect(reps).toEqual([{ cindex: 1, cid: CID, reputation: 'VerifiedUnlinked', linkedTo: null }]);
    // tooling §1.9: `cindex, cid, X::Variant`, parsed by splitting on `,` and `::`.
    expect(await text('ceremony', 'participant', 'reputation', '//Alice')).toEqual([
      `1, ${CID}, Reputation::VerifiedUnlinked`,
    ]);
    const reputables = await json('list-reputables');
    expect(reputables).toEqual([
      {
        cid: CID,
        reputables: 6,
        cycles: [{ cindex: 1, attested: 6, noshows: 0, accounts: expect.any(Array) }],
      },
    ]);
    const tickets = await text('--cid', CID, 'get-bootstrappers-with-remaining-newbie-tickets');
    expect(tickets).toEqual([`[${DEV.map((n) => `("${ADDRESS[n]}", 5)`).join(', ')}]`]);
  });

  it('a second registration attaches a proof of attendance automatically', async () => {
    const r = await json('ceremony', 'register', '//Charlie', '--cid', CID);
    expect(r).toMatchObject({ cindex: 2, participantType: 'Bootstrapper', proofCeremonyIndex: 1 });
    expect(await json('reputation', '//Charlie')).toEqual([
      { cindex: 1, cid: CID, reputation: 'VerifiedLinked', linkedTo: 2 },
      // Registering as a reputable marks the new ceremony (ceremonies §7.4).
      { cindex: 2, cid: CID, reputation: 'UnverifiedReputable', linkedTo: null },
    ]);
  });

  it('listen prints the events of new blocks, one JSON object per line, and stops after --blocks', async () => {
    const listening = run('listen', '--blocks', '1', '--json');
    let settled = false;
    void listening.then(() => {
      settled = true;
    });
    // The listener starts at the head it sees first; keep making blocks until it has seen one.
    for (let i = 0; i < 10 && !settled; i++) {
      const t = await json('transfer', '//Alice', '//Zoe', '0.1', '--cid', CID);
      expect(t.to).toBe((await json('balance', '//Zoe')).account);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    const r = await listening;
    expect(r.code).toBe(0);
    const events = r.out.map((l) => JSON.parse(l));
    expect(events.length).toBeGreaterThan(1);
    expect(new Set(events.map((e) => e.block)).size).toBe(1);
    const transferred = events.find((e) => e.pallet === 'EncointerBalances' && e.name === 'Transferred');
    expect(transferred.value[0]).toBe(CID);
    expect(transferred.value.slice(1, 3)).toEqual([ADDRESS.Alice, (await json('balance', '//Zoe')).account]);
    expect(events.at(-1)).toMatchObject({ pallet: 'System', name: 'ExtrinsicSuccess' });
  });

  it('locations: add and remove (sudo) a meetup place; treasury accounts and swap options', async () => {
    const file = path.join(keystore, 'extra-location.json');
    writeFileSync(
      file,
      JSON.stringify({
        type: 'FeatureCollection',
        features: [
          { type: 'Feature', properties: {}, geometry: { type: 'Point', coordinates: [18.0, 35.0] } },
        ],
      }),
    );
    const added = await json('add-locations', file, '--cid', CID);
    expect(added.added).toHaveLength(1);
    expect(await json('community', 'location', 'list', '--cid', CID)).toHaveLength(10);
    const geohash = encodeGeohash(locationFromDegrees(35.0, 18.0));
    const removed = await json('community', 'location', 'remove', '-g', geohash, '-l', '0', '--cid', CID);
    expect(removed.removed).toMatchObject({ lat: 35, lon: 18 });
    expect(await json('list-locations', '--cid', CID)).toHaveLength(9);
    const missing = await run('community', 'location', 'remove', '-g', geohash, '-l', '0', '--cid', CID);
    expect(missing.code).toBe(EXIT_BAD_INPUT);

    // protocol-economy-governance §7: treasury accounts of None and of Some("sqm1v79dF6b").
    expect(await text('community', 'treasury', 'get-account')).toEqual([
      '5FU79FVXdN3RYSj8857XjNT2SgeRrhk8iUzjb75X1yc8YDkZ',
    ]);
    expect(await text('get-treasury', '--cid', CID)).toEqual([
      '5CWoc3mGF9VEnuZzBbPWxhKPvY743AGwxUbvkYQHS8yWZbem',
    ]);
    expect(await text('get-swap-native-option', '//Bob', '--cid', CID)).toEqual([
      `No swap native option found for ${ADDRESS.Bob} in ${CID}`,
    ]);
    const swap = await run('swap-native', '//Bob', '1000', '--cid', CID);
    expect(swap.code).toBe(EXIT_FAILED);
    expect(swap.err.join('\n')).toMatch(/EncointerTreasuries\./);
  });

  it('admin calls and the remaining reads: endorse, tickets, proof, stats, issuance, time offset, purge, metadata', async () => {
    const endorsed = await json('ceremony', 'participant', 'endorse', '//Alice', '--cid', CID, '-e', '//Zoe');
    expect(endorsed.endorsed).toHaveLength(1);
    const tickets = await json('ceremony', 'admin', 'bootstrapper-tickets', '--cid', CID);
    // ceremonies §7.5 step 4: a bootstrapper with reputation burns a (refilling) reputable ticket first.
    expect(tickets[0]).toEqual({ account: ADDRESS.Alice, remaining: 5 });
    // ceremonies §7.4: prover 32 + cindex 4 + cid 9 + attendee 32 + MultiSignature 65 = 142 bytes.
    const proof = await json('get-proof-of-attendance', '//Bob', '--cid', CID);
    expect(proof).toMatchObject({ ceremonyIndex: 1, account: ADDRESS.Bob });
    expect(proof.proof).toMatch(/^0x[0-9a-f]{284}$/);
    const stats = JSON.parse(
      (await text('print-ceremony-stats', '--cid', CID, '--ceremony-index', '1')).join('\n'),
    );
    expect(stats.communityCeremony).toEqual([CID, 1]);
    expect(stats.meetupCount).toBe('1');
    expect(stats.meetups[0].registrations).toHaveLength(6);
    const issuance = await json('issuance', '--cid', CID);
    expect(BigInt(issuance.bits)).toBeLessThan(6n * ONE);
    expect(BigInt(issuance.bits)).toBeGreaterThan(6n * ONE - ONE / 1000n);
    const offset = await json('set-meetup-time-offset', '--time-offset', '-60000');
    expect(offset.offsetMs).toBe(-60000);
    const purged = await run('--json', '--cid', CID, 'ceremony', 'admin', 'purge', '1', '1');
    expect(purged.code).toBe(0);
    expect(JSON.parse(purged.out.join('\n')).extrinsics).toHaveLength(1);
    expect(await json('list-participants', '--cid', CID, '1')).toMatchObject({ bootstrappers: [] });
    const metadata = await json('print-metadata');
    const ceremonies = metadata.pallets.find((p: { name: string }) => p.name === 'EncointerCeremonies');
    expect(ceremonies.index).toBe(61); // tooling Appendix C
    expect(ceremonies.calls).toContain('attest_attendees');
  });

  it('--help works on groups, commands and old names', async () => {
    for (const argv of [
      ['--help'],
      ['ceremony', '--help'],
      ['account', 'fund', '--help'],
      ['list-meetups', '--help'],
    ]) {
      const r = await run(...argv);
      expect(r.code, argv.join(' ')).toBe(0);
      expect(r.out.join('\n')).toMatch(/^Usage: encointer/);
    }
    expect((await run('--help')).out.join('\n')).toContain('list-communities');
  });
});
