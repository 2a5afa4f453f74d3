// spec: tooling §3.7 (`execute-current-phase`: one phase step, cron mode), §3.11 (generation A `run`)
import { isReputable } from './agents.js';
import { createBusinessesAndOfferings } from './bazaar.js';
import { type BotContext, saveState } from './botContext.js';
import { currentStep, type PhaseStep, reachPhase, sameStep } from './phaseControl.js';
import { executeAssigning } from './phases/assigning.js';
import { executeAttesting } from './phases/attesting.js';
import { executeRegistering, type RegisteringResult } from './phases/registering.js';
import { MERCHANTS, OFFERINGS_PER_BUSINESS } from './simulate.js';

export interface ExecuteCurrentPhaseParameters {
  /** Run the step even if this directory already ran it. */
  readonly force: boolean;
  /** Call sudo `next_phase` afterwards. */
  readonly advance: boolean;
}

export interface ExecuteCurrentPhaseResult {
  readonly step: PhaseStep;
  /** False when the step had already been executed (and `force` was not given). */
  readonly executed: boolean;
  readonly registering: RegisteringResult | undefined;
  /** The step the chain is in afterwards (differs with `advance`). */
  readonly next: PhaseStep;
}

/**
 * Executes the step of the chain's current phase once. In Registering the bazaar feature runs when the chain's
 * ceremony index is 2 modulo 7, as upstream's auxiliary schedule (only for owners without a business yet).
 * QUIRK: tooling §3.7 — upstream repeated a step when cron ran twice in a phase and re-created existing
 * businesses; the last executed step is remembered in the state file.
 */
export const executeCurrentPhase = async (
  ctx: BotContext,
  p: ExecuteCurrentPhaseParameters,
): Promise<ExecuteCurrentPhaseResult> => {
  const step = await currentStep(ctx.conn);
  ctx.progress.update({ phase: step.phase, cindex: step.cindex, ceremony: String(step.cindex) });
  if (sameStep(ctx.state.lastStep, step) && !p.force) {
    ctx.progress.event('skip', `${step.phase} of ceremony ${step.cindex} was already executed (use --force)`);
    return { step, executed: false, registering: undefined, next: step };
  }
  ctx.log.phase(step.phase, step.cindex);
  let registering: RegisteringResult | undefined;
  if (step.phase === 'Registering') {
    registering = await executeRegistering(ctx, step.cindex, step.cindex);
    if (step.cindex % 7 === 2) {
      const owners = ctx.agents.filter(isReputable).slice(0, MERCHANTS);
      await createBusinessesAndOfferings(ctx, owners, OFFERINGS_PER_BUSINESS);
    }
  } else if (step.phase === 'Assigning') {
    await executeAssigning(ctx, step.cindex);
  } else {
    await executeAttesting(ctx, step.cindex);
  }
  ctx.state.lastStep = step;
  await saveState(ctx);
  const next = p.advance
    ? await reachPhase(ctx, { phase: nextPhaseOf(step.phase), after: step, advance: true })
    : step;
  return { step, executed: true, registering, next };
};

const nextPhaseOf = (phase: PhaseStep['phase']): PhaseStep['phase'] =>
  phase === 'Registering' ? 'Assigning' : phase === 'Assigning' ? 'Attesting' : 'Registering';
