// spec: ceremonies §7.7 (`attest_attendees`), tooling §1.7.4 (`participant attest`: vote = attestees + 1)
import { InvalidInputError } from '../../primitives/common/errors.js';
import { toAddress, toPapiCid } from '../common/convert.js';
import type { AccountInput, CidInput } from '../common/types.js';
import type { Connection } from '../connection/connect.js';
import type { IncludedExtrinsic } from '../tx/errors.js';
import { type SignerInput, type SubmitOptions, submitExtrinsic } from '../tx/submitExtrinsic.js';

export interface AttestAttendeesParameters extends SubmitOptions {
  cid: CidInput;
  signer: SignerInput;
  /** The other participants the signer met. */
  attendees: readonly AccountInput[];
  /** How many people attended, the signer included; default `attendees.length + 1`. */
  vote?: number | undefined;
}

/**
 * Attests the signer's meetup (`EncointerCeremonies.attest_attendees`), during Attesting.
 * @example await attestAttendees(conn, { cid, signer: alice, attendees: [bob.address, charlie.address] });
 */
export const attestAttendees = (
  conn: Connection,
  p: AttestAttendeesParameters,
): Promise<IncludedExtrinsic> => {
  const vote = p.vote ?? p.attendees.length + 1;
  if (!Number.isInteger(vote) || vote < 0 || vote > 0xffff_ffff) {
    throw new InvalidInputError('vote', `expected a u32 meetup size, got ${vote}`);
  }
  return submitExtrinsic(
    conn,
    conn.api.tx.EncointerCeremonies.attest_attendees({
      cid: toPapiCid(p.cid),
      number_of_participants_vote: vote,
      attestations: p.attendees.map((a, i) => toAddress(a, `attendees[${i}]`)),
    }),
    p.signer,
    p,
  );
};
