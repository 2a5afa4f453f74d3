// spec: tooling §1.7.4 (`ceremony` commands), §1.7.5 (reputation reads), §1.9 (output contracts); ceremonies §7
import type { Command } from 'commander';
import {
  type Account,
  attestAttendees,
  type CeremonyMeetups,
  type Connection,
  claimRewards,
  ExtrinsicFailedError,
  encodeProofOfAttendance,
  endorseNewcomer,
  formatReputation,
  getAttestations,
  getBootstrapperTickets,
  getCeremonyIndex,
  getCurrentPhase,
  getMeetups,
  getNextNonce,
  getParticipantReputation,
  getParticipants,
  getReputationEntries,
  getReputationLifetime,
  getReputations,
  getSchedulerState,
  isUsableFor,
  isVerified,
  listCommunities,
  type Meetup,
  nextPhase,
  purgeCommunityCeremony,
  type Registration,
  registerParticipant,
  sameAccount,
  setMeetupTimeOffset,
  signProofOfAttendance,
  unregisterParticipant,
  upgradeRegistration,
} from '../../client/index.js';
import { formatCid } from '../../primitives/cid/cidString.js';
import type { CommunityIdentifier } from '../../primitives/cid/communityIdentifier.js';
import { toHex } from '../../primitives/common/bytes.js';
import { EncointerError, InvalidInputError } from '../../primitives/common/errors.js';
import { bitsToDegrees } from '../../primitives/geo/location.js';
import {
  accountIdArg,
  atOf,
  type ChainCommandOptions,
  ceremonyIndexArg,
  chainOptions,
  integerArg,
  requireCid,
  txJson,
  U32_MAX,
} from '../common/args.js';
import { print, toJson } from '../common/output.js';
import { signerFor, withConnection } from '../common/session.js';
import type { CliIo } from '../io.js';

const SUDO_KEY = '//Alice';

/** The user needs a reputation they do not hold (the reference's exit 52, INVALID_REPUTATION). */
export class InvalidReputationError extends EncointerError {
  constructor(message: string) {
    super('InvalidReputation', message);
  }
}

const readAt = (o: ChainCommandOptions) => {
  const at = atOf(o);
  return at === undefined ? {} : { at };
};

/** Runs `body` with a connection and the checked `--cid`. */
const withCommunity = <T>(
  o: ChainCommandOptions,
  body: (conn: Connection, cid: CommunityIdentifier, cidString: string) => Promise<T>,
): Promise<T> =>
  withConnection(o, async (conn) => {
    const cid = await requireCid(conn, o);
    return body(conn, cid, formatCid(cid));
  });

const registrationJson = (r: Registration) => ({ class: r.class, index: r.index, account: r.account });

const meetupJson = (m: Meetup) => ({
  index: m.index,
  locationIndex: m.locationIndex ?? null,
  location:
    m.location === undefined
      ? null
      : {
          lat: bitsToDegrees(m.location.lat),
          lon: bitsToDegrees(m.location.lon),
          latBits: m.location.lat,
          lonBits: m.location.lon,
        },
  time: m.time ?? null,
  participants: m.participants.map(registrationJson),
});

const meetupsJson = (cidString: string, r: CeremonyMeetups) => ({
  cid: cidString,
  cindex: r.context.cindex,
  phase: r.context.scheduler.phase,
  block: r.context.block,
  meetupCount: r.context.assignment.meetupCount,
  assignees: r.meetups.reduce((n, m) => n + m.participants.length, 0),
  meetups: r.meetups.map(meetupJson),
});

