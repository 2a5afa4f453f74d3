// spec: tooling §1 (what the CLI reads and submits), ceremonies §7.4–§7.9, economy §2.4–§2.5
/**
 * The client against the real node process: a whole ceremony with the Mediterranean demo community, every meetup
 * value computed client-side compared with the runtime's own answer, and demurrage-adjusted balances compared with
 * what the chain computed at the same block.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type Account,
  attestAttendees,
  type Connection,
  claimRewards,
  connect,
  createBusiness,
  createFaucet,
  createOffering,
  demurrageFromHalvingBlocks,
  drip,
  ExtrinsicFailedError,
  faucetAccount,
  findEvent,
  getAccountMeetup,
  getAggregatedAccountData,
  getAllBalances,
  getAttestations,
  getBalance,
  getBlock,
  getBlockEvents,
  getBootstrappers,
  getBusinesses,
  getChainInfo,
  getCommunityMetadata,
  getDemurrageRate,
  getFaucets,
  getLocations,
  getMeetups,
  getNativeBalance,
  getNextNonce,
  getNominalIncome,
  getOfferings,
  getParticipantReputation,
  getParticipants,
  getProposals,
  getReputations,
  getSchedulerState,
  getTotalIssuance,
  listCommunities,
  newCommunity,
  nextPhase,
  readCommunitySpecFile,
  registerParticipant,
  resolveSigner,
  sameAccount,
  specCid,
  submitExtrinsic,
  submitProposal,
  toPapiCid,
  transferAll,
  transferNative,
  vote,
  waitForBlocks,
} from '../../src/client/index.js';
import { formatCid } from '../../src/primitives/cid/cidString.js';
import { applyDemurrage } from '../../src/primitives/demurrage/applyDemurrage.js';
import { type NodeProcess, startNodeProcess } from '../node/support/nodeProcess.js';

const SPEC = '/work/shared/test-data/encointer-node/test-locations-mediterranean.json';
const ONE = 1n << 64n;
const DEV = ['Alice', 'Bob', 'Charlie', 'Dave', 'Eve', 'Ferdie'];

describe('client against the real node (tooling §1, ceremonies §7, economy §2)', () => {
  let node: NodeProcess;
  let conn: Connection;
  let alice: Account;
  let bootstrappers: Account[];
  let cid: string;

  beforeAll(async () => {
    node = await startNodeProcess(['--tmp', '--instant-seal']);
    conn = await connect(node.url);
    bootstrappers = await Promise.all(DEV.map((n) => resolveSigner(`//${n}`)));
    alice = bootstrappers[0]!;
  });

  afterAll(async () => {
    conn?.disconnect();
    expect(await node?.stop()).toBe(0);
  });

  it('reads the chain and the scheduler', async () => {
    const info = await getChainInfo(conn);
    expect(info).toMatchObject({ name: 'Encointer Dev', ss58Prefix: 42 });
    expect(info.specVersion).toBeGreaterThan(0);
    const s = await getSchedulerState(conn);
    expect(s).toMatchObject({ phase: 'Registering', ceremonyIndex: 1 });
    expect(s.phaseDurations.Attesting).toBeGreaterThan(0n);
  });

  it('registers the Mediterranean community from its spec file: CID, locations, bootstrappers, economy', async () => {
    const spec = await readCommunitySpecFile(SPEC);
    const registered = await newCommunity(conn, { spec, signer: alice });
    cid = registered.cidString;
    expect(cid).toBe(formatCid(specCid(spec)));
    expect(registered.locationsAdded).toHaveLength(spec.locations.length - 1);
    expect(await getLocations(conn, { cid })).toHaveLength(spec.locations.length);
    expect((await listCommunities(conn)).map((c) => [c.cidString, c.name])).toEqual([[cid, 'Mediterranea']]);
    expect(await getCommunityMetadata(conn, { cid })).toMatchObject({
      name: 'Mediterranea',
      symbol: 'MTA',
      rules: 'LoCo',
    });
    const onChain = await getBootstrappers(conn, { cid });
    expect(onChain.map((a, i) => sameAccount(a, bootstrappers[i]!.accountId))).toEqual(DEV.map(() => true));
    expect(await getNominalIncome(conn, { cid })).toEqual({ bits: ONE, source: 'community' });
    expect(await getDemurrageRate(conn, { cid })).toEqual({
      bits: demurrageFromHalvingBlocks(7_884_000n),
      source: 'community',
    });
  });

  it('a failing extrinsic throws ExtrinsicFailedError with the pallet error name and its docs', async () => {
    const err = await attestAttendees(conn, {
      cid,
      signer: alice,
      attendees: [bootstrappers[1]!.address],
    }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ExtrinsicFailedError);
    const e = err as ExtrinsicFailedError;
    expect(e.pallet).toBe('EncointerCeremonies');
    expect(e.error).toBe('AttestationPhaseRequired');
    expect(e.name).toBe('AttestationPhaseRequired');
    expect(e.docs.join(' ')).toMatch(/attest/i);
    expect(e.included.block.number).toBeGreaterThan(0);
  });

  it('a call failing inside Sudo is reported too, and a non-sudo signer gets Sudo.RequireSudo', async () => {
    const inner = conn.api.tx.EncointerCeremonies.set_meetup_time_offset({ meetup_time_offset: 100_000_000 });
    const viaSudo = await submitExtrinsic(
      conn,
      conn.api.tx.Sudo.sudo({ call: inner.decodedCall }),
      alice,
    ).catch((e: unknown) => e);
    expect(viaSudo).toBeInstanceOf(ExtrinsicFailedError);
    expect(viaSudo).toMatchObject({
      pallet: 'EncointerCeremonies',
      error: 'InvalidMeetupTimeOffset',
      viaSudo: true,
    });
    const notSudo = await nextPhase(conn, { signer: bootstrappers[1]! }).catch((e: unknown) => e);
    expect(notSudo).toMatchObject({ pallet: 'Sudo', error: 'RequireSudo', viaSudo: false });
  });

  it('registers the six bootstrappers', async () => {
    const results = await Promise.all(
      bootstrappers.map((b) => registerParticipant(conn, { cid, signer: b })),
    );
    expect(results.map((r) => [r.participantType, r.cindex, r.proof])).toEqual(
      DEV.map(() => ['Bootstrapper', 1, undefined]),
    );
    const { registrations } = await getParticipants(conn, { cid });
    expect(registrations.Bootstrapper).toHaveLength(6);
    expect(registrations.Newbie).toHaveLength(0);
  });

  it('computes meetups client-side exactly as the runtime (Assigning and Attesting)', async () => {
    expect((await nextPhase(conn, { signer: alice })).phase).toBe('Assigning');
    for (const phase of ['Assigning', 'Attesting'] as const) {
      if (phase === 'Attesting') expect((await nextPhase(conn, { signer: alice })).phase).toBe('Attesting');
      const { meetups, context } = await getMeetups(conn, { cid });
      const storedCount = await conn.api.query.EncointerCeremonies.MeetupCount.getValue([toPapiCid(cid), 1], {
        at: context.block.hash,
      });
      expect(BigInt(storedCount)).toBe(context.assignment.meetupCount);
      expect(meetups.length).toBeGreaterThan(0);
      for (const b of bootstrappers) {
        const runtime = await getAggregatedAccountData(conn, {
          cid,
          account: b.address,
          at: context.block.hash,
        });
        const mine = await getAccountMeetup(conn, { cid, account: b.address, at: context.block.hash });
        expect(runtime.personal?.participantType).toBe('Bootstrapper');
        expect(mine.meetup?.index).toBe(runtime.personal?.meetupIndex);
        expect(mine.meetup?.locationIndex).toBe(runtime.personal?.meetupLocationIndex);
        expect(mine.meetup?.time).toBe(runtime.personal?.meetupTime);
        expect(mine.meetup?.participants.map((p) => p.account)).toEqual(runtime.personal?.meetupRegistry);
      }
      if (phase === 'Attesting') expect(meetups[0]!.time).toBeTypeOf('bigint');
      else expect(meetups[0]!.time).toBeUndefined();
    }
  });

  it('attests, claims early and pays the nominal income; reputations follow', async () => {
    const { meetups } = await getMeetups(conn, { cid });
    expect(meetups).toHaveLength(1);
    const members = meetups[0]!.participants.map((p) => p.account);
    await Promise.all(
      bootstrappers.map((b) =>
        attestAttendees(conn, {
          cid,
          signer: b,
          attendees: members.filter((m) => !sameAccount(m, b.accountId)),
        }),
      ),
    );
    const { attestations } = await getAttestations(conn, { cid });
    expect(attestations.map((a) => [a.attestees.length, a.vote])).toEqual(DEV.map(() => [5, 6]));
    const claim = await claimRewards(conn, { cid, signer: alice });
    expect(claim.rewardsIssued).toBe(6);
    expect(claim.rewarded).toHaveLength(6);
    const again = await claimRewards(conn, { cid, signer: bootstrappers[1]! }).catch((e: unknown) => e);
    expect(again).toMatchObject({ error: 'RewardsAlreadyIssued' });
    expect(await getParticipantReputation(conn, { cid, cindex: 1, account: alice.address })).toEqual({
      kind: 'VerifiedUnlinked',
      linkedTo: undefined,
    });
    const reps = await getReputations(conn, { account: alice.address });
    expect(reps.map((r) => [r.cindex, r.cidString, r.reputation.kind])).toEqual([
      [1, cid, 'VerifiedUnlinked'],
    ]);
  });

  it('balances with demurrage equal what the chain computes at the same block', async () => {
    const zoe = await resolveSigner('//Zoe');
    // A few blocks pass, so demurrage has something to take.
    const head = await getBlock(conn);
    const waiting = waitForBlocks(conn, { count: 1 });
    const nonce = await getNextNonce(conn, alice.address);
    await Promise.all(
      [0, 1, 2].map((i) =>
        transferNative(conn, { to: zoe.address, amount: 10n ** 13n, signer: alice, nonce: nonce + i }),
      ),
    );
    expect((await getNativeBalance(conn, { account: zoe.address })).free).toBe(3n * 10n ** 13n);
    expect((await waiting).number).toBe(head.number + 1);
    const dave = bootstrappers[3]!;
    const before = await getBalance(conn, { cid, account: dave.address });
    expect(before.entry.principal).toBe(ONE);
    expect(before.blockNumber).toBeGreaterThan(before.entry.lastUpdate);
    expect(before.balance).toBeLessThan(ONE);
    expect(before.balance).toBe(applyDemurrage(before.entry, before.rate.bits, before.blockNumber).principal);
    const [all] = await getAllBalances(conn, { account: dave.address });
    expect(all?.balance).toBe(before.balance);

    const moved = await transferAll(conn, { cid, to: zoe.address, signer: dave });
    const event = findEvent(moved, 'EncointerBalances', 'Transferred');
    const amount = (event!.value as unknown[])[3] as bigint;
    const parent = (await conn.client.getBlockHeader(moved.block.hash)).parentHash as `0x${string}`;
    // The state before the block, decayed to the block's number, is exactly what the runtime moved.
    const predicted = await getBalance(conn, {
      cid,
      account: dave.address,
      at: parent,
      blockNumber: moved.block.number,
    });
    expect(amount).toBe(predicted.balance);
    const { events } = await getBlockEvents(conn, { at: moved.block.hash });
    const transferred = events.find((e) => e.name === 'Transferred');
    expect(transferred).toMatchObject({ pallet: 'EncointerBalances', extrinsicIndex: moved.block.index });
    const zoeAfter = await getBalance(conn, { cid, account: zoe.address, at: moved.block.hash });
    expect(zoeAfter.entry).toEqual({ principal: amount, lastUpdate: BigInt(moved.block.number) });
    expect(zoeAfter.balance).toBe(amount);
    expect((await getBalance(conn, { cid, account: dave.address, at: moved.block.hash })).balance).toBe(0n);
    const issuance = await getTotalIssuance(conn, { cid });
    expect(issuance.balance).toBeLessThan(6n * ONE);
    expect(issuance.balance).toBeGreaterThan(6n * ONE - ONE / 1000n);
  });

  it('registers with an automatic self-signed proof of attendance the runtime accepts', async () => {
    expect((await nextPhase(conn, { signer: alice })).phase).toBe('Registering');
    const r = await registerParticipant(conn, { cid, signer: bootstrappers[1]! });
    expect(r.cindex).toBe(2);
    expect(r.proof?.ceremonyIndex).toBe(1);
    expect(r.participantType).toBe('Bootstrapper');
    // The proof's side effect: the reputation at cindex 1 is now linked to ceremony 2.
    expect(
      await getParticipantReputation(conn, { cid, cindex: 1, account: bootstrappers[1]!.address }),
    ).toEqual({
      kind: 'VerifiedLinked',
      linkedTo: 2,
    });
  });

  it('bazaar, democracy and the faucet pallet', async () => {
    const charlie = bootstrappers[2]!;
    await createBusiness(conn, { cid, signer: charlie, url: 'QmBusiness' });
    const offering = await createOffering(conn, { cid, signer: charlie, url: 'QmOffering' });
    expect(offering.oid).toBe(1);
    expect(await getBusinesses(conn, { cid })).toEqual([
      { controller: expect.any(String), url: 'QmBusiness', lastOid: 2 },
    ]);
    expect((await getOfferings(conn, { cid })).map((o) => [o.oid, o.url])).toEqual([[1, 'QmOffering']]);

    const proposal = await submitProposal(conn, {
      signer: charlie,
      action: { type: 'SetInactivityTimeout', timeout: 8 },
    });
    expect(proposal.proposalId).toBe(1n);
    const voted = await vote(conn, {
      signer: charlie,
      proposalId: 1n,
      vote: 'Aye',
      reputations: [{ cid, cindex: 1 }],
    });
    expect(voted.votes).toBe(0n); // cindex 1 is outside the voting window of a proposal started at cindex 2
    expect((await getProposals(conn)).map((p) => [p.id, p.action, p.state])).toEqual([
      [1n, { type: 'SetInactivityTimeout', timeout: 8 }, 'Ongoing'],
    ]);

    const created = await createFaucet(conn, {
      signer: alice,
      name: 'ClientTestFaucet',
      amount: 10n ** 14n,
      dripAmount: 10n ** 12n,
      whitelist: [cid],
    });
    expect(created.faucet).toBe(faucetAccount('ClientTestFaucet'));
    expect((await getFaucets(conn)).map((f) => [f.account, f.name, f.dripAmount])).toEqual([
      [faucetAccount('ClientTestFaucet'), 'ClientTestFaucet', 10n ** 12n],
    ]);
    const dripped = await drip(conn, { signer: charlie, faucet: created.faucet!, cid, cindex: 1 });
    expect(findEvent(dripped, 'EncointerFaucet', 'Dripped')).toBeDefined();
    const twice = await drip(conn, { signer: charlie, faucet: created.faucet!, cid, cindex: 1 }).catch(
      (e: unknown) => e,
    );
    expect(twice).toMatchObject({ pallet: 'EncointerReputationCommitments', error: 'AlreadyCommited' });
  });

  it('second ceremony: newbies beyond the allowance stay unassigned, exactly as the runtime says', async () => {
    const newbies = await Promise.all([1, 2, 3, 4, 5].map((i) => resolveSigner(`//Newbie${i}`)));
    const nonce = await getNextNonce(conn, alice.address);
    await Promise.all(
      newbies.map((n, i) =>
        transferNative(conn, { to: n.address, amount: 10n ** 13n, signer: alice, nonce: nonce + i }),
      ),
    );
    const others = bootstrappers.filter((_, i) => i !== 1); // Bob registered above
    const registered = await Promise.all(
      [...others, ...newbies].map((a) => registerParticipant(conn, { cid, signer: a })),
    );
    expect(registered.map((r) => r.participantType)).toEqual([
      ...others.map(() => 'Bootstrapper'),
      ...newbies.map(() => 'Newbie'),
    ]);
    expect((await nextPhase(conn, { signer: alice })).phase).toBe('Assigning');
    const { meetups, context } = await getMeetups(conn, { cid });
    expect(context.cindex).toBe(2);
    // Newbies ≤ (bootstrappers + reputables + endorsees) / MeetupNewbieLimitDivider (2 on dev) = 3 (ceremonies §7.1).
    expect(context.assignment.counts).toEqual({
      bootstrappers: 6n,
      reputables: 0n,
      endorsees: 0n,
      newbies: 3n,
    });
    expect(meetups.flatMap((m) => m.participants)).toHaveLength(9);
    let unassigned = 0;
    for (const a of [...bootstrappers, ...newbies]) {
      const runtime = await getAggregatedAccountData(conn, {
        cid,
        account: a.address,
        at: context.block.hash,
      });
      const mine = await getAccountMeetup(conn, { cid, account: a.address, at: context.block.hash });
      expect(mine.registration?.class).toBe(runtime.personal?.participantType);
      expect(mine.meetup?.index).toBe(runtime.personal?.meetupIndex);
      expect(mine.meetup?.locationIndex).toBe(runtime.personal?.meetupLocationIndex);
      expect(mine.meetup?.participants.map((p) => p.account)).toEqual(runtime.personal?.meetupRegistry);
      if (mine.meetup === undefined) unassigned++;
    }
    expect(unassigned).toBe(2);
  });
});
