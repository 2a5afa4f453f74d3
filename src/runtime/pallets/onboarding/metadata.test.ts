// spec: economy §9.5 (storage additions), §9.9 (call 3), §9.11 (events 7–13, errors 9–20), §9.4 (constants)
import { describe, expect, it } from 'vitest';
import { toHex } from '../../../primitives/common/bytes.js';
import { NativeCurrency } from '../balances/currency.js';
import { DEV_COMMUNITIES_LIMITS } from '../communities/communities.js';
import { DEV_DEMOCRACY_CONFIG } from '../democracy/config.js';
import { createDemocracyPallet } from '../democracy/pallet.js';
import { ourPallet } from '../encointerBalances/referenceMetadata.js';
import { DEFAULT_ONBOARDING_DEPOSIT } from './config.js';
import { createOnboardingExtension } from './extension.js';
import { OnboardingExponent } from './storage.js';

const extension = createOnboardingExtension({
  currency: new NativeCurrency({ existentialDeposit: 500n }),
  deposit: DEFAULT_ONBOARDING_DEPOSIT,
  communitiesLimits: DEV_COMMUNITIES_LIMITS,
});
const pallet = createDemocracyPallet({ ...DEV_DEMOCRACY_CONFIG, extension });
const ours = ourPallet(pallet);

describe('the onboarding additions to EncointerDemocracy (economy §9.5, §9.9, §9.11)', () => {
  it('storage: the six §9.5 items after the democracy items, under the democracy prefix', () => {
    expect(ours.storage.slice(6).map((s) => [s.name, s.hashers, s.key, s.value])).toEqual([
      ['OnboardingExponent', [], undefined, '(u8, u8)'],
      ['OnboardingSnapshots', ['Blake2_128Concat'], 'u128', 'bounded_collections::bounded_vec::BoundedVec'],
      ['OnboardingInfos', ['Blake2_128Concat'], 'u128', 'encointer_primitives::onboarding::OnboardingInfo'],
      [
        'CommunityTallies',
        ['Blake2_128Concat', 'Blake2_128Concat'],
        '(u128, encointer_primitives::communities::CommunityIdentifier)',
        'encointer_primitives::democracy::Tally',
      ],
      [
        'PendingOnboarding',
        ['Blake2_128Concat'],
        'encointer_primitives::communities::CommunityIdentifier',
        'u128',
      ],
      [
        'OnboardingWhitelist',
        ['Blake2_128Concat'],
        'encointer_primitives::communities::CommunityIdentifier',
        'encointer_primitives::onboarding::WhitelistEntry',
      ],
    ]);
    // Default (1, 2): α = 1/2.
    expect(ours.storage[6]).toMatchObject({ modifier: 'Default', fallback: '0x0102' });
    expect(OnboardingExponent.itemKey.startsWith('0xf75dc02df8c782c94411522f8a29c61c')).toBe(true);
  });

  it('call 3 register_whitelisted_community with the arguments of new_community', () => {
    expect(ours.calls.map((c) => [c.index, c.name])).toEqual([
      [0, 'submit_proposal'],
      [1, 'vote'],
      [2, 'update_proposal_state'],
      [3, 'register_whitelisted_community'],
    ]);
    expect(ours.calls[3]!.fields.map((f) => f.name)).toEqual([
      'location',
      'bootstrappers',
      'community_metadata',
      'demurrage',
      'nominal_income',
    ]);
  });

  it('errors 9–20 and events 7–13 in §9.11 order, after the unchanged base variants', () => {
    expect(ours.errors.map((e) => [e.index, e.name]).slice(9)).toEqual([
      [9, 'InvalidDossierCid'],
      [10, 'InvalidCommunityIdentifier'],
      [11, 'CommunityAlreadyRegistered'],
      [12, 'CommunityAlreadyWhitelisted'],
      [13, 'OnboardingAlreadyPending'],
      [14, 'NoEligibleCommunities'],
      [15, 'InvalidExponent'],
      [16, 'NotWhitelisted'],
      [17, 'WhitelistExpired'],
      [18, 'SpecMismatch'],
      [19, 'NotABootstrapper'],
      [20, 'RegistrationPhaseRequired'],
    ]);
    expect(ours.errors[8]?.name).toBe('MathError');
    expect(ours.events.slice(7).map((e) => [e.index, e.name, e.fields.map((f) => f.name)])).toEqual([
      [7, 'OnboardingSnapshotTaken', ['proposal_id', 'cid', 'eligible_communities', 'total_weight']],
      [8, 'OnboardingVoteCounted', ['proposal_id', 'cid', 'vote', 'num_votes']],
      [9, 'CommunityWhitelisted', ['cid', 'proposal_id', 'expires_after']],
      [10, 'WhitelistedCommunityRegistered', ['cid', 'proposal_id']],
      [11, 'WhitelistEntryExpired', ['cid']],
      [12, 'OnboardingExponentUpdated', ['num', 'den']],
      [13, 'OnboardingDepositReleased', ['proposal_id', 'who', 'amount']],
    ]);
    expect(ours.events[6]?.name).toBe('PetitionApproved');
  });

  it('constants: the deposit (10 native units), whitelist validity 3, quorum 1/3, approval 2/3', () => {
    const constants = Object.fromEntries(ours.constants.map((c) => [c.name, c.value]));
    expect(constants).toMatchObject({
      OnboardingDeposit: toHex(
        Uint8Array.from({ length: 16 }, (_, i) => Number(((10n ** 13n) >> BigInt(8 * i)) & 255n)),
      ),
      WhitelistValidityCycles: '0x03000000',
      OnboardingQuorum: '0x0100000003000000',
      OnboardingApproval: '0x0200000003000000',
    });
    expect(() =>
      createDemocracyPallet({
        ...DEV_DEMOCRACY_CONFIG,
        extension: { ...extension, constants: { MinTurnout: extension.constants!.OnboardingDeposit! } },
      }),
    ).toThrow(/base constant/);
  });

  it('call encoding: index 3 ‖ location ‖ bootstrappers ‖ metadata ‖ demurrage ‖ nominal income', () => {
    const call = pallet.callType!.enc({
      tag: 'register_whitelisted_community',
      value: {
        location: { lat: 1n, lon: 2n },
        bootstrappers: [],
        community_metadata: {
          name: new Uint8Array(),
          symbol: new Uint8Array(),
          assets: new Uint8Array(),
          theme: undefined,
          url: undefined,
          announcement_signer: undefined,
          rules: 'LoCo',
        },
        demurrage: undefined,
        nominal_income: undefined,
      },
    });
    const i128 = (v: number) => `${v.toString(16).padStart(2, '0')}${'00'.repeat(15)}`;
    // bootstrappers: compact 0; metadata: three empty Vec<u8>, three None, LoCo; then two None.
    expect(toHex(call)).toBe(`0x03${i128(1)}${i128(2)}00${'00'.repeat(7)}0000`);
  });
});
