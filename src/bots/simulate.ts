// spec: tooling §3.7 (`simulate`: per ceremony Registering → Assigning → Attesting, auxiliary features, invariants)
import { getTotalIssuance } from '../client/balances/getTotalIssuance.js';
import { getBusinesses } from '../client/bazaar/getBusinesses.js';
import { getProposals } from '../client/democracy/getProposals.js';
import type { Account } from '../client/keystore/types.js';
import { isReputable } from './agents.js';
import { createBusinessesAndOfferings } from './bazaar.js';
import { type BotContext, communityOf, saveState } from './botContext.js';
import { InvariantFailedError } from './errors.js';
import { Heartbeat } from './heartbeat.js';
import { checkInvariants } from './invariants.js';
import { type PhaseStep, reachPhase } from './phaseControl.js';
import { executeAssigning } from './phases/assigning.js';
import { executeAttesting } from './phases/attesting.js';
import { executeRegistering } from './phases/registering.js';
import type { StatsRow } from './stats.js';

/** Merchants created by the c = 2 bazaar feature (tooling §3.7). */
export const MERCHANTS = 5;
/** Offerings per business of the bazaar feature. */
export const OFFERINGS_PER_BUSINESS = 1;

export interface SimulateParameters {
  /** Ceremonies to run; 0 = forever. */
  readonly ceremonies: number;
  readonly assertInvariants: boolean;
  /** Stop at the first failed invariant instead of collecting them. */
  readonly failFast: boolean;
  /** Call sudo `next_phase` after each phase's work instead of waiting for a phase controller. */
  readonly advancePhases: boolean;
  /** Heartbeat account (only used without `advancePhases`). */
  readonly heartbeat?: Account | undefined;
  /** Heartbeat period (default 4 s as upstream); shorter for fast blocks and a small idle window. */
  readonly heartbeatMs?: number | undefined;
  /** Called after each ceremony. */
  readonly onCeremony?: ((summary: CeremonySummary) => void) | undefined;
  /** Stops the run before the next phase step once aborted (SIGINT); the step under way finishes. */
  readonly signal?: AbortSignal | undefined;
}

export interface CeremonySummary {
  readonly ceremony: number;
  readonly cindex: number;
  readonly row: StatsRow;
  readonly failures: readonly string[];
  readonly ms: number;
  /** Transactions submitted during the ceremony. */
  readonly transactions: number;
}

export interface SimulateResult {
  readonly ceremonies: readonly CeremonySummary[];
  readonly failures: readonly string[];
  /** True when the signal stopped the run early. */
  readonly interrupted: boolean;
}

/** Base auxiliary features by local ceremony (tooling §3.7); the bazaar is the one implemented. */
const auxiliary = async (ctx: BotContext, c: number): Promise<void> => {
  if (c !== 2) return;
  const owners = ctx.agents.filter(isReputable).slice(0, MERCHANTS);
  const r = await createBusinessesAndOfferings(ctx, owners, OFFERINGS_PER_BUSINESS);
  ctx.progress.event(
    'bazaar',
    `bazaar: ${r.businesses} business(es), ${r.offerings} offering(s) registered`,
    {
      businesses: r.businesses,
      offerings: r.offerings,
    },
  );
};

const evaluate = async (
  ctx: BotContext,
  c: number,
  row: StatsRow,
  previous: { assigned: number; rewarded: number } | undefined,
) => {
  const cid = communityOf(ctx);
  const [issuance, businesses, proposals] = await Promise.all([
    getTotalIssuance(ctx.conn, { cid, at: row.block.hash as `0x${string}` }),
    getBusinesses(ctx.conn, { cid }),
    getProposals(ctx.conn),
  ]);
  return checkInvariants({
    ceremony: c,
    population: row.population,
    totalSupplyBits: row.totalSupplyBits,
    totalIssuanceBits: issuance.balance,
    merchants: ctx.agents.filter((a) => a.record.hasBusiness).length,
    businessesOnChain: businesses.length,
    proposals,
    previous,
  });
};

