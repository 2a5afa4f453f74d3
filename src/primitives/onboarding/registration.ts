// spec: economy §9.5 (spec_hash), §9.9 (whitelist entry, register_whitelisted_community steps 1–6, expiry)

import { formatCid } from '../cid/cidString.js';
import { computeCid } from '../cid/computeCid.js';
import { bytesEqual, toHex } from '../common/bytes.js';
import { ArithmeticOverflowError } from '../common/errors.js';
import { blake2_256 } from '../common/hashing.js';
import type { CommunityIdentifier } from '../scale/common.js';
import { RegistrationSpec, type WhitelistEntry } from '../scale/onboarding.js';
import type { CeremonyPhaseType } from '../scale/scheduler.js';
import {
  NotABootstrapperError,
  NotWhitelistedError,
  RegistrationPhaseRequiredError,
  SpecMismatchError,
  WhitelistExpiredError,
} from './errors.js';

/** Number of cycles a whitelist entry stays valid after the cindex of its enactment. */
export const WHITELIST_VALIDITY_CYCLES = 3;

const U32_MAX = 0xffff_ffff;

/**
 * `spec_hash`: blake2b-256 of the raw SCALE bytes of `(location, bootstrappers, metadata, demurrage,
 * nominal_income)` — exactly the `new_community` arguments, no prefix. Throws the codec's EncodeError on bad values.
 * @example registrationSpecHash([location, bootstrappers, metadata, undefined, undefined]) // 32 bytes
 */
export const registrationSpecHash = (spec: RegistrationSpec): Uint8Array =>
  blake2_256(RegistrationSpec.enc(spec));

/**
 * Step 6 of `register_whitelisted_community`: the arguments must hash to the approved `spec_hash`.
 * Throws SpecMismatchError otherwise.
 * @example verifyRegistrationSpec(spec, { spec_hash: registrationSpecHash(spec) }) // passes
 */
export function verifyRegistrationSpec(
  spec: RegistrationSpec,
  entry: Pick<WhitelistEntry, 'spec_hash'>,
): void {
  const actual = registrationSpecHash(spec);
  if (!bytesEqual(actual, entry.spec_hash))
    throw new SpecMismatchError(toHex(entry.spec_hash), toHex(actual));
}

/** `expires_after` of an entry enacted at `enactmentCindex`: valid through three more Registering phases. */
export function whitelistExpiresAfter(enactmentCindex: number): number {
  const expires = enactmentCindex + WHITELIST_VALIDITY_CYCLES;
  if (expires > U32_MAX)
    throw new ArithmeticOverflowError(`cindex ${enactmentCindex} + ${WHITELIST_VALIDITY_CYCLES}`);
  return expires;
}

/**
 * Whether a whitelist entry is still usable at `currentCindex` (`current ≤ expires_after`). Submission refuses a
 * new application while this holds; the Registering-phase purge deletes entries for which it no longer holds.
 */
export const isWhitelistActive = (
  entry: Pick<WhitelistEntry, 'expires_after'>,
  currentCindex: number,
): boolean => currentCindex <= entry.expires_after;

export interface WhitelistedRegistration {
  /** The signer of `register_whitelisted_community`. */
  readonly sender: Uint8Array;
  readonly phase: CeremonyPhaseType;
  readonly currentCindex: number;
  /** The call's arguments, in `new_community` order. */
  readonly spec: RegistrationSpec;
  /** Reads `OnboardingWhitelist[cid]`. */
  readonly whitelistOf: (cid: CommunityIdentifier) => WhitelistEntry | undefined;
}

/**
 * Steps 1–6 of `register_whitelisted_community`, in the pallet's order: sender is a bootstrapper, Registering
 * phase, cid from location and bootstrappers, entry exists, not expired, spec hash matches. Returns the cid and
 * the entry to consume; step 7 (the `new_community` validations) is the communities pallet's.
 * Throws NotABootstrapperError, RegistrationPhaseRequiredError, InvalidCoordinateRangeError (the pallet's
 * `InvalidLocation`), NotWhitelistedError, WhitelistExpiredError or SpecMismatchError.
 */
export function checkWhitelistedRegistration(reg: WhitelistedRegistration): {
  cid: CommunityIdentifier;
  entry: WhitelistEntry;
} {
  const [location, bootstrappers] = reg.spec;
  if (!bootstrappers.some((b) => bytesEqual(b, reg.sender))) throw new NotABootstrapperError();
  if (reg.phase !== 'Registering') throw new RegistrationPhaseRequiredError(reg.phase);
  const cid = computeCid(location, bootstrappers);
  const entry = reg.whitelistOf(cid);
  if (entry === undefined) throw new NotWhitelistedError(formatCid(cid));
  if (!isWhitelistActive(entry, reg.currentCindex))
    throw new WhitelistExpiredError(formatCid(cid), entry.expires_after, reg.currentCindex);
  verifyRegistrationSpec(reg.spec, entry);
  return { cid, entry };
}
