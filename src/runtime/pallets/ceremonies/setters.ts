// spec: ceremonies §7.11 (privileged setters; the CeremonyMaster origin is checked by the call declaration)
import { isValidMeetupTimeOffset } from '../../../primitives/assignment/index.js';
import type { Env } from '../../framework/pallet.js';
import { CurrentPhase } from '../scheduler/storage.js';
import { fail } from './errors.js';
import {
  EndorsementTicketsPerBootstrapper,
  EndorsementTicketsPerReputable,
  InactivityTimeout,
  LocationTolerance,
  MeetupTimeOffset,
  PALLET,
  ReputationLifetime,
  TimeTolerance,
} from './storage.js';

export const setInactivityTimeout = (env: Env, timeout: number): void => {
  InactivityTimeout.set(env.state, timeout);
  env.deposit(PALLET, { tag: 'InactivityTimeoutUpdated', value: timeout });
};

export const setEndorsementTicketsPerBootstrapper = (env: Env, tickets: number): void => {
  EndorsementTicketsPerBootstrapper.set(env.state, tickets);
  env.deposit(PALLET, { tag: 'EndorsementTicketsPerBootstrapperUpdated', value: tickets });
};

export const setEndorsementTicketsPerReputable = (env: Env, tickets: number): void => {
  EndorsementTicketsPerReputable.set(env.state, tickets);
  env.deposit(PALLET, { tag: 'EndorsementTicketsPerReputableUpdated', value: tickets });
};

export const setReputationLifetime = (env: Env, lifetime: number): void => {
  ReputationLifetime.set(env.state, lifetime);
  env.deposit(PALLET, { tag: 'ReputationLifetimeUpdated', value: lifetime });
};

/** Only while Registering, and within ±8 h, so that no announced meetup time moves. */
export const setMeetupTimeOffset = (env: Env, offset: number): void => {
  if (CurrentPhase.get(env.state) !== 'Registering') throw fail('WrongPhaseForChangingMeetupTimeOffset');
  if (!isValidMeetupTimeOffset(offset)) throw fail('InvalidMeetupTimeOffset');
  MeetupTimeOffset.set(env.state, offset);
  env.deposit(PALLET, { tag: 'MeetupTimeOffsetUpdated', value: offset });
};

/** Stored only: QUIRK ceremonies §10 item 9 — no current logic reads it. */
export const setTimeTolerance = (env: Env, tolerance: bigint): void => {
  TimeTolerance.set(env.state, tolerance);
  env.deposit(PALLET, { tag: 'TimeToleranceUpdated', value: tolerance });
};

/** Stored only: QUIRK ceremonies §10 item 9 — no current logic reads it. */
export const setLocationTolerance = (env: Env, tolerance: number): void => {
  LocationTolerance.set(env.state, tolerance);
  env.deposit(PALLET, { tag: 'LocationToleranceUpdated', value: tolerance });
};
