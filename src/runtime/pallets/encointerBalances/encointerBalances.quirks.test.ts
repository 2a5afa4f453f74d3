// spec: economy §2.10 (fungibles view), §10 item 11
import { describe, expect, it } from 'vitest';
import { ONE, U64F64 } from '../../../primitives/fixed/fixed.js';
import { issue, totalIssuance } from './balances.js';
import { canDeposit } from './fungibles.js';
import { ALICE, BOB, CID, setupEnv } from './testSupport.js';

const UNIT = 10n ** 18n;
const HALF_LIFE = 6_151_680;

describe('QUIRK economy §10 item 11: can_deposit checks the stored, non-demurraged total issuance', () => {
  it('Overflow for a deposit that only overflows the total as stored, not as it is after demurrage', () => {
    const env = setupEnv();
    env.blockNumber = 0;
    issue(env, CID, ALICE, U64F64.max - ONE);
    const later = 3 * HALF_LIFE;
    // After three half-lives the demurraged total is about max/8: 2 CC more would fit easily.
    const decayed = totalIssuance(env.state, CID, later);
    expect(decayed < U64F64.max / 7n && decayed > U64F64.max / 9n).toBe(true);
    expect(canDeposit(env.state, CID, BOB, 2n * UNIT, later)).toBe('Overflow');
    // Half a CC still fits under the stored principal: the check is on the stored value, not a rejection of all.
    expect(canDeposit(env.state, CID, BOB, UNIT / 2n, later)).toBe('Success');
  });
});