/** `ceremony phase`, `index`, `list-meetups`, `list-attestees`, `list-reputables`, `stats`. */
const registerReadCommands = (ceremony: Command, io: CliIo): void => {
  ceremony
    .command('phase')
    .description('the current ceremony phase: Registering, Assigning or Attesting')
    .action(async (_options: unknown, command: Command) => {
      const o = chainOptions(command);
      await withConnection(o, async (conn) => {
        const s = await getSchedulerState(conn, readAt(o));
        print(
          io,
          o,
          {
            phase: s.phase,
            ceremonyIndex: s.ceremonyIndex,
            nextPhaseTimestamp: s.nextPhaseTimestamp,
            block: s.block,
          },
          () => s.phase,
        );
      });
    });

  ceremony
    .command('index')
    .description('the current ceremony index')
    .action(async (_options: unknown, command: Command) => {
      const o = chainOptions(command);
      await withConnection(o, async (conn) => {
        const cindex = await getCeremonyIndex(conn, readAt(o));
        print(io, o, { ceremonyIndex: cindex }, () => String(cindex));
      });
    });

  ceremony
    .command('list-meetups')
    .alias('meetups')
    .description(
      'meetups of the --cid community: index, location, time (Attesting phase only) and participants',
    )
    .argument('[cindex]', 'ceremony index; negative = current minus n; default the current one')
    .action(async (cindexText: string | undefined, _options: unknown, command: Command) => {
      const o = chainOptions(command);
      await withCommunity(o, async (conn, cid, cidString) => {
        const cindex = await ceremonyIndexArg(conn, cindexText, o);
        const r = await getMeetups(conn, { cid, cindex, ...readAt(o) });
        const value = meetupsJson(cidString, r);
        print(io, o, value, () => {
          const lines: string[] = [];
          for (const m of r.meetups) {
            const tag = `MeetupRegistry[(${cidString}, ${cindex}), ${m.index}]`;
            lines.push(
              m.location === undefined
                ? `${tag} location is unknown`
                : `${tag} location is ${bitsToDegrees(m.location.lat)}, ${bitsToDegrees(m.location.lon)}`,
            );
            lines.push(
              m.time === undefined
                ? `${tag} meeting time is only known during the Attesting phase`
                : `${tag} meeting time is ${m.time}`,
            );
            if (m.participants.length === 0) lines.push(`${tag} EMPTY`);
            else {
              lines.push(`${tag} participants: ${m.participants.length}`);
              for (const p of m.participants) lines.push(`   ${p.account}`);
            }
          }
          lines.push(`CSV: ${cindex}, ${cidString}, ${value.assignees}, ${r.meetups.length}`);
          lines.push(`total number of assignees: ${value.assignees}`);
          return lines;
        });
      });
    });

  ceremony
    .command('list-attestees')
    .description('attestations of the --cid community ceremony, with the meetup size votes')
    .argument('[cindex]', 'ceremony index; negative = current minus n; default the current one')
    .action(async (cindexText: string | undefined, _options: unknown, command: Command) => {
      const o = chainOptions(command);
      await withCommunity(o, async (conn, cid, cidString) => {
        const cindex = await ceremonyIndexArg(conn, cindexText, o);
        const [{ attestations }, meetups] = await Promise.all([
          getAttestations(conn, { cid, cindex, ...readAt(o) }),
          getMeetups(conn, { cid, cindex, ...readAt(o) }),
        ]);
        const meetupOf = (account: string) =>
          meetups.meetups.find((m) => m.participants.some((p) => sameAccount(p.account, account)))?.index;
        const rows = attestations.map((a) => ({
          index: a.index,
          attestor: a.attestor,
          meetupIndex: meetupOf(a.attestor) ?? null,
          vote: a.vote,
          attestees: a.attestees,
        }));
        const perMeetup = meetups.meetups.map((m) => {
          const votes = rows.filter((r) => r.meetupIndex === m.index).map((r) => r.vote);
          const mean = votes.length === 0 ? 0 : votes.reduce((s, v) => s + v, 0) / votes.length;
          return { meetupIndex: m.index, size: m.participants.length, meanVote: mean, votes };
        });
        const assignees = meetups.meetups.reduce((n, m) => n + m.participants.length, 0);
        const sumMeanVotes = perMeetup.reduce((s, m) => s + m.meanVote, 0);
        const value = { cid: cidString, cindex, attestations: rows, meetups: perMeetup, assignees };
        print(io, o, value, () => [
          `listing attestees for cid ${cidString} and ceremony nr ${cindex}`,
          `number of attestees:  ${rows.length}`,
          ...rows.map(
            (r) =>
              `AttestationRegistry[${r.index}]: meetup ${r.meetupIndex ?? '?'}, vote ${r.vote}, attestor ${r.attestor}, attestees [${r.attestees.join(', ')}]`,
          ),
          ...perMeetup.map(
            (m) =>
              `CSVmeetupVotes: ${cindex}, ${cidString}, ${m.meetupIndex}, ${m.size}, ${m.meanVote}, ${m.votes.join(';')}`,
          ),
          'cindex, cid, assignees, attestors, sum of mean votes',
          `CSV: ${cindex}, ${cidString}, ${assignees}, ${rows.length}, ${sumMeanVotes}`,
        ]);
      });
    });

  ceremony
    .command('list-reputables')
    .description(
      'per community and ceremony within the reputation lifetime: attested attendees; -v lists the accounts',
    )
    .action(async (_options: unknown, command: Command) => {
      const o = chainOptions(command);
      await withConnection(o, async (conn) => {
        const read = readAt(o);
        const [current, lifetime, communities] = await Promise.all([
          getCeremonyIndex(conn, read),
          getReputationLifetime(conn, read),
          listCommunities(conn, read),
        ]);
        const first = Math.max(1, current - lifetime);
        const result: {
          cid: string;
          cycles: { cindex: number; attested: number; noshows: number; accounts: string[] }[];
          reputables: number;
        }[] = [];
        for (const c of communities) {
          const cycles = [];
          const reputables = new Set<string>();
          for (let cindex = first; cindex < current; cindex++) {
            const entries = await getReputationEntries(conn, { cid: c.cid, cindex, ...read });
            const verified = entries.filter((e) => isVerified(e.reputation)).map((e) => e.account);
            for (const a of verified) reputables.add(a);
            cycles.push({
              cindex,
              attested: verified.length,
              noshows: entries.length - verified.length,
              accounts: verified,
            });
          }
          result.push({ cid: c.cidString, cycles, reputables: reputables.size });
        }
        print(io, o, result, () => {
          const lines = [
            `Listing the number of attested attendees for each community and ceremony for cycles [${first}:${current - 1}]`,
          ];
          for (const c of result) {
            lines.push(`Community ID: ${c.cid}`);
            for (const y of c.cycles) {
              lines.push(
                `Cycle ID ${y.cindex}: Total attested attendees: ${y.attested} (noshows: ${y.noshows})`,
              );
              if (o.verbose === true) for (const a of y.accounts) lines.push(`${c.cid},${y.cindex},${a}`);
            }
            lines.push(
              `Reputables in ${c.cid} (unique accounts with at least one attendance) ${c.reputables}`,
            );
          }
          return lines;
        });
      });
    });

  ceremony
    .command('stats')
    .description('assignment, counts and meetups of the --cid community ceremony, as JSON')
    .option('--ceremony-index <n>', 'ceremony index; negative = current minus n; default the current one')
    .action(async (options: { ceremonyIndex?: string }, command: Command) => {
      const o = chainOptions(command);
      await withCommunity(o, async (conn, cid, cidString) => {
        const cindex = await ceremonyIndexArg(conn, options.ceremonyIndex, o);
        const r = await getMeetups(conn, { cid, cindex, ...readAt(o) });
        const { assignment, counts, meetupCount } = r.context.assignment;
        const value = {
          communityCeremony: [cidString, cindex],
          assignment,
          assignmentCount: counts,
          meetupCount,
          meetups: r.meetups.map((m) => ({
            index: m.index,
            location: meetupJson(m).location,
            time: m.time ?? null,
            registrations: m.participants.map((p) => [
              p.account,
              { index: p.index, registrationType: p.class },
            ]),
          })),
        };
        io.out(toJson(value));
      });
    });
};

