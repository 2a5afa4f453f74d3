// spec: tooling §3.7 (wait for each phase; phases move by phase.py or by the bot), §5 (phase controller), ceremonies §5.4
/**
 * Getting to the next phase step. Either an external controller moves the phases (`encointer phase-controller`,
 * upstream `phase.py`) and the bot polls, or the bot itself calls sudo `next_phase` once its work of a phase is
 * done (`--advance-phases`, the default of `simulate` on chains with Sudo).
 */
import { getChainMetadata } from '../client/common/metadata.js';
import type { CeremonyPhase } from '../client/common/types.js';
import type { Connection } from '../client/connection/connect.js';
import { getSchedulerState } from '../client/scheduler/getSchedulerState.js';
import { nextPhase } from '../client/scheduler/nextPhase.js';
import { EncointerError } from '../primitives/common/errors.js';
import type { BotContext } from './botContext.js';
import { BotStepError } from './errors.js';

/** A phase of a ceremony: the unit of work of the bot. */
export interface PhaseStep {
  readonly cindex: number;
  readonly phase: CeremonyPhase;
}

const POLL_MS = 500;

export const sameStep = (a: PhaseStep | undefined, b: PhaseStep): boolean =>
  a !== undefined && a.cindex === b.cindex && a.phase === b.phase;

/** The chain's current ceremony index and phase. */
export const currentStep = async (conn: Connection): Promise<PhaseStep> => {
  const s = await getSchedulerState(conn);
  return { cindex: s.ceremonyIndex, phase: s.phase };
};

/** Whether the chain has a Sudo pallet (then the bot can advance phases itself on a dev chain). */
export const chainHasSudo = async (conn: Connection): Promise<boolean> =>
  (await getChainMetadata(conn)).hasPallet('Sudo');

export interface ReachParameters {
  /** The phase to reach. */
  readonly phase: CeremonyPhase;
  /** The step done last: the step reached must be a different one. */
  readonly after: PhaseStep | undefined;
  /** Call sudo `next_phase` instead of waiting for someone else to. */
  readonly advance: boolean;
  /** Give up waiting after this long (default: wait forever). */
  readonly timeoutMs?: number;
  /** Stop waiting when aborted (throws PhaseWaitAbortedError). */
  readonly signal?: AbortSignal | undefined;
}

/** Waiting for a phase was interrupted (SIGINT). */
export class PhaseWaitAbortedError extends EncointerError {
  constructor(phase: CeremonyPhase) {
    super('PhaseWaitAborted', `stopped while waiting for ${phase}`);
  }
}

/**
 * Moves on to the next step in `phase` that differs from `after`: by `next_phase` calls (advance mode) or by
 * polling until an external controller gets there.
 */
export const reachPhase = async (ctx: BotContext, p: ReachParameters): Promise<PhaseStep> => {
  const deadline = p.timeoutMs === undefined ? Number.POSITIVE_INFINITY : Date.now() + p.timeoutMs;
  let announced = false;
  for (;;) {
    const step = await currentStep(ctx.conn);
    if (step.phase === p.phase && !sameStep(p.after, step)) return step;
    if (p.advance) {
      ctx.progress.update({ step: 'next phase' });
      const r = await nextPhase(ctx.conn, { signer: ctx.sudo });
      ctx.progress.event('phase', `next_phase → ${r.phase} (block #${r.block.number})`, { next: r.phase });
      continue;
    }
    if (!announced) {
      ctx.progress.update({ step: `waiting for ${p.phase}` });
      ctx.progress.event('wait', `waiting for the phase controller to reach ${p.phase}`, {
        waitFor: p.phase,
      });
      announced = true;
    }
    if (p.signal?.aborted === true) throw new PhaseWaitAbortedError(p.phase);
    if (Date.now() >= deadline) {
      throw new BotStepError(`the chain did not reach ${p.phase} in time: is a phase controller running?`);
    }
    await new Promise((r) => setTimeout(r, POLL_MS));
  }
};
