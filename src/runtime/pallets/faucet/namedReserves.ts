// spec: economy §5.1/§5.3 (the faucet deposit is a named reserve on the creator); FRAME NamedReservableCurrency
/**
 * Named reserves of the native currency (`Balances.Reserves`), which `NativeCurrency` does not offer: the amount
 * reserved under an 8-byte id is recorded beside the plain reserve, entries kept sorted by id.
 */
import { compareBytes } from '../../../primitives/common/bytes.js';
import type { Env } from '../../framework/pallet.js';
import type { StateReader } from '../../framework/state.js';
import type { AccountId } from '../../types/substrate.js';
import type { NativeCurrency } from '../balances/currency.js';
import { balancesErrors } from '../balances/declarations.js';
import { Reserves } from '../balances/storage.js';

/** What `who` holds reserved under `id` (0 when nothing). */
export const reservedNamed = (state: StateReader, id: Uint8Array, who: AccountId): bigint =>
  Reserves.get(state, who).find((r) => compareBytes(r.id, id) === 0)?.amount ?? 0n;

/**
 * `reserve_named`: reserves `amount` of `who`'s free balance under `id`. Throws `Balances.TooManyReserves` when a
 * new id would exceed `maxReserves`, and the reserve's own errors (e.g. `Balances.InsufficientBalance`).
 */
export const reserveNamed = (
  env: Env,
  currency: NativeCurrency,
  maxReserves: number,
  id: Uint8Array,
  who: AccountId,
  amount: bigint,
): void => {
  if (amount === 0n) return;
  const reserves = [...Reserves.get(env.state, who)];
  const at = reserves.findIndex((r) => compareBytes(r.id, id) >= 0);
  const existing = at >= 0 && compareBytes(reserves[at]!.id, id) === 0 ? reserves[at] : undefined;
  if (existing !== undefined) {
    reserves[at] = { id: existing.id, amount: existing.amount + amount };
  } else {
    if (reserves.length >= maxReserves) throw balancesErrors.fail('TooManyReserves');
    reserves.splice(at < 0 ? reserves.length : at, 0, { id: Uint8Array.from(id), amount });
  }
  currency.reserve(env, who, amount);
  Reserves.set(env.state, who, reserves);
};

/** `unreserve_all_named`: moves everything reserved under `id` back to free; returns what was unreserved. */
export const unreserveAllNamed = (
  env: Env,
  currency: NativeCurrency,
  id: Uint8Array,
  who: AccountId,
): bigint => {
  const reserves = [...Reserves.get(env.state, who)];
  const at = reserves.findIndex((r) => compareBytes(r.id, id) === 0);
  if (at < 0 || reserves[at]!.amount === 0n) return 0n;
  const entry = reserves[at]!;
  const actual = entry.amount - currency.unreserve(env, who, entry.amount);
  const rest = entry.amount - actual;
  if (rest > 0n) reserves[at] = { id: entry.id, amount: rest };
  else reserves.splice(at, 1);
  if (reserves.length === 0) Reserves.remove(env.state, who);
  else Reserves.set(env.state, who, reserves);
  return actual;
};
