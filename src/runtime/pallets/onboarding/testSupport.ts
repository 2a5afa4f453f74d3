/**
 * Test harness for the onboarding extension (not used by production code): the democracy test runtime
 * (reference mock values, economy §6.3: 1-day phases, lifetime 240 000 ms, confirmation 60 000 ms, L = 5) with
 * the extension plugged in, plus helpers to populate communities with reputations and to apply.
 */
import { computeCid } from '../../../primitives/cid/computeCid.js';
import { uintToLe } from '../../../primitives/common/bytes.js';
import { registrationSpecHash } from '../../../primitives/onboarding/registration.js';
import type {
  CommunityIdentifier,
  CommunityMetadata,
  Location,
  OnboardingApplication,
  RegistrationSpec,
  Vote,
} from '../../../primitives/scale/index.js';
import { signed } from '../../framework/pallet.js';
import type { AccountId } from '../../types/substrate.js';
import type { NativeCurrency } from '../balances/currency.js';
import { loc, METADATA } from '../ceremonies/testRuntime.js';
import { DEV_COMMUNITIES_LIMITS, registerCommunity } from '../communities/communities.js';
import type { DemocracyConfig } from '../democracy/config.js';
import { action } from '../democracy/fixtures.js';
import { setupDemocracy } from '../democracy/testSupport.js';
import { DEFAULT_ONBOARDING_DEPOSIT, NATIVE_UNIT, type OnboardingConfig } from './config.js';
import { createOnboardingExtension } from './extension.js';

const ascii = (s: string) => new TextEncoder().encode(s);

/** A valid dossier: a 46-character Base58 IPFS CID. */
export const DOSSIER = ascii('QmW6WLLhUPsosBcKebejveknjrSQjZjq5eYFVBRaAZAs9N');

/** Account number `n` of group `group` (distinct from the democracy harness' `acct(1..)` accounts). */
export const person = (group: number, n: number): AccountId => {
  const a = new Uint8Array(32).fill(0xee);
  a[0] = group;
  a.set(uintToLe(BigInt(n), 4), 1);
  return a;
};

/** Three bootstrappers of a would-be community. */
export const bootstrappersOf = (group: number): AccountId[] => [0, 1, 2].map((i) => person(group, i));

/** The registration arguments of a would-be community at `location`. */
export const specOf = (
  location: Location,
  bootstrappers: readonly AccountId[],
  metadata: CommunityMetadata = METADATA,
): RegistrationSpec => [location, [...bootstrappers], metadata, undefined, undefined];

/** The application for a registration spec: its cid, its spec hash and the dossier. */
export const applicationFor = (spec: RegistrationSpec): OnboardingApplication => ({
  cid: computeCid(spec[0], spec[1]),
  spec_hash: registrationSpecHash(spec),
  dossier: DOSSIER,
});

export interface OnboardingSetupOptions {
  readonly config?: Partial<DemocracyConfig>;
  readonly deposit?: bigint;
}

/**
 * The democracy harness with the onboarding extension, at cindex 7 (W(7) = {3, 4, 5}) in Registering, time 0,
 * with its two communities `cid` (C1) and `cid2` (C2) and no reputations yet.
 */
export const setupOnboarding = (options: OnboardingSetupOptions = {}) => {
  let currency: NativeCurrency | undefined;
  const onboardingConfig: OnboardingConfig = {
    // The harness creates the chain shell (and its currency) itself; read it once it exists.
    get currency() {
      return currency!;
    },
    deposit: options.deposit ?? DEFAULT_ONBOARDING_DEPOSIT,
    communitiesLimits: DEV_COMMUNITIES_LIMITS,
  };
  const s = setupDemocracy({
    config: { extension: createOnboardingExtension(onboardingConfig), ...options.config },
  });
  currency = s.shell.currency;
  s.setCindex(7);

  const endow = (who: AccountId, amount: bigint = 1_000n * NATIVE_UNIT) =>
    s.shell.currency.forceSetBalance(s.env, who, amount);
  const balance = (who: AccountId) => s.shell.currency.account(s.env.state, who);

  /** Registers a further community (privileged path) with three bootstrappers of `group`. */
  const addCommunity = (lat: number, lon: number, group: number): CommunityIdentifier => {
    const cid = registerCommunity(s.env, {
      location: loc(lat, lon),
      bootstrappers: bootstrappersOf(group),
      community_metadata: METADATA,
    });
    s.clearEvents();
    return cid;
  };

  /**
   * Gives accounts `person(group, 0..)` verified reputations: `counts[k]` of them at cindex `k` (always the
   * first ones), so the community has `max counts` reputables and `Σ counts` attendances. Returns the
   * reputations as a ballot list, account by account.
   */
  const populate = (
    cid: CommunityIdentifier,
    group: number,
    counts: Readonly<Record<number, number>>,
  ): Ballot[] => {
    const ballots: Ballot[] = [];
    const most = Math.max(...Object.values(counts));
    for (let n = 0; n < most; n++) {
      const who = person(group, n);
      const cindexes = Object.entries(counts)
        .filter(([, c]) => n < c)
        .map(([k]) => Number(k));
      for (const k of cindexes) s.giveReputation(who, cid, k);
      ballots.push({ who, reputations: cindexes.map((k) => [cid, k] as const) });
    }
    return ballots;
  };

  /** Submits an application signed by `who` (endowed first). */
  const apply = (who: AccountId, app: OnboardingApplication) => {
    if (balance(who).free === 0n) endow(who);
    return s.submit(who, action('OnboardCommunity', app));
  };

  /** `register_whitelisted_community` with a registration spec. */
  const registerWhitelisted = (who: AccountId, spec: RegistrationSpec) =>
    s.call(signed(who), 'register_whitelisted_community', {
      location: spec[0],
      bootstrappers: spec[1],
      community_metadata: spec[2],
      demurrage: spec[3],
      nominal_income: spec[4],
    });

  /**
   * Casts exactly `n` votes from the ballots (each ballot's reputations in order, several per call), consuming
   * them: the ballot box of one proposal. Every call must succeed and count all its reputations.
   */
  const cast = (id: bigint, vote: Vote, box: Ballot[], n: number): void => {
    let left = n;
    while (left > 0) {
      const ballot = box[0];
      if (ballot === undefined) throw new Error(`the ballot box ran out with ${left} votes to cast`);
      const used = ballot.reputations.slice(0, left);
      const r = s.vote(ballot.who, id, vote, used);
      if (r !== 'ok') throw new Error(`vote failed: ${r}`);
      left -= used.length;
      if (used.length === ballot.reputations.length) box.shift();
      else box[0] = { who: ballot.who, reputations: ballot.reputations.slice(used.length) };
    }
  };

  return { ...s, onboardingConfig, endow, balance, addCommunity, populate, apply, registerWhitelisted, cast };
};

export type OnboardingSetup = ReturnType<typeof setupOnboarding>;

/** One voter and the reputations it may vote with. */
export interface Ballot {
  readonly who: AccountId;
  readonly reputations: readonly (readonly [CommunityIdentifier, number])[];
}
