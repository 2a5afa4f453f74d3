// spec: reference-metadata-spec30 "Genesis storage" (System.Account entries, Balances.TotalIssuance)

import { toHex } from '../../../primitives/common/bytes.js';
import { InvalidInputError } from '../../../primitives/common/errors.js';
import type { OverlayState } from '../../framework/state.js';
import type { AccountId } from '../../types/substrate.js';
import { Account, defaultAccountData } from '../system/storage.js';
import { TotalIssuance } from './storage.js';

export interface BalancesGenesis {
  /** Endowed accounts and their free balances; each must reach the existential deposit. */
  readonly balances: readonly (readonly [AccountId, bigint])[];
}

/**
 * Writes the genesis balances as FRAME's genesis build does: one provider per account, new-logic flags, and the
 * total issuance. No events (there is no block yet).
 */
export const applyBalancesGenesis = (
  state: OverlayState,
  genesis: BalancesGenesis,
  existentialDeposit: bigint,
): void => {
  let total = TotalIssuance.get(state);
  const seen = new Set<string>();
  for (const [who, free] of genesis.balances) {
    const id = toHex(who);
    if (seen.has(id)) throw new InvalidInputError('balances', `account ${id} is listed twice`);
    seen.add(id);
    if (free < existentialDeposit) {
      throw new InvalidInputError(
        'balances',
        `${id} gets ${free}, below the existential deposit ${existentialDeposit}`,
      );
    }
    const info = Account.get(state, who);
    Account.set(state, who, {
      ...info,
      providers: info.providers + 1,
      data: { ...defaultAccountData(), free },
    });
    total += free;
  }
  TotalIssuance.set(state, total);
};
