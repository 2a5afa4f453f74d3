// spec: economy §6.2 (Proposal, ProposalState), §6.4 (Proposals, Tallies, PurposeIds), tooling §1.7.6 (`proposal list`)
import { resolveBlock } from '../common/resolveBlock.js';
import type { ReadOptions } from '../common/types.js';
import type { Connection } from '../connection/connect.js';
import { type DecodedProposalAction, fromPapiProposalAction } from './proposalAction.js';

export type ProposalStateKind =
  | 'Ongoing'
  | 'Confirming'
  | 'Approved'
  | 'SupersededBy'
  | 'Rejected'
  | 'Enacted';

export interface Proposal {
  readonly id: bigint;
  /** Submission time, ms since the epoch. */
  readonly start: bigint;
  readonly startCindex: number;
  readonly action: DecodedProposalAction;
  readonly state: ProposalStateKind;
  /** `Confirming { since }` / `SupersededBy { id }` payloads. */
  readonly confirmingSince: bigint | undefined;
  readonly supersededBy: bigint | undefined;
  readonly electorateSize: bigint | undefined;
  readonly turnout: bigint;
  readonly ayes: bigint;
  /** Reputation-commitment purpose id of the proposal's votes. */
  readonly purposeId: bigint | undefined;
}

export type GetProposalsReturnType = Proposal[];

/** Every proposal with its tally, sorted by id. `all: false` leaves out failed ones (Rejected, SupersededBy). */
export const getProposals = async (
  conn: Connection,
  { at, all = true }: ReadOptions & { all?: boolean } = {},
): Promise<GetProposalsReturnType> => {
  const block = await resolveBlock(conn, at);
  const q = conn.api.query.EncointerDemocracy;
  const o = { at: block.hash };
  const [proposals, tallies, purposes] = (await Promise.all([
    q.Proposals.getEntries(o),
    q.Tallies.getEntries(o),
    q.PurposeIds.getEntries(o),
  ])) as [
    { keyArgs: [bigint]; value: Record<string, unknown> }[],
    { keyArgs: [bigint]; value: { turnout: bigint; ayes: bigint } }[],
    { keyArgs: [bigint]; value: bigint }[],
  ];
  const tally = new Map(tallies.map((t) => [BigInt(t.keyArgs[0]), t.value]));
  const purpose = new Map(purposes.map((p) => [BigInt(p.keyArgs[0]), BigInt(p.value)]));
  return proposals
    .map((e): Proposal => {
      const id = BigInt(e.keyArgs[0]);
      const v = e.value;
      const state = v.state as { type: ProposalStateKind; value?: { since?: bigint; id?: bigint } };
      const t = tally.get(id);
      return {
        id,
        start: BigInt(v.start as bigint),
        startCindex: Number(v.start_cindex),
        action: fromPapiProposalAction(v.action as { type: string; value: unknown }),
        state: state.type,
        confirmingSince: state.type === 'Confirming' ? BigInt(state.value?.since ?? 0n) : undefined,
        supersededBy: state.type === 'SupersededBy' ? BigInt(state.value?.id ?? 0n) : undefined,
        electorateSize: v.electorate_size === undefined ? undefined : BigInt(v.electorate_size as bigint),
        turnout: BigInt(t?.turnout ?? 0n),
        ayes: BigInt(t?.ayes ?? 0n),
        purposeId: purpose.get(id),
      };
    })
    .filter((p) => all || (p.state !== 'Rejected' && p.state !== 'SupersededBy'))
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
};
