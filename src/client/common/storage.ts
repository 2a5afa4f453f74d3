// spec: economy §2.5 (check raw key existence: a ValueQuery read returns the default for a missing key)

import type { Connection } from '../connection/connect.js';
import type { HexString } from './types.js';

/**
 * Whether a storage entry exists at a block. A `ValueQuery` item reads as its default when absent, which is
 * not the same thing (e.g. `DemurragePerBlock` absent means "use the default rate", present 0 means "none").
 */
export const storageExists = async (
  conn: Connection,
  // biome-ignore lint/suspicious/noExplicitAny: a storage entry of the dynamic API
  entry: { getKey: (...args: any[]) => Promise<string> },
  args: readonly unknown[],
  at: HexString | 'best' | 'finalized',
): Promise<boolean> => (await conn.client.rawQuery(await entry.getKey(...args), { at })) !== null;
