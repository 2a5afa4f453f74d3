// spec: economy §6.8 (update_state), §6.7 in the state machine, §6.6 update_proposal_state; QUIRKs §10 items 15, 17, 18
import { describe, expect, it } from 'vitest';
import type { ProposalState, Tally } from '../../../primitives/scale/index.js';
import { NONE } from '../../framework/pallet.js';
import { identifierOf } from './actions.js';
import { DEV_DEMOCRACY_CONFIG } from './config.js';
import { action, actions } from './fixtures.js';
import { EnactmentQueue, LastApprovedProposalForAction, Proposals, Tallies } from './storage.js';
import { ALICE, BLOCK, BOB, err, setupDemocracy } from './testSupport.js';

const ONGOING: ProposalState = { tag: 'Ongoing', value: undefined };
const APPROVED: ProposalState = { tag: 'Approved', value: undefined };
const REJECTED: ProposalState = { tag: 'Rejected', value: undefined };
const confirming = (since: bigint): ProposalState => ({ tag: 'Confirming', value: { since } });
const PASSING: Tally = { turnout: 10n, ayes: 9n }; // e = 100: 100 ‰, threshold 7.597 → passing
const FAILING: Tally = { turnout: 10n, ayes: 6n }; // e = 100: not passing
const ascii = (s: string) => new TextEncoder().encode(s);

/** Proposal 1 (nominal income of cid) submitted at time 0 with an electorate of 100. */
const withProposal = (config = {}) => {
  const s = setupDemocracy({ config });
  s.setCindex(7);
  s.setReputationCount(s.cid, 4, 100n);
  expect(s.submit(ALICE, actions(s.cid, BOB).UpdateNominalIncome)).toBe('ok');
  const setTally = (t: Tally, id = 1n) => Tallies.set(s.env.state, id, t);
  const setState = (state: ProposalState, id = 1n) =>
    Proposals.mutate(s.env.state, id, (p) => ({ ...p!, state }));
  s.clearEvents();
  return { ...s, setTally, setState };
};

