// spec: ceremonies §5.2 (time-driven progression)
import type { CeremonyPhaseType } from '../../../primitives/scale/scheduler.js';
import type { Env } from '../../framework/pallet.js';
import { Now } from '../timestamp/timestamp.js';
import { CurrentCeremonyIndex, CurrentPhase, NextPhaseTimestamp, PhaseDurations } from './storage.js';

export type CeremonyPhase = CeremonyPhaseType;

export interface ScheduleConfig {
  readonly momentsPerDay: bigint;
  /** `OnCeremonyPhaseChange`, called in order with the new phase (democracy before ceremonies). */
  readonly onPhaseChange: readonly ((env: Env, phase: CeremonyPhase) => void)[];
  /** Records the scheduler's events (`PhaseChangedTo`). */
  readonly deposit: (env: Env, event: SchedulerEvent) => void;
}

export type SchedulerEvent =
  | { tag: 'PhaseChangedTo'; value: CeremonyPhase }
  | { tag: 'CeremonySchedulePushedByOneDay'; value: undefined };

const U32_MAX = 0xffff_ffff;
const NEXT: Record<CeremonyPhase, CeremonyPhase> = {
  Registering: 'Assigning',
  Assigning: 'Attesting',
  Attesting: 'Registering',
};

/** The cycle's phases in order. */
export const PHASES: readonly CeremonyPhase[] = ['Registering', 'Assigning', 'Attesting'];

/** A resync found a cycle of duration 0 (scheduler error `DivisionByZero`). */
export class ZeroCycleError extends Error {
  constructor() {
    super('the ceremony cycle has duration 0');
  }
}

export const cycleDuration = (env: Env): bigint =>
  PHASES.reduce((sum, p) => sum + PhaseDurations.get(env.state, p), 0n);

/** Moves `t` by whole cycles into (now, now + c] when in the past, or [now, now + c) when in the future. */
export const resync = (t: bigint, now: bigint, cycle: bigint): bigint => {
  if (cycle === 0n) throw new ZeroCycleError();
  if (t < now) return t + cycle * ((now - t) / cycle + 1n);
  return t - cycle * ((t - now) / cycle);
};

const resyncAndSet = (env: Env, t: bigint): void => {
  NextPhaseTimestamp.set(env.state, resync(t, Now.get(env.state), cycleDuration(env)));
};

/**
 * Advances to the next phase: increments the ceremony index when leaving Attesting, resyncs the schedule, sets
 * the phase, runs the phase-change hooks and emits `PhaseChangedTo`.
 * QUIRK: ceremonies §10 item 24 — the index is written before the resync, so a failed resync keeps it.
 */
export const progressPhase = (env: Env, config: ScheduleConfig): CeremonyPhase => {
  const current = CurrentPhase.get(env.state);
  const next = NEXT[current];
  if (current === 'Attesting') {
    CurrentCeremonyIndex.mutate(env.state, (c) => Math.min(c + 1, U32_MAX));
  }
  resyncAndSet(env, NextPhaseTimestamp.get(env.state) + PhaseDurations.get(env.state, next));
  CurrentPhase.set(env.state, next);
  for (const hook of config.onPhaseChange) hook(env, next);
  config.deposit(env, { tag: 'PhaseChangedTo', value: next });
  return next;
};

/**
 * The timestamp hook: on the first block it anchors the schedule to midnight UTC of the genesis day; later it
 * changes the phase when its time has strictly passed. At most one phase change per block; errors are only
 * logged, as the hook is not transactional.
 */
export const onTimestampSet = (env: Env, now: bigint, config: ScheduleConfig): void => {
  try {
    const next = NextPhaseTimestamp.get(env.state);
    if (next === 0n) {
      if (CurrentCeremonyIndex.get(env.state) === 0) CurrentCeremonyIndex.set(env.state, 1);
      resyncAndSet(env, now - (now % config.momentsPerDay) + PhaseDurations.get(env.state, 'Registering'));
    } else if (next < now) {
      progressPhase(env, config);
    }
  } catch (e) {
    if (!(e instanceof ZeroCycleError)) throw e;
  }
};
