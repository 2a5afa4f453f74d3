// spec: economy §9.2 step 1, §9.6 (submit_proposal(OnboardCommunity { cid, spec_hash, dossier }), deposit reserved)
import { formatCid } from '../../primitives/cid/cidString.js';
import type { CommunityIdentifier } from '../../primitives/cid/communityIdentifier.js';
import { validateOnboardingApplication } from '../../primitives/onboarding/application.js';
import { textToBytes } from '../common/convert.js';
import type { Connection } from '../connection/connect.js';
import { type SubmitProposalReturnType, submitProposal } from '../democracy/submitProposal.js';
import { type CommunitySpec, specCid } from '../specFile.js';
import type { SignerInput, SubmitOptions } from '../tx/submitExtrinsic.js';
import { specHashOf } from './registrationSpec.js';

export interface SubmitApplicationParameters extends SubmitOptions {
  signer: SignerInput;
  /** The community as it will register (its first location and bootstrappers fix the cid). */
  spec: CommunitySpec;
  /** IPFS CID (CIDv0, 46 characters) of the human-readable application. */
  dossier: string;
}

export interface SubmitApplicationReturnType extends SubmitProposalReturnType {
  readonly cid: CommunityIdentifier;
  readonly cidString: string;
  readonly specHash: Uint8Array;
}

/**
 * Applies for permissionless onboarding: an `OnboardCommunity` proposal pinning the hash of the exact registration
 * arguments; the chain reserves the onboarding deposit from the signer. Checks the dossier CID and the geohash
 * locally first (InvalidDossierCidError, InvalidCommunityIdentifierError).
 * @example const { proposalId, specHash } = await submitApplication(conn, { signer, spec, dossier: 'Qm…' });
 */
export const submitApplication = async (
  conn: Connection,
  p: SubmitApplicationParameters,
): Promise<SubmitApplicationReturnType> => {
  const cid = specCid(p.spec);
  validateOnboardingApplication({ cid, dossier: textToBytes(p.dossier) });
  const specHash = specHashOf(p.spec);
  const submitted = await submitProposal(conn, {
    ...p,
    action: { type: 'OnboardCommunity', cid, specHash, dossier: p.dossier },
  });
  return { ...submitted, cid, cidString: formatCid(cid), specHash };
};