/**
 * Runs ceremonies: waits for (or moves to) each phase, executes its step, and after Attesting runs the
 * auxiliary feature of the ceremony and checks the invariants. Failed invariants are collected and thrown at the
 * end as InvariantFailedError (at once with `failFast`).
 */
export const simulate = async (ctx: BotContext, p: SimulateParameters): Promise<SimulateResult> => {
  const summaries: CeremonySummary[] = [];
  const failures: string[] = [];
  const heartbeat =
    !p.advancePhases && p.heartbeat !== undefined
      ? new Heartbeat(ctx, p.heartbeat, p.heartbeatMs)
      : undefined;
  let last: PhaseStep | undefined = ctx.state.lastStep;
  /** Reaches `phase`, does `work` with the heartbeat on, and remembers the step as done. */
  const step = async <T>(
    phase: PhaseStep['phase'],
    status: Record<string, string>,
    work: (cindex: number) => Promise<T>,
  ): Promise<{ at: PhaseStep; result: T }> => {
    const at = await reachPhase(ctx, { phase, after: last, advance: p.advancePhases, signal: stop });
    ctx.log.phase(phase, at.cindex);
    ctx.progress.update({ phase, cindex: at.cindex, ...status });
    heartbeat?.start();
    try {
      const result = await work(at.cindex);
      last = at;
      ctx.state.lastStep = at;
      await saveState(ctx);
      return { at, result };
    } finally {
      heartbeat?.stop();
    }
  };
  const total = p.ceremonies === 0 ? '∞' : String(p.ceremonies);
  const stop = p.signal;
  // A function, so that TypeScript does not narrow `aborted` across the awaits.
  const interrupted = (): boolean => stop?.aborted === true;
  for (let c = 1; (p.ceremonies === 0 || c <= p.ceremonies) && !interrupted(); c++) {
    const started = Date.now();
    const sent = ctx.txs.counters.submitted;
    ctx.log.banner(`CEREMONY ${c}`);
    const { at: reg, result: r } = await step('Registering', { ceremony: `${c}/${total}` }, (cindex) =>
      executeRegistering(ctx, c, cindex),
    );
    if (interrupted()) break;
    await step('Assigning', {}, (cindex) => executeAssigning(ctx, cindex));
    if (interrupted()) break;
    const { result: a } = await step('Attesting', {}, async (cindex) => {
      const attested = await executeAttesting(ctx, cindex);
      await auxiliary(ctx, c);
      const failed = p.assertInvariants ? await evaluate(ctx, c, r.row, r.previous) : [];
      return { ...attested, failed };
    });
    const failed = a.failed;

    const summary: CeremonySummary = {
      ceremony: c,
      cindex: reg.cindex,
      row: r.row,
      failures: failed,
      ms: Date.now() - started,
      transactions: ctx.txs.counters.submitted - sent,
    };
    summaries.push(summary);
    ctx.log.note(
      `ceremony ${c} (cindex ${reg.cindex}): population ${r.row.population}, reputables ${r.row.reputables}, money supply ${r.row.totalSupplyText}, businesses ${r.row.businesses}, attendees ${a.attendees} in ${a.meetups} meetup(s), ${summary.transactions} transactions in ${summary.ms} ms`,
    );
    for (const f of failed) ctx.progress.event('invariant', `INVARIANT FAILED: ${f}`, { failure: f });
    failures.push(...failed);
    p.onCeremony?.(summary);
    if (p.failFast && failures.length > 0) throw new InvariantFailedError(failures);
  }
  if (interrupted()) ctx.progress.event('stop', `stopped by ${String(stop?.reason)}`);
  if (failures.length > 0) throw new InvariantFailedError(failures);
  return { ceremonies: summaries, failures, interrupted: interrupted() };
};