describe('economy §6.8 — transitions (mock: lifetime 240 000 ms, confirmation 60 000 ms, MinTurnout 20 ‰)', () => {
  // [from, tally, now, expected]
  const rows: [string, ProposalState, Tally, bigint, ProposalState][] = [
    ['ongoing, passing → Confirming { since: now }', ONGOING, PASSING, 6_000n, confirming(6_000n)],
    ['ongoing, passing, too old → Rejected', ONGOING, PASSING, 240_001n, REJECTED],
    ['ongoing, failing, too old → Rejected', ONGOING, FAILING, 240_001n, REJECTED],
    ['ongoing, failing, exactly at the lifetime → Ongoing', ONGOING, FAILING, 240_000n, ONGOING],
    [
      'ongoing, passing, exactly at the lifetime → Confirming',
      ONGOING,
      PASSING,
      240_000n,
      confirming(240_000n),
    ],
    ['confirming, passing, confirmed > period → Approved', confirming(0n), PASSING, 60_001n, APPROVED],
    ['confirming, passing, confirmed = period → unchanged', confirming(0n), PASSING, 60_000n, confirming(0n)],
    [
      'confirming, passing, too old but not confirmed → unchanged',
      confirming(200_000n),
      PASSING,
      250_000n,
      confirming(200_000n),
    ],
    [
      'confirming, passing, too old and confirmed → Approved (QUIRK §10.17)',
      confirming(0n),
      PASSING,
      246_000n,
      APPROVED,
    ],
    ['confirming, failing → Ongoing', confirming(0n), FAILING, 6_000n, ONGOING],
    ['confirming, failing, too old → Rejected', confirming(0n), FAILING, 240_001n, REJECTED],
  ];
  it.each(rows)('%s', (_name, from, t, now, expected) => {
    const s = withProposal();
    s.setState(from);
    s.setTally(t);
    s.setTime(now);
    expect(s.update(1n)).toBe('ok');
    expect(s.stateOf(1n)).toEqual(expected);
    const changed =
      JSON.stringify(from, (_k, v) => (typeof v === 'bigint' ? `${v}` : v)) !==
      JSON.stringify(expected, (_k, v) => (typeof v === 'bigint' ? `${v}` : v));
    expect(s.events()).toEqual(
      changed ? [{ tag: 'ProposalStateUpdated', value: { proposal_id: 1n, proposal_state: expected } }] : [],
    );
    const queued = EnactmentQueue.get(s.env.state, identifierOf(s.proposal(1n)!.action));
    expect(queued).toEqual(expected.tag === 'Approved' ? [1n] : undefined);
  });

  it('mock timeline: Ongoing after 40 blocks (240 000 ms), Rejected after 41', () => {
    const s = withProposal();
    s.setTime(40n * BLOCK);
    s.update(1n);
    expect(s.stateOf(1n)).toEqual(ONGOING);
    s.setTime(41n * BLOCK);
    s.update(1n);
    expect(s.stateOf(1n)).toEqual(REJECTED);
  });

  it('mock timeline: Confirming { since: 0 }, back to Ongoing, and Approved after 41 blocks with queue [1]', () => {
    const s = withProposal();
    s.setTally(PASSING);
    s.update(1n);
    expect(s.stateOf(1n)).toEqual(confirming(0n));
    s.setTally(FAILING);
    s.setTime(BLOCK);
    s.update(1n);
    expect(s.stateOf(1n)).toEqual(ONGOING);
    s.setTally(PASSING);
    s.setTime(0n);
    s.setState(confirming(0n));
    s.setTime(41n * BLOCK);
    s.update(1n);
    expect(s.stateOf(1n)).toEqual(APPROVED);
    const ident = identifierOf(s.proposal(1n)!.action);
    expect(EnactmentQueue.get(s.env.state, ident)).toEqual([1n]);
    expect(LastApprovedProposalForAction.get(s.env.state, ident)).toEqual([41n * BLOCK, 1n]);
  });

  it('votes drive the same transitions: a vote that makes it pass moves it to Confirming in the same call', () => {
    const s = setupDemocracy();
    s.setCindex(7);
    s.setReputationCount(s.cid, 4, 4n);
    s.giveReputation(ALICE, s.cid, 5);
    s.submit(BOB, actions(s.cid, BOB).Petition);
    s.clearEvents();
    s.setTime(12_000n);
    s.vote(ALICE, 1n, 'Aye', [[s.cid, 5]]);
    expect(s.stateOf(1n)).toEqual(confirming(12_000n));
    expect(s.events().map((e) => e.tag)).toEqual(['ProposalStateUpdated', 'VotePlaced']);
  });

  it('the configured MinTurnout applies: 1 of 1000 fails at 20 ‰ (mock) and passes at 1 ‰ (dev)', () => {
    for (const [config, expected] of [
      [{}, ONGOING],
      [{ minTurnout: DEV_DEMOCRACY_CONFIG.minTurnout }, confirming(0n)],
    ] as const) {
      const s = setupDemocracy({ config });
      s.setCindex(7);
      s.setReputationCount(s.cid, 4, 1000n);
      s.submit(ALICE, actions(s.cid, BOB).Petition);
      Tallies.set(s.env.state, 1n, { turnout: 1n, ayes: 1n });
      s.update(1n);
      expect(s.stateOf(1n)).toEqual(expected);
    }
  });

  it('QUIRK §10 item 15: a 1:1 tie at full turnout of 2 passes (e = t = 2, a = 1); 2 of 4 does not', () => {
    const s = setupDemocracy();
    s.setCindex(7);
    s.setReputationCount(s.cid, 4, 2n);
    s.setReputationCount(s.cid2, 4, 4n);
    s.submit(ALICE, actions(s.cid, BOB).Petition);
    s.submit(ALICE, actions(s.cid2, BOB).Petition);
    Tallies.set(s.env.state, 1n, { turnout: 2n, ayes: 1n });
    Tallies.set(s.env.state, 2n, { turnout: 4n, ayes: 2n });
    s.update(1n);
    s.update(2n);
    expect([s.stateOf(1n), s.stateOf(2n)]).toEqual([confirming(0n), ONGOING]);
  });

  it('update_proposal_state errors: BadOrigin, InexistentProposal, ProposalCannotBeUpdated for every final state', () => {
    const s = withProposal();
    expect(s.call(NONE, 'update_proposal_state', { proposal_id: 1n })).toBe('BadOrigin');
    expect(s.update(2n)).toBe(err('InexistentProposal'));
    for (const state of [
      APPROVED,
      REJECTED,
      { tag: 'SupersededBy', value: { id: 5n } },
      { tag: 'Enacted', value: undefined },
    ] as ProposalState[]) {
      s.setState(state);
      expect(s.update(1n)).toBe(err('ProposalCannotBeUpdated'));
    }
  });
});

