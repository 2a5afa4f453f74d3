// spec: ceremonies §7.4 (ProofOfAttendance: signed message SCALE((prover, cindex)), 36 bytes; cid not signed)
import type { CommunityIdentifier } from '../../primitives/cid/communityIdentifier.js';
import { concatBytes, toHex, uintToLe } from '../../primitives/common/bytes.js';
import { InvalidInputError } from '../../primitives/common/errors.js';
import { toAccountId, toAddress, toCid, toPapiCid } from '../common/convert.js';
import type { AccountInput, CidInput } from '../common/types.js';
import { type RawSigner, SIGNATURE_VARIANT } from '../keystore/types.js';

export interface ProofOfAttendance {
  /** Who registers with the proof (must be the extrinsic's sender). */
  readonly proverPublic: Uint8Array;
  readonly ceremonyIndex: number;
  /** The community of the attendance (may differ from the one registered for). */
  readonly communityIdentifier: CommunityIdentifier;
  /** Whose verified attendance is used; signs the message. */
  readonly attendeePublic: Uint8Array;
  readonly attendeeSignature: { readonly type: 'Sr25519' | 'Ed25519' | 'Ecdsa'; readonly value: Uint8Array };
}

/** The 36 signed bytes: the prover's account id followed by the ceremony index as u32 little-endian. */
export const proofOfAttendanceMessage = (prover: AccountInput, ceremonyIndex: number): Uint8Array => {
  if (!Number.isInteger(ceremonyIndex) || ceremonyIndex < 0 || ceremonyIndex > 0xffff_ffff) {
    throw new InvalidInputError('ceremonyIndex', `expected a u32, got ${ceremonyIndex}`);
  }
  return concatBytes(toAccountId(prover, 'prover'), uintToLe(BigInt(ceremonyIndex), 4));
};

export interface SignProofOfAttendanceParameters {
  /** The account that will register with the proof; default the attendee itself (a self-signed proof). */
  prover?: AccountInput | undefined;
  /** The attendee whose reputation is proven; signs. */
  attendee: RawSigner;
  cid: CidInput;
  /** The ceremony index of the attendance. */
  ceremonyIndex: number;
}

/**
 * Signs a proof of attendance of `attendee` at (cid, ceremonyIndex) for `prover`.
 * @example const proof = signProofOfAttendance({ attendee: alice, cid, ceremonyIndex: 1 });
 */
export const signProofOfAttendance = (p: SignProofOfAttendanceParameters): ProofOfAttendance => {
  const prover = p.prover === undefined ? p.attendee.accountId : toAccountId(p.prover, 'prover');
  return {
    proverPublic: prover,
    ceremonyIndex: p.ceremonyIndex,
    communityIdentifier: toCid(p.cid),
    attendeePublic: p.attendee.accountId,
    attendeeSignature: {
      type: SIGNATURE_VARIANT[p.attendee.keyType],
      value: p.attendee.sign(proofOfAttendanceMessage(prover, p.ceremonyIndex)),
    },
  };
};

/** papi's value of `ProofOfAttendance`. */
export const toPapiProof = (proof: ProofOfAttendance) => ({
  prover_public: toAddress(proof.proverPublic),
  ceremony_index: proof.ceremonyIndex,
  community_identifier: toPapiCid(proof.communityIdentifier),
  attendee_public: toAddress(proof.attendeePublic),
  attendee_signature: { type: proof.attendeeSignature.type, value: toHex(proof.attendeeSignature.value) },
});

/** SCALE bytes of a proof (`0x…` of `ceremony participant proof-of-attendance`). */
export const encodeProofOfAttendance = (proof: ProofOfAttendance): Uint8Array => {
  const variant = { Ed25519: 0, Sr25519: 1, Ecdsa: 2 }[proof.attendeeSignature.type];
  return concatBytes(
    proof.proverPublic,
    uintToLe(BigInt(proof.ceremonyIndex), 4),
    proof.communityIdentifier.geohash,
    proof.communityIdentifier.digest,
    proof.attendeePublic,
    Uint8Array.of(variant),
    proof.attendeeSignature.value,
  );
};
