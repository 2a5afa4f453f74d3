// spec: economy §2.5 (getAllBalances: raw entries in CommunityIdentifiers order)
import { describe, expect, it } from 'vitest';
import { ONE } from '../../../primitives/fixed/fixed.js';
import { CommunityIdentifiers } from '../communities/storage.js';
import { issue, setDemurrage } from './balances.js';
import { getAllBalances } from './runtimeApi.js';
import { ALICE, BOB, CID, cidOf, OTHER_CID, setupEnv } from './testSupport.js';

const UNREGISTERED = cidOf('sr2yk', [9, 9, 9, 9]);

const setup = () => {
  const env = setupEnv();
  // Registration order: OTHER_CID first, so the result is not the storage (hash) order by accident.
  CommunityIdentifiers.set(env.state, [OTHER_CID, CID]);
  env.blockNumber = 0;
  issue(env, CID, ALICE, ONE);
  issue(env, UNREGISTERED, ALICE, ONE);
  env.blockNumber = 5;
  issue(env, OTHER_CID, ALICE, 2n * ONE);
  issue(env, CID, BOB, ONE);
  return env;
};

describe('getAllBalances (economy §2.5)', () => {
  it('raw entries of registered communities where the account has an entry, in registration order', () => {
    const env = setup();
    expect(getAllBalances(env.state, ALICE)).toEqual([
      [OTHER_CID, { principal: 2n * ONE, last_update: 5 }],
      [CID, { principal: ONE, last_update: 0 }],
    ]);
    expect(getAllBalances(env.state, new Uint8Array(32).fill(7))).toEqual([]);
  });

  it('with a block number, each entry decayed with its own community rate (§2.4 factor for 10 blocks)', () => {
    const env = setup();
    setDemurrage(env, OTHER_CID, 0n);
    expect(getAllBalances(env.state, ALICE, 10)).toEqual([
      [OTHER_CID, { principal: 2n * ONE, last_update: 10 }],
      [CID, { principal: 0xffffed189a1c0f4an, last_update: 10 }],
    ]);
  });
});
