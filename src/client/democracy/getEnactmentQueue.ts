// spec: economy §6.4 (`EnactmentQueue`: approved, not yet enacted), tooling §1.7.6 (`democracy enactment-queue`)
import type { ReadOptions } from '../common/types.js';
import type { Connection } from '../connection/connect.js';

/** Ids of approved proposals waiting for enactment, ascending. */
export const getEnactmentQueue = async (
  conn: Connection,
  { at = 'best' }: ReadOptions = {},
): Promise<bigint[]> => {
  const entries = (await conn.api.query.EncointerDemocracy.EnactmentQueue.getEntries({ at })) as {
    value: bigint[] | bigint;
  }[];
  return entries
    .flatMap((e) => (Array.isArray(e.value) ? e.value : [e.value]))
    .map((x) => BigInt(x))
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
};
