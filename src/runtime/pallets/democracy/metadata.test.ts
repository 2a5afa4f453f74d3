// spec: economy §6.3 (constants per runtime), §6.4 (storage v2), §6.10 (indices); reference-metadata-spec30
// EncointerDemocracy for what spec 30 shares with the current pallet (§6.12 lists the differences)
import { describe, expect, it } from 'vitest';
import { toHex } from '../../../primitives/common/bytes.js';
import { ourPallet, referencePallet } from '../encointerBalances/referenceMetadata.js';
import { DEV_DEMOCRACY_CONFIG, MOCK_DEMOCRACY_CONFIG, PRODUCTION_LIKE_DEMOCRACY_CONFIG } from './config.js';
import { createDemocracyPallet } from './pallet.js';
import { EnactmentQueue, ProposalCount, Proposals, Tallies } from './storage.js';

const pallet = createDemocracyPallet(DEV_DEMOCRACY_CONFIG);
const ours = ourPallet(pallet);
const ref = referencePallet('EncointerDemocracy');
const PREFIX = '0xf75dc02df8c782c94411522f8a29c61c';
const byName = <T extends { name: string }>(list: T[], name: string) => list.find((x) => x.name === name);

describe('EncointerDemocracy declarations (economy §6.4, §6.10)', () => {
  it('pallet index 67; storage keys under twox128("EncointerDemocracy") as the reference hashes them', () => {
    expect(pallet.index).toBe(67);
    expect(Proposals.itemKey).toBe(`${PREFIX}88c2f7188c6fdd1dffae2fa0d171f440`);
    expect(ProposalCount.itemKey).toBe(`${PREFIX}6254e9d55588784fa2a62b726696e2b1`);
    expect(Tallies.itemKey).toBe(`${PREFIX}c92d7336c6f4522dfe024dca9415344f`);
    expect(EnactmentQueue.itemKey).toBe(`${PREFIX}00aa9e5b823f7d3e91d7c529c3acd908`);
  });

  it('storage v2: six items; Proposals, ProposalCount and Tallies as in spec 30; no VoteEntries/CancelledAtBlock', () => {
    expect(ours.storage.map((s) => s.name)).toEqual([
      'PurposeIds',
      'Proposals',
      'ProposalCount',
      'Tallies',
      'LastApprovedProposalForAction',
      'EnactmentQueue',
    ]);
    for (const name of ['Proposals', 'ProposalCount', 'Tallies']) {
      expect(byName(ours.storage, name)).toEqual(byName(ref.storage, name));
    }
    const queue = byName(ours.storage, 'EnactmentQueue')!;
    const refQueue = byName(ref.storage, 'EnactmentQueue')!;
    expect([queue.hashers, queue.key, queue.modifier]).toEqual([
      refQueue.hashers,
      refQueue.key,
      refQueue.modifier,
    ]);
    expect(queue.value).toBe('bounded_collections::bounded_vec::BoundedVec');
    expect(byName(ours.storage, 'PurposeIds')).toMatchObject({
      hashers: ['Blake2_128Concat'],
      key: 'u128',
      value: 'u64',
    });
    expect(byName(ours.storage, 'LastApprovedProposalForAction')).toMatchObject({
      hashers: ['Blake2_128Concat'],
      key: 'encointer_primitives::democracy::ProposalActionIdentifier',
      value: '(u64, u128)',
    });
  });

  it('calls at the reference indices with the reference argument names', () => {
    const shape = (v: typeof ours.calls) => v.map((c) => [c.index, c.name, c.fields.map((f) => f.name)]);
    expect(shape(ours.calls)).toEqual(shape(ref.calls));
    expect(byName(ours.calls, 'vote')?.fields).toEqual(byName(ref.calls, 'vote')?.fields);
    expect(byName(ours.calls, 'update_proposal_state')).toEqual(
      expect.objectContaining({ fields: byName(ref.calls, 'update_proposal_state')?.fields }),
    );
  });

  it('Appendix B call encodings: 0x4300 submit_proposal, 0x4301 vote, 0x4302 update_proposal_state', () => {
    const enc = (tag: string, value: object) => toHex(pallet.callType!.enc({ tag, value }));
    expect(enc('submit_proposal', { proposal_action: { tag: 'SetInactivityTimeout', value: 5 } })).toBe(
      '0x000505000000',
    );
    const cid = { geohash: new Uint8Array(5).fill(0x61), digest: Uint8Array.of(1, 2, 3, 4) };
    expect(enc('vote', { proposal_id: 1n, vote: 'Nay', reputations: [[cid, 3]] })).toBe(
      `0x01${'01'.padEnd(32, '0')}0104${'61'.repeat(5)}0102030403000000`,
    );
    expect(enc('update_proposal_state', { proposal_id: 258n })).toBe(`0x02${'0201'.padEnd(32, '0')}`);
  });

  it('errors: 0–6 as in spec 30, then PurposeIdCreationFailed = 7 and MathError = 8', () => {
    expect(ours.errors.slice(0, 7)).toEqual(ref.errors);
    expect(ours.errors.slice(7).map((e) => [e.index, e.name])).toEqual([
      [7, 'PurposeIdCreationFailed'],
      [8, 'MathError'],
    ]);
  });

  it('events: ProposalEnacted = 0 as in spec 30, then the six current events in §6.10 order', () => {
    expect(ours.events[0]).toEqual(ref.events[0]);
    expect(ours.events.map((e) => [e.index, e.name, e.fields.map((f) => f.name)])).toEqual([
      [0, 'ProposalEnacted', ['proposal_id']],
      [1, 'ProposalSubmitted', ['proposal_id', 'proposal_action']],
      [2, 'VotePlaced', ['proposal_id', 'vote', 'num_votes']],
      [3, 'VoteFailed', ['proposal_id', 'vote']],
      [4, 'ProposalStateUpdated', ['proposal_id', 'proposal_state']],
      [5, 'EnactmentFailed', ['proposal_id', 'reason']],
      [6, 'PetitionApproved', ['cid', 'text']],
    ]);
    expect(byName(ours.events, 'EnactmentFailed')?.fields[1]?.type).toBe('sp_runtime::DispatchError');
  });
});

