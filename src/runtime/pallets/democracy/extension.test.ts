// spec: economy §9.5–§9.9 — the plug-in points a Federated (onboarding) extension uses; a toy extension here,
// not the §9 rules
import { describe, expect, it } from 'vitest';
import { cidEquals } from '../../../primitives/cid/communityIdentifier.js';
import { u8 } from '../../../primitives/codec/describe.js';
import type { CommunityIdentifier, ProposalAction, ProposalState } from '../../../primitives/scale/index.js';
import { call, type Env } from '../../framework/pallet.js';
import { DEV_DEMOCRACY_CONFIG } from './config.js';
import { democracyErrorsWith, democracyEventsWith, PALLET } from './declarations.js';
import type { DemocracyExtension } from './extension.js';
import { action } from './fixtures.js';
import { createDemocracyPallet } from './pallet.js';
import { Tallies } from './storage.js';
import { ALICE, BOB, CHARLIE, err, setupDemocracy } from './testSupport.js';

const ascii = (s: string) => new TextEncoder().encode(s);

const toyErrors = democracyErrorsWith([['InvalidExponent', 'exponent out of range']] as const);
const toyEvents = democracyEventsWith({
  OnboardingVoteCounted: { index: 8, fields: { proposal_id: u8, num_votes: u8 } },
});

/** A toy federated extension: passing once two distinct communities voted Aye. */
const toyExtension = () => {
  const log: string[] = [];
  const ayeCommunities = new Map<bigint, CommunityIdentifier[]>();
  const ext: DemocracyExtension = {
    errors: toyErrors,
    events: toyEvents,
    calls: {
      register_whitelisted_community: call({
        index: 3,
        args: { n: u8 },
        dispatch: (_env, _origin, { n }) => void log.push(`register ${n}`),
      }),
    },
    handles: (a) => a.tag === 'OnboardCommunity' || a.tag === 'SetOnboardingExponent',
    prepareSubmission: (_env, ctx) => {
      if (ctx.action.tag === 'SetOnboardingExponent') {
        const [num, den] = ctx.action.value as unknown as [number, number];
        if (den === 0 || num > den) throw toyErrors.fail('InvalidExponent');
        return undefined;
      }
      if (ctx.action.tag !== 'OnboardCommunity') return undefined;
      log.push(`prepare window ${ctx.window.lo}..${ctx.window.hi}`);
      return { electorateSize: 42n, afterStored: (id) => void log.push(`stored ${id}`) };
    },
    federated: {
      countVotes: (env: Env, ctx) => {
        let n = 0n;
        for (const [c, k] of ctx.reputations) {
          if (ctx.window.lo <= k && k <= ctx.window.hi && ctx.commit(c, k)) {
            n += 1n;
            const list = ayeCommunities.get(ctx.proposalId) ?? [];
            if (ctx.vote === 'Aye' && !list.some((x) => cidEquals(x, c))) list.push(c);
            ayeCommunities.set(ctx.proposalId, list);
          }
        }
        env.deposit(PALLET, {
          tag: 'OnboardingVoteCounted',
          value: { proposal_id: 1, num_votes: Number(n) },
        });
        return n;
      },
      isPassing: (_state, ctx) => (ayeCommunities.get(ctx.proposalId)?.length ?? 0) >= 2,
    },
    onConcluded: (_env, id, _p, state: ProposalState) => void log.push(`concluded ${id} ${state.tag}`),
    enact: (_env, id, a: ProposalAction) => void log.push(`enact ${id} ${a.tag}`),
    onPhaseChange: (_env, phase) => void log.push(`phase ${phase}`),
  };
  return { ext, log };
};

const onboard = (cid: CommunityIdentifier) =>
  action('OnboardCommunity', { cid, spec_hash: new Uint8Array(32).fill(7), dossier: ascii('Qm') });

