// spec: ceremonies §7.2 (registries, swap-remove), §7.3 (classification in `register`, target cindex)
import type { AssignmentCount, ParticipantRef } from '../../../primitives/assignment/index.js';
import { bytesEqual } from '../../../primitives/common/bytes.js';
import type { ParticipantType } from '../../../primitives/scale/index.js';
import type { Env } from '../../framework/pallet.js';
import type { OverlayState, StateReader } from '../../framework/state.js';
import type { AccountId } from '../../types/substrate.js';
import { getBootstrappers } from '../communities/communities.js';
import { totalIssuance } from '../encointerBalances/balances.js';
import { CurrentCeremonyIndex, CurrentPhase } from '../scheduler/storage.js';
import { fail } from './errors.js';
import { isEndorsed } from './reputation.js';
import {
  BootstrapperCount,
  BootstrapperIndex,
  BootstrapperRegistry,
  type CommunityCeremony,
  EndorseeCount,
  EndorseeIndex,
  EndorseeRegistry,
  Endorsees,
  NewbieCount,
  NewbieIndex,
  NewbieRegistry,
  ReputableCount,
  ReputableIndex,
  ReputableRegistry,
} from './storage.js';

const U64_MAX = (1n << 64n) - 1n;

/** The three items of one participant class. */
const REGISTRIES = {
  Bootstrapper: { registry: BootstrapperRegistry, index: BootstrapperIndex, count: BootstrapperCount },
  Reputable: { registry: ReputableRegistry, index: ReputableIndex, count: ReputableCount },
  Endorsee: { registry: EndorseeRegistry, index: EndorseeIndex, count: EndorseeCount },
  Newbie: { registry: NewbieRegistry, index: NewbieIndex, count: NewbieCount },
} as const;

/** Lookup order of the classes (the reference checks the index maps in this order). */
const CLASSES: readonly ParticipantType[] = ['Bootstrapper', 'Reputable', 'Endorsee', 'Newbie'];

/** The registration of `who` for the community ceremony: class and 1-based index, or `undefined`. */
export const registrationOf = (
  state: StateReader,
  cc: CommunityCeremony,
  who: AccountId,
): ParticipantRef | undefined => {
  for (const c of CLASSES) {
    const index = REGISTRIES[c].index.get(state, cc, who);
    if (index !== 0n) return { class: c, index };
  }
  return undefined;
};

/** The participant type `who` is registered as, or `undefined`. */
export const participantTypeOf = (
  state: StateReader,
  cc: CommunityCeremony,
  who: AccountId,
): ParticipantType | undefined => registrationOf(state, cc, who)?.class;

/** The account at a registry slot, or `undefined` if the slot is empty. */
export const accountAt = (
  state: StateReader,
  cc: CommunityCeremony,
  ref: ParticipantRef,
): AccountId | undefined => REGISTRIES[ref.class].registry.get(state, cc, ref.index);

/** The accounts of one class in registry order (1..=Count). */
export const registryOf = (state: StateReader, cc: CommunityCeremony, c: ParticipantType): AccountId[] => {
  const { registry, count } = REGISTRIES[c];
  const out: AccountId[] = [];
  for (let i = 1n; i <= count.get(state, cc); i++) {
    const who = registry.get(state, cc, i);
    if (who !== undefined) out.push(who);
  }
  return out;
};

/** Registered counts per class (the assignment input). */
export const registeredCounts = (state: StateReader, cc: CommunityCeremony): AssignmentCount => ({
  bootstrappers: BootstrapperCount.get(state, cc),
  reputables: ReputableCount.get(state, cc),
  endorsees: EndorseeCount.get(state, cc),
  newbies: NewbieCount.get(state, cc),
});

/** Appends `who` to a class registry: `idx = Count + 1` (else `RegistryOverflow`). */
const append = (state: OverlayState, cc: CommunityCeremony, c: ParticipantType, who: AccountId): void => {
  const { registry, index, count } = REGISTRIES[c];
  const idx = count.get(state, cc) + 1n;
  if (idx > U64_MAX) throw fail('RegistryOverflow');
  registry.set(state, cc, idx, who);
  index.set(state, cc, who, idx);
  count.set(state, cc, idx);
};

/**
 * The community ceremony a registration call targets: the current cindex, the next one while Attesting.
 * Callers reject the Assigning phase before.
 */
export const registrationTarget = (state: StateReader): number => {
  const cindex = CurrentCeremonyIndex.get(state);
  return CurrentPhase.get(state) === 'Attesting' ? cindex + 1 : cindex;
};

/**
 * `register`: classifies `who` (bootstrapper, else reputable with a proof, else endorsee if endorsed within the
 * lifetime — consuming that endorsement — else newbie) and appends it to that registry.
 * Before the community's first issuance only bootstrappers may register (`OnlyBootstrappers`).
 */
export const register = (
  env: Env,
  cc: CommunityCeremony,
  who: AccountId,
  isReputable: boolean,
): ParticipantType => {
  const [cid] = cc;
  let type: ParticipantType;
  if (getBootstrappers(env.state, cid).some((b) => bytesEqual(b, who))) {
    type = 'Bootstrapper';
  } else if (totalIssuance(env.state, cid, env.blockNumber) <= 0n) {
    throw fail('OnlyBootstrappers');
  } else if (isReputable) {
    type = 'Reputable';
  } else {
    const endorsedAt = isEndorsed(env.state, who, cc);
    if (endorsedAt === undefined) {
      type = 'Newbie';
    } else {
      type = 'Endorsee';
      Endorsees.remove(env.state, [cid, endorsedAt], who);
    }
  }
  append(env.state, cc, type, who);
  return type;
};

/**
 * `remove_participant_from_registry`: only while Registering (`WrongPhaseForUnregistering`), only registered
 * accounts (`ParticipantIsNotRegistered`). The last registrant of the class takes the freed index.
 * QUIRK: ceremonies §10 item 8 — that moves the last registrant forward in the first-come-first-served order.
 */
export const removeParticipantFromRegistry = (env: Env, cc: CommunityCeremony, who: AccountId): void => {
  if (CurrentPhase.get(env.state) !== 'Registering') throw fail('WrongPhaseForUnregistering');
  const ref = registrationOf(env.state, cc, who);
  if (ref === undefined) throw fail('ParticipantIsNotRegistered');
  const { registry, index, count } = REGISTRIES[ref.class];
  const n = count.get(env.state, cc);
  const last = registry.get(env.state, cc, n);
  if (last === undefined) return;
  registry.set(env.state, cc, ref.index, last);
  index.set(env.state, cc, last, ref.index);
  registry.remove(env.state, cc, n);
  index.remove(env.state, cc, who);
  count.set(env.state, cc, n - 1n);
};

/** Removes every registry, index and count entry of one community ceremony. */
export const clearRegistries = (state: OverlayState, cc: CommunityCeremony): void => {
  for (const c of CLASSES) {
    const { registry, index, count } = REGISTRIES[c];
    registry.clearPrefix(state, cc);
    index.clearPrefix(state, cc);
    count.remove(state, cc);
  }
};
