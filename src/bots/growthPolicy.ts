// spec: tooling §3.6 (Registering step 4: the exact growth policy)
/**
 * How many accounts the bot community adds per ceremony. Pure: the caller reads the population, the total supply
 * and the bootstrappers' remaining endorsement tickets, then creates, endorses and funds what the plan says.
 */

/** `NUMBER_OF_ENDORSEMENTS_PER_REGISTRATION`: endorsements handed out per growth step. */
export const ENDORSEMENTS_PER_CEREMONY = 10;

/** Remaining endorsement tickets of one bootstrapper, in the chain's bootstrapper order. */
export interface TicketBalance {
  readonly account: string;
  readonly remaining: number;
}

/** One bootstrapper endorsing `count` of the new accounts. */
export interface EndorsementSlice {
  readonly endorser: string;
  readonly count: number;
}

export interface GrowthInput {
  /** Agents at the start of the Registering step, before this ceremony's endorsees are added. */
  readonly population: number;
  /** Sum of the agents' balances after reward claiming; growth starts once it is positive. */
  readonly totalSupply: number;
  readonly maxPopulation: number;
  readonly tickets: readonly TicketBalance[];
  /** Default ENDORSEMENTS_PER_CEREMONY. */
  readonly endorsements?: number;
}

export interface GrowthPlan {
  readonly endorsements: readonly EndorsementSlice[];
  /** New accounts to endorse (sum of the slices). */
  readonly endorsees: number;
  /** New accounts that register as plain newbies. */
  readonly newbies: number;
}

const NO_GROWTH: GrowthPlan = { endorsements: [], endorsees: 0, newbies: 0 };

/**
 * Newbies per ceremony: ⌊P / 1.5⌋ capped by what is left below the maximum population, never negative.
 * The ratio deliberately registers more newbies than the pallet will seat, to exercise the newbie limit.
 * Computed as ⌊2P / 3⌋, which equals ⌊P / 1.5⌋ for every integer P.
 */
export const newbiesFor = (population: number, maxPopulation: number): number =>
  Math.max(0, Math.min(Math.floor((2 * population) / 3), maxPopulation - population));

/**
 * Greedy allocation in bootstrapper order: each bootstrapper endorses min(its remaining tickets, still needed).
 * Bootstrappers without tickets are left out.
 */
export const allocateEndorsements = (
  tickets: readonly TicketBalance[],
  wanted: number = ENDORSEMENTS_PER_CEREMONY,
): EndorsementSlice[] => {
  const slices: EndorsementSlice[] = [];
  let needed = wanted;
  for (const t of tickets) {
    if (needed <= 0) break;
    const count = Math.min(Math.max(t.remaining, 0), needed);
    if (count === 0) continue;
    slices.push({ endorser: t.account, count });
    needed -= count;
  }
  return slices;
};

/**
 * The growth of one Registering step: nothing before the first income (total supply 0); afterwards up to 10
 * endorsements from the bootstrappers' tickets plus min(⌊P/1.5⌋, max − P) newbies, where P excludes this
 * ceremony's endorsees (generation B counted them).
 * @example planGrowth({ population: 26, totalSupply: 26, maxPopulation: 100, tickets }) // 10 endorsees, 17 newbies
 */
export const planGrowth = (input: GrowthInput): GrowthPlan => {
  if (!(input.totalSupply > 0)) return NO_GROWTH;
  const endorsements = allocateEndorsements(input.tickets, input.endorsements ?? ENDORSEMENTS_PER_CEREMONY);
  return {
    endorsements,
    endorsees: endorsements.reduce((n, s) => n + s.count, 0),
    newbies: newbiesFor(input.population, input.maxPopulation),
  };
};
