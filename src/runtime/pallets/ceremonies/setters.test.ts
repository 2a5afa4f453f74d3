// spec: ceremonies §7.11 (privileged setters), §7.2 genesis fields, §8 parameter values, §7.13 / QUIRK §10.9
import { describe, expect, it } from 'vitest';
import { toHex } from '../../../primitives/common/bytes.js';
import { ONE } from '../../../primitives/fixed/fixed.js';
import { type Origin, ROOT } from '../../framework/pallet.js';
import { MemoryState, OverlayState } from '../../framework/state.js';
import { applyCeremoniesGenesis, DEV_CEREMONIES_GENESIS } from './genesis.js';
import { getAggregatedAccountData } from './runtimeApi.js';
import {
  CeremonyReward,
  EndorsementTicketsPerBootstrapper,
  EndorsementTicketsPerReputable,
  InactivityTimeout,
  LocationTolerance,
  MeetupTimeOffset,
  ReputationLifetime,
  TimeTolerance,
} from './storage.js';
import { ALICE, DAY, err, SIX, setup } from './testRuntime.js';

const SETTERS = [
  ['set_inactivity_timeout', 'inactivity_timeout', 7, InactivityTimeout, 'InactivityTimeoutUpdated'],
  [
    'set_endorsement_tickets_per_bootstrapper',
    'endorsement_tickets_per_bootstrapper',
    9,
    EndorsementTicketsPerBootstrapper,
    'EndorsementTicketsPerBootstrapperUpdated',
  ],
  [
    'set_endorsement_tickets_per_reputable',
    'endorsement_tickets_per_reputable',
    4,
    EndorsementTicketsPerReputable,
    'EndorsementTicketsPerReputableUpdated',
  ],
  ['set_reputation_lifetime', 'reputation_lifetime', 12, ReputationLifetime, 'ReputationLifetimeUpdated'],
  ['set_meetup_time_offset', 'meetup_time_offset', -3_600_000, MeetupTimeOffset, 'MeetupTimeOffsetUpdated'],
  ['set_time_tolerance', 'time_tolerance', 1_234n, TimeTolerance, 'TimeToleranceUpdated'],
  ['set_location_tolerance', 'location_tolerance', 55, LocationTolerance, 'LocationToleranceUpdated'],
] as const;

describe('privileged setters (ceremonies §7.11)', () => {
  it.each(SETTERS)(
    '%s stores the value and emits its event; others get BadOrigin',
    (name, arg, value, item, event) => {
      const s = setup();
      const signedAlice: Origin = s.as(ALICE);
      expect(s.call(signedAlice, name, { [arg]: value })).toBe('BadOrigin');
      expect(s.call(ROOT, name, { [arg]: value })).toBe('ok');
      expect((item as { get: (st: unknown) => unknown }).get(s.env.state)).toBe(value);
      expect(s.lastEvent()).toEqual({ tag: event, value });
    },
  );

  it('set_meetup_time_offset: only while Registering, within ±8 h', () => {
    const s = setup();
    const set = (offset: number) => s.call(ROOT, 'set_meetup_time_offset', { meetup_time_offset: offset });
    expect(set(28_800_001)).toBe(err('InvalidMeetupTimeOffset'));
    expect(set(-28_800_001)).toBe(err('InvalidMeetupTimeOffset'));
    expect(set(28_800_000)).toBe('ok');
    expect(set(-28_800_000)).toBe('ok');
    s.goTo('Assigning');
    expect(set(0)).toBe(err('WrongPhaseForChangingMeetupTimeOffset'));
    s.goTo('Attesting');
    expect(set(0)).toBe(err('WrongPhaseForChangingMeetupTimeOffset'));
    expect(MeetupTimeOffset.get(s.env.state)).toBe(-28_800_000);
  });

  it('the meetup time offset shifts every meetup time', () => {
    const s = setup();
    const cid = s.newCommunity();
    for (const b of SIX) s.register(b, cid);
    expect(s.call(ROOT, 'set_meetup_time_offset', { meetup_time_offset: -3_600_000 })).toBe('ok');
    s.goTo('Attesting');
    const time = getAggregatedAccountData(s.env.state, s.config, cid, ALICE.id).personal?.meetup_time;
    expect(time).toBe(DAY + 179n * 240_000n - 3_600_000n);
  });

  it('QUIRK §10.9: the time and location tolerances are stored but change nothing', () => {
    const s = setup();
    const cid = s.newCommunity();
    for (const b of SIX) s.register(b, cid);
    expect(s.call(ROOT, 'set_time_tolerance', { time_tolerance: 0n })).toBe('ok');
    expect(s.call(ROOT, 'set_location_tolerance', { location_tolerance: 0 })).toBe('ok');
    s.goTo('Attesting');
    s.attestAll(cid, SIX);
    expect(s.claim(ALICE, cid)).toBe('ok');
    expect(s.lastEvent()).toEqual({ tag: 'RewardsIssued', value: [cid, 1n, 6] });
  });
});

describe('genesis (ceremonies §7.2, §8; reference-metadata-spec30 genesis storage)', () => {
  it('writes every field; the dev values encode as in the reference genesis', () => {
    const state = new OverlayState(new MemoryState());
    applyCeremoniesGenesis(state, DEV_CEREMONIES_GENESIS);
    const raw = (item: { key: () => string }) => toHex(state.get(item.key())!);
    expect(CeremonyReward.get(state)).toBe(ONE);
    expect(raw(CeremonyReward)).toBe('0x00000000000000000100000000000000');
    expect(raw(EndorsementTicketsPerBootstrapper)).toBe('0x05');
    expect(raw(EndorsementTicketsPerReputable)).toBe('0x05');
    expect(InactivityTimeout.get(state)).toBe(168_500);
    expect(LocationTolerance.get(state)).toBe(1_000);
    expect(raw(MeetupTimeOffset)).toBe('0x00000000');
    expect(ReputationLifetime.get(state)).toBe(337);
    expect(TimeTolerance.get(state)).toBe(600_000n);
  });
});
