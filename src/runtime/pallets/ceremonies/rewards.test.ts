// spec: ceremonies §9.13 (claim_rewards scenarios), §7.7–§7.9, §9.12 runtime-observed judgements R1, R2, R7,
// R13, R14; QUIRKs §10 items 6, 9, 10, 11, 23
import { describe, expect, it } from 'vitest';
import { ONE } from '../../../primitives/fixed/fixed.js';
import type { CommunityIdentifier } from '../../../primitives/scale/index.js';
import { updateNominalIncome } from '../communities/communities.js';
import { balanceOf } from '../encointerBalances/balances.js';
import { getMeetupParticipants } from './assignment.js';
import {
  AttestationIndex,
  AttestationRegistry,
  GlobalReputationCount,
  IssuedRewards,
  MeetupCount,
  MeetupParticipantCountVote,
  ParticipantReputation,
  ReputationCount,
} from './storage.js';
import {
  ALICE,
  accounts,
  BOB,
  CHARLIE,
  DAVE,
  EVE,
  err,
  FERDIE,
  loc,
  proofOf,
  type Setup,
  SIX,
  setup,
  type TestAccount,
} from './testRuntime.js';

/** §9.13: with a zero seed, the meetup of the six bootstrappers lists them in this (local index) order. */
const LOCAL = [DAVE, ALICE, EVE, BOB, FERDIE, CHARLIE];
const ALPHABETICAL = [ALICE, BOB, CHARLIE, DAVE, EVE, FERDIE];

const UNVERIFIED = { tag: 'Unverified', value: undefined };
const VERIFIED = { tag: 'VerifiedUnlinked', value: undefined };

/** Six bootstrappers registered in §9.13 order, now in Attesting of cindex 1. */
const sixInAttesting = (s: Setup): CommunityIdentifier => {
  const cid = s.newCommunity();
  for (const b of SIX) expect(s.register(b, cid)).toBe('ok');
  s.goTo('Attesting');
  return cid;
};

const reputationAt = (s: Setup, cid: CommunityIdentifier, cindex: number, who: TestAccount) =>
  ParticipantReputation.get(s.env.state, [cid, cindex], who.id);
const balance = (s: Setup, cid: CommunityIdentifier, who: TestAccount) =>
  balanceOf(s.env.state, cid, who.id, s.env.blockNumber);
const noRewards = (s: Setup) =>
  s
    .events()
    .filter((e) => e.tag === 'NoReward')
    .map((e) => {
      const v = e.value as { account: Uint8Array; reason: string };
      const who = [...SIX, ...LOCAL].find((a) => a.id.every((b, i) => b === v.account[i]));
      return [who?.name, v.reason];
    });

/** "one missing attestation": participant i of [A..F] omits itself and then the element at i mod 5. */
const oneMissing = (i: number): TestAccount[] => {
  const rest = ALPHABETICAL.filter((_, j) => j !== i);
  rest.splice(i % 5, 1);
  return rest;
};

