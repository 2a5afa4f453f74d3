// spec: ceremonies §9.13 "Scheduler", §5.2 resync, §10 items 24 and 26
import { describe, expect, it } from 'vitest';
import { NONE, type Origin, ROOT, signed } from '../../framework/pallet.js';
import { Runtime } from '../../framework/runtime.js';
import { createTestEnv } from '../../framework/testEnv.js';
import { createTimestampPallet, DidUpdate } from '../timestamp/timestamp.js';
import { createSchedulerPallet, scheduleConfig } from './pallet.js';
import { type CeremonyPhase, onTimestampSet, resync } from './schedule.js';
import { CurrentCeremonyIndex, CurrentPhase, NextPhaseTimestamp, PhaseDurations } from './storage.js';

const MIN = 60_000n;
const DAY = 86_400_000n;
const bob = new Uint8Array(32).fill(2);

const setup = (duration: bigint) => {
  const hooked: CeremonyPhase[] = [];
  const schedulerConfig = {
    momentsPerDay: DAY,
    isCeremonyMaster: (o: Origin) => o.kind === 'Root',
    onPhaseChange: [(_env: unknown, p: CeremonyPhase) => void hooked.push(p)],
  };
  const schedule = scheduleConfig(schedulerConfig);
  const timestamp = createTimestampPallet({
    minimumPeriod: 1n,
    onTimestampSet: [(env, now) => onTimestampSet(env, now, schedule)],
  });
  const runtime = new Runtime({
    crate: 'test',
    pallets: [timestamp, createSchedulerPallet(schedulerConfig)],
  });
  const env = createTestEnv(runtime);
  CurrentCeremonyIndex.set(env.state, 1);
  for (const p of ['Registering', 'Assigning', 'Attesting'] as const)
    PhaseDurations.set(env.state, p, duration);
  /** Runs a block whose timestamp inherent sets `now`. */
  const block = (now: bigint) => {
    DidUpdate.remove(env.state);
    const r = env.apply(NONE, { tag: 'Timestamp', value: { tag: 'set', value: { now } } });
    expect(r).toEqual({ ok: true });
  };
  const call = (origin: Origin, name: string, args: object = {}) =>
    env.apply(origin, { tag: 'EncointerScheduler', value: { tag: name, value: args } });
  const position = () => [CurrentCeremonyIndex.get(env.state), CurrentPhase.get(env.state)];
  return { env, block, call, position, hooked };
};

