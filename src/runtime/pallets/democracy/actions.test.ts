// spec: economy §6.2 (action table: access policy, identifier, supersedes), §9.5 (variants 11–12), §6.6 step 5
import { describe, expect, it } from 'vitest';
import type { ProposalAction } from '../../../primitives/scale/index.js';
import { ProposalAction as ProposalActionType } from '../../../primitives/scale/index.js';
import { accessPolicyOf, identifierOf, isBaseAction, purposeDescriptor, supersedes } from './actions.js';
import { actions } from './fixtures.js';

const cid = { geohash: Uint8Array.from([0x73, 0x71, 0x6d, 0x31, 0x76]), digest: Uint8Array.of(1, 2, 3, 4) };
const who = new Uint8Array(32).fill(9);
const a = actions(cid, who);
const ascii = (s: string) => new TextEncoder().encode(s);

describe('economy §6.2 — the action table', () => {
  // [variant, SCALE index, policy, identifier value, supersedes]
  const rows: [keyof typeof a, number, 'Community' | 'Global', unknown, boolean][] = [
    ['AddLocation', 0, 'Community', cid, true],
    ['RemoveLocation', 1, 'Community', cid, true],
    ['UpdateCommunityMetadata', 2, 'Community', cid, true],
    ['UpdateDemurrage', 3, 'Community', cid, true],
    ['UpdateNominalIncome', 4, 'Community', cid, true],
    ['SetInactivityTimeout', 5, 'Global', undefined, true],
    ['Petition', 6, 'Community', cid, false],
    ['SpendNative', 7, 'Community', cid, false],
    ['IssueSwapNativeOption', 8, 'Community', cid, false],
    ['SpendAsset', 9, 'Community', cid, false],
    ['IssueSwapAssetOption', 10, 'Community', cid, false],
  ];
  it.each(rows)('%s: index %i, policy %s, supersedes %s', (tag, index, policy, identValue, sup) => {
    const action = a[tag] as ProposalAction;
    expect(ProposalActionType.enc(action)[0]).toBe(index);
    const p = accessPolicyOf(action);
    expect(p.tag).toBe(policy);
    if (policy === 'Community') expect(p.value).toEqual(cid);
    expect(identifierOf(action)).toEqual({ tag, value: identValue });
    expect(supersedes(action)).toBe(sup);
    expect(isBaseAction(action)).toBe(true);
  });

  it.each([
    ['Petition', [undefined, ascii('x')]],
    ['SpendNative', [undefined, who, 1n]],
    ['SpendAsset', [undefined, who, 1n, Uint8Array.of(1)]],
  ] as const)('%s(None, …) is Global with identifier %s(None)', (tag, value) => {
    const action = { tag, value } as unknown as ProposalAction;
    expect(accessPolicyOf(action)).toEqual({ tag: 'Global', value: undefined });
    expect(identifierOf(action)).toEqual({ tag, value: undefined });
  });

  it('§9.5: OnboardCommunity is Federated, does not supersede; SetOnboardingExponent is Global and supersedes', () => {
    const onboard: ProposalAction = {
      tag: 'OnboardCommunity',
      value: { cid, spec_hash: new Uint8Array(32), dossier: ascii('Qm') },
    };
    const exponent: ProposalAction = { tag: 'SetOnboardingExponent', value: [1, 3] };
    expect(accessPolicyOf(onboard)).toEqual({ tag: 'Federated', value: undefined });
    expect(identifierOf(onboard)).toEqual({ tag: 'OnboardCommunity', value: cid });
    expect(supersedes(onboard)).toBe(false);
    expect(accessPolicyOf(exponent)).toEqual({ tag: 'Global', value: undefined });
    expect(identifierOf(exponent)).toEqual({ tag: 'SetOnboardingExponent', value: undefined });
    expect(supersedes(exponent)).toBe(true);
    expect([isBaseAction(onboard), isBaseAction(exponent)]).toEqual([false, false]);
  });

  it('§6.6 step 5: the purpose descriptor is ASCII "democracyProposal" and the decimal id', () => {
    expect(new TextDecoder().decode(purposeDescriptor(1n))).toBe('democracyProposal1');
    expect(purposeDescriptor(1234n)).toEqual(ascii('democracyProposal1234'));
    // u128::MAX has 39 digits: 56 bytes, far below the 128-byte descriptor bound.
    expect(purposeDescriptor((1n << 128n) - 1n).length).toBe(17 + 39);
  });
});
