// spec: ceremonies §7.7 (AttestationRegistry, AttestationIndex, MeetupParticipantCountVote), tooling §1.7.4
import { toPapiCid } from '../common/convert.js';
import { resolveBlock } from '../common/resolveBlock.js';
import type { Address, BlockInfo } from '../common/types.js';
import type { Connection } from '../connection/connect.js';
import { getCeremonyIndex } from '../scheduler/getCeremonyIndex.js';
import type { CeremonyParameters } from './getAssignment.js';

export interface Attestation {
  /** The attestor's slot in `AttestationRegistry`. */
  readonly index: bigint;
  readonly attestor: Address;
  /** As stored: reverse input order, duplicates kept (ceremonies §7.7). */
  readonly attestees: readonly Address[];
  /** The attestor's vote on the meetup size (0 = none). */
  readonly vote: number;
}

export type GetAttestationsReturnType = { block: BlockInfo; cindex: number; attestations: Attestation[] };

/** Every attestation submitted for a community ceremony (default: the current one), by slot. */
export const getAttestations = async (
  conn: Connection,
  p: CeremonyParameters,
): Promise<GetAttestationsReturnType> => {
  const block = await resolveBlock(conn, p.at);
  const at = block.hash;
  const cindex = p.cindex ?? (await getCeremonyIndex(conn, { at }));
  const key = [toPapiCid(p.cid), cindex];
  const q = conn.api.query.EncointerCeremonies;
  const [registry, index, votes] = (await Promise.all([
    q.AttestationRegistry.getEntries(key, { at }),
    q.AttestationIndex.getEntries(key, { at }),
    q.MeetupParticipantCountVote.getEntries(key, { at }),
  ])) as [
    { keyArgs: [unknown, bigint]; value: Address[] }[],
    { keyArgs: [unknown, Address]; value: bigint }[],
    { keyArgs: [unknown, Address]; value: number }[],
  ];
  const attestorOf = new Map(index.map((e) => [BigInt(e.value), e.keyArgs[1]]));
  const voteOf = new Map(votes.map((e) => [e.keyArgs[1], Number(e.value)]));
  const attestations = registry
    .map((e) => {
      const slot = BigInt(e.keyArgs[1]);
      const attestor = attestorOf.get(slot) ?? '';
      return { index: slot, attestor, attestees: e.value, vote: voteOf.get(attestor) ?? 0 };
    })
    .sort((a, b) => (a.index < b.index ? -1 : a.index > b.index ? 1 : 0));
  return { block, cindex, attestations };
};
