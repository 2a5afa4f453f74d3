// spec: tooling §3.6 (Attesting: proposal updates, votes, full-mesh attestation), ceremonies §7.7–§7.9 (early claims)
import { getMeetups } from '../../client/ceremonies/getMeetups.js';
import { toPapiCid } from '../../client/common/convert.js';
import type { Agent } from '../agents.js';
import { accountKey, agentIndex, type BotContext, communityOf, saveState } from '../botContext.js';
import { updateProposals, voteOnProposals } from '../democracy.js';
import type { TxRequest } from '../tx/txBatch.js';
import { runStep } from '../txStep.js';
import { claimMeetups } from './registering.js';

export interface AttestingResult {
  readonly meetups: number;
  /** Agents found in a meetup (they attended). */
  readonly attendees: number;
  readonly votes: number;
}

/**
 * The Attesting step: proposal updates and votes, then every agent of every meetup attests all other participants
 * with vote = meetup size, then one early claim per meetup (a meetup where everyone attested everyone is
 * "perfect", ceremonies §7.9). Attendees count one more ceremony; newbies become reputable (local bookkeeping).
 */
export const executeAttesting = async (ctx: BotContext, cindex: number): Promise<AttestingResult> => {
  const cid = communityOf(ctx);
  const { meetups } = await getMeetups(ctx.conn, { cid, cindex });
  await updateProposals(ctx);
  const votes = await voteOnProposals(ctx, cindex);
  const byKey = agentIndex(ctx);
  const requests: TxRequest<Agent>[] = [];
  const attendees: Agent[] = [];
  for (const m of meetups) {
    const size = m.participants.length;
    for (const p of m.participants) {
      const agent = byKey.get(accountKey(p.account));
      if (agent === undefined) continue;
      attendees.push(agent);
      requests.push({
        signer: agent.account,
        call: ctx.conn.api.tx.EncointerCeremonies.attest_attendees({
          cid: toPapiCid(cid),
          number_of_participants_vote: size,
          attestations: m.participants.filter((o) => o.account !== p.account).map((o) => o.account),
        }),
        tag: agent,
      });
    }
  }
  await runStep(ctx, 'attest (full mesh)', requests);
  await claimMeetups(ctx, cindex, 'early claims');
  for (const a of attendees) {
    a.record.ceremonyCount += 1;
    a.record.lastMeetupCindex = cindex;
    if (a.record.role === 'newbie') a.record.role = 'reputable';
  }
  await saveState(ctx);
  return { meetups: meetups.length, attendees: attendees.length, votes };
};
