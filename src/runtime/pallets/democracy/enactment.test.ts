// spec: economy §6.9 (enactment at Assigning, before ceremonies; each of the eleven actions), §6.10 EnactmentFailed
import { describe, expect, it } from 'vitest';
import { ONE } from '../../../primitives/fixed/fixed.js';
import type { ProposalAction } from '../../../primitives/scale/index.js';
import type { CeremonyPhaseType } from '../../../primitives/scale/scheduler.js';
import type { Env } from '../../framework/pallet.js';
import { InactivityTimeout } from '../ceremonies/storage.js';
import { loc } from '../ceremonies/testRuntime.js';
import { getCommunityMetadata, getLocations, getNominalIncome } from '../communities/communities.js';
import { DemurragePerBlock } from '../encointerBalances/storage.js';
import {
  type AssetPayment,
  swapAssetOptionOf,
  swapNativeOptionOf,
  treasuryAccount,
} from '../treasuries/treasuries.js';
import { identifierOf } from './actions.js';
import {
  ASSET,
  action,
  actions,
  NEW_LOCATION,
  NEW_METADATA,
  swapAssetOption,
  swapNativeOption,
} from './fixtures.js';
import { EnactmentQueue, LastApprovedProposalForAction, ProposalCount, Tallies } from './storage.js';
import { ALICE, BOB, type DemocracySetupOptions, err, setupDemocracy } from './testSupport.js';

const ascii = (s: string) => new TextEncoder().encode(s);

/** A runtime at cindex 7 whose communities (and the world) have an electorate of 100 each. */
const setup = (options: DemocracySetupOptions = {}) => {
  const s = setupDemocracy(options);
  s.setCindex(7);
  s.setReputationCount(s.cid, 4, 100n);
  s.setReputationCount(s.cid2, 4, 100n);
  let now = 0n;
  /** Drives proposal `id` to Approved (unanimous full turnout, then the confirmation period). */
  const approveId = (id: bigint): bigint => {
    Tallies.set(s.env.state, id, { turnout: 1000n, ayes: 1000n });
    s.update(id);
    now += 60_001n;
    s.setTime(now);
    s.update(id);
    expect(s.stateOf(id)).toEqual({ tag: 'Approved', value: undefined });
    return id;
  };
  /** Submits `a` and approves it. */
  const approve = (a: ProposalAction): bigint => {
    expect(s.submit(ALICE, a)).toBe('ok');
    return approveId(ProposalCount.get(s.env.state));
  };
  return { ...s, approve, approveId };
};

const ENACTED = { tag: 'Enacted', value: undefined };

