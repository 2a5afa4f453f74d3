// spec: economy §9.6 steps 1–2 (dossier IPFS CID and applicant geohash checks at submission)
import { GEOHASH_ALPHABET } from '../geo/geohash.js';
import type { OnboardingApplication } from '../scale/onboarding.js';
import { InvalidCommunityIdentifierError, InvalidDossierCidError } from './errors.js';

const IPFS_CID_LENGTH = 46;
const BASE58 = new Set(
  Array.from('123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz', (c) => c.charCodeAt(0)),
);
const GEOHASH = new Set(Array.from(GEOHASH_ALPHABET, (c) => c.charCodeAt(0)));

/**
 * The payload checks of `submit_proposal(OnboardCommunity(app))` that need no storage, in the pallet's order:
 * dossier is 46 Base58 characters, then the cid's geohash is 5 geohash-alphabet characters (the digest is free).
 * Throws InvalidDossierCidError or InvalidCommunityIdentifierError.
 */
export function validateOnboardingApplication(app: Pick<OnboardingApplication, 'cid' | 'dossier'>): void {
  const { dossier } = app;
  if (dossier.length !== IPFS_CID_LENGTH)
    throw new InvalidDossierCidError(`got ${dossier.length} bytes, expected ${IPFS_CID_LENGTH}`);
  const badDossier = dossier.findIndex((b) => !BASE58.has(b));
  if (badDossier >= 0)
    throw new InvalidDossierCidError(
      `byte ${badDossier} (0x${dossier[badDossier]!.toString(16)}) is not Base58`,
    );
  const { geohash } = app.cid;
  if (geohash.length !== 5)
    throw new InvalidCommunityIdentifierError(`geohash has ${geohash.length} bytes, not 5`);
  const badGeohash = geohash.findIndex((b) => !GEOHASH.has(b));
  if (badGeohash >= 0)
    throw new InvalidCommunityIdentifierError(
      `geohash byte ${badGeohash} (0x${geohash[badGeohash]!.toString(16)}) is not in ${GEOHASH_ALPHABET}`,
    );
}
