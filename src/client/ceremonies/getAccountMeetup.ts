// spec: ceremonies §7.6 (get_meetup_index, participants, location, time), §7.12 (aggregated account data)
import type { AccountInput } from '../common/types.js';
import type { Connection } from '../connection/connect.js';
import type { CeremonyParameters } from './getAssignment.js';
import { meetupAt, meetupIndexIn, readMeetupContext, registrationOf } from './meetupContext.js';
import type { Meetup, Registration } from './types.js';

export interface AccountMeetup {
  readonly registration: Registration | undefined;
  /** Undefined when the account is not registered or was not assigned (beyond the assigned prefix). */
  readonly meetup: Meetup | undefined;
}

export type GetAccountMeetupReturnType = AccountMeetup;

/** The account's registration and meetup in a community ceremony (default: the current one). */
export const getAccountMeetup = async (
  conn: Connection,
  p: CeremonyParameters & { account: AccountInput },
): Promise<GetAccountMeetupReturnType> => {
  const ctx = await readMeetupContext(conn, p);
  const registration = registrationOf(ctx, p.account);
  if (registration === undefined) return { registration, meetup: undefined };
  const index = meetupIndexIn(ctx, registration);
  return { registration, meetup: index === undefined ? undefined : meetupAt(ctx, index) };
};
