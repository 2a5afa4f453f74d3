// spec: economy §9.11 (read API: onboarding_status(proposal_id), onboarding_whitelist()); new since spec 30
import { bool, option, struct, tuple, u32, u128, unitEnum, vec } from '../../../primitives/codec/describe.js';
import type { ValueOf } from '../../../primitives/codec/types.js';
import {
  AccountId,
  CommunityIdentifier,
  NativeBalance,
  OnboardingApplication,
  OnboardingExponent,
  ProposalId,
  ProposalState,
  WhitelistEntry,
} from '../../../primitives/scale/index.js';
import type { RuntimeApi } from '../../apis/registry.js';
import type { StateReader } from '../../framework/state.js';
import { type OnboardingReport, onboardingReport } from './status.js';
import { OnboardingWhitelist } from './storage.js';

const path = (name: string) => ['encointer_primitives', 'onboarding', name];
const u128Field = { type: u128, typeName: 'u128' };
const u32Field = { type: u32, typeName: 'u32' };
const boolField = { type: bool, typeName: 'bool' };

/** A community's block vote: `Aye`=0, `Nay`=1, `Abstain`=2. */
export const CommunityDecision = unitEnum(path('CommunityDecision'), ['Aye', 'Nay', 'Abstain'] as const);

/** One snapshot community as the passing test sees it (weights and thresholds in U64F64 bits). */
export const CommunityOnboardingStatus = struct(path('CommunityOnboardingStatus'), {
  cid: { type: CommunityIdentifier, typeName: 'CommunityIdentifier' },
  electorate: u128Field,
  reputables: u128Field,
  weight: u128Field,
  turnout: u128Field,
  ayes: u128Field,
  turnout_permille: u128Field,
  threshold: { type: option(u128), typeName: 'Option<u128>' },
  decision: { type: CommunityDecision, typeName: 'CommunityDecision' },
});

/** `onboarding_status`: the application, its state, each community's decision and the global rule. */
export const OnboardingStatus = struct(path('OnboardingStatus'), {
  proposal_id: { type: ProposalId, typeName: 'ProposalIdType' },
  application: { type: OnboardingApplication, typeName: 'OnboardingApplication' },
  state: { type: ProposalState, typeName: 'ProposalState<Moment>' },
  applicant: { type: AccountId, typeName: 'AccountId' },
  deposit: { type: NativeBalance, typeName: 'Balance' },
  exponent: { type: OnboardingExponent, typeName: '(u8, u8)' },
  min_turnout: u128Field,
  communities: { type: vec(CommunityOnboardingStatus), typeName: 'Vec<CommunityOnboardingStatus>' },
  aye_weight: u128Field,
  nay_weight: u128Field,
  abstain_weight: u128Field,
  decided_weight: u128Field,
  total_weight: u128Field,
  aye_count: u32Field,
  nay_count: u32Field,
  abstain_count: u32Field,
  required_aye_count: u32Field,
  quorum_met: boolField,
  approval_met: boolField,
  aye_count_met: boolField,
  passing: boolField,
});
export type OnboardingStatusValue = ValueOf<typeof OnboardingStatus>;

/** The SCALE value of a report (snake_case fields as the described type). */
export const statusValue = (r: OnboardingReport): OnboardingStatusValue => ({
  proposal_id: r.proposalId,
  application: r.application,
  state: r.state,
  applicant: r.applicant,
  deposit: r.deposit,
  exponent: r.exponent,
  min_turnout: r.minTurnoutPermille,
  communities: r.communities.map((c) => ({
    cid: c.cid,
    electorate: c.electorate,
    reputables: c.reputables,
    weight: c.weight,
    turnout: c.turnout,
    ayes: c.ayes,
    turnout_permille: c.turnoutPermille,
    threshold: c.threshold,
    decision: c.decision,
  })),
  aye_weight: r.ayeWeight,
  nay_weight: r.nayWeight,
  abstain_weight: r.abstainWeight,
  decided_weight: r.decidedWeight,
  total_weight: r.totalWeight,
  aye_count: r.ayeCount,
  nay_count: r.nayCount,
  abstain_count: r.abstainCount,
  required_aye_count: r.requiredAyeCount,
  quorum_met: r.quorumMet,
  approval_met: r.approvalMet,
  aye_count_met: r.ayeCountMet,
  passing: r.passing,
});

/** `onboarding_whitelist()`: every whitelist entry (expired ones too until the Registering purge). */
export const onboardingWhitelist = (state: StateReader) => OnboardingWhitelist.entries(state);

/** `OnboardingApi` (version 1). `minTurnout` is the democracy `MinTurnout` (‰) of the runtime. */
export const createOnboardingApi = (minTurnout: bigint): RuntimeApi => ({
  name: 'OnboardingApi',
  version: 1,
  docs: ['Permissionless community onboarding (economy §9): applications and the whitelist.'],
  methods: [
    {
      name: 'onboarding_status',
      inputs: [{ name: 'proposal_id', type: ProposalId }],
      output: option(OnboardingStatus),
      docs: [
        'Explains an onboarding proposal: per community electorate, reputables, weight, tally and decision,',
        'then Aye/Nay/total weight, quorum, approval, Aye-community count and the result. None otherwise.',
      ],
      run: (state, id: bigint) => {
        const report = onboardingReport(state, id, minTurnout);
        return report === undefined ? undefined : statusValue(report);
      },
    },
    {
      name: 'onboarding_whitelist',
      inputs: [],
      output: vec(tuple(CommunityIdentifier, WhitelistEntry)),
      docs: ['Every whitelisted community with its approved spec hash and last valid cindex.'],
      run: (state) => onboardingWhitelist(state),
    },
  ],
});
