// spec: economy §6.8 (update_state: the lazy state machine), §6.7 (passing test)
import { AQBError, isPassing } from '../../../primitives/democracy/passing.js';
import {
  ENACTMENT_QUEUE_MAX,
  type Proposal,
  type ProposalState,
  type Tally,
} from '../../../primitives/scale/index.js';
import type { Env } from '../../framework/pallet.js';
import type { StateReader } from '../../framework/state.js';
import { Now } from '../timestamp/timestamp.js';
import { accessPolicyOf, identifierOf, supersedes } from './actions.js';
import type { DemocracyConfig } from './config.js';
import { democracyErrors, PALLET } from './declarations.js';
import { EnactmentQueue, LastApprovedProposalForAction, Proposals, Tallies } from './storage.js';

const fail = democracyErrors.fail;

/** `Ongoing` and `Confirming` proposals can still change state. */
export const canUpdate = (state: ProposalState): boolean =>
  state.tag === 'Ongoing' || state.tag === 'Confirming';

/** `SupersededBy` and `Rejected` proposals failed. */
export const hasFailed = (state: ProposalState): boolean =>
  state.tag === 'SupersededBy' || state.tag === 'Rejected';

const sameState = (a: ProposalState, b: ProposalState): boolean =>
  a.tag === b.tag &&
  (a.tag !== 'Confirming' || a.value.since === (b as typeof a).value.since) &&
  (a.tag !== 'SupersededBy' || a.value.id === (b as typeof a).value.id);

const ZERO_TALLY: Tally = { turnout: 0n, ayes: 0n };

/**
 * Whether the proposal passes now: the extension's test for `Federated` proposals, else minimum turnout and AQB
 * over the snapshotted electorate (an AQB arithmetic failure is the `AQBError` dispatch error).
 */
export const proposalIsPassing = (
  state: StateReader,
  id: bigint,
  proposal: Proposal,
  config: DemocracyConfig,
): boolean => {
  const tally = Tallies.get(state, id) ?? ZERO_TALLY;
  if (accessPolicyOf(proposal.action).tag === 'Federated') {
    const federated = config.extension?.federated;
    // Unreachable: a Federated proposal is only accepted when the extension has these hooks.
    if (federated === undefined) throw fail('AQBError');
    return federated.isPassing(state, { proposalId: id, proposal, tally, minTurnout: config.minTurnout });
  }
  try {
    return isPassing(
      { electorate: proposal.electorate_size, turnout: tally.turnout, ayes: tally.ayes },
      config.minTurnout,
    );
  } catch (e) {
    if (e instanceof AQBError) throw fail('AQBError');
    throw e;
  }
};

/**
 * `update_state(id)`: moves an `Ongoing` / `Confirming` proposal by the rules of §6.8 at the current timestamp,
 * stores it and emits `ProposalStateUpdated` when the state changed. Returns whether it was approved now.
 * Errors: `InexistentProposal`, `ProposalCannotBeUpdated` (final state), `AQBError`.
 */
export const updateProposalState = (env: Env, id: bigint, config: DemocracyConfig): boolean => {
  const proposal = Proposals.get(env.state, id);
  if (proposal === undefined) throw fail('InexistentProposal');
  if (!canUpdate(proposal.state)) throw fail('ProposalCannotBeUpdated');
  const now = Now.get(env.state);
  const ident = identifierOf(proposal.action);
  const last = LastApprovedProposalForAction.get(env.state, ident);
  const superseded = supersedes(proposal.action) && last !== undefined && proposal.start < last[0];
  const age = now > proposal.start ? now - proposal.start : 0n;
  const tooOld = age > config.proposalLifetime;
  let next: ProposalState = proposal.state;
  let approved = false;
  if (superseded) {
    next = { tag: 'SupersededBy', value: { id: last[1] } };
  } else if (proposalIsPassing(env.state, id, proposal, config)) {
    if (proposal.state.tag === 'Confirming') {
      const since = proposal.state.value.since;
      const confirmedFor = now > since ? now - since : 0n;
      if (confirmedFor > config.confirmationPeriod) {
        next = { tag: 'Approved', value: undefined };
        enqueue(env, ident, id);
        LastApprovedProposalForAction.set(env.state, ident, [now, id]);
        approved = true;
      }
      // QUIRK: economy §10 item 17 — a confirming, still-passing proposal outlives its lifetime.
    } else if (tooOld) {
      next = { tag: 'Rejected', value: undefined };
    } else {
      next = { tag: 'Confirming', value: { since: now } };
    }
  } else if (tooOld) {
    next = { tag: 'Rejected', value: undefined };
  } else if (proposal.state.tag === 'Confirming') {
    next = { tag: 'Ongoing', value: undefined };
  }
  const updated: Proposal = { ...proposal, state: next };
  Proposals.set(env.state, id, updated);
  if (!sameState(proposal.state, next)) {
    env.deposit(PALLET, { tag: 'ProposalStateUpdated', value: { proposal_id: id, proposal_state: next } });
    if (!canUpdate(next)) config.extension?.onConcluded?.(env, id, updated, next);
  }
  return approved;
};

/**
 * Appends to the identifier's enactment queue.
 * QUIRK: economy §10 item 18 — a full queue (128) is only logged: the proposal is Approved but never enacted.
 */
const enqueue = (env: Env, ident: Parameters<typeof EnactmentQueue.get>[1], id: bigint): void => {
  const queue = EnactmentQueue.get(env.state, ident) ?? [];
  // The reference only writes a log line here; the runtime has no log sink, so nothing is recorded.
  if (queue.length >= ENACTMENT_QUEUE_MAX) return;
  EnactmentQueue.set(env.state, ident, [...queue, id]);
};
