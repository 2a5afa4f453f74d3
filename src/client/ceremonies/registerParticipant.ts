// spec: ceremonies §7.3 (target cindex), §7.4 (proof), §7.5 (`register_participant`); tooling §1.7.4 (`participant register`)
import type { ParticipantClass } from '../../primitives/assignment/types.js';
import { InvalidInputError } from '../../primitives/common/errors.js';
import { enumType, toCid, toPapiCid } from '../common/convert.js';
import type { CidInput, HexString } from '../common/types.js';
import type { Connection } from '../connection/connect.js';
import type { RawSigner } from '../keystore/types.js';
import { getParticipantReputation } from '../reputation/getParticipantReputation.js';
import { isUsableFor } from '../reputation/types.js';
import { getSchedulerState } from '../scheduler/getSchedulerState.js';
import type { IncludedExtrinsic } from '../tx/errors.js';
import { findEvent, type SignerInput, type SubmitOptions, submitExtrinsic } from '../tx/submitExtrinsic.js';
import { type ProofOfAttendance, signProofOfAttendance, toPapiProof } from './proofOfAttendance.js';

export interface RegisterParticipantParameters extends SubmitOptions {
  cid: CidInput;
  /** The registering account; `auto` proofs need its raw signer (a keystore Account has one). */
  signer: SignerInput & Partial<RawSigner>;
  /**
   * `auto` (default): attach a self-signed proof when the signer holds a reputation usable for the target
   * ceremony (at target − 1 or current − 1), like the reference CLI; `none`: register without proof (newbie or
   * endorsee); or a proof from signProofOfAttendance.
   */
  proof?: ProofOfAttendance | 'auto' | 'none' | undefined;
}

export interface RegisterParticipantReturnType extends IncludedExtrinsic {
  /** The class the pallet registered the signer as (from `ParticipantRegistered`). */
  readonly participantType: ParticipantClass | undefined;
  /** The ceremony registered for: current, or current + 1 during Attesting. */
  readonly cindex: number;
  readonly proof: ProofOfAttendance | undefined;
}

/** Finds a reputation the signer may use as proof for `target` (ceremonies §7.4 check 4). */
const autoProof = async (
  conn: Connection,
  cid: CidInput,
  signer: Partial<RawSigner>,
  target: number,
  current: number,
  at: HexString,
): Promise<ProofOfAttendance | undefined> => {
  if (signer.accountId === undefined || signer.sign === undefined || signer.keyType === undefined)
    return undefined;
  const raw = signer as RawSigner;
  for (const c of [...new Set([target - 1, current - 1])]) {
    if (c < 1) continue;
    const rep = await getParticipantReputation(conn, { cid, cindex: c, account: raw.accountId, at });
    if (isUsableFor(rep, target)) return signProofOfAttendance({ attendee: raw, cid, ceremonyIndex: c });
  }
  return undefined;
};

/**
 * Registers the signer for the next meetup of a community (`EncointerCeremonies.register_participant`).
 * @example const { participantType } = await registerParticipant(conn, { cid, signer: bob }); // 'Bootstrapper'
 */
export const registerParticipant = async (
  conn: Connection,
  p: RegisterParticipantParameters,
): Promise<RegisterParticipantReturnType> => {
  const cid = toCid(p.cid);
  const s = await getSchedulerState(conn);
  const cindex = s.phase === 'Attesting' ? s.ceremonyIndex + 1 : s.ceremonyIndex;
  const mode = p.proof ?? 'auto';
  let proof: ProofOfAttendance | undefined;
  if (mode === 'auto') proof = await autoProof(conn, cid, p.signer, cindex, s.ceremonyIndex, s.block.hash);
  else if (mode !== 'none') proof = mode;
  if (proof !== undefined && proof.ceremonyIndex >= cindex) {
    throw new InvalidInputError(
      'proof',
      `a proof for ceremony ${proof.ceremonyIndex} cannot register for ${cindex}`,
    );
  }
  const included = await submitExtrinsic(
    conn,
    conn.api.tx.EncointerCeremonies.register_participant({
      cid: toPapiCid(cid),
      proof: proof === undefined ? undefined : toPapiProof(proof),
    }),
    p.signer,
    p,
  );
  const event = findEvent(included, 'EncointerCeremonies', 'ParticipantRegistered');
  const participantType =
    event === undefined ? undefined : enumType<ParticipantClass>((event.value as unknown[])[1]);
  return { ...included, participantType, cindex, proof };
};
