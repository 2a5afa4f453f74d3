// spec: ceremonies §5.1–§5.2, tooling Appendix B (EncointerScheduler reads)
import { resolveBlock } from '../common/resolveBlock.js';
import type { BlockInfo, CeremonyPhase, ReadOptions } from '../common/types.js';
import type { Connection } from '../connection/connect.js';
import { getCeremonyIndex } from './getCeremonyIndex.js';
import { getCurrentPhase } from './getCurrentPhase.js';
import { getNextPhaseTimestamp } from './getNextPhaseTimestamp.js';
import { getPhaseDurations } from './getPhaseDurations.js';

export interface SchedulerState {
  readonly block: BlockInfo;
  readonly phase: CeremonyPhase;
  readonly ceremonyIndex: number;
  /** ms since the epoch. */
  readonly nextPhaseTimestamp: bigint;
  readonly phaseDurations: Record<CeremonyPhase, bigint>;
}

export type GetSchedulerStateReturnType = SchedulerState;

/** Phase, ceremony index, next phase time and phase durations, all read at one block. */
export const getSchedulerState = async (
  conn: Connection,
  { at }: ReadOptions = {},
): Promise<GetSchedulerStateReturnType> => {
  const block = await resolveBlock(conn, at);
  const o = { at: block.hash };
  const [phase, ceremonyIndex, nextPhaseTimestamp, phaseDurations] = await Promise.all([
    getCurrentPhase(conn, o),
    getCeremonyIndex(conn, o),
    getNextPhaseTimestamp(conn, o),
    getPhaseDurations(conn, o),
  ]);
  return { block, phase, ceremonyIndex, nextPhaseTimestamp, phaseDurations };
};
