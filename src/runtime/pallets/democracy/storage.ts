// spec: economy §6.4 (storage version 2: names, hashers, query kinds)
import { u128 } from '../../../primitives/codec/describe.js';
import {
  EnactmentQueue as EnactmentQueueType,
  LastApprovedProposal,
  Proposal,
  ProposalActionIdentifier,
  ProposalId,
  Tally,
} from '../../../primitives/scale/index.js';
import { PurposeId } from '../../../primitives/scale/reputationCommitments.js';
import { key, storageOf } from '../../framework/storage.js';
import { PALLET } from './declarations.js';

const storage = storageOf(PALLET);
const byId = key('Blake2_128Concat', ProposalId);
const byIdentifier = key('Blake2_128Concat', ProposalActionIdentifier);
const NO_DOCS = { docs: [] as string[] };

/** The reputation-commitment purpose of each proposal (one purpose per proposal: a reputation votes once). */
export const PurposeIds = storage.map('PurposeIds', byId, PurposeId, NO_DOCS);
export const Proposals = storage.map('Proposals', byId, Proposal, NO_DOCS);
/** The id of the last proposal; the first proposal gets 1. */
export const ProposalCount = storage.value('ProposalCount', u128, { default: 0n });
export const Tallies = storage.map('Tallies', byId, Tally, NO_DOCS);
/** `(approved_at, proposal id)` of the last approval per identifier; never cleared. */
export const LastApprovedProposalForAction = storage.map(
  'LastApprovedProposalForAction',
  byIdentifier,
  LastApprovedProposal,
  NO_DOCS,
);
/** Approved proposals waiting for the next Assigning phase, per identifier (at most 128 each). */
export const EnactmentQueue = storage.map('EnactmentQueue', byIdentifier, EnactmentQueueType, NO_DOCS);

export const democracyStorage = [
  PurposeIds,
  Proposals,
  ProposalCount,
  Tallies,
  LastApprovedProposalForAction,
  EnactmentQueue,
];
