// spec: economy §5.3 (the faucet deposit: a named reserve on the creator, released in full on dissolve/close)
import { describe, expect, it } from 'vitest';
import { Reserves } from '../balances/storage.js';
import { ALICE, setup } from '../reputationCommitments/testSupport.js';
import { reservedNamed, reserveNamed, unreserveAllNamed } from './namedReserves.js';

const id = (n: number) => new Uint8Array(8).fill(n);

describe('named reserves (Balances.Reserves)', () => {
  const world = () => {
    const s = setup({ ed: 1n, endowed: [[ALICE, 1_000n]] });
    const account = () => s.currency.account(s.env.state, ALICE);
    return { ...s, account };
  };

  it('keeps entries sorted by id, adds to an existing id, and mirrors the plain reserve', () => {
    const s = world();
    reserveNamed(s.env, s.currency, 10, id(5), ALICE, 10n);
    reserveNamed(s.env, s.currency, 10, id(2), ALICE, 20n);
    reserveNamed(s.env, s.currency, 10, id(9), ALICE, 30n);
    reserveNamed(s.env, s.currency, 10, id(5), ALICE, 1n);
    expect(Reserves.get(s.env.state, ALICE)).toEqual([
      { id: id(2), amount: 20n },
      { id: id(5), amount: 11n },
      { id: id(9), amount: 30n },
    ]);
    expect(s.account()).toMatchObject({ free: 1_000n - 61n, reserved: 61n });
    expect(reservedNamed(s.env.state, id(5), ALICE)).toBe(11n);
    expect(reservedNamed(s.env.state, id(7), ALICE)).toBe(0n);
  });

  it('TooManyReserves for a new id beyond the bound; an existing id still grows', () => {
    const s = world();
    reserveNamed(s.env, s.currency, 1, id(1), ALICE, 1n);
    expect(() => reserveNamed(s.env, s.currency, 1, id(2), ALICE, 1n)).toThrow(/TooManyReserves/);
    reserveNamed(s.env, s.currency, 1, id(1), ALICE, 1n);
    expect(reservedNamed(s.env.state, id(1), ALICE)).toBe(2n);
  });

  it('unreserveAllNamed releases one id only and drops the storage entry with the last one', () => {
    const s = world();
    reserveNamed(s.env, s.currency, 10, id(1), ALICE, 10n);
    reserveNamed(s.env, s.currency, 10, id(2), ALICE, 20n);
    expect(unreserveAllNamed(s.env, s.currency, id(1), ALICE)).toBe(10n);
    expect(Reserves.get(s.env.state, ALICE)).toEqual([{ id: id(2), amount: 20n }]);
    expect(unreserveAllNamed(s.env, s.currency, id(1), ALICE)).toBe(0n);
    expect(unreserveAllNamed(s.env, s.currency, id(2), ALICE)).toBe(20n);
    expect(Reserves.exists(s.env.state, ALICE)).toBe(false);
    expect(s.account()).toMatchObject({ free: 1_000n, reserved: 0n });
  });

  it('a zero amount changes nothing', () => {
    const s = world();
    reserveNamed(s.env, s.currency, 10, id(1), ALICE, 0n);
    expect(Reserves.exists(s.env.state, ALICE)).toBe(false);
  });
});
