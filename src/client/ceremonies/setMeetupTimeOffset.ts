// spec: ceremonies §7.13 (`set_meetup_time_offset`, CeremonyMaster, Registering only), tooling §1.7.4
import { InvalidInputError } from '../../primitives/common/errors.js';
import type { Connection } from '../connection/connect.js';
import type { IncludedExtrinsic } from '../tx/errors.js';
import { type WrapCall, wrapPrivileged } from '../tx/privileged.js';
import { type SignerInput, type SubmitOptions, submitExtrinsic } from '../tx/submitExtrinsic.js';

/** Shifts every meetup time by `offsetMs` (i32 milliseconds), as a privileged call. */
export const setMeetupTimeOffset = async (
  conn: Connection,
  p: { offsetMs: number; signer: SignerInput; wrap?: WrapCall | undefined } & SubmitOptions,
): Promise<IncludedExtrinsic> => {
  if (!Number.isInteger(p.offsetMs) || p.offsetMs < -(2 ** 31) || p.offsetMs >= 2 ** 31) {
    throw new InvalidInputError('time offset', `expected an i32 number of milliseconds, got ${p.offsetMs}`);
  }
  const call = conn.api.tx.EncointerCeremonies.set_meetup_time_offset({ meetup_time_offset: p.offsetMs });
  return submitExtrinsic(conn, await wrapPrivileged(conn, call, p.wrap), p.signer, p);
};
