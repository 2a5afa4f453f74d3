// spec: tooling §3.6 (Registering: claims, proposal updates, stats row, growth, registration of everybody)
import { getAssignment } from '../../client/ceremonies/getAssignment.js';
import { getBootstrapperTickets } from '../../client/ceremonies/getBootstrapperTickets.js';
import { getIssuedRewards } from '../../client/ceremonies/getIssuedRewards.js';
import { getMeetups } from '../../client/ceremonies/getMeetups.js';
import { signProofOfAttendance, toPapiProof } from '../../client/ceremonies/proofOfAttendance.js';
import { toAddress, toPapiCid } from '../../client/common/convert.js';
import { getReputationEntries } from '../../client/reputation/getReputationEntries.js';
import { isUsableFor, isVerified, type Reputation } from '../../client/reputation/types.js';
import { type Agent, createAgents } from '../agents.js';
import { accountKey, agentIndex, type BotContext, communityOf, saveState } from '../botContext.js';
import { updateProposals } from '../democracy.js';
import { type GrowthPlan, planGrowth } from '../growthPolicy.js';
import { appendStats, type StatsRow, takeStats } from '../stats.js';
import type { TxRequest } from '../tx/txBatch.js';
import { runStep } from '../txStep.js';

export interface RegisteringResult {
  readonly row: StatsRow;
  readonly growth: GrowthPlan;
  /** Registrations that went through, per participant class. */
  readonly registered: Readonly<Record<string, number>>;
  /** The previous ceremony: how many were assigned to meetups and how many were rewarded. */
  readonly previous: { readonly assigned: number; readonly rewarded: number } | undefined;
}

/**
 * Claims the rewards of every meetup of ceremony `cindex` that is not claimed yet (one claim per meetup, by one
 * of its agents; early claims in Attesting usually did it already).
 * QUIRK: tooling §3.6 step 1 — upstream had every agent claim and expected "already claimed" failures; one claim
 * per unclaimed meetup does the same without the failed, fee-paying extrinsics.
 */
export const claimMeetups = async (ctx: BotContext, cindex: number, label: string): Promise<void> => {
  const cid = communityOf(ctx);
  const [{ meetups }, issued] = await Promise.all([
    getMeetups(ctx.conn, { cid, cindex }),
    getIssuedRewards(ctx.conn, { cid, cindex }),
  ]);
  const byKey = agentIndex(ctx);
  const requests: TxRequest<bigint>[] = [];
  for (const m of meetups) {
    if (issued.has(m.index)) continue;
    const claimant = m.participants.map((p) => byKey.get(accountKey(p.account))).find((a) => a !== undefined);
    if (claimant === undefined) continue;
    requests.push({
      signer: claimant.account,
      call: ctx.conn.api.tx.EncointerCeremonies.claim_rewards({
        cid: toPapiCid(cid),
        maybe_meetup_index: m.index,
      }),
      tag: m.index,
    });
  }
  await runStep(ctx, label, requests, { expected: ['RewardsAlreadyIssued', 'EarlyRewardsNotPossible'] });
};

/** Assigned and rewarded counts of a past ceremony (for the invariants). */
const previousCeremony = async (ctx: BotContext, cindex: number) => {
  const cid = communityOf(ctx);
  const [assignment, reputations] = await Promise.all([
    getAssignment(ctx.conn, { cid, cindex }),
    getReputationEntries(ctx.conn, { cid, cindex }),
  ]);
  const c = assignment.counts;
  const assigned = Number(c.bootstrappers + c.reputables + c.endorsees + c.newbies);
  // Rewarded attendances are VerifiedUnlinked, or VerifiedLinked once used as proof.
  return { assigned, rewarded: reputations.filter((r) => isVerified(r.reputation)).length };
};

/** Creates the accounts of the growth plan, funds them and has the bootstrappers endorse the endorsees. */
const grow = async (ctx: BotContext, plan: GrowthPlan, cindex: number): Promise<void> => {
  const keystore = ctx.dir.keystore;
  const endorsees = await createAgents({
    keystore,
    state: ctx.state,
    count: plan.endorsees,
    role: 'newbie',
    endorsed: true,
    cindex,
  });
  const newbies = await createAgents({
    keystore,
    state: ctx.state,
    count: plan.newbies,
    role: 'newbie',
    cindex,
  });
  const fresh = [...endorsees, ...newbies];
  ctx.agents.push(...fresh);
  await saveState(ctx);
  ctx.progress.update({ population: ctx.agents.length, step: 'funding' });
  const funded = await ctx.funder.fund(fresh.map((a) => a.account.address));
  ctx.progress.event(
    'funding',
    `funded ${fresh.length} new account(s): ${funded.viaFaucet} by the faucet, ${funded.direct} directly${
      funded.faucetNote === undefined ? '' : ` (${funded.faucetNote})`
    }${funded.failed.length > 0 ? `, ${funded.failed.length} FAILED` : ''}`,
    {
      viaFaucet: funded.viaFaucet,
      direct: funded.direct,
      failed: funded.failed.length,
      faucetNote: funded.faucetNote,
    },
  );
  const byKey = agentIndex(ctx);
  const cid = communityOf(ctx);
  const requests: TxRequest<string>[] = [];
  let next = 0;
  for (const slice of plan.endorsements) {
    const endorser = byKey.get(accountKey(slice.endorser));
    const batch = endorsees.slice(next, next + slice.count);
    next += slice.count;
    if (endorser === undefined) continue;
    for (const e of batch) {
      requests.push({
        signer: endorser.account,
        call: ctx.conn.api.tx.EncointerCeremonies.endorse_newcomer({
          cid: toPapiCid(cid),
          newbie: toAddress(e.account.accountId),
        }),
        tag: e.record.address,
      });
    }
  }
  await runStep(ctx, 'endorse', requests);
};