describe('democracy extension points (economy §9 plugs in here)', () => {
  it('a Federated proposal: electorate and follow-up from the extension, its own counting and passing test, enactment', () => {
    const { ext, log } = toyExtension();
    const s = setupDemocracy({ config: { extension: ext } });
    s.setCindex(7);
    s.giveReputation(ALICE, s.cid, 4);
    s.giveReputation(BOB, s.cid2, 5);
    const newcomer = { geohash: ascii('u1234'), digest: Uint8Array.of(1, 2, 3, 4) };
    expect(s.submit(CHARLIE, onboard(newcomer))).toBe('ok');
    expect(s.proposal(1n)?.electorate_size).toBe(42n);
    expect(log).toEqual(['prepare window 3..5', 'stored 1']);
    s.clearEvents();
    expect(s.vote(ALICE, 1n, 'Aye', [[s.cid, 4]])).toBe('ok');
    expect(s.stateOf(1n)?.tag).toBe('Ongoing');
    expect(
      s.vote(BOB, 1n, 'Aye', [
        [s.cid2, 5],
        [s.cid2, 5],
      ]),
    ).toBe('ok');
    expect(s.tally(1n)).toEqual({ turnout: 2n, ayes: 2n });
    expect(s.stateOf(1n)).toEqual({ tag: 'Confirming', value: { since: 0n } });
    expect(s.events().map((e) => e.tag)).toEqual([
      'OnboardingVoteCounted',
      'VotePlaced',
      'OnboardingVoteCounted',
      'ProposalStateUpdated',
      'VotePlaced',
    ]);
    s.setTime(60_001n);
    s.update(1n);
    expect(s.stateOf(1n)?.tag).toBe('Approved');
    expect(log).toContain('concluded 1 Approved');
    s.nextPhase();
    expect(s.stateOf(1n)?.tag).toBe('Enacted');
    expect(log.slice(-2)).toEqual(['enact 1 OnboardCommunity', 'phase Assigning']);
  });

  it('appended errors and calls: InvalidExponent = 9 from the extension, an extra call at index 3', () => {
    const { ext, log } = toyExtension();
    const s = setupDemocracy({ config: { extension: ext } });
    expect(s.submit(ALICE, action('SetOnboardingExponent', [3, 2]))).toBe(err('InvalidExponent'));
    expect(toyErrors.fail('InvalidExponent').errorIndex).toBe(9);
    expect(s.submit(ALICE, action('SetOnboardingExponent', [1, 3]))).toBe('ok');
    expect(s.proposal(1n)?.electorate_size).toBe(0n);
    expect(s.call({ kind: 'Signed', who: ALICE }, 'register_whitelisted_community', { n: 5 })).toBe('ok');
    expect(log).toContain('register 5');
  });

  it('rejection of a Federated proposal at the end of its lifetime reaches onConcluded', () => {
    const { ext, log } = toyExtension();
    const s = setupDemocracy({ config: { extension: ext } });
    s.setCindex(7);
    s.submit(ALICE, onboard(s.cid));
    Tallies.set(s.env.state, 1n, { turnout: 100n, ayes: 100n }); // ignored by the federated test
    s.setTime(240_001n);
    s.update(1n);
    expect(s.stateOf(1n)?.tag).toBe('Rejected');
    expect(log).toContain('concluded 1 Rejected');
  });

  it('a Federated action without federated hooks is refused; declarations must extend the base ones', () => {
    const { ext } = toyExtension();
    const { federated: _f, ...withoutFederated } = ext;
    const s = setupDemocracy({ config: { extension: withoutFederated } });
    expect(s.submit(ALICE, onboard(s.cid))).toBe('Other');
    expect(() =>
      createDemocracyPallet({
        ...DEV_DEMOCRACY_CONFIG,
        extension: { ...ext, calls: { vote: ext.calls!.register_whitelisted_community! } },
      }),
    ).toThrow(/base call/);
    expect(() => democracyEventsWith({ Clash: { index: 3 } })).toThrow(/base variant/);
  });
});