/** The signer of a participant command: `-s` if given, else the account argument. */
const participantSigner = (
  account: string | undefined,
  signer: string | undefined,
  o: ChainCommandOptions,
) => {
  const spec = signer ?? account;
  if (spec === undefined) {
    throw new InvalidInputError('account', 'give the account (or -s/--signer) that signs');
  }
  return signerFor(spec, o);
};

/** A self-signed proof of the signer's attendance for an upgrade (tooling §1.7.4 `participant upgrade`). */
const upgradeProof = async (conn: Connection, cid: CommunityIdentifier, signer: Account) => {
  const [phase, current] = await Promise.all([getCurrentPhase(conn), getCeremonyIndex(conn)]);
  // As the reference: the reputation of the previous ceremony while Registering, of the current one while Attesting.
  const attended = phase === 'Attesting' ? current : current - 1;
  const target = phase === 'Attesting' ? current + 1 : current;
  const rep =
    attended < 1
      ? undefined
      : await getParticipantReputation(conn, { cid, cindex: attended, account: signer.address });
  if (rep === undefined || !isUsableFor(rep, target)) {
    throw new InvalidReputationError(
      `${signer.address} has no unlinked verified reputation in ${formatCid(cid)} at ceremony ${attended} (found ${
        rep === undefined ? 'none' : formatReputation(rep)
      }); only a rewarded attendee can upgrade a newbie registration`,
    );
  }
  return signProofOfAttendance({ attendee: signer, cid, ceremonyIndex: attended });
};

