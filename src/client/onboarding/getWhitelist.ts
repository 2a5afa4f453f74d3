// spec: economy §9.9 (OnboardingWhitelist: approved applications that may register through `expires_after`)
import { formatCid } from '../../primitives/cid/cidString.js';
import type { CommunityIdentifier } from '../../primitives/cid/communityIdentifier.js';
import { fromPapiCid, papiBytes } from '../common/convert.js';
import { resolveBlock } from '../common/resolveBlock.js';
import type { Address, ReadOptions } from '../common/types.js';
import type { Connection } from '../connection/connect.js';
import { requireOnboardingApi } from './onboardingApi.js';

export interface WhitelistEntry {
  readonly cid: CommunityIdentifier;
  readonly cidString: string;
  /** The approved registration arguments' hash. */
  readonly specHash: Uint8Array;
  readonly proposalId: bigint;
  readonly applicant: Address;
  /** Last ceremony index during which the community may register. */
  readonly expiresAfter: number;
}

/** Every whitelisted community (`OnboardingApi_onboarding_whitelist`; expired entries until the next purge). */
export const getWhitelist = async (conn: Connection, { at }: ReadOptions = {}): Promise<WhitelistEntry[]> => {
  await requireOnboardingApi(conn);
  const block = await resolveBlock(conn, at);
  const rows = (await conn.api.apis.OnboardingApi.onboarding_whitelist({ at: block.hash })) as [
    unknown,
    { spec_hash: unknown; proposal_id: bigint; applicant: Address; expires_after: number },
  ][];
  return rows.map(([c, e]) => {
    const cid = fromPapiCid(c);
    return {
      cid,
      cidString: formatCid(cid),
      specHash: papiBytes(e.spec_hash),
      proposalId: BigInt(e.proposal_id),
      applicant: e.applicant,
      expiresAfter: Number(e.expires_after),
    };
  });
};
