// spec: tooling §5.2 (phase controller counts events per block), §1.7.1 (`listen`)
import { resolveBlock } from '../common/resolveBlock.js';
import type { ReadOptions } from '../common/types.js';
import type { Connection } from '../connection/connect.js';
import type { ChainEvent } from '../tx/errors.js';

export interface BlockEvent extends ChainEvent {
  /** `ApplyExtrinsic` (with `extrinsicIndex`), `Initialization` or `Finalization`. */
  readonly phase: string;
  readonly extrinsicIndex: number | undefined;
}

export type GetBlockEventsReturnType = { block: { hash: string; number: number }; events: BlockEvent[] };

/** The events (`System.Events`) of one block, default the best block. */
export const getBlockEvents = async (
  conn: Connection,
  { at }: ReadOptions = {},
): Promise<GetBlockEventsReturnType> => {
  const block = await resolveBlock(conn, at);
  const raw = (await conn.api.query.System.Events.getValue({ at: block.hash })) as {
    phase: { type: string; value?: number };
    event: { type: string; value: { type: string; value: unknown } };
  }[];
  return {
    block,
    events: raw.map((r) => ({
      pallet: r.event.type,
      name: r.event.value.type,
      value: r.event.value.value,
      phase: r.phase.type,
      extrinsicIndex: r.phase.type === 'ApplyExtrinsic' ? r.phase.value : undefined,
    })),
  };
};
