// spec: ceremonies §7.3, §7.4 (proof of attendance), §7.5 (register / upgrade / unregister)
import { bytesEqual } from '../../../primitives/common/bytes.js';
import {
  type CommunityIdentifier,
  type ParticipantType,
  type ProofOfAttendance,
  ProofOfAttendanceMessage,
} from '../../../primitives/scale/index.js';
import { verifyMultiSignature } from '../../crypto/verify.js';
import type { Env } from '../../framework/pallet.js';
import type { AccountId } from '../../types/substrate.js';
import { communityExists, getBootstrappers } from '../communities/communities.js';
import { CurrentPhase } from '../scheduler/storage.js';
import { fail } from './errors.js';
import { register, registrationOf, registrationTarget, removeParticipantFromRegistry } from './registry.js';
import { isVerifiedAndUnlinkedFor, saturatingSub } from './reputation.js';
import { type CommunityCeremony, PALLET, ParticipantReputation, ReputationLifetime } from './storage.js';

/** True iff the attendee signed `(prover_public, ceremony_index)`. The cid is not signed (QUIRK: §10 item 13). */
export const proofSignatureIsValid = (proof: ProofOfAttendance): boolean => {
  const message = ProofOfAttendanceMessage.enc([proof.prover_public, proof.ceremony_index]);
  return verifyMultiSignature(proof.attendee_signature, message, proof.attendee_public);
};

/**
 * Checks a proof of attendance for registering `sender` in `cc` and links the referenced reputation to the
 * target cindex. Checks, in the reference order: subject, causality, lifetime, verified-and-unlinked,
 * bootstrapper reputation not transferred, signature.
 */
const applyProof = (env: Env, cc: CommunityCeremony, sender: AccountId, proof: ProofOfAttendance): void => {
  const [cid, cindex] = cc;
  if (!bytesEqual(sender, proof.prover_public)) throw fail('WrongProofSubject');
  if (proof.ceremony_index >= cindex) throw fail('ProofAcausal');
  if (proof.ceremony_index < saturatingSub(cindex, ReputationLifetime.get(env.state)))
    throw fail('ProofOutdated');
  const proven: CommunityCeremony = [proof.community_identifier, proof.ceremony_index];
  const reputation = ParticipantReputation.get(env.state, proven, proof.attendee_public);
  if (!isVerifiedAndUnlinkedFor(reputation, cindex)) throw fail('AttendanceUnverifiedOrAlreadyUsed');
  const attendeeIsBootstrapper = getBootstrappers(env.state, cid).some((b) =>
    bytesEqual(b, proof.attendee_public),
  );
  if (attendeeIsBootstrapper && !bytesEqual(proof.attendee_public, sender)) {
    throw fail('BootstrapperReputationIsUntransferrable');
  }
  if (!proofSignatureIsValid(proof)) throw fail('BadProofOfAttendanceSignature');
  // QUIRK: ceremonies §10 items 12 and 13 — the link only blocks re-use for this same target cindex, and the
  // proven reputation may belong to another community.
  ParticipantReputation.set(env.state, proven, proof.attendee_public, {
    tag: 'VerifiedLinked',
    value: cindex,
  });
  ParticipantReputation.set(env.state, cc, sender, { tag: 'UnverifiedReputable', value: undefined });
};

/** `register_participant` (call 0): registers `sender` for the upcoming ceremony of `cid`. */
export const registerParticipant = (
  env: Env,
  sender: AccountId,
  cid: CommunityIdentifier,
  proof: ProofOfAttendance | undefined,
): ParticipantType => {
  if (CurrentPhase.get(env.state) === 'Assigning') throw fail('RegisteringOrAttestationPhaseRequired');
  if (!communityExists(env.state, cid)) throw fail('InexistentCommunity');
  const cc: CommunityCeremony = [cid, registrationTarget(env.state)];
  if (registrationOf(env.state, cc, sender) !== undefined) throw fail('ParticipantAlreadyRegistered');
  if (proof !== undefined) applyProof(env, cc, sender, proof);
  const type = register(env, cc, sender, proof !== undefined);
  env.deposit(PALLET, { tag: 'ParticipantRegistered', value: [cid, type, sender] });
  return type;
};

/** `upgrade_registration` (call 1): a Newbie re-registers as Reputable with a proof. */
export const upgradeRegistration = (
  env: Env,
  sender: AccountId,
  cid: CommunityIdentifier,
  proof: ProofOfAttendance,
): ParticipantType => {
  // Unlike the other registration calls, the community is checked before the phase.
  if (!communityExists(env.state, cid)) throw fail('InexistentCommunity');
  if (CurrentPhase.get(env.state) === 'Assigning') throw fail('RegisteringOrAttestationPhaseRequired');
  const cc: CommunityCeremony = [cid, registrationTarget(env.state)];
  const registration = registrationOf(env.state, cc, sender);
  if (registration === undefined) throw fail('ParticipantIsNotRegistered');
  if (registration.class !== 'Newbie') throw fail('MustBeNewbieToUpgradeRegistration');
  removeParticipantFromRegistry(env, cc, sender);
  return registerParticipant(env, sender, cid, proof);
};

/**
 * `unregister_participant` (call 2). A reputable names the community ceremony whose linked reputation is
 * refunded. QUIRK: ceremonies §10 item 14 — the refund looks up the sender (a reputation transferred from
 * another account cannot be refunded), and no event is emitted.
 */
export const unregisterParticipant = (
  env: Env,
  sender: AccountId,
  cid: CommunityIdentifier,
  reputationCommunityCeremony: CommunityCeremony | undefined,
): void => {
  if (CurrentPhase.get(env.state) === 'Assigning') throw fail('RegisteringOrAttestationPhaseRequired');
  if (!communityExists(env.state, cid)) throw fail('InexistentCommunity');
  const cindex = registrationTarget(env.state);
  const cc: CommunityCeremony = [cid, cindex];
  const registration = registrationOf(env.state, cc, sender);
  if (registration === undefined) throw fail('ParticipantIsNotRegistered');
  if (registration.class === 'Reputable' || registration.class === 'Bootstrapper') {
    if (reputationCommunityCeremony === undefined) {
      if (registration.class === 'Reputable') throw fail('ReputationCommunityCeremonyRequired');
    } else {
      const [, refundCindex] = reputationCommunityCeremony;
      if (refundCindex < saturatingSub(cindex, ReputationLifetime.get(env.state)))
        throw fail('ProofOutdated');
      const linked = ParticipantReputation.get(env.state, reputationCommunityCeremony, sender);
      if (linked.tag !== 'VerifiedLinked' || linked.value !== cindex) throw fail('ReputationMustBeLinked');
      ParticipantReputation.set(env.state, reputationCommunityCeremony, sender, {
        tag: 'VerifiedUnlinked',
        value: undefined,
      });
      ParticipantReputation.remove(env.state, cc, sender);
    }
  }
  removeParticipantFromRegistry(env, cc, sender);
};