describe('economy §6.9 — each action takes effect at the transition into Assigning', () => {
  it('AddLocation adds the location (LocationAdded)', () => {
    const s = setup();
    s.approve(actions(s.cid, BOB).AddLocation);
    expect(getLocations(s.env.state, s.cid)).toHaveLength(1);
    s.nextPhase();
    expect(getLocations(s.env.state, s.cid)).toContainEqual(NEW_LOCATION);
    expect(s.env.eventsOf('EncointerCommunities')).toContainEqual({
      tag: 'LocationAdded',
      value: [s.cid, NEW_LOCATION],
    });
    expect(s.stateOf(1n)).toEqual(ENACTED);
  });

  it('RemoveLocation removes it (LocationRemoved)', () => {
    const s = setup();
    s.approve(actions(s.cid, BOB).RemoveLocation);
    s.nextPhase();
    expect(getLocations(s.env.state, s.cid)).toEqual([]);
    expect(s.env.eventsOf('EncointerCommunities')).toContainEqual({
      tag: 'LocationRemoved',
      value: [s.cid, loc(1, 1)],
    });
  });

  it('UpdateCommunityMetadata stores the metadata (MetadataUpdated)', () => {
    const s = setup();
    s.approve(actions(s.cid, BOB).UpdateCommunityMetadata);
    s.nextPhase();
    expect(getCommunityMetadata(s.env.state, s.cid)).toEqual(NEW_METADATA);
    expect(s.env.eventsOf('EncointerCommunities')).toContainEqual({ tag: 'MetadataUpdated', value: s.cid });
  });

  it('UpdateDemurrage sets the rate (DemurrageUpdated)', () => {
    const s = setup();
    s.approve(actions(s.cid, BOB).UpdateDemurrage);
    s.nextPhase();
    expect(DemurragePerBlock.get(s.env.state, s.cid)).toBe(ONE / 10n);
    expect(s.env.eventsOf('EncointerCommunities')).toContainEqual({
      tag: 'DemurrageUpdated',
      value: [s.cid, ONE / 10n],
    });
  });

  it('UpdateNominalIncome sets the income (NominalIncomeUpdated)', () => {
    const s = setup();
    s.approve(actions(s.cid, BOB).UpdateNominalIncome);
    s.nextPhase();
    expect(getNominalIncome(s.env.state, s.cid)).toBe(2n * ONE);
  });

  it('SetInactivityTimeout sets the ceremonies timeout (InactivityTimeoutUpdated)', () => {
    const s = setup();
    s.approve(actions(s.cid, BOB).SetInactivityTimeout);
    s.nextPhase();
    expect(InactivityTimeout.get(s.env.state)).toBe(42);
    expect(s.env.eventsOf('EncointerCeremonies')).toContainEqual({
      tag: 'InactivityTimeoutUpdated',
      value: 42,
    });
  });

  it('Petition only emits PetitionApproved { cid, text }, then ProposalEnacted', () => {
    const s = setup();
    s.approve(actions(s.cid, BOB).Petition);
    s.approve(action('Petition', [undefined, ascii('global')]));
    s.clearEvents();
    s.nextPhase();
    const petitions = s.events().filter((e) => e.tag === 'PetitionApproved');
    expect(petitions).toContainEqual({
      tag: 'PetitionApproved',
      value: { cid: s.cid, text: ascii('more benches') },
    });
    expect(petitions).toContainEqual({
      tag: 'PetitionApproved',
      value: { cid: undefined, text: ascii('global') },
    });
    const tags = s.events().map((e) => e.tag);
    expect(tags.filter((t) => t === 'ProposalEnacted')).toHaveLength(2);
    expect(tags.indexOf('PetitionApproved')).toBeLessThan(tags.indexOf('ProposalEnacted'));
  });

  it('SpendNative pays from the community treasury and the global treasury (SpentNative)', () => {
    const s = setup();
    const community = treasuryAccount(s.cid);
    const global = treasuryAccount(undefined);
    s.shell.currency.depositCreating(s.env, community, 10_000n);
    s.shell.currency.depositCreating(s.env, global, 5_000n);
    s.approve(actions(s.cid, BOB).SpendNative);
    s.approve(action('SpendNative', [undefined, ALICE, 2_000n]));
    s.nextPhase();
    const free = (who: Uint8Array) => s.shell.currency.free(s.env.state, who);
    expect([free(community), free(BOB), free(global), free(ALICE)]).toEqual([9_000n, 1_000n, 3_000n, 2_000n]);
    expect(s.env.eventsOf('EncointerTreasuries')).toContainEqual({
      tag: 'SpentNative',
      value: { treasury: community, beneficiary: BOB, amount: 1_000n },
    });
  });

  it('IssueSwapNativeOption stores the option under the action cid, even with another option cid (QUIRK §10.20)', () => {
    const s = setup();
    const mismatched = { ...swapNativeOption(s.cid2), native_allowance: 5n };
    // Both submitted before the first approval: the queued identifier would refuse the second.
    s.submit(ALICE, actions(s.cid, BOB).IssueSwapNativeOption);
    s.submit(ALICE, action('IssueSwapNativeOption', [s.cid, ALICE, mismatched]));
    s.approveId(1n);
    s.approveId(2n);
    s.nextPhase();
    expect(swapNativeOptionOf(s.env.state, s.cid, BOB)).toEqual(swapNativeOption(s.cid));
    expect(swapNativeOptionOf(s.env.state, s.cid, ALICE)).toEqual(mismatched);
    expect(swapNativeOptionOf(s.env.state, s.cid2, ALICE)).toBeUndefined();
  });

  it('SpendAsset pays through the paymaster (SpentAsset)', () => {
    const paid: AssetPayment[] = [];
    const s = setup({ paymaster: (_env: Env, p: AssetPayment) => void paid.push(p) });
    s.approve(actions(s.cid, BOB).SpendAsset);
    s.nextPhase();
    expect(paid).toEqual([
      { treasury: treasuryAccount(s.cid), beneficiary: BOB, assetId: ASSET, amount: 7n },
    ]);
    expect(s.stateOf(1n)).toEqual(ENACTED);
  });

  it('SpendAsset on the dev runtime (refusing paymaster) fails: EnactmentFailed with EncointerTreasuries.PayoutError', () => {
    const s = setup();
    s.approve(actions(s.cid, BOB).SpendAsset);
    s.clearEvents();
    s.nextPhase();
    expect(s.events()).toEqual([
      {
        tag: 'EnactmentFailed',
        value: {
          proposal_id: 1n,
          reason: { tag: 'Module', value: { index: 68, error: Uint8Array.of(5, 0, 0, 0) } },
        },
      },
    ]);
    expect(s.stateOf(1n)).toEqual({ tag: 'Approved', value: undefined });
  });

  it('IssueSwapAssetOption stores the asset option (GrantedSwapAssetOption)', () => {
    const s = setup();
    s.approve(actions(s.cid, BOB).IssueSwapAssetOption);
    s.nextPhase();
    expect(swapAssetOptionOf(s.env.state, s.cid, BOB)).toEqual(swapAssetOption(s.cid));
    expect(s.env.eventsOf('EncointerTreasuries')).toContainEqual({
      tag: 'GrantedSwapAssetOption',
      value: { cid: s.cid, who: BOB, asset_id: ASSET },
    });
  });

  it('every enacted proposal is Enacted with ProposalEnacted { proposal_id } and the queue is emptied', () => {
    const s = setup();
    s.shell.currency.depositCreating(s.env, treasuryAccount(s.cid), 10_000n);
    const all = Object.values(actions(s.cid, BOB)).filter((a) => a.tag !== 'SpendAsset');
    const ids = all.map((a) => s.approve(a));
    expect(EnactmentQueue.entries(s.env.state)).toHaveLength(all.length);
    s.clearEvents();
    s.nextPhase();
    expect(ids.map((id) => s.stateOf(id))).toEqual(ids.map(() => ENACTED));
    expect(
      s
        .events()
        .filter((e) => e.tag === 'ProposalEnacted')
        .map((e) => (e.value as { proposal_id: bigint }).proposal_id)
        .sort(),
    ).toEqual([...ids].sort());
    expect(EnactmentQueue.entries(s.env.state)).toEqual([]);
  });
});

