// spec: economy §6.10 (events and errors, indices in declaration order); §9.11 appends variants via the extension
import type { VariantSpec } from '../../../primitives/codec/describe.js';
import type { ValueOf } from '../../../primitives/codec/types.js';
import {
  MaybeCommunityIdentifier,
  PalletString,
  ProposalAction,
  ProposalId,
  ProposalState,
  Vote,
  VoteCount,
} from '../../../primitives/scale/index.js';
import type { ErrorsDecl } from '../../framework/pallet.js';
import { DispatchError } from '../../types/substrate.js';
import { palletErrors, palletEvents } from '../system/declare.js';

export const PALLET = 'EncointerDemocracy';
export const PALLET_INDEX = 67;

const ERROR_PATH = ['pallet_encointer_democracy', 'pallet', 'Error'];
const EVENT_PATH = ['pallet_encointer_democracy', 'pallet', 'Event'];

/** `pallet_encointer_democracy::Error` variants in index order (docs of 0–6 as in the reference metadata). */
export const DEMOCRACY_ERRORS = [
  ['ProposalIdOutOfBounds', 'proposal id out of bounds'],
  ['InexistentProposal', 'inexistent proposal'],
  ['VoteCountOverflow', 'vote count overflow'],
  ['BoundedVecError', 'bounded vec error'],
  ['ProposalCannotBeUpdated', 'proposal cannot be updated'],
  ['AQBError', 'error when computing adaptive quorum biasing'],
  [
    'ProposalWaitingForEnactment',
    'cannot submit new proposal as a proposal of the same type is waiting for enactment',
  ],
  ['PurposeIdCreationFailed', 'reputation commitment purpose could not be created'],
  ['MathError', 'error when computing the voting window or the electorate'],
] as const;

export type DemocracyErrorName = (typeof DEMOCRACY_ERRORS)[number][0];

/** The error enum with further variants appended (economy §9.11 adds 9–20); the base indices stay. */
export const democracyErrorsWith = <N extends string>(
  extra: readonly (readonly [N, string])[],
): ErrorsDecl<DemocracyErrorName | N> =>
  palletErrors<DemocracyErrorName | N>(PALLET, ERROR_PATH, [...DEMOCRACY_ERRORS, ...extra]);

export const democracyErrors = democracyErrorsWith([]);

const proposalId = { type: ProposalId, typeName: 'ProposalIdType' };
const vote = { type: Vote, typeName: 'Vote' };

/** `pallet_encointer_democracy::Event` variants in index order. */
export const DEMOCRACY_EVENT_VARIANTS = {
  ProposalEnacted: { index: 0, fields: { proposal_id: proposalId }, docs: [' proposal enacted'] },
  ProposalSubmitted: {
    index: 1,
    fields: {
      proposal_id: proposalId,
      proposal_action: {
        type: ProposalAction,
        typeName: 'ProposalAction<T::AccountId, BalanceOf<T>, T::Moment, AssetKindOf<T>>',
      },
    },
    docs: [' proposal submitted'],
  },
  VotePlaced: {
    index: 2,
    fields: { proposal_id: proposalId, vote, num_votes: { type: VoteCount, typeName: 'VoteCountType' } },
    docs: [' vote placed'],
  },
  VoteFailed: { index: 3, fields: { proposal_id: proposalId, vote }, docs: [' vote failed'] },
  ProposalStateUpdated: {
    index: 4,
    fields: {
      proposal_id: proposalId,
      proposal_state: { type: ProposalState, typeName: 'ProposalState<T::Moment>' },
    },
    docs: [' proposal state updated'],
  },
  EnactmentFailed: {
    index: 5,
    fields: { proposal_id: proposalId, reason: { type: DispatchError, typeName: 'DispatchError' } },
    docs: [' proposal enactment failed'],
  },
  PetitionApproved: {
    index: 6,
    fields: {
      cid: { type: MaybeCommunityIdentifier, typeName: 'Option<CommunityIdentifier>' },
      text: { type: PalletString, typeName: 'PalletString' },
    },
    docs: [' petition approved'],
  },
} as const;

/** The event enum with further variants appended (economy §9.11 adds 7–13); the base indices stay. */
// biome-ignore lint/suspicious/noExplicitAny: appended variants have any field types
export const democracyEventsWith = <V extends Record<string, VariantSpec<any>>>(extra: V) => {
  for (const [name, spec] of Object.entries(extra)) {
    if (name in DEMOCRACY_EVENT_VARIANTS || spec.index < Object.keys(DEMOCRACY_EVENT_VARIANTS).length) {
      throw new Error(`democracy event ${name} (index ${spec.index}) would replace a base variant`);
    }
  }
  return palletEvents(EVENT_PATH, { ...DEMOCRACY_EVENT_VARIANTS, ...extra });
};

export const democracyEvents = palletEvents(EVENT_PATH, DEMOCRACY_EVENT_VARIANTS);

export type DemocracyEvent = ValueOf<typeof democracyEvents>;