/** `ceremony participant ...`. */
const registerParticipantCommands = (ceremony: Command, io: CliIo): void => {
  const participant = ceremony
    .command('participant')
    .description('register, attest, claim rewards, endorse; participant lists and reputation');

  participant
    .command('register')
    .description(
      'register for the next meetup of --cid; attaches a proof of attendance when the account holds a usable reputation',
    )
    .argument('<account>', 'the registering account (signer): //Name, mnemonic, seed or keystore address')
    .option('-s, --signer <account>', 'sign with this account instead')
    .action(async (account: string, options: { signer?: string }, command: Command) => {
      const o = chainOptions(command);
      const signer = await participantSigner(account, options.signer, o);
      await withCommunity(o, async (conn, cid, cidString) => {
        const r = await registerParticipant(conn, { cid, signer });
        print(
          io,
          o,
          {
            account: signer.address,
            cid: cidString,
            cindex: r.cindex,
            participantType: r.participantType ?? null,
            proofCeremonyIndex: r.proof?.ceremonyIndex ?? null,
            ...txJson(r),
          },
          () =>
            `registered ${signer.address} as ${r.participantType ?? '?'} for ceremony ${r.cindex} of ${cidString}${
              r.proof === undefined ? '' : ` (proof of attendance at ceremony ${r.proof.ceremonyIndex})`
            }`,
        );
      });
    });

  participant
    .command('unregister')
    .description(
      'withdraw a registration (Registering phase); a reputable names the ceremony index of its linked reputation',
    )
    .argument('<account>', 'the registered account (signer)')
    .argument('[cindex]', 'ceremony index of the reputation to unlink; negative = current minus n')
    .option('-s, --signer <account>', 'sign with this account instead')
    .action(
      async (
        account: string,
        cindexText: string | undefined,
        options: { signer?: string },
        command: Command,
      ) => {
        const o = chainOptions(command);
        const signer = await participantSigner(account, options.signer, o);
        await withCommunity(o, async (conn, cid, cidString) => {
          const reputation =
            cindexText === undefined
              ? undefined
              : { cid, cindex: await ceremonyIndexArg(conn, cindexText, o) };
          const included = await unregisterParticipant(conn, { cid, signer, reputation });
          print(
            io,
            o,
            { account: signer.address, cid: cidString, ...txJson(included) },
            () => `unregistered ${signer.address} from ${cidString}`,
          );
        });
      },
    );

  participant
    .command('upgrade')
    .description(
      "upgrade a newbie registration to reputable with a proof of the account's verified attendance",
    )
    .argument('<account>', 'the registered account (signer)')
    .option('-s, --signer <account>', 'sign with this account instead')
    .action(async (account: string, options: { signer?: string }, command: Command) => {
      const o = chainOptions(command);
      const signer = await participantSigner(account, options.signer, o);
      await withCommunity(o, async (conn, cid, cidString) => {
        const proof = await upgradeProof(conn, cid, signer);
        const included = await upgradeRegistration(conn, { cid, signer, proof });
        print(
          io,
          o,
          {
            account: signer.address,
            cid: cidString,
            proofCeremonyIndex: proof.ceremonyIndex,
            ...txJson(included),
          },
          () =>
            `upgraded the registration of ${signer.address} with its attendance at ceremony ${proof.ceremonyIndex}`,
        );
      });
    });

  participant
    .command('endorse')
    .description("endorse newcomers of --cid with the endorser's tickets (bootstrappers and reputables)")
    .argument('<endorser>', 'who endorses (signer)')
    .requiredOption('-e, --endorsees <accounts...>', 'accounts to endorse (SS58 or //Name)')
    .action(async (endorser: string, options: { endorsees: string[] }, command: Command) => {
      const o = chainOptions(command);
      const signer = await signerFor(endorser, o);
      const newbies = await Promise.all(options.endorsees.map((e, i) => accountIdArg(e, `endorsees[${i}]`)));
      await withCommunity(o, async (conn, cid, cidString) => {
        const first = await getNextNonce(conn, signer.address);
        const sent = await Promise.all(
          newbies.map((newbie, i) => endorseNewcomer(conn, { cid, signer, newbie, nonce: first + i })),
        );
        print(
          io,
          o,
          {
            endorser: signer.address,
            cid: cidString,
            endorsed: newbies.map((n, i) => ({ account: n, ...txJson(sent[i]!) })),
          },
          () => newbies.map((n) => `${signer.address} endorsed ${n} in ${cidString}`),
        );
      });
    });

  participant
    .command('attest')
    .description(
      'attest the other participants of your meetup (Attesting phase); the vote is the number of attendees including yourself',
    )
    .argument('<account>', 'the attesting participant (signer)')
    .argument('<attestees...>', 'the other participants met (SS58 or //Name)')
    .option('--vote <n>', 'meetup size vote; default attestees + 1', integerArg('--vote', 0, U32_MAX))
    .action(async (account: string, attestees: string[], options: { vote?: number }, command: Command) => {
      const o = chainOptions(command);
      const signer = await signerFor(account, o);
      const attendees = await Promise.all(attestees.map((a, i) => accountIdArg(a, `attestees[${i}]`)));
      await withCommunity(o, async (conn, cid, cidString) => {
        const vote = options.vote ?? attendees.length + 1;
        const included = await attestAttendees(conn, { cid, signer, attendees, vote });
        print(
          io,
          o,
          { attestor: signer.address, cid: cidString, attestees: attendees, vote, ...txJson(included) },
          () =>
            `Claims sent by ${signer.address}: ${attendees.length} attestees, vote ${vote}, block #${included.block.number}`,
        );
      });
    });

  participant
    .command('claim-reward')
    .description(
      'claim the rewards of a meetup (early in Attesting if everyone attested, else in the next Registering phase)',
    )
    .argument('[account]', 'the claiming participant (same as -s)')
    .option('-s, --signer <account>', 'the claiming participant (signer)')
    .option(
      '--meetup-index <m>',
      "meetup to claim for; default the signer's own",
      integerArg('--meetup-index', 1, Number.MAX_SAFE_INTEGER),
    )
    .option('-a, --all', 'claim every meetup of the last ceremony (one extrinsic each)')
    .action(
      async (
        account: string | undefined,
        options: { signer?: string; meetupIndex?: number; all?: boolean },
        command: Command,
      ) => {
        const o = chainOptions(command);
        const signer = await participantSigner(account, options.signer, o);
        await withCommunity(o, async (conn, cid, cidString) => {
          let indices: (number | undefined)[] = [options.meetupIndex];
          if (options.all === true) {
            const [phase, current] = await Promise.all([getCurrentPhase(conn), getCeremonyIndex(conn)]);
            const cindex = phase === 'Registering' ? current - 1 : current;
            const { meetups } = await getMeetups(conn, { cid, cindex });
            indices = meetups.map((m) => Number(m.index));
          }
          const first = await getNextNonce(conn, signer.address);
          const settled = await Promise.allSettled(
            indices.map((meetupIndex, i) =>
              claimRewards(conn, {
                cid,
                signer,
                meetupIndex,
                ...(indices.length > 1 ? { nonce: first + i } : {}),
              }),
            ),
          );
          const claims = settled.flatMap((s) => (s.status === 'fulfilled' ? [s.value] : []));
          const rows = claims.map((c) => {
            const event = c.events.find(
              (e) => e.pallet === 'EncointerCeremonies' && e.name === 'RewardsIssued',
            );
            const evaluated = c.events.find(
              (e) => e.pallet === 'EncointerCeremonies' && e.name === 'MeetupEvaluated',
            );
            const meetupIndex = (event ?? evaluated)?.value as unknown[] | undefined;
            return {
              meetupIndex: meetupIndex === undefined ? null : BigInt(meetupIndex[1] as bigint),
              rewardsIssued: c.rewardsIssued ?? null,
              rewarded: c.rewarded,
              ...txJson(c),
            };
          });
          const failures = settled.flatMap((s) => (s.status === 'rejected' ? [s.reason as unknown] : []));
          if (rows.length > 0) {
            print(io, o, { claimer: signer.address, cid: cidString, claims: rows }, () =>
              rows.map((r) =>
                r.rewardsIssued === null
                  ? `meetup ${r.meetupIndex ?? '?'} evaluated without rewards (block #${r.block.number})`
                  : `rewards issued for meetup ${r.meetupIndex ?? '?'} to ${r.rewardsIssued} participants (block #${r.block.number})`,
              ),
            );
          }
          if (failures.length > 0) {
            for (const f of failures.slice(1)) {
              io.err(`error: ${f instanceof ExtrinsicFailedError ? f.message : String(f)}`);
            }
            throw failures[0];
          }
        });
      },
    );

  participant
    .command('list')
    .description(
      'participants registered for the --cid ceremony, per registry (bootstrappers, reputables, endorsees, newbies)',
    )
    .argument('[cindex]', 'ceremony index; negative = current minus n; default the current one')
    .action(async (cindexText: string | undefined, _options: unknown, command: Command) => {
      const o = chainOptions(command);
      await withCommunity(o, async (conn, cid, cidString) => {
        const cindex = await ceremonyIndexArg(conn, cindexText, o);
        const { registrations } = await getParticipants(conn, { cid, cindex, ...readAt(o) });
        const classes = ['Bootstrapper', 'Reputable', 'Endorsee', 'Newbie'] as const;
        const value = {
          cid: cidString,
          cindex,
          bootstrappers: registrations.Bootstrapper.map(registrationJson),
          reputables: registrations.Reputable.map(registrationJson),
          endorsees: registrations.Endorsee.map(registrationJson),
          newbies: registrations.Newbie.map(registrationJson),
        };
        print(io, o, value, () => {
          const lines: string[] = [];
          for (const cls of classes) {
            const list = registrations[cls];
            lines.push(`Querying ${cls}Registry`);
            lines.push(`number of participants assigned:  ${list.length}`);
            for (const r of list) lines.push(`${cls}Registry[${cindex}, ${r.index}] = ${r.account}`);
          }
          const [b, r, e, n] = classes.map((c) => registrations[c].length) as [
            number,
            number,
            number,
            number,
          ];
          lines.push(`CSV: ${cindex}, ${cidString}, ${b}, ${r}, ${e}, ${n}`);
          lines.push(
            `total: ${b + r + e} guaranteed seats + ${n} newbies = ${b + r + e + n} total participants who would like to attend`,
          );
          return lines;
        });
      });
    });

  participant
    .command('reputation')
    .description(
      'the reputation history of an account over all communities: "<cindex>, <cid>, <reputation>" per line',
    )
    .argument('<account>', 'SS58 address or //Name')
    .action(async (accountText: string, _options: unknown, command: Command) => {
      const o = chainOptions(command);
      const account = await accountIdArg(accountText);
      await withConnection(o, async (conn) => {
        const reps = await getReputations(conn, { account, ...readAt(o) });
        print(
          io,
          o,
          reps.map((r) => ({
            cindex: r.cindex,
            cid: r.cidString,
            reputation: r.reputation.kind,
            linkedTo: r.reputation.linkedTo ?? null,
          })),
          // tooling §1.9: the Python parser keeps the text after `::`.
          () => reps.map((r) => `${r.cindex}, ${r.cidString}, Reputation::${formatReputation(r.reputation)}`),
        );
      });
    });

  participant
    .command('proof-of-attendance')
    .description("a self-signed proof of the account's attendance at a --cid ceremony, as SCALE hex")
    .argument('<account>', 'the attendee (signer)')
    .option('--ceremony-index <n>', 'ceremony of the attendance; negative = current minus n', '-1')
    .action(async (account: string, options: { ceremonyIndex: string }, command: Command) => {
      const o = chainOptions(command);
      const signer = await signerFor(account, o);
      await withCommunity(o, async (conn, cid, cidString) => {
        const ceremonyIndex = await ceremonyIndexArg(conn, options.ceremonyIndex, o);
        const hex = toHex(
          encodeProofOfAttendance(signProofOfAttendance({ attendee: signer, cid, ceremonyIndex })),
        );
        print(io, o, { account: signer.address, cid: cidString, ceremonyIndex, proof: hex }, () => hex);
      });
    });
};