describe('economy §6.9 — when and in which order', () => {
  it('nothing is enacted on entering Attesting or Registering; it is at the next Assigning', () => {
    const s = setup();
    s.goTo('Assigning');
    s.approve(actions(s.cid, BOB).UpdateNominalIncome);
    expect(s.nextPhase()).toBe('Attesting');
    expect(s.nextPhase()).toBe('Registering');
    expect(s.stateOf(1n)?.tag).toBe('Approved');
    expect(getNominalIncome(s.env.state, s.cid)).toBeUndefined();
    expect(s.nextPhase()).toBe('Assigning');
    expect(s.stateOf(1n)).toEqual(ENACTED);
    expect(getNominalIncome(s.env.state, s.cid)).toBe(2n * ONE);
  });

  it('democracy runs before the ceremonies hook: the next hook already sees the enacted value', () => {
    const seen: (bigint | undefined)[] = [];
    let s: ReturnType<typeof setup> | undefined;
    const spy = (env: Env, phase: CeremonyPhaseType) => {
      if (phase === 'Assigning') seen.push(getNominalIncome(env.state, s!.cid));
    };
    s = setup({ betweenHooks: [spy] });
    s.approve(actions(s.cid, BOB).UpdateNominalIncome);
    s.clearEvents();
    s.nextPhase();
    expect(seen).toEqual([2n * ONE]);
    const order = s.env.events.map((e) => `${e.pallet}.${e.event.tag}`);
    expect(order.indexOf('EncointerDemocracy.ProposalEnacted')).toBeLessThan(
      order.indexOf('EncointerScheduler.PhaseChangedTo'),
    );
  });

  it('two approvals for one identifier are enacted in insertion order: the later value wins', () => {
    const s = setup();
    const income = (v: bigint) => action('UpdateNominalIncome', [s.cid, v]);
    s.submit(ALICE, income(3n * ONE));
    Tallies.set(s.env.state, 1n, { turnout: 100n, ayes: 100n });
    s.update(1n);
    s.setTime(60_001n);
    s.submit(ALICE, income(5n * ONE)); // same block as the approval, before it: not superseded
    s.update(1n);
    Tallies.set(s.env.state, 2n, { turnout: 100n, ayes: 100n });
    s.update(2n);
    s.setTime(120_002n);
    s.update(2n);
    expect(EnactmentQueue.get(s.env.state, identifierOf(income(0n)))).toEqual([1n, 2n]);
    s.clearEvents();
    s.nextPhase();
    expect(s.events().filter((e) => e.tag === 'ProposalEnacted')).toEqual([
      { tag: 'ProposalEnacted', value: { proposal_id: 1n } },
      { tag: 'ProposalEnacted', value: { proposal_id: 2n } },
    ]);
    expect(getNominalIncome(s.env.state, s.cid)).toBe(5n * ONE);
  });

  it('queues are walked in storage-key order (the hashed identifier), not approval order', () => {
    const s = setup();
    const a = [
      actions(s.cid, BOB).Petition,
      actions(s.cid2, BOB).UpdateNominalIncome,
      action('SetInactivityTimeout', 9),
      actions(s.cid, BOB).UpdateDemurrage,
    ];
    const ids = a.map((x) => s.approve(x));
    const byKey = a
      .map((x, i) => [EnactmentQueue.key(identifierOf(x)), ids[i]!] as const)
      .sort(([k1], [k2]) => (k1 < k2 ? -1 : 1))
      .map(([, id]) => id);
    s.clearEvents();
    s.nextPhase();
    const enacted = s
      .events()
      .filter((e) => e.tag === 'ProposalEnacted')
      .map((e) => (e.value as { proposal_id: bigint }).proposal_id);
    expect(enacted).toEqual(byKey);
  });

  it('a failing enactment: EnactmentFailed with the callee error, stays Approved, not retried; the queue is cleared', () => {
    const s = setup();
    const unknown = { geohash: ascii('u0000'), digest: Uint8Array.of(0, 0, 0, 1) };
    s.setReputationCount(unknown, 4, 100n);
    s.approve(action('UpdateNominalIncome', [unknown, ONE]));
    s.approve(actions(s.cid, BOB).UpdateNominalIncome);
    s.clearEvents();
    s.nextPhase();
    expect(s.events()).toContainEqual({
      tag: 'EnactmentFailed',
      // EncointerCommunities (62) CommunityInexistent (5)
      value: {
        proposal_id: 1n,
        reason: { tag: 'Module', value: { index: 62, error: Uint8Array.of(5, 0, 0, 0) } },
      },
    });
    expect(s.stateOf(1n)).toEqual({ tag: 'Approved', value: undefined });
    expect(s.stateOf(2n)).toEqual(ENACTED);
    expect(EnactmentQueue.entries(s.env.state)).toEqual([]);
    // LastApprovedProposalForAction is never cleared; the identifier is free again for new proposals.
    expect(
      LastApprovedProposalForAction.get(
        s.env.state,
        identifierOf(actions(s.cid, BOB).UpdateNominalIncome),
      )?.[1],
    ).toBe(2n);
    s.clearEvents();
    s.goTo('Assigning');
    expect(s.events()).toEqual([]);
    expect(s.submit(ALICE, action('UpdateNominalIncome', [unknown, ONE]))).toBe('ok');
  });

  it('an invalid demurrage fails at enactment with InvalidDemurrage (QUIRK §10.20: accepted at submission)', () => {
    const s = setup();
    s.approve(action('UpdateDemurrage', [s.cid, 2n * ONE]));
    s.clearEvents();
    s.nextPhase();
    expect(s.events()).toEqual([
      {
        tag: 'EnactmentFailed',
        value: {
          proposal_id: 1n,
          reason: { tag: 'Module', value: { index: 62, error: Uint8Array.of(7, 0, 0, 0) } },
        },
      },
    ]);
  });

  it('an older competitor submitted before an approval is superseded after the enactment too', () => {
    const s = setup();
    s.submit(ALICE, actions(s.cid, BOB).UpdateNominalIncome);
    s.approve(action('UpdateNominalIncome', [s.cid, 7n * ONE]));
    s.nextPhase();
    s.update(1n);
    expect(s.stateOf(1n)).toEqual({ tag: 'SupersededBy', value: { id: 2n } });
    expect(s.update(1n)).toBe(err('ProposalCannotBeUpdated'));
  });
});
