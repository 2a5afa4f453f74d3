// spec: economy §8 (purposes registry, commit once per purpose, purge); QUIRK: economy §10 item 22
/**
 * A registry of "use a reputation once per purpose": purposes are opaque descriptors with sequential ids; a
 * commitment consumes the reputation `(cid, cindex)` of an account for one purpose only. The faucet and democracy
 * call these functions directly.
 */
import { EncointerError } from '../../../primitives/common/errors.js';
import {
  type CommunityIdentifier,
  DESCRIPTOR_MAX,
  type Descriptor,
} from '../../../primitives/scale/index.js';
import type { Env } from '../../framework/pallet.js';
import type { StateReader } from '../../framework/state.js';
import type { AccountId } from '../../types/substrate.js';
import { isVerified } from '../ceremonies/reputation.js';
import { ParticipantReputation, ReputationLifetime } from '../ceremonies/storage.js';
import { getCommunityIdentifiers } from '../communities/communities.js';
import type { CeremonyPhase } from '../scheduler/schedule.js';
import { CurrentCeremonyIndex } from '../scheduler/storage.js';
import { PALLET, type ReputationCommitmentsEvent, reputationCommitmentsErrors } from './declarations.js';
import { Commitments, CurrentPurposeId, Purposes } from './storage.js';

const U64_MAX = (1n << 64n) - 1n;

const emit = (env: Env, event: ReputationCommitmentsEvent) => env.deposit(PALLET, event);

/** A descriptor longer than `DescriptorType` allows (128 bytes); callers map it to their own error. */
export class DescriptorTooLongError extends EncointerError {
  constructor(readonly length: number) {
    super(
      'DescriptorTooLong',
      `a purpose descriptor holds at most ${DESCRIPTOR_MAX} bytes, got ${length}; shorten it`,
    );
  }
}

/**
 * Registers a purpose and returns its id (`CurrentPurposeId`, then incremented), emitting
 * `RegisteredCommitmentPurpose`. Throws `PurposeRegistryOverflow` when the id counter is exhausted and
 * DescriptorTooLongError for a descriptor over 128 bytes.
 */
export const registerPurpose = (env: Env, descriptor: Descriptor): bigint => {
  if (descriptor.length > DESCRIPTOR_MAX) throw new DescriptorTooLongError(descriptor.length);
  const id = CurrentPurposeId.get(env.state);
  if (id >= U64_MAX) throw reputationCommitmentsErrors.fail('PurposeRegistryOverflow');
  CurrentPurposeId.set(env.state, id + 1n);
  Purposes.set(env.state, id, descriptor);
  emit(env, { tag: 'RegisteredCommitmentPurpose', value: [id, descriptor] });
  return id;
};

/** Whether purpose `purposeId` is registered. */
export const purposeExists = (state: StateReader, purposeId: bigint): boolean =>
  Purposes.exists(state, purposeId);

/** The descriptor of a registered purpose, or `undefined`. */
export const purposeDescriptor = (state: StateReader, purposeId: bigint): Descriptor | undefined =>
  Purposes.exists(state, purposeId) ? Purposes.get(state, purposeId) : undefined;

/** Whether `who` has committed its reputation `(cid, cindex)` for `purposeId`. */
export const hasCommitted = (
  state: StateReader,
  who: AccountId,
  cid: CommunityIdentifier,
  cindex: number,
  purposeId: bigint,
): boolean => Commitments.exists(state, [cid, cindex], [purposeId, who]);

/**
 * The hash bound by a commitment: `undefined` when there is no commitment, `{ hash: undefined }` for a
 * commitment without a hash.
 */
export const commitmentOf = (
  state: StateReader,
  who: AccountId,
  cid: CommunityIdentifier,
  cindex: number,
  purposeId: bigint,
): { hash: Uint8Array | undefined } | undefined =>
  hasCommitted(state, who, cid, cindex, purposeId)
    ? { hash: Commitments.get(state, [cid, cindex], [purposeId, who]) }
    : undefined;

/**
 * Commits the verified reputation of `who` at `(cid, cindex)` for `purposeId` (optionally binding a hash),
 * emitting `CommitedReputation`. Checks, first failure wins: `InexistentPurpose`, `NoReputation` (not
 * `VerifiedUnlinked`/`VerifiedLinked`; the cindex is not checked against the lifetime), `AlreadyCommited`.
 */
export const commitReputation = (
  env: Env,
  who: AccountId,
  cid: CommunityIdentifier,
  cindex: number,
  purposeId: bigint,
  commitmentHash?: Uint8Array,
): void => {
  const { state } = env;
  if (!Purposes.exists(state, purposeId)) throw reputationCommitmentsErrors.fail('InexistentPurpose');
  if (!isVerified(ParticipantReputation.get(state, [cid, cindex], who))) {
    throw reputationCommitmentsErrors.fail('NoReputation');
  }
  if (Commitments.exists(state, [cid, cindex], [purposeId, who])) {
    throw reputationCommitmentsErrors.fail('AlreadyCommited');
  }
  Commitments.set(state, [cid, cindex], [purposeId, who], commitmentHash);
  emit(env, { tag: 'CommitedReputation', value: [cid, cindex, purposeId, who, commitmentHash] });
};

/** Deletes every commitment of `cindex` in every registered community and emits `CommitmentRegistryPurged(cindex)`. */
export const purgeCommitments = (env: Env, cindex: number): void => {
  for (const cid of getCommunityIdentifiers(env.state)) Commitments.clearPrefix(env.state, [cid, cindex]);
  emit(env, { tag: 'CommitmentRegistryPurged', value: cindex });
};

/**
 * The pallet's phase hook: on entering Registering with `cindex > L`, purges the commitments of `cindex − L − 1`.
 * QUIRK: economy §10 item 22 — neither reference runtime wires this hook, so commitments are never purged there;
 * wire it only to deviate deliberately.
 */
export const onCeremonyPhaseChange = (env: Env, phase: CeremonyPhase): void => {
  if (phase !== 'Registering') return;
  const cindex = CurrentCeremonyIndex.get(env.state);
  const lifetime = ReputationLifetime.get(env.state);
  if (cindex > lifetime) purgeCommitments(env, cindex - lifetime - 1);
};
