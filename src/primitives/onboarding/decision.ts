// spec: economy §9.8 (per-community decision from its own tally via the §6.7 passing test)
import { InvalidInputError } from '../common/errors.js';
import { AQBError, aqbThreshold, isPassing, turnoutPermille } from '../democracy/passing.js';

const U128_MAX = (1n << 128n) - 1n;

/** A community's block vote on a federated proposal. */
export type CommunityDecision = 'Aye' | 'Nay' | 'Abstain';

/** `CommunityTallies[(id, c)]`: votes cast in community `c` (u128 each); absent = (0, 0). */
export interface CommunityTally {
  readonly turnout: bigint;
  readonly ayes: bigint;
}

export interface CommunityVerdict {
  /** `floor(turnout·1000 / E_c)`, as the democracy pallet computes it. */
  readonly turnoutPermille: bigint;
  /** The AQB threshold (U64F64 bits) ayes had to exceed; undefined when the community abstained. */
  readonly threshold: bigint | undefined;
  readonly decision: CommunityDecision;
}

const checkU128 = (field: string, v: bigint): void => {
  if (v < 0n || v > U128_MAX) throw new InvalidInputError(field, `${v} is not a u128`);
};

/**
 * Decision of one community with electorate `E_c` and its own tally: Abstain below `MinTurnout` (or where the AQB
 * arithmetic fails, i.e. no votes with MinTurnout 0), otherwise Aye iff the §6.7 AQB test passes, else Nay.
 * Throws InvalidInputError for an empty electorate (never eligible) or ayes above turnout.
 * @example evaluateCommunity(1000n, { turnout: 120n, ayes: 100n }, 50n).decision // 'Aye'
 */
export function evaluateCommunity(
  electorate: bigint,
  tally: CommunityTally,
  minTurnoutPermille: bigint,
): CommunityVerdict {
  checkU128('electorate', electorate);
  checkU128('turnout', tally.turnout);
  checkU128('ayes', tally.ayes);
  if (electorate === 0n)
    throw new InvalidInputError(
      'electorate',
      'a snapshot community has E_c ≥ 1; 0 means it was never eligible',
    );
  if (tally.ayes > tally.turnout)
    throw new InvalidInputError('ayes', `${tally.ayes} ayes exceed the turnout of ${tally.turnout}`);
  if (minTurnoutPermille < 0n)
    throw new InvalidInputError('minTurnoutPermille', `${minTurnoutPermille} is negative`);
  const permille = turnoutPermille(electorate, tally.turnout);
  const abstain: CommunityVerdict = { turnoutPermille: permille, threshold: undefined, decision: 'Abstain' };
  if (permille < minTurnoutPermille) return abstain;
  try {
    const aye = isPassing({ electorate, turnout: tally.turnout, ayes: tally.ayes }, minTurnoutPermille);
    return {
      turnoutPermille: permille,
      threshold: aqbThreshold(electorate, tally.turnout),
      decision: aye ? 'Aye' : 'Nay',
    };
  } catch (e) {
    if (e instanceof AQBError) return abstain;
    throw e;
  }
}

/**
 * The community decision alone (see evaluateCommunity).
 * @example communityDecision(2n, { turnout: 2n, ayes: 1n }, 50n) // 'Aye' (QUIRK §10 item 15)
 */
export const communityDecision = (
  electorate: bigint,
  tally: CommunityTally,
  minTurnoutPermille: bigint,
): CommunityDecision => evaluateCommunity(electorate, tally, minTurnoutPermille).decision;