describe('economy §6.3 / tooling §0 — constants per runtime', () => {
  const constants = (config: typeof DEV_DEMOCRACY_CONFIG) =>
    Object.fromEntries(ourPallet(createDemocracyPallet(config)).constants.map((c) => [c.name, c.value]));
  const le = (v: bigint, bytes: number) =>
    toHex(Uint8Array.from({ length: bytes }, (_, i) => Number((v >> BigInt(8 * i)) & 0xffn)));

  it('dev: MaxReputationCount 64, ConfirmationPeriod 5 min, ProposalLifetime 20 min, MinTurnout 1 ‰', () => {
    expect(constants(DEV_DEMOCRACY_CONFIG)).toEqual({
      MaxReputationCount: le(64n, 4),
      ConfirmationPeriod: le(300_000n, 8),
      ProposalLifetime: le(1_200_000n, 8),
      MinTurnout: le(1n, 16),
    });
  });

  it('production-like (Kusama): 64, 2 days, 9 days, 50 ‰', () => {
    expect(constants(PRODUCTION_LIKE_DEMOCRACY_CONFIG)).toEqual({
      MaxReputationCount: le(64n, 4),
      ConfirmationPeriod: le(172_800_000n, 8),
      ProposalLifetime: le(777_600_000n, 8),
      MinTurnout: le(50n, 16),
    });
  });

  it('test mock: 10, 60 000 ms, 240 000 ms, 20 ‰', () => {
    expect(MOCK_DEMOCRACY_CONFIG).toMatchObject({
      maxReputationCount: 10,
      confirmationPeriod: 60_000n,
      proposalLifetime: 240_000n,
      minTurnout: 20n,
    });
  });

  it('rejects configurations the codecs cannot carry', () => {
    expect(() => createDemocracyPallet({ ...DEV_DEMOCRACY_CONFIG, proposalLifetime: -1n })).toThrow(
      /proposalLifetime/,
    );
    expect(() => createDemocracyPallet({ ...DEV_DEMOCRACY_CONFIG, maxReputationCount: 1.5 })).toThrow(
      /maxReputationCount/,
    );
    expect(() => createDemocracyPallet({ ...DEV_DEMOCRACY_CONFIG, minTurnout: 1n << 128n })).toThrow(
      /minTurnout/,
    );
  });
});