/** The registration call of an agent: with a self-signed proof when it holds a usable reputation of cindex−1. */
const registration = (
  ctx: BotContext,
  agent: Agent,
  cindex: number,
  previous: ReadonlyMap<string, Reputation>,
): TxRequest<Agent> => {
  const cid = communityOf(ctx);
  const rep = previous.get(accountKey(agent.record.address));
  const proof =
    rep !== undefined && cindex > 1 && isUsableFor(rep, cindex)
      ? toPapiProof(signProofOfAttendance({ attendee: agent.account, cid, ceremonyIndex: cindex - 1 }))
      : undefined;
  return {
    signer: agent.account,
    call: ctx.conn.api.tx.EncointerCeremonies.register_participant({ cid: toPapiCid(cid), proof }),
    tag: agent,
  };
};

const registeredClass = (events: readonly { pallet: string; name: string; value: unknown }[]) => {
  const e = events.find((x) => x.pallet === 'EncointerCeremonies' && x.name === 'ParticipantRegistered');
  return e === undefined ? undefined : ((e.value as unknown[])[1] as { type: string }).type;
};

/** Registers every agent; accounts refused for lack of funds are funded again and retried once. */
const registerEverybody = async (ctx: BotContext, cindex: number): Promise<Record<string, number>> => {
  const cid = communityOf(ctx);
  const previous = new Map<string, Reputation>();
  if (cindex > 1) {
    for (const r of await getReputationEntries(ctx.conn, { cid, cindex: cindex - 1 })) {
      previous.set(accountKey(r.account), r.reputation);
    }
  }
  const first = await runStep(
    ctx,
    'register',
    ctx.agents.map((a) => registration(ctx, a, cindex, previous)),
    { expected: ['ParticipantAlreadyRegistered'] },
  );
  const outcomes = [...first.outcomes];
  const broke = first.outcomes
    .filter((o) => o.status === 'rejected' && /Payment|pay/i.test(o.error ?? ''))
    .map((o) => o.request.tag);
  if (broke.length > 0) {
    // QUIRK: tooling §3.6 step 5 — upstream re-funded accounts failing with exit 51 and registered them again.
    await ctx.funder.fund(broke.map((a) => a.account.address));
    const retry = await runStep(
      ctx,
      're-register after funding',
      broke.map((a) => registration(ctx, a, cindex, previous)),
    );
    outcomes.push(...retry.outcomes);
  }
  const counts: Record<string, number> = {};
  for (const o of outcomes) {
    const cls = o.status === 'ok' ? registeredClass(o.events) : undefined;
    if (cls !== undefined) counts[cls] = (counts[cls] ?? 0) + 1;
  }
  return counts;
};

/**
 * The Registering step of ceremony `cindex` (local counter `ceremony`): claims of the previous ceremony, proposal
 * updates, the stats row, growth (once there is income) and the registration of every agent.
 */
export const executeRegistering = async (
  ctx: BotContext,
  ceremony: number,
  cindex: number,
): Promise<RegisteringResult> => {
  if (cindex > 1) await claimMeetups(ctx, cindex - 1, `claim rewards of ceremony ${cindex - 1}`);
  await updateProposals(ctx);
  const previous = cindex > 1 ? await previousCeremony(ctx, cindex - 1) : undefined;
  const row = await takeStats(ctx, ceremony, cindex);
  await appendStats(ctx.dir, row);
  ctx.progress.event(
    'stats',
    `stats: population ${row.population}, total supply ${row.totalSupply} (${row.totalSupplyText}), businesses ${row.businesses}`,
    {
      population: row.population,
      supply: row.totalSupplyText,
      businesses: row.businesses,
      block: row.block.number,
    },
  );
  let growth: GrowthPlan = { endorsements: [], endorsees: 0, newbies: 0 };
  // Upstream compares the rounded supply: growth starts with the first whole unit of income.
  if (row.totalSupply > 0) {
    const tickets = await getBootstrapperTickets(ctx.conn, { cid: communityOf(ctx) });
    growth = planGrowth({
      population: row.population,
      totalSupply: row.totalSupply,
      maxPopulation: ctx.state.maxPopulation,
      tickets,
    });
    if (growth.endorsees === 0) {
      ctx.progress.event(
        'growth',
        "Can't endorse anymore: the bootstrappers have no endorsement tickets left",
      );
    }
    ctx.progress.event(
      'growth',
      `growth: ${growth.endorsees} endorsee(s), ${growth.newbies} newbie(s) (population ${row.population}, max ${ctx.state.maxPopulation})`,
      { endorsees: growth.endorsees, newbies: growth.newbies },
    );
    await grow(ctx, growth, cindex);
  }
  const registered = await registerEverybody(ctx, cindex);
  ctx.log.note(
    `registered: ${Object.entries(registered)
      .map(([k, v]) => `${k} ${v}`)
      .join(', ')}`,
  );
  await saveState(ctx);
  return { row, growth, registered, previous };
};
