// spec: economy §9.11 (onboarding errors of the democracy pallet; names are the pallet error variants)
import { EncointerError } from '../common/errors.js';

/** `InvalidExponent`: α = num/den must satisfy 1 ≤ den ≤ 8 and 0 ≤ num ≤ den. */
export class InvalidExponentError extends EncointerError {
  constructor(num: number, den: number) {
    super(
      'InvalidExponent',
      `onboarding exponent ${num}/${den} is not allowed: need integers with 1 ≤ den ≤ 8 and 0 ≤ num ≤ den`,
    );
  }
}

/** `NoEligibleCommunities`: no registered community has reputables in the voting window. */
export class NoEligibleCommunitiesError extends EncointerError {
  constructor(candidates: number) {
    super(
      'NoEligibleCommunities',
      `none of the ${candidates} registered communities has reputables and an electorate in the voting window; ` +
        'onboarding needs at least one (bootstrap the first community through the privileged path)',
    );
  }
}

/** `InvalidDossierCid`: the dossier is not a 46-character Base58 IPFS CID. */
export class InvalidDossierCidError extends EncointerError {
  constructor(reason: string) {
    super(
      'InvalidDossierCid',
      `the application dossier must be an IPFS CID (46 Base58 characters): ${reason}`,
    );
  }
}

/** `InvalidCommunityIdentifier`: the cid's geohash is not 5 characters of the geohash alphabet. */
export class InvalidCommunityIdentifierError extends EncointerError {
  constructor(reason: string) {
    super('InvalidCommunityIdentifier', `the applicant community identifier is invalid: ${reason}`);
  }
}

/** `NotABootstrapper`: only one of the listed bootstrappers may register a whitelisted community. */
export class NotABootstrapperError extends EncointerError {
  constructor() {
    super(
      'NotABootstrapper',
      'the sender is not one of the bootstrappers of the registration; sign with one of them',
    );
  }
}

/** `RegistrationPhaseRequired`: whitelisted communities are registered during a Registering phase only. */
export class RegistrationPhaseRequiredError extends EncointerError {
  constructor(phase: string) {
    super(
      'RegistrationPhaseRequired',
      `the current phase is ${phase}; register the whitelisted community during a Registering phase`,
    );
  }
}

/** `NotWhitelisted`: no whitelist entry exists for the cid derived from the registration arguments. */
export class NotWhitelistedError extends EncointerError {
  constructor(cid: string) {
    super(
      'NotWhitelisted',
      `community ${cid} is not whitelisted; check that location and bootstrappers (in order) are those of the approved application`,
    );
  }
}

/** `WhitelistExpired`: the whitelist entry's last valid cindex has passed. */
export class WhitelistExpiredError extends EncointerError {
  constructor(cid: string, expiresAfter: number, currentCindex: number) {
    super(
      'WhitelistExpired',
      `the whitelist entry of ${cid} was valid through cindex ${expiresAfter}, now is ${currentCindex}; apply again`,
    );
  }
}

/** `SpecMismatch`: the registration arguments do not hash to the approved `spec_hash`. */
export class SpecMismatchError extends EncointerError {
  constructor(expected: string, actual: string) {
    super(
      'SpecMismatch',
      `the registration arguments hash to ${actual}, but the approved application pinned ${expected}; ` +
        'submit exactly the location, bootstrappers, metadata, demurrage and nominal income that were approved',
    );
  }
}
