// spec: ceremonies §9.13 "aggregated account data", §7.12 (read API), reference-metadata-spec30 CeremoniesApi
import { describe, expect, it } from 'vitest';
import { toHex } from '../../../primitives/common/bytes.js';
import { MOCK_CEREMONIES_CONFIG } from './config.js';
import {
  createCeremoniesApi,
  getAggregatedAccountData,
  getCeremonyInfo,
  getReputations,
} from './runtimeApi.js';
import { ParticipantReputation } from './storage.js';
import { ALICE, account, BOB, CHARLIE, DAY, FERDIE, loc, proofOf, setup } from './testRuntime.js';

const ZORAN = account('Zoran');

/** Community at (1, 1) with bootstrappers Alice, Bob, Charlie; Alice, Bob and reputable Ferdie registered. */
const scenario = () => {
  const s = setup();
  const cid = s.newCommunity([ALICE, BOB, CHARLIE], [loc(1, 1)]);
  s.seedIssuance(cid);
  expect(s.register(ALICE, cid)).toBe('ok');
  expect(s.register(BOB, cid)).toBe('ok');
  ParticipantReputation.set(s.env.state, [cid, 0], FERDIE.id, { tag: 'VerifiedUnlinked', value: undefined });
  expect(s.register(FERDIE, cid, proofOf(FERDIE, FERDIE, cid, 0))).toBe('ok');
  const data = (who: { id: Uint8Array }) => getAggregatedAccountData(s.env.state, s.config, cid, who.id);
  return { s, cid, data };
};

describe('get_aggregated_account_data (ceremonies §9.13, §7.12)', () => {
  it('Registering: the participant type without meetup data; an unregistered account has no personal data', () => {
    const { data } = scenario();
    expect(data(FERDIE)).toEqual({
      global: { ceremony_phase: 'Registering', ceremony_index: 1 },
      personal: {
        participant_type: 'Reputable',
        meetup_index: undefined,
        meetup_location_index: undefined,
        meetup_time: undefined,
        meetup_registry: undefined,
      },
    });
    expect(data(CHARLIE).personal).toBeUndefined();
  });

  it('Attesting: meetup 1 at location 0, solar noon at longitude 1°, a registry of four', () => {
    const { s, cid, data } = scenario();
    expect(s.register(CHARLIE, cid)).toBe('ok');
    s.goTo('Attesting');
    const personal = data(FERDIE).personal!;
    expect(personal.participant_type).toBe('Reputable');
    expect(personal.meetup_index).toBe(1n);
    expect(personal.meetup_location_index).toBe(0n);
    // attesting_start = NextPhaseTimestamp − PhaseDurations[Attesting] = 2 d − 1 d; + (180 − 1) · 240 000 ms
    expect(personal.meetup_time).toBe(DAY + 179n * 240_000n);
    expect(personal.meetup_registry?.map(toHex).sort()).toEqual(
      [ALICE, BOB, CHARLIE, FERDIE].map((a) => toHex(a.id)).sort(),
    );
    expect(data(FERDIE).global).toEqual({ ceremony_phase: 'Attesting', ceremony_index: 1 });
  });

  it('uses the current cindex without +1: a registration made in Attesting is not shown yet', () => {
    const { s, cid, data } = scenario();
    s.goTo('Attesting');
    expect(s.register(ZORAN, cid)).toBe('ok');
    expect(data(ZORAN).personal).toBeUndefined();
    s.goTo('Registering');
    expect(data(ZORAN).personal?.participant_type).toBe('Newbie');
    expect(data(FERDIE).personal).toBeUndefined();
  });
});

describe('get_reputations and get_ceremony_info (ceremonies §7.12)', () => {
  it('lists every reputation entry of the account with its cindex and community', () => {
    const s = setup();
    const cid = s.newCommunity();
    s.bootstrap(cid);
    expect(s.register(ALICE, cid, proofOf(ALICE, ALICE, cid, 1))).toBe('ok');
    const sorted = getReputations(s.env.state, ALICE.id).sort((a, b) => a[0] - b[0]);
    expect(sorted).toEqual([
      [1, { community_identifier: cid, reputation: { tag: 'VerifiedLinked', value: 2 } }],
      [2, { community_identifier: cid, reputation: { tag: 'UnverifiedReputable', value: undefined } }],
    ]);
    expect(getReputations(s.env.state, ZORAN.id)).toEqual([]);
    expect(getCeremonyInfo(s.env.state)).toEqual({ ceremony_phase: 'Registering', ceremony_index: 2 });
  });

  it('CeremoniesApi methods answer SCALE: inputs decode, outputs encode', () => {
    const { s, cid } = scenario();
    const api = createCeremoniesApi(MOCK_CEREMONIES_CONFIG);
    expect(api.methods.map((m) => [m.name, m.inputs.map((i) => i.name)])).toEqual([
      ['get_reputations', ['account']],
      ['get_aggregated_account_data', ['cid', 'account']],
      ['get_ceremony_info', []],
    ]);
    const [reputations, aggregated, info] = api.methods;
    expect(toHex(info!.output.enc(info!.run(s.env.state)))).toBe('0x0001000000');
    const args = [cid, FERDIE.id];
    const encodedArgs = aggregated!.inputs.map((input, i) => input.type.enc(args[i]));
    const decodedArgs = aggregated!.inputs.map((input, i) => input.type.dec(encodedArgs[i]!));
    const out = aggregated!.output.enc(aggregated!.run(s.env.state, ...decodedArgs));
    // global (Registering, 1), Some(personal: Reputable, None × 4)
    expect(toHex(out)).toBe(`0x00010000000101${'00'.repeat(4)}`);
    const reps = reputations!.output.enc(reputations!.run(s.env.state, FERDIE.id));
    expect(reputations!.output.dec(reps)).toHaveLength(2);
  });
});
