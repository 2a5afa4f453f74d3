// spec: tooling §3.6 (Assigning: meetup sizes, proposal updates, summaries, the nominal-income proposal)
import { getAssignment } from '../../client/ceremonies/getAssignment.js';
import { getMeetups } from '../../client/ceremonies/getMeetups.js';
import { getParticipants } from '../../client/ceremonies/getParticipants.js';
import { type BotContext, communityOf } from '../botContext.js';
import { democracySummary, proposeNominalIncome, updateProposals } from '../democracy.js';

export interface AssigningResult {
  readonly meetupSizes: readonly number[];
  /** Registered and assigned per class. */
  readonly registered: Readonly<Record<string, number>>;
  readonly assigned: Readonly<Record<string, number>>;
}

/** The Assigning step: nothing to sign but the proposal updates and the recurring proposal; reports meetups. */
export const executeAssigning = async (ctx: BotContext, cindex: number): Promise<AssigningResult> => {
  const cid = communityOf(ctx);
  const [{ meetups }, participants, assignment] = await Promise.all([
    getMeetups(ctx.conn, { cid, cindex }),
    getParticipants(ctx.conn, { cid, cindex }),
    getAssignment(ctx.conn, { cid, cindex }),
  ]);
  const registered = Object.fromEntries(
    Object.entries(participants.registrations).map(([cls, list]) => [cls, list.length]),
  );
  const c = assignment.counts;
  const assigned = {
    Bootstrapper: Number(c.bootstrappers),
    Reputable: Number(c.reputables),
    Endorsee: Number(c.endorsees),
    Newbie: Number(c.newbies),
  };
  const meetupSizes = meetups.map((m) => m.participants.length);
  ctx.progress.event(
    'meetups',
    `${meetups.length} meetup(s) of sizes ${meetupSizes.join(', ') || '-'}; newbies assigned ${assigned.Newbie} of ${registered.Newbie ?? 0}, endorsees ${assigned.Endorsee} of ${registered.Endorsee ?? 0}`,
    {
      meetups: meetups.length,
      sizes: meetupSizes.join(','),
      newbies: assigned.Newbie,
      endorsees: assigned.Endorsee,
    },
  );
  const proposals = await updateProposals(ctx);
  ctx.log.note(democracySummary(proposals));
  await proposeNominalIncome(ctx);
  return { meetupSizes, registered, assigned };
};
