// spec: economy §9.5 (RegistrationSpec = the new_community arguments; spec_hash = blake2b-256 of their SCALE bytes)
import { registrationSpecHash } from '../../primitives/onboarding/registration.js';
import type { RegistrationSpec } from '../../primitives/scale/onboarding.js';
import { textToBytes } from '../common/convert.js';
import { demurrageFromHalvingBlocks } from '../communities/newCommunity.js';
import type { CommunitySpec } from '../specFile.js';

/**
 * The registration arguments a spec file stands for, exactly as `register_whitelisted_community` (and
 * `new_community`) receive them: the FIRST location only, the bootstrappers in file order, the metadata, the
 * demurrage from the halving period and the nominal income.
 */
export const registrationSpecOf = (spec: CommunitySpec): RegistrationSpec => [
  spec.locations[0]!,
  spec.bootstrappers,
  {
    name: textToBytes(spec.meta.name),
    symbol: textToBytes(spec.meta.symbol),
    assets: textToBytes(spec.meta.assets),
    theme: spec.meta.theme === undefined ? undefined : textToBytes(spec.meta.theme),
    url: spec.meta.url === undefined ? undefined : textToBytes(spec.meta.url),
    announcement_signer:
      spec.meta.announcementSigner === undefined
        ? undefined
        : { tag: 'Bip340', value: spec.meta.announcementSigner },
    rules: spec.meta.rules,
  },
  spec.demurrageHalvingBlocks === undefined
    ? undefined
    : demurrageFromHalvingBlocks(spec.demurrageHalvingBlocks),
  spec.nominalIncome,
];

/**
 * The `spec_hash` an onboarding application pins for a spec file (32 bytes).
 * @example toHex(specHashOf(await readCommunitySpecFile('zurich.json')))
 */
export const specHashOf = (spec: CommunitySpec): Uint8Array => registrationSpecHash(registrationSpecOf(spec));