describe('claim_rewards (ceremonies §9.13)', () => {
  it('the six bootstrappers meet in the local order [Dave, Alice, Eve, Bob, Ferdie, Charlie] (QUIRK §10.6)', () => {
    const s = setup();
    const cid = sixInAttesting(s);
    expect(MeetupCount.get(s.env.state, [cid, 1])).toBe(1n);
    expect(getMeetupParticipants(s.env.state, [cid, 1], 1n)).toEqual(LOCAL.map((a) => a.id));
  });

  it('claim_rewards_works: 3 rewarded, Eve/Ferdie NoVote, Dave WrongVote; a second claim is refused', () => {
    const s = setup();
    const cid = sixInAttesting(s);
    const present = [ALICE, BOB, CHARLIE, DAVE, EVE];
    for (const who of [ALICE, BOB, CHARLIE]) {
      expect(
        s.attest(
          who,
          cid,
          5,
          present.filter((p) => p !== who),
        ),
      ).toBe('ok');
    }
    expect(
      s.attest(
        DAVE,
        cid,
        6,
        SIX.filter((p) => p !== DAVE),
      ),
    ).toBe('ok');
    s.goTo('Registering');
    expect(s.claim(ALICE, cid)).toBe('ok');
    expect(IssuedRewards.get(s.env.state, [cid, 1], 1n)).toBe('Ok');
    expect(s.events().at(-1)).toEqual({ tag: 'RewardsIssued', value: [cid, 1n, 3] });
    for (const who of [ALICE, BOB, CHARLIE]) {
      expect(balance(s, cid, who)).toBe(ONE);
      expect(reputationAt(s, cid, 1, who)).toEqual(VERIFIED);
    }
    for (const who of [EVE, FERDIE, DAVE]) expect(reputationAt(s, cid, 1, who)).toEqual(UNVERIFIED);
    // NoReward in `excluded` order: no-votes in local order (Eve before Ferdie), then the wrong vote.
    expect(noRewards(s)).toEqual([
      ['Eve', 'NoVote'],
      ['Ferdie', 'NoVote'],
      ['Dave', 'WrongVote'],
    ]);
    expect(ReputationCount.get(s.env.state, [cid, 1])).toBe(3n);
    expect(GlobalReputationCount.get(s.env.state, 1)).toBe(3n);
    for (const who of SIX) expect(s.claim(who, cid)).toBe(err('RewardsAlreadyIssued'));
  });

  it('one missing attestation each: all six are rewarded (pallet threshold 4 at 6)', () => {
    const s = setup();
    const cid = sixInAttesting(s);
    ALPHABETICAL.forEach((who, i) => {
      expect(s.attest(who, cid, 6, oneMissing(i))).toBe('ok');
    });
    s.goTo('Registering');
    expect(s.claim(ALICE, cid)).toBe('ok');
    expect(s.events().at(-1)).toEqual({ tag: 'RewardsIssued', value: [cid, 1n, 6] });
    expect(ReputationCount.get(s.env.state, [cid, 1])).toBe(6n);
    expect(GlobalReputationCount.get(s.env.state, 1)).toBe(6n);
  });

  it('two missing attestations each: nobody is rewarded, in the derived exclusion order', () => {
    const s = setup();
    const cid = sixInAttesting(s);
    ALPHABETICAL.forEach((who, i) => {
      const list = oneMissing(i);
      list.splice(i % 4, 1);
      expect(s.attest(who, cid, 6, list)).toBe('ok');
    });
    s.goTo('Registering');
    expect(s.claim(ALICE, cid)).toBe('ok');
    expect(s.events().at(-1)).toEqual({ tag: 'RewardsIssued', value: [cid, 1n, 0] });
    // local 5 TooFewIncoming, then 0, 2, 1, 4, 3 TooFewOutgoing
    expect(noRewards(s)).toEqual([
      ['Charlie', 'TooFewIncomingAttestations'],
      ['Dave', 'TooFewOutgoingAttestations'],
      ['Eve', 'TooFewOutgoingAttestations'],
      ['Alice', 'TooFewOutgoingAttestations'],
      ['Ferdie', 'TooFewOutgoingAttestations'],
      ['Bob', 'TooFewOutgoingAttestations'],
    ]);
    expect(IssuedRewards.get(s.env.state, [cid, 1], 1n)).toBe('Ok');
    expect(ReputationCount.get(s.env.state, [cid, 1])).toBe(0n);
  });

  it('global count: two communities of 3 fully attested bootstrappers count 3 each and 6 globally', () => {
    const s = setup();
    const [a, b] = [accounts('a', 3), accounts('b', 3)];
    const cidA = s.newCommunity(a, [loc(1, 1)]);
    const cidB = s.newCommunity(b, [loc(10, 10)]);
    for (const who of a) expect(s.register(who, cidA)).toBe('ok');
    for (const who of b) expect(s.register(who, cidB)).toBe('ok');
    s.goTo('Attesting');
    s.attestAll(cidA, a);
    s.attestAll(cidB, b);
    s.goTo('Registering');
    expect(s.claim(a[0]!, cidA)).toBe('ok');
    expect(s.claim(b[0]!, cidB)).toBe('ok');
    expect(ReputationCount.get(s.env.state, [cidA, 1])).toBe(3n);
    expect(ReputationCount.get(s.env.state, [cidB, 1])).toBe(3n);
    expect(GlobalReputationCount.get(s.env.state, 1)).toBe(6n);
  });

  it('invalid meetup index: 10 locations, 6 bootstrappers, 50 reputables', () => {
    const s = setup();
    const locations = Array.from({ length: 10 }, (_, i) => loc(1, 1 + i * 0.01));
    const cid = s.newCommunity(SIX, locations);
    s.seedIssuance(cid);
    for (const b of SIX) expect(s.register(b, cid)).toBe('ok');
    const reputables = accounts('reputable', 50);
    for (const r of reputables) {
      ParticipantReputation.set(s.env.state, [cid, 0], r.id, { tag: 'VerifiedUnlinked', value: undefined });
      expect(s.register(r, cid, proofOf(r, r, cid, 0))).toBe('ok');
    }
    s.goTo('Attesting');
    // 56 participants, 15 seats per meetup: ceil(56 / 15) = 4 meetups.
    const count = MeetupCount.get(s.env.state, [cid, 1]);
    expect(count).toBe(4n);
    const everyone = [...SIX, ...reputables];
    const byId = (id: Uint8Array) => everyone.find((a) => a.id.every((b, i) => b === id[i]))!;
    for (let m = 1n; m <= count; m++) {
      s.attestAll(cid, getMeetupParticipants(s.env.state, [cid, 1], m).map(byId));
    }
    s.goTo('Registering');
    for (let m = 1n; m <= count; m++) expect(s.claim(ALICE, cid, m)).toBe('ok');
    for (const m of [0n, count + 1n, count + 2n, 2n * count - 1n, 2n * count + 1n]) {
      expect(s.claim(ALICE, cid, m)).toBe(err('InvalidMeetupIndex'));
    }
    expect(ReputationCount.get(s.env.state, [cid, 1])).toBe(56n);
  });

  it('a failed evaluation is refused while Attesting and closes the meetup in Registering', () => {
    const s = setup();
    const cid = sixInAttesting(s);
    // Participant i (A..F) votes i, so no vote value reaches a count of 3.
    ALPHABETICAL.forEach((who, i) => {
      expect(
        s.attest(
          who,
          cid,
          i,
          SIX.filter((o) => o !== who),
        ),
      ).toBe('ok');
    });
    expect(s.claim(ALICE, cid)).toBe(err('VotesNotDependable'));
    expect(IssuedRewards.exists(s.env.state, [cid, 1], 1n)).toBe(false);
    s.goTo('Registering');
    expect(s.claim(ALICE, cid)).toBe('ok');
    expect(IssuedRewards.get(s.env.state, [cid, 1], 1n)).toBe('VotesNotDependable');
    expect(s.events().at(-1)).toEqual({ tag: 'MeetupEvaluated', value: [cid, 1n, 'VotesNotDependable'] });
    expect(s.claim(ALICE, cid)).toBe(err('RewardsAlreadyIssued'));
  });

  it('a non-participant may claim for a meetup by index; without an index it is not registered', () => {
    const s = setup();
    const cid = sixInAttesting(s);
    ALPHABETICAL.forEach((who, i) => {
      s.attest(who, cid, 6, oneMissing(i));
    });
    s.goTo('Registering');
    const stranger = accounts('stranger', 1)[0]!;
    expect(s.claim(stranger, cid)).toBe(err('ParticipantIsNotRegistered'));
    expect(s.claim(stranger, cid, 1n)).toBe('ok');
    expect(s.events().at(-1)).toEqual({ tag: 'RewardsIssued', value: [cid, 1n, 6] });
    for (const who of SIX) expect(balance(s, cid, who)).toBe(ONE);
  });

  it('early rewards: a perfect meetup is paid during Attesting', () => {
    const s = setup();
    const cid = sixInAttesting(s);
    s.attestAll(cid, SIX);
    expect(s.claim(ALICE, cid)).toBe('ok');
    expect(s.lastEvent()).toEqual({ tag: 'RewardsIssued', value: [cid, 1n, 6] });
    expect(GlobalReputationCount.get(s.env.state, 1)).toBe(6n);
  });

  it('early rewards with Ferdie absent and the other five perfect (vote 5): five are paid', () => {
    const s = setup();
    const cid = sixInAttesting(s);
    s.attestAll(
      cid,
      SIX.filter((p) => p !== FERDIE),
    );
    expect(s.claim(ALICE, cid)).toBe('ok');
    expect(s.lastEvent()).toEqual({ tag: 'RewardsIssued', value: [cid, 1n, 5] });
    expect(ReputationCount.get(s.env.state, [cid, 1])).toBe(5n);
    expect(GlobalReputationCount.get(s.env.state, 1)).toBe(5n);
  });

  it('early rewards are refused when Alice has not submitted', () => {
    const s = setup();
    const cid = sixInAttesting(s);
    for (const who of SIX.filter((p) => p !== ALICE)) {
      s.attest(
        who,
        cid,
        6,
        SIX.filter((o) => o !== who),
      );
    }
    expect(s.claim(BOB, cid)).toBe(err('EarlyRewardsNotPossible'));
    expect(IssuedRewards.exists(s.env.state, [cid, 1], 1n)).toBe(false);
  });

  it('bootstrapping: after the first ceremony and a claim in Registering all six are VerifiedUnlinked', () => {
    const s = setup();
    const cid = s.newCommunity();
    s.bootstrap(cid);
    expect(s.cindex()).toBe(2);
    for (const who of SIX) expect(reputationAt(s, cid, 1, who)).toEqual(VERIFIED);
  });

  it('claims: WrongPhaseForClaimingRewards in Assigning; the ceremony cannot be claimed from the next Attesting on', () => {
    const s = setup();
    const cid = sixInAttesting(s);
    s.attestAll(cid, SIX);
    s.goTo('Assigning');
    expect(s.claim(ALICE, cid)).toBe(err('WrongPhaseForClaimingRewards'));
    s.goTo('Attesting');
    // cindex now points to ceremony 2, where Alice is not registered.
    expect(s.claim(ALICE, cid)).toBe(err('ParticipantIsNotRegistered'));
    expect(s.claim(ALICE, cid, 1n)).toBe(err('InvalidMeetupIndex'));
  });
});