/** `ceremony admin ...`: privileged calls, sudo by //Alice on dev. */
const registerAdminCommands = (ceremony: Command, io: CliIo): void => {
  const admin = ceremony
    .command('admin')
    .description('privileged ceremony operations (sudo by //Alice on dev chains)');

  admin
    .command('next-phase')
    .description('advance the ceremony phase (sudo); prints the new phase')
    .option('-s, --signer <account>', 'the sudo key', SUDO_KEY)
    .action(async (options: { signer: string }, command: Command) => {
      const o = chainOptions(command);
      const signer = await signerFor(options.signer, o);
      await withConnection(o, async (conn) => {
        const r = await nextPhase(conn, { signer });
        const cindex = await getCeremonyIndex(conn, { at: r.block.hash });
        print(
          io,
          o,
          { phase: r.phase, ceremonyIndex: cindex, ...txJson(r) },
          () => `Phase is now: ${r.phase}`,
        );
      });
    });

  admin
    .command('bootstrapper-tickets')
    .description('remaining newbie endorsement tickets of each bootstrapper of --cid')
    .action(async (_options: unknown, command: Command) => {
      const o = chainOptions(command);
      await withCommunity(o, async (conn, cid) => {
        const tickets = await getBootstrapperTickets(conn, { cid, ...readAt(o) });
        print(io, o, tickets, () => `[${tickets.map((t) => `("${t.account}", ${t.remaining})`).join(', ')}]`);
      });
    });

  admin
    .command('purge')
    .description('purge the ceremony storage of --cid for the ceremony indices from..to (sudo)')
    .argument('<from>', 'first ceremony index', integerArg('from', 0, U32_MAX))
    .argument('<to>', 'last ceremony index (inclusive)', integerArg('to', 0, U32_MAX))
    .option('-s, --signer <account>', 'the sudo key', SUDO_KEY)
    .action(async (from: number, to: number, options: { signer: string }, command: Command) => {
      const o = chainOptions(command);
      const signer = await signerFor(options.signer, o);
      await withCommunity(o, async (conn, cid, cidString) => {
        if (!o.json) io.out(`purging ceremony index range [${from}  ${to}] for community ${cidString}`);
        const sent = await purgeCommunityCeremony(conn, { cid, from, to, signer });
        if (o.json) io.out(toJson({ cid: cidString, from, to, extrinsics: sent.map(txJson) }));
      });
    });

  admin
    .command('set-meetup-time-offset')
    .description('shift the meetup times by a signed number of milliseconds (sudo; Registering phase only)')
    .requiredOption(
      '--time-offset <ms>',
      'offset in ms (i32)',
      integerArg('--time-offset', -(2 ** 31), 2 ** 31 - 1),
    )
    .option('-s, --signer <account>', 'the sudo key', SUDO_KEY)
    .action(async (options: { timeOffset: number; signer: string }, command: Command) => {
      const o = chainOptions(command);
      const signer = await signerFor(options.signer, o);
      await withConnection(o, async (conn) => {
        const included = await setMeetupTimeOffset(conn, { offsetMs: options.timeOffset, signer });
        print(
          io,
          o,
          { offsetMs: options.timeOffset, ...txJson(included) },
          () => `meetup time offset set to ${options.timeOffset} ms`,
        );
      });
    });
};

/** `encointer ceremony ...`: phase, meetups, participants, attestations, rewards, reputation, admin. */
export const registerCeremonyCommands = (program: Command, io: CliIo): void => {
  const ceremony = program
    .command('ceremony')
    .description(
      'ceremonies: phase, meetups, registration, attestation, rewards, reputation and admin calls',
    );
  registerReadCommands(ceremony, io);
  registerParticipantCommands(ceremony, io);
  registerAdminCommands(ceremony, io);
};