describe('scheduler (ceremonies §9.13)', () => {
  it('next_phase three times cycles back to Registering of the next ceremony, calling hooks in order', () => {
    const s = setup(DAY);
    expect(s.call(ROOT, 'next_phase')).toEqual({ ok: true });
    expect(s.position()).toEqual([1, 'Assigning']);
    s.call(ROOT, 'next_phase');
    expect(s.position()).toEqual([1, 'Attesting']);
    s.call(ROOT, 'next_phase');
    expect(s.position()).toEqual([2, 'Registering']);
    expect(s.hooked).toEqual(['Assigning', 'Attesting', 'Registering']);
    expect(s.env.eventsOf('EncointerScheduler').map((e) => e.value)).toEqual([
      'Assigning',
      'Attesting',
      'Registering',
    ]);
  });

  it('timestamp_callback_works: anchors to midnight, then changes phase once per passed deadline', () => {
    const GENESIS = 1_585_058_843_000n;
    const s = setup(DAY);
    s.block(GENESIS);
    expect(NextPhaseTimestamp.get(s.env.state)).toBe(1_585_094_400_000n);
    expect(s.position()).toEqual([1, 'Registering']);
    s.block(GENESIS + DAY);
    expect(s.position()).toEqual([1, 'Assigning']);
    s.block(GENESIS + 2n * DAY);
    expect(s.position()).toEqual([1, 'Attesting']);
    s.block(GENESIS + 3n * DAY);
    expect(s.position()).toEqual([2, 'Registering']);
  });

  it.each([
    [1n, 10n * MIN],
    [60n * MIN + 1n, 70n * MIN],
    [70n * MIN + 1n, 100n * MIN],
    [80n * MIN + 1n, 100n * MIN],
  ])('first block at %s with TEN_MIN phases schedules the next change at %s', (t, next) => {
    const s = setup(10n * MIN);
    s.block(t);
    expect(NextPhaseTimestamp.get(s.env.state)).toBe(next);
    expect(s.position()).toEqual([1, 'Registering']);
  });

  it('resyncs after next_phase so the rhythm stays anchored (durations 1 day, genesis 0)', () => {
    const s = setup(DAY);
    s.block(0n);
    const at = (t: bigint) => s.block(t);
    at(10n * MIN);
    s.call(ROOT, 'next_phase');
    expect([...s.position(), NextPhaseTimestamp.get(s.env.state)]).toEqual([1, 'Assigning', 2n * DAY]);
    at(20n * MIN);
    s.call(ROOT, 'next_phase');
    expect([...s.position(), NextPhaseTimestamp.get(s.env.state)]).toEqual([1, 'Attesting', 3n * DAY]);
    at(30n * MIN);
    s.call(ROOT, 'next_phase');
    expect([...s.position(), NextPhaseTimestamp.get(s.env.state)]).toEqual([2, 'Registering', DAY]);
  });

  it.each([
    ['Assigning', DAY + 10n * MIN, 2n * DAY],
    ['Attesting', 2n * DAY + 10n * MIN, 3n * DAY],
  ] as const)('three next_phase calls from %s come back to it with the schedule intact', (phase, t, next) => {
    const s = setup(DAY);
    s.block(0n);
    s.block(DAY + 1n);
    if (phase === 'Attesting') s.block(2n * DAY + 1n);
    expect(s.position()).toEqual([1, phase]);
    s.block(t);
    for (let i = 0; i < 3; i++) expect(s.call(ROOT, 'next_phase')).toEqual({ ok: true });
    expect([...s.position(), NextPhaseTimestamp.get(s.env.state)]).toEqual([2, phase, next]);
  });

  it('push_by_one_day moves the deadline without a resync and emits its event', () => {
    const s = setup(DAY);
    s.block(1n);
    s.call(ROOT, 'push_by_one_day');
    expect(NextPhaseTimestamp.get(s.env.state)).toBe(2n * DAY);
    expect(s.position()).toEqual([1, 'Registering']);
    expect(s.env.eventsOf('EncointerScheduler')).toEqual([
      { tag: 'CeremonySchedulePushedByOneDay', value: undefined },
    ]);
  });

  it('setters store their values; anyone but the master gets BadOrigin', () => {
    const s = setup(DAY);
    s.call(ROOT, 'set_phase_duration', { ceremony_phase: 'Registering', duration: 10n });
    s.call(ROOT, 'set_phase_duration', { ceremony_phase: 'Assigning', duration: 11n });
    s.call(ROOT, 'set_phase_duration', { ceremony_phase: 'Attesting', duration: 12n });
    s.call(ROOT, 'set_phase_duration', { ceremony_phase: 'Registering', duration: 13n });
    expect(
      ['Registering', 'Assigning', 'Attesting'].map((p) =>
        PhaseDurations.get(s.env.state, p as CeremonyPhase),
      ),
    ).toEqual([13n, 11n, 12n]);
    s.call(ROOT, 'set_next_phase_timestamp', { timestamp: 10n });
    s.call(ROOT, 'set_next_phase_timestamp', { timestamp: 11n });
    expect(NextPhaseTimestamp.get(s.env.state)).toBe(11n);
    for (const [name, args] of [
      ['next_phase', {}],
      ['push_by_one_day', {}],
      ['set_phase_duration', { ceremony_phase: 'Registering', duration: 1n }],
      ['set_next_phase_timestamp', { timestamp: 1n }],
    ] as const) {
      expect(s.call(signed(bob), name, args)).toMatchObject({ ok: false, error: { tag: 'BadOrigin' } });
    }
  });

  it('next_phase with a zero cycle fails with DivisionByZero and changes nothing', () => {
    const s = setup(0n);
    const r = s.call(ROOT, 'next_phase');
    expect(r).toMatchObject({ ok: false, error: { tag: 'Module', value: { index: 60 } } });
    expect(s.position()).toEqual([1, 'Registering']);
  });

  it('QUIRK §10.24: a failed resync in the timestamp hook keeps the incremented ceremony index', () => {
    const s = setup(DAY);
    s.block(0n);
    s.block(10n * MIN);
    s.call(ROOT, 'next_phase');
    s.call(ROOT, 'next_phase');
    expect(s.position()).toEqual([1, 'Attesting']);
    for (const p of ['Registering', 'Assigning', 'Attesting'] as const)
      PhaseDurations.set(s.env.state, p, 0n);
    s.block(10n * DAY);
    expect(s.position()).toEqual([2, 'Attesting']);
  });

  it('resync lands in (now, now + c] from the past and [now, now + c) from the future', () => {
    expect(resync(5n, 100n, 30n)).toBe(125n);
    expect(resync(100n, 100n, 30n)).toBe(100n);
    expect(resync(190n, 100n, 30n)).toBe(100n);
    expect(resync(189n, 100n, 30n)).toBe(129n);
    expect(() => resync(1n, 2n, 0n)).toThrow();
  });
});