describe('meetup validation through the pallet (ceremonies §9.12 runtime-observed, §10)', () => {
  /** Submits per local index: `[vote, attestees as local indices]`, or undefined for no submission. */
  const submit = (
    s: Setup,
    cid: CommunityIdentifier,
    local: readonly TestAccount[],
    rows: ([number, number[]] | undefined)[],
  ) =>
    rows.forEach((row, i) => {
      if (row === undefined) return;
      const [vote, targets] = row;
      expect(
        s.attest(
          local[i]!,
          cid,
          vote,
          targets.map((t) => local[t]!),
        ),
      ).toBe('ok');
    });

  it('QUIRK §10.6 (R2): on a 3:3 tie the vote value first seen last in local order wins', () => {
    const s = setup();
    const cid = sixInAttesting(s);
    const all = (i: number) => [0, 1, 2, 3, 4, 5].filter((j) => j !== i);
    submit(
      s,
      cid,
      LOCAL,
      [5, 6, 5, 6, 5, 6].map((v, i) => [v, all(i)]),
    );
    s.goTo('Registering');
    expect(s.claim(ALICE, cid)).toBe('ok');
    expect(noRewards(s)).toEqual([
      ['Dave', 'WrongVote'],
      ['Eve', 'WrongVote'],
      ['Ferdie', 'WrongVote'],
    ]);
    expect(s.events().at(-1)).toEqual({ tag: 'RewardsIssued', value: [cid, 1n, 3] });
    for (const who of [ALICE, BOB, CHARLIE]) expect(reputationAt(s, cid, 1, who)).toEqual(VERIFIED);
  });

  it('QUIRK §10.10 (R1): attestations of already excluded participants still count as incoming', () => {
    const s = setup();
    const five = accounts('r1-', 5);
    const cid = s.newCommunity(five);
    for (const b of five) expect(s.register(b, cid)).toBe('ok');
    s.goTo('Attesting');
    const ids = getMeetupParticipants(s.env.state, [cid, 1], 1n);
    const local = ids.map((id) => five.find((a) => a.id.every((b, i) => b === id[i]))!);
    const atts = [
      [1, 2, 3, 4],
      [0, 2, 3],
      [1, 4],
      [0, 1, 2],
      [0, 1, 2, 3],
    ];
    submit(
      s,
      cid,
      local,
      atts.map((a) => [5, a]),
    );
    expect(s.claim(local[0]!, cid)).toBe(err('EarlyRewardsNotPossible'));
    s.goTo('Registering');
    expect(s.claim(local[0]!, cid)).toBe('ok');
    const reasons = s
      .events()
      .filter((e) => e.tag === 'NoReward')
      .map((e) => {
        const v = e.value as { account: Uint8Array; reason: string };
        return [ids.findIndex((id) => id.every((b, i) => b === v.account[i])), v.reason];
      });
    expect(reasons).toEqual([
      [2, 'TooFewOutgoingAttestations'],
      [1, 'TooFewOutgoingAttestations'],
      [3, 'TooFewOutgoingAttestations'],
    ]);
    expect(s.events().at(-1)).toEqual({ tag: 'RewardsIssued', value: [cid, 1n, 2] });
    expect(reputationAt(s, cid, 1, local[0]!)).toEqual(VERIFIED);
    expect(reputationAt(s, cid, 1, local[4]!)).toEqual(VERIFIED);
  });

  it('QUIRK §10.9 (R7): the list is stored reversed with duplicates, and duplicates inflate the outgoing count', () => {
    const s = setup();
    const cid = sixInAttesting(s);
    const all = (i: number) => [0, 1, 2, 3, 4, 5].filter((j) => j !== i);
    // local 0 (Dave) submits [self, 1, 1, 1, 1]: the self entry is dropped, the duplicates are kept.
    expect(s.attest(DAVE, cid, 6, [DAVE, ALICE, ALICE, ALICE, ALICE])).toBe('ok');
    expect(s.events().at(-1)).toEqual({ tag: 'AttestationsRegistered', value: [cid, 1n, 4, DAVE.id] });
    submit(s, cid, LOCAL, [undefined, ...[1, 2, 3, 4, 5].map((i): [number, number[]] => [6, all(i)])]);
    // Alice's list (local 1) was submitted as [Dave, Eve, Bob, Ferdie, Charlie]: stored reversed.
    const slot = AttestationIndex.get(s.env.state, [cid, 1], ALICE.id);
    expect(AttestationRegistry.get(s.env.state, [cid, 1], slot)).toEqual(
      [CHARLIE, FERDIE, BOB, EVE, DAVE].map((a) => a.id),
    );
    s.goTo('Registering');
    expect(s.claim(ALICE, cid)).toBe('ok');
    expect(s.events().at(-1)).toEqual({ tag: 'RewardsIssued', value: [cid, 1n, 6] });
    expect(reputationAt(s, cid, 1, DAVE)).toEqual(VERIFIED);
  });

  it('QUIRK §10.11 (R13/R14): early payout needs 2·vote > assigned, and the vote need not match the submitters', () => {
    const paidEarly = (vote: number) => {
      const s = setup();
      const cid = sixInAttesting(s);
      const five = [0, 1, 2, 3, 4];
      submit(s, cid, LOCAL, [
        ...five.map((i): [number, number[]] => [vote, five.filter((j) => j !== i)]),
        undefined,
      ]);
      return [s.claim(ALICE, cid), s] as const;
    };
    const [r13, s13] = paidEarly(5);
    expect(r13).toBe('ok');
    expect(s13.lastEvent()).toEqual({ tag: 'RewardsIssued', value: [expect.anything(), 1n, 5] });
    expect(paidEarly(6)[0]).toBe(err('EarlyRewardsNotPossible'));
  });

  it('QUIRK §10.11: four of seven pay themselves early; the other three are shut out for good', () => {
    const s = setup();
    const seven = accounts('seven', 7);
    const cid = s.newCommunity(seven);
    for (const b of seven) s.register(b, cid);
    s.goTo('Attesting');
    const [four, three] = [seven.slice(0, 4), seven.slice(4)];
    s.attestAll(cid, four);
    expect(s.claim(four[0]!, cid)).toBe('ok');
    expect(s.lastEvent()).toEqual({ tag: 'RewardsIssued', value: [cid, 1n, 4] });
    expect(s.events().filter((e) => e.tag === 'NoReward')).toHaveLength(3);
    // Later attestations are stored and announced, but change nothing.
    s.attestAll(cid, seven);
    expect(MeetupParticipantCountVote.get(s.env.state, [cid, 1], three[0]!.id)).toBe(7);
    s.goTo('Registering');
    expect(s.claim(three[0]!, cid)).toBe(err('RewardsAlreadyIssued'));
  });

  it('QUIRK §10.11: four of eight (exactly half) cannot claim early, but are paid late', () => {
    const s = setup();
    const eight = accounts('eight', 8);
    const cid = s.newCommunity(eight);
    for (const b of eight) s.register(b, cid);
    s.goTo('Attesting');
    const four = eight.slice(0, 4);
    s.attestAll(cid, four);
    expect(s.claim(four[0]!, cid)).toBe(err('EarlyRewardsNotPossible'));
    s.goTo('Registering');
    expect(s.claim(four[0]!, cid)).toBe('ok');
    expect(s.events().at(-1)).toEqual({ tag: 'RewardsIssued', value: [cid, 1n, 4] });
  });

  it('rewards use NominalIncome when set, CeremonyReward otherwise', () => {
    const s = setup();
    const cid = sixInAttesting(s);
    updateNominalIncome(s.env, cid, 3n * ONE);
    s.attestAll(cid, SIX);
    expect(s.claim(ALICE, cid)).toBe('ok');
    for (const who of SIX) expect(balance(s, cid, who)).toBe(3n * ONE);
  });
});
