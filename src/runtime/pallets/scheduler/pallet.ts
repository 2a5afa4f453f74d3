// spec: ceremonies §5.4 (calls), reference-metadata-spec30 EncointerScheduler (indices)
import { u64, unnamedField } from '../../../primitives/codec/describe.js';
import { CeremonyPhaseType } from '../../../primitives/scale/scheduler.js';
import { BadOriginError } from '../../framework/errors.js';
import {
  call,
  constant,
  defineErrors,
  defineEvents,
  definePallet,
  type Origin,
  type Pallet,
} from '../../framework/pallet.js';
import { type CeremonyPhase, progressPhase, type ScheduleConfig, ZeroCycleError } from './schedule.js';
import { NextPhaseTimestamp, PhaseDurations, schedulerStorage } from './storage.js';

export const PALLET = 'EncointerScheduler';

export const schedulerErrors = defineErrors(
  PALLET,
  ['pallet_encointer_scheduler', 'pallet', 'Error'],
  [['DivisionByZero', 'a division by zero occurred']],
);

export const schedulerEvents = defineEvents(['pallet_encointer_scheduler', 'pallet', 'Event'], {
  PhaseChangedTo: {
    index: 0,
    fields: unnamedField(CeremonyPhaseType, 'CeremonyPhaseType'),
    docs: ['Phase changed to `[new phase]`'],
  },
  CeremonySchedulePushedByOneDay: { index: 1 },
});

export interface SchedulerConfig {
  readonly momentsPerDay: bigint;
  /** The `CeremonyMaster` origin check (Root on the dev runtime). */
  readonly isCeremonyMaster: (origin: Origin) => boolean;
  readonly onPhaseChange: ScheduleConfig['onPhaseChange'];
}

export const scheduleConfig = (config: SchedulerConfig): ScheduleConfig => ({
  momentsPerDay: config.momentsPerDay,
  onPhaseChange: config.onPhaseChange,
  deposit: (env, event) => env.deposit(PALLET, event),
});

export const createSchedulerPallet = (config: SchedulerConfig): Pallet => {
  const schedule = scheduleConfig(config);
  const master = (origin: Origin) => {
    if (!config.isCeremonyMaster(origin))
      throw new BadOriginError('only the CeremonyMaster may change the schedule');
  };
  return definePallet({
    name: PALLET,
    index: 60,
    callPath: ['pallet_encointer_scheduler', 'pallet', 'Call'],
    storage: schedulerStorage,
    events: schedulerEvents,
    errors: schedulerErrors,
    constants: { MomentsPerDay: constant(u64, config.momentsPerDay) },
    calls: {
      next_phase: call({
        index: 0,
        args: {},
        docs: ['Manually transition to the next phase (CeremonyMaster).'],
        dispatch: (env, origin) => {
          master(origin);
          try {
            progressPhase(env, schedule);
          } catch (e) {
            if (e instanceof ZeroCycleError) throw schedulerErrors.fail('DivisionByZero');
            throw e;
          }
        },
      }),
      push_by_one_day: call({
        index: 1,
        args: {},
        docs: ['Push the next phase change by one day, without a resync (CeremonyMaster).'],
        dispatch: (env, origin) => {
          master(origin);
          const max = (1n << 64n) - 1n;
          NextPhaseTimestamp.mutate(env.state, (t) => {
            const pushed = t + config.momentsPerDay;
            return pushed > max ? max : pushed;
          });
          env.deposit(PALLET, { tag: 'CeremonySchedulePushedByOneDay', value: undefined });
        },
      }),
      set_phase_duration: call({
        index: 2,
        args: { ceremony_phase: CeremonyPhaseType, duration: { type: u64, typeName: 'T::Moment' } },
        dispatch: (env, origin, { ceremony_phase, duration }) => {
          master(origin);
          PhaseDurations.set(env.state, ceremony_phase as CeremonyPhase, duration);
        },
      }),
      set_next_phase_timestamp: call({
        index: 3,
        args: { timestamp: { type: u64, typeName: 'T::Moment' } },
        dispatch: (env, origin, { timestamp }) => {
          master(origin);
          NextPhaseTimestamp.set(env.state, timestamp);
        },
      }),
    },
  });
};
