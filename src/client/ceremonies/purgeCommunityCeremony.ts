// spec: ceremonies §7.13 (`purge_community_ceremony`, CeremonyMaster), tooling §1.7.4 (`ceremony admin purge`)
import { InvalidInputError } from '../../primitives/common/errors.js';
import { toPapiCid } from '../common/convert.js';
import type { CidInput } from '../common/types.js';
import type { Connection } from '../connection/connect.js';
import type { IncludedExtrinsic } from '../tx/errors.js';
import { getNextNonce } from '../tx/getNextNonce.js';
import { type WrapCall, wrapPrivileged } from '../tx/privileged.js';
import {
  polkadotSignerOf,
  type SignerInput,
  type SubmitOptions,
  submitExtrinsic,
} from '../tx/submitExtrinsic.js';

export interface PurgeCommunityCeremonyParameters extends SubmitOptions {
  cid: CidInput;
  /** First and last ceremony index to purge (inclusive). */
  from: number;
  to: number;
  /** The sudo key on dev chains (//Alice). */
  signer: SignerInput;
  wrap?: WrapCall | undefined;
}

/**
 * Purges the ceremony storage of a community for every index in [from, to]: one privileged
 * `purge_community_ceremony` per index, sent together with consecutive nonces (the runtime has no Utility batch).
 */
export const purgeCommunityCeremony = async (
  conn: Connection,
  p: PurgeCommunityCeremonyParameters,
): Promise<IncludedExtrinsic[]> => {
  if (!Number.isInteger(p.from) || !Number.isInteger(p.to) || p.from < 0 || p.to < p.from) {
    throw new InvalidInputError('range', `expected 0 ≤ from ≤ to, got [${p.from}, ${p.to}]`);
  }
  const first = await getNextNonce(conn, polkadotSignerOf(p.signer).publicKey);
  const indices = Array.from({ length: p.to - p.from + 1 }, (_, i) => p.from + i);
  return Promise.all(
    indices.map(async (cindex, i) => {
      const call = conn.api.tx.EncointerCeremonies.purge_community_ceremony({
        community_ceremony: [toPapiCid(p.cid), cindex],
      });
      return submitExtrinsic(conn, await wrapPrivileged(conn, call, p.wrap), p.signer, {
        ...p,
        nonce: first + i,
      });
    }),
  );
};