describe('economy §6.8 — supersession', () => {
  /** Proposals 1 and 2 for the same identifier, submitted at 0 and 1 000; 1 is approved at 61 000. */
  const approvedFirst = () => {
    const s = withProposal();
    s.setTime(1_000n);
    s.submit(ALICE, actions(s.cid, BOB).UpdateNominalIncome);
    s.setTally(PASSING, 1n);
    s.setTally(PASSING, 2n);
    s.setTime(0n);
    s.update(1n);
    s.setTime(61_000n);
    s.update(1n);
    expect(s.stateOf(1n)).toEqual(APPROVED);
    s.clearEvents();
    return s;
  };

  it('an older competitor becomes SupersededBy the approved one when next touched, even while passing', () => {
    const s = approvedFirst();
    s.setTime(62_000n);
    expect(s.update(2n)).toBe('ok');
    expect(s.stateOf(2n)).toEqual({ tag: 'SupersededBy', value: { id: 1n } });
    expect(s.events()).toEqual([
      {
        tag: 'ProposalStateUpdated',
        value: { proposal_id: 2n, proposal_state: { tag: 'SupersededBy', value: { id: 1n } } },
      },
    ]);
    expect(s.vote(ALICE, 2n, 'Aye', [])).toBe(err('ProposalCannotBeUpdated'));
  });

  it('new proposals for a queued identifier are refused; other cids and non-superseding actions are unaffected', () => {
    const s = approvedFirst();
    s.setReputationCount(s.cid2, 4, 100n);
    expect(s.submit(ALICE, actions(s.cid, BOB).UpdateNominalIncome)).toBe(err('ProposalWaitingForEnactment'));
    expect(s.submit(ALICE, actions(s.cid2, BOB).UpdateNominalIncome)).toBe('ok');
    expect(s.submit(ALICE, actions(s.cid, BOB).UpdateDemurrage)).toBe('ok');
    s.setTally(PASSING, 3n);
    s.setTally(PASSING, 4n);
    s.update(3n);
    s.update(4n);
    expect([s.stateOf(3n), s.stateOf(4n)]).toEqual([confirming(61_000n), confirming(61_000n)]);
  });

  it('a proposal submitted at the approval time (same block, before it) is not superseded and can be approved too', () => {
    const s = withProposal();
    s.setTally(PASSING, 1n);
    s.update(1n);
    s.setTime(61_000n);
    s.submit(ALICE, actions(s.cid, BOB).UpdateNominalIncome);
    s.update(1n);
    expect(s.stateOf(1n)).toEqual(APPROVED);
    s.setTally(PASSING, 2n);
    s.setTime(62_000n);
    s.update(2n);
    expect(s.stateOf(2n)).toEqual(confirming(62_000n));
    s.setTime(122_001n);
    s.update(2n);
    expect(s.stateOf(2n)).toEqual(APPROVED);
    const ident = identifierOf(s.proposal(1n)!.action);
    expect(EnactmentQueue.get(s.env.state, ident)).toEqual([1n, 2n]);
    expect(LastApprovedProposalForAction.get(s.env.state, ident)).toEqual([122_001n, 2n]);
  });

  it('non-superseding actions (petitions) are approved side by side and both queued', () => {
    const s = setupDemocracy();
    s.setCindex(7);
    s.setReputationCount(s.cid, 4, 100n);
    const petition = (text: string) => action('Petition', [s.cid, ascii(text)]);
    s.submit(ALICE, petition('a'));
    s.setTime(1_000n);
    s.submit(ALICE, petition('b'));
    Tallies.set(s.env.state, 1n, PASSING);
    Tallies.set(s.env.state, 2n, PASSING);
    s.update(1n);
    s.update(2n);
    s.setTime(70_000n);
    s.update(1n);
    s.update(2n);
    expect([s.stateOf(1n), s.stateOf(2n)]).toEqual([APPROVED, APPROVED]);
    expect(EnactmentQueue.get(s.env.state, identifierOf(petition('a')))).toEqual([1n, 2n]);
  });

  it('QUIRK §10 item 18: with 128 queued ids the proposal is Approved but not queued', () => {
    const s = withProposal();
    const ident = identifierOf(s.proposal(1n)!.action);
    const full = Array.from({ length: 128 }, (_, i) => BigInt(1000 + i));
    EnactmentQueue.set(s.env.state, ident, full);
    s.setTally(PASSING);
    s.setState(confirming(0n));
    s.setTime(60_001n);
    expect(s.update(1n)).toBe('ok');
    expect(s.stateOf(1n)).toEqual(APPROVED);
    expect(EnactmentQueue.get(s.env.state, ident)).toEqual(full);
    expect(LastApprovedProposalForAction.get(s.env.state, ident)).toEqual([60_001n, 1n]);
  });
});
