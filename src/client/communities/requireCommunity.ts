// spec: tooling §1.1 (every `--cid` is verified against the on-chain list)

import { formatCid } from '../../primitives/cid/cidString.js';
import { type CommunityIdentifier, cidEquals } from '../../primitives/cid/communityIdentifier.js';
import { toCid } from '../common/convert.js';
import type { CidInput, ReadOptions } from '../common/types.js';
import type { Connection } from '../connection/connect.js';
import { CommunityNotFoundError } from './errors.js';
import { getCommunityIdentifiers } from './getCommunityIdentifiers.js';

/** Parses a cid and checks that it is registered; throws InvalidCidError or CommunityNotFoundError. */
export const requireCommunity = async (
  conn: Connection,
  cid: CidInput,
  options: ReadOptions = {},
): Promise<CommunityIdentifier> => {
  const c = toCid(cid);
  const known = await getCommunityIdentifiers(conn, options);
  if (!known.some((k) => cidEquals(k, c))) throw new CommunityNotFoundError(formatCid(c));
  return c;
};
