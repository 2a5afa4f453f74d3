/**
 * Test fixtures shared by the balances and bazaar tests (not used by production code): a runtime with the
 * EncointerBalances pallet, accounts, cids and a call helper.
 */
import { U64F64 } from '../../../primitives/fixed/fixed.js';
import { fromF64 } from '../../../primitives/fixed/float.js';
import type { CommunityIdentifier } from '../../../primitives/scale/index.js';
import type { Origin, Pallet } from '../../framework/pallet.js';
import { Runtime } from '../../framework/runtime.js';
import { createTestEnv } from '../../framework/testEnv.js';
import { createEncointerBalancesPallet } from './pallet.js';

export const account = (n: number): Uint8Array => new Uint8Array(32).fill(n);
export const ALICE = account(1);
export const BOB = account(2);
export const CHARLIE = account(3);

const ascii = (s: string) => Uint8Array.from(s, (c) => c.charCodeAt(0));
export const cidOf = (geohash: string, digest: number[]): CommunityIdentifier => ({
  geohash: ascii(geohash),
  digest: Uint8Array.from(digest),
});
export const CID = cidOf('gbsuv', [0xde, 0xad, 0xbe, 0xef]);
export const OTHER_CID = cidOf('u0qj9', [1, 2, 3, 4]);

/** `BalanceType::from_num(x)` for an f64, as the reference tests write amounts. */
export const cc = (x: number): bigint => fromF64(U64F64, x);

export const isRoot = (o: Origin) => o.kind === 'Root';

/** A test env over a runtime with the balances pallet (and any further pallets). */
export const setupEnv = (...pallets: Pallet[]) => {
  const runtime = new Runtime({
    crate: 'test',
    pallets: [createEncointerBalancesPallet({ isCeremonyMaster: isRoot }), ...pallets],
  });
  return createTestEnv(runtime);
};
