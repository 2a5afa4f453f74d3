// spec: economy §9.9 (`register_whitelisted_community`, democracy call 3: exactly the approved arguments)
import { formatCid } from '../../primitives/cid/cidString.js';
import type { CommunityIdentifier } from '../../primitives/cid/communityIdentifier.js';
import { fromPapiCid, toAddress, toPapiLocation } from '../common/convert.js';
import { demurrageFromHalvingBlocks } from '../communities/newCommunity.js';
import { toPapiMetadata } from '../communities/toPapiMetadata.js';
import type { Connection } from '../connection/connect.js';
import { type CommunitySpec, specCid } from '../specFile.js';
import type { IncludedExtrinsic } from '../tx/errors.js';
import { findEvent, type SignerInput, type SubmitOptions, submitExtrinsic } from '../tx/submitExtrinsic.js';

export interface RegisterWhitelistedCommunityReturnType extends IncludedExtrinsic {
  readonly cid: CommunityIdentifier;
  readonly cidString: string;
  /** The approved application (`WhitelistedCommunityRegistered.proposal_id`). */
  readonly proposalId: bigint | undefined;
}

/**
 * Registers a whitelisted community with the spec file's registration arguments (first location only; add the
 * other locations afterwards). The signer must be one of its bootstrappers, during a Registering phase; the chain
 * answers `SpecMismatch` when the arguments do not hash to the approved `spec_hash`.
 */
export const registerWhitelistedCommunity = async (
  conn: Connection,
  p: { signer: SignerInput; spec: CommunitySpec } & SubmitOptions,
): Promise<RegisterWhitelistedCommunityReturnType> => {
  const { spec } = p;
  const included = await submitExtrinsic(
    conn,
    conn.api.tx.EncointerDemocracy.register_whitelisted_community({
      location: toPapiLocation(spec.locations[0]!),
      bootstrappers: spec.bootstrappers.map((b) => toAddress(b)),
      community_metadata: toPapiMetadata(spec.meta),
      demurrage:
        spec.demurrageHalvingBlocks === undefined
          ? undefined
          : demurrageFromHalvingBlocks(spec.demurrageHalvingBlocks),
      nominal_income: spec.nominalIncome,
    }),
    p.signer,
    p,
  );
  const e = findEvent(included, 'EncointerDemocracy', 'WhitelistedCommunityRegistered');
  const v = e?.value as { cid: unknown; proposal_id: bigint } | undefined;
  const cid = v === undefined ? specCid(spec) : fromPapiCid(v.cid);
  return {
    ...included,
    cid,
    cidString: formatCid(cid),
    proposalId: v === undefined ? undefined : BigInt(v.proposal_id),
  };
};
