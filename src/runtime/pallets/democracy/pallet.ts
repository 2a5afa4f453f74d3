// spec: economy §6.6 (calls), §6.3 (constants), §6.10; call indices as reference-metadata-spec30 EncointerDemocracy
import { u32, u64, u128 } from '../../../primitives/codec/describe.js';
import { InvalidInputError } from '../../../primitives/common/errors.js';
import { ProposalAction, ProposalId, reputationVecCodec, Vote } from '../../../primitives/scale/index.js';
import { BadOriginError } from '../../framework/errors.js';
import { call, constant, definePallet, type Pallet } from '../../framework/pallet.js';
import type { DemocracyConfig } from './config.js';
import { DEMOCRACY_ERRORS, democracyErrors, democracyEvents, PALLET, PALLET_INDEX } from './declarations.js';
import { submitProposal, vote } from './proposals.js';
import { updateProposalState } from './stateMachine.js';
import { democracyStorage } from './storage.js';

export { PALLET };

const BASE_CALLS = ['submit_proposal', 'vote', 'update_proposal_state'];
const BASE_CONSTANTS = ['MaxReputationCount', 'ConfirmationPeriod', 'ProposalLifetime', 'MinTurnout'];

const checkConfig = (config: DemocracyConfig): void => {
  const { maxReputationCount: max, confirmationPeriod, proposalLifetime, minTurnout } = config;
  if (!Number.isInteger(max) || max < 0 || max > 0xffff_ffff) {
    throw new InvalidInputError('maxReputationCount', `must be a u32, got ${max}`);
  }
  for (const [name, v] of [
    ['confirmationPeriod', confirmationPeriod],
    ['proposalLifetime', proposalLifetime],
  ] as const) {
    if (v < 0n || v >= 1n << 64n) throw new InvalidInputError(name, `must be a u64 (ms), got ${v}`);
  }
  if (minTurnout < 0n || minTurnout >= 1n << 128n) {
    throw new InvalidInputError('minTurnout', `must be a u128 (per-mille), got ${minTurnout}`);
  }
  const ext = config.extension;
  if (ext?.errors !== undefined) {
    DEMOCRACY_ERRORS.forEach(([name], i) => {
      if (ext.errors!.names[i] !== name) {
        throw new InvalidInputError(
          'extension.errors',
          'must start with the base errors: use democracyErrorsWith',
        );
      }
    });
  }
  for (const name of Object.keys(ext?.constants ?? {})) {
    if (BASE_CONSTANTS.includes(name)) {
      throw new InvalidInputError('extension.constants', `${name} is a base constant and cannot be replaced`);
    }
  }
  for (const name of Object.keys(ext?.calls ?? {})) {
    if (BASE_CALLS.includes(name)) {
      throw new InvalidInputError('extension.calls', `${name} is a base call and cannot be replaced`);
    }
  }
};

/** Declares the EncointerDemocracy pallet (index 67). */
export const createDemocracyPallet = (config: DemocracyConfig): Pallet => {
  checkConfig(config);
  const ext = config.extension;
  const proposalId = { type: ProposalId, typeName: 'ProposalIdType' };
  return definePallet({
    name: PALLET,
    index: PALLET_INDEX,
    callPath: ['pallet_encointer_democracy', 'pallet', 'Call'],
    storage: [...democracyStorage, ...(ext?.storage ?? [])],
    events: ext?.events ?? democracyEvents,
    errors: ext?.errors ?? democracyErrors,
    constants: {
      MaxReputationCount: constant(u32, config.maxReputationCount, [
        'The most reputations one `vote` call may list.',
      ]),
      ConfirmationPeriod: constant(u64, config.confirmationPeriod, [
        'The Period in which the proposal has to be in passing state before it is approved.',
      ]),
      ProposalLifetime: constant(u64, config.proposalLifetime, [
        'The total lifetime of a proposal.',
        'Note: In v2 this must be smaller than `ReputationLifetime`.',
      ]),
      MinTurnout: constant(u128, config.minTurnout, [
        'Minimum turnout in permill for a proposal to be considered as passing and entering the `Confirming` state.',
      ]),
      ...(ext?.constants ?? {}),
    },
    calls: {
      submit_proposal: call({
        index: 0,
        args: {
          proposal_action: {
            type: ProposalAction,
            typeName: 'ProposalAction<T::AccountId, BalanceOf<T>, T::Moment, AssetKindOf<T>>',
          },
        },
        docs: ['Submit a proposal for an action (any signed account, no deposit).'],
        dispatch: (env, origin, args) => {
          submitProposal(env, origin, args.proposal_action, config);
        },
      }),
      vote: call({
        index: 1,
        args: {
          proposal_id: proposalId,
          vote: { type: Vote, typeName: 'Vote' },
          reputations: {
            type: reputationVecCodec(config.maxReputationCount),
            typeName: 'ReputationVecOf<T>',
          },
        },
        docs: ['Vote with reputations (one vote per eligible, verified, not yet used attendance).'],
        dispatch: (env, origin, args) => {
          vote(env, origin, args.proposal_id, args.vote, args.reputations, config);
        },
      }),
      update_proposal_state: call({
        index: 2,
        args: { proposal_id: proposalId },
        docs: ["Re-evaluate a proposal's state at the current time (any signed account)."],
        dispatch: (env, origin, args) => {
          if (origin.kind !== 'Signed') {
            throw new BadOriginError('EncointerDemocracy.update_proposal_state needs a signed origin');
          }
          updateProposalState(env, args.proposal_id, config);
        },
      }),
      ...(ext?.calls ?? {}),
    },
  });
};
