// spec: tooling §3.8 (invariants asserted per ceremony)
/**
 * The per-ceremony invariants that apply to this implementation, as a pure check over what the simulation read.
 * Left out: §3.8 items 2, 5 and 6 (offline identities, Bandersnatch rings — out of scope).
 * QUIRK: tooling §3.8 item 4 — upstream measured the length of the `bazaar business list` output string; here the
 * number of businesses on chain is checked. Two checks are added: the agents' supply equals the community's total
 * issuance (nobody else holds the currency), and every participant assigned in the previous ceremony was rewarded.
 */

export interface InvariantInput {
  /** Local ceremony counter (1 = first simulated ceremony), as upstream's schedule uses it. */
  readonly ceremony: number;
  readonly population: number;
  /** U64F64 bits. */
  readonly totalSupplyBits: bigint;
  /** The community's total issuance with demurrage at the same block, U64F64 bits. */
  readonly totalIssuanceBits: bigint;
  readonly merchants: number;
  readonly businessesOnChain: number;
  readonly proposals: readonly { readonly turnout: bigint }[];
  /** Previous ceremony: participants assigned to meetups and participants rewarded (undefined in ceremony 1). */
  readonly previous: { readonly assigned: number; readonly rewarded: number } | undefined;
}

/** Tolerance of the supply/issuance comparison: 10^-9 CC (rounding of per-account demurrage). */
const SUPPLY_TOLERANCE_BITS = (1n << 64n) / 1_000_000_000n;

/** The failed invariants, as readable sentences (empty when everything holds). */
export const checkInvariants = (i: InvariantInput): string[] => {
  const failures: string[] = [];
  const c = i.ceremony;
  const fail = (text: string) => failures.push(`ceremony ${c}: ${text}`);
  if (!(i.population > 0)) fail(`population is ${i.population}, expected > 0`);
  if (c >= 3 && !(i.population > 10))
    fail(`population ${i.population} did not grow beyond the bootstrappers`);
  if (c >= 2 && !(i.totalSupplyBits > 0n)) fail('total supply is 0: the bootstrappers earned no income');
  const diff = i.totalSupplyBits - i.totalIssuanceBits;
  if ((diff < 0n ? -diff : diff) > SUPPLY_TOLERANCE_BITS) {
    fail(
      `the agents hold ${i.totalSupplyBits} but the total issuance is ${i.totalIssuanceBits} (U64F64 bits)`,
    );
  }
  if (c >= 3 && i.merchants < 5) fail(`${i.merchants} merchant(s), expected at least 5`);
  if (c >= 3 && i.businessesOnChain < 5)
    fail(`${i.businessesOnChain} business(es) on chain, expected at least 5`);
  if (c >= 5) {
    if (i.proposals.length === 0) fail('no democracy proposal exists');
    else if (!i.proposals.some((p) => p.turnout > 0n)) fail('no proposal has any turnout');
  }
  if (i.previous !== undefined && i.previous.rewarded !== i.previous.assigned) {
    fail(
      `${i.previous.rewarded} of ${i.previous.assigned} participants assigned in the previous ceremony were rewarded`,
    );
  }
  return failures;
};
