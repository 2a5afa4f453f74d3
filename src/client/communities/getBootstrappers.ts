// spec: ceremonies §6.5 (`Bootstrappers`)

import { toPapiCid } from '../common/convert.js';
import type { Address, CidInput, ReadOptions } from '../common/types.js';
import type { Connection } from '../connection/connect.js';

export type GetBootstrappersReturnType = Address[];

/** The community's bootstrappers, in registration order (the order the CID digest covers). */
export const getBootstrappers = async (
  conn: Connection,
  { cid, at = 'best' }: { cid: CidInput } & ReadOptions,
): Promise<GetBootstrappersReturnType> =>
  (await conn.api.query.EncointerCommunities.Bootstrappers.getValue(toPapiCid(cid), { at })) as Address[];
