// spec: economy §2.3–§2.9, §10 items 9, 10, 13, 14
import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { ONE } from '../../../primitives/fixed/fixed.js';
import type { CommunityIdentifier } from '../../../primitives/scale/index.js';
import { PalletError } from '../../framework/errors.js';
import { NONE, type Origin, ROOT, signed } from '../../framework/pallet.js';
import type { StateReader } from '../../framework/state.js';
import type { TestEnv } from '../../framework/testEnv.js';
import { accountInfo } from '../system/accounts.js';
import {
  balanceEntry,
  balanceOf,
  burn,
  DEFAULT_DEMURRAGE,
  demurrageRate,
  EXISTENTIAL_DEPOSIT,
  feeConversionFactor,
  hasAccount,
  issue,
  purgeBalances,
  removeAccount,
  setDemurrage,
  totalIssuance,
  transfer,
} from './balances.js';
import { DemurrageRangeError } from './errors.js';
import { Balance, DemurragePerBlock, TotalIssuance } from './storage.js';
import { ALICE, BOB, CHARLIE, CID, cc, OTHER_CID, setupEnv } from './testSupport.js';

const ED = EXISTENTIAL_DEPOSIT;

const setup = (blockNumber = 1) => {
  const env = setupEnv();
  env.blockNumber = blockNumber;
  const call = (origin: Origin, name: string, args: object) =>
    env.apply(origin, { tag: 'EncointerBalances', value: { tag: name, value: args } });
  const transferCall = (from: Uint8Array, to: Uint8Array, amount: bigint, cid: CommunityIdentifier = CID) =>
    call(signed(from), 'transfer', { dest: to, community_id: cid, amount });
  const bal = (who: Uint8Array, cid: CommunityIdentifier = CID) =>
    balanceOf(env.state, cid, who, env.blockNumber);
  const total = (cid: CommunityIdentifier = CID) => totalIssuance(env.state, cid, env.blockNumber);
  return { env, call, transferCall, bal, total };
};

/** The module error a failed dispatch returned, as `Pallet.Variant`. */
const moduleError = (result: ReturnType<TestEnv['apply']>) => {
  if (result.ok) return 'ok';
  const cause = result.cause;
  return cause instanceof PalletError ? `${cause.pallet}.${cause.variant}` : cause.name;
};

const within = (actual: bigint, expected: number, relative: number) => {
  const a = Number(actual) / 2 ** 64;
  expect(Math.abs(a - expected) / expected).toBeLessThan(relative);
};

/** System sufficients of each account (what a CC account holds on its system account, economy §2.7). */
const sufficients = (env: { state: StateReader }, ...who: Uint8Array[]) =>
  who.map((w) => accountInfo(env.state, w).sufficients);

describe('worked scenarios of balances/src/tests.rs (economy §2.9)', () => {
  it('issue: block 1, issue 50.1 to Alice → balance and total 50.1, event Issued', () => {
    const { env, bal, total } = setup(1);
    issue(env, CID, ALICE, cc(50.1));
    expect(bal(ALICE)).toBe(0x3219999999999a0000n);
    expect(total()).toBe(0x3219999999999a0000n);
    expect(env.eventsOf('EncointerBalances')).toEqual([{ tag: 'Issued', value: [CID, ALICE, cc(50.1)] }]);
  });

  it('burn: issue 50, burn 20 → 30 and total 30; burning 31 → BalanceTooLow, state unchanged', () => {
    const { env, bal, total } = setup(1);
    issue(env, CID, ALICE, 50n * ONE);
    burn(env, CID, ALICE, 20n * ONE);
    expect(bal(ALICE)).toBe(30n * ONE);
    expect(total()).toBe(30n * ONE);
    expect(env.eventsOf('EncointerBalances').at(-1)).toEqual({
      tag: 'Burned',
      value: [CID, ALICE, 20n * ONE],
    });
    const before = [Balance.get(env.state, CID, ALICE), TotalIssuance.get(env.state, CID)];
    expect(() => burn(env, CID, ALICE, 31n * ONE)).toThrow(
      expect.objectContaining({ pallet: 'EncointerBalances', variant: 'BalanceTooLow' }),
    );
    expect([Balance.get(env.state, CID, ALICE), TotalIssuance.get(env.state, CID)]).toEqual(before);
  });

  it('transfer: issue 50, transfer 9.999 to Bob → 40.001 / 9.999 / total 50; transferring 60 → BalanceTooLow', () => {
    const { env, transferCall, bal, total } = setup(1);
    issue(env, CID, ALICE, 50n * ONE);
    expect(transferCall(ALICE, BOB, cc(9.999))).toEqual({ ok: true });
    within(bal(ALICE), 40.001, 1e-9);
    within(bal(BOB), 9.999, 1e-9);
    within(total(), 50, 1e-9);
    expect(bal(ALICE) + bal(BOB)).toBe(50n * ONE);
    expect(env.eventsOf('EncointerBalances').at(-1)).toEqual({
      tag: 'Transferred',
      value: [CID, ALICE, BOB, cc(9.999)],
    });
    const result = transferCall(ALICE, BOB, 60n * ONE);
    expect(moduleError(result)).toBe('EncointerBalances.BalanceTooLow');
    within(bal(ALICE), 40.001, 1e-9);
  });

  it('new account below ED: transferring 0.0000000001 to a new account → ExistentialDeposit', () => {
    const { env, transferCall } = setup(1);
    issue(env, CID, ALICE, 50n * ONE);
    expect(moduleError(transferCall(ALICE, BOB, cc(0.0000000001)))).toBe(
      'EncointerBalances.ExistentialDeposit',
    );
    expect(hasAccount(env.state, CID, BOB)).toBe(false);
  });

  it('sender without entry: transferring 0.0000000001 → NoAccount', () => {
    const { env, transferCall } = setup(1);
    issue(env, CID, BOB, 50n * ONE);
    expect(moduleError(transferCall(ALICE, BOB, cc(0.0000000001)))).toBe('EncointerBalances.NoAccount');
  });

  it('demurrage 1 block: issue 1 at block 0, read at block 1 → exactly 0xfffffe1c0f591ff8', () => {
    const { env } = setup(0);
    issue(env, CID, ALICE, ONE);
    expect(balanceOf(env.state, CID, ALICE, 1)).toBe(0xfffffe1c0f591ff8n);
  });

  it('demurrage 1 "year": issue 1 at block 0, read at 6 151 680 → balance and total 0.5 (±1e-12)', () => {
    const { env } = setup(0);
    issue(env, CID, ALICE, ONE);
    const b = balanceOf(env.state, CID, ALICE, 6_151_680);
    const t = totalIssuance(env.state, CID, 6_151_680);
    expect(Math.abs(Number(b) / 2 ** 64 - 0.5)).toBeLessThan(1e-12);
    expect(Math.abs(Number(t) / 2 ** 64 - 0.5)).toBeLessThan(1e-12);
    expect(b).toBe(0x80000000000b5fd8n);
  });

  it('transfer_all: issue 50 at block 0, transfer_all to Bob at block 0 → Alice deleted, Bob = 50·f(3) at block 3', () => {
    const { env, call } = setup(0);
    issue(env, CID, ALICE, 50n * ONE);
    expect(call(signed(ALICE), 'transfer_all', { dest: BOB, cid: CID })).toEqual({ ok: true });
    expect(hasAccount(env.state, CID, ALICE)).toBe(false);
    const bob3 = balanceOf(env.state, CID, BOB, 3);
    expect(bob3).toBe(0x31fffee4710050c4b4n);
    within(bob3, 49.999983098591, 1e-9 / 50);
  });

  it('dust removal: issue 50, transfer 20 (Alice keeps 30), transfer 30 → Alice deleted', () => {
    const { env, transferCall, total } = setup(1);
    issue(env, CID, ALICE, 50n * ONE);
    expect(transferCall(ALICE, BOB, 20n * ONE)).toEqual({ ok: true });
    expect(hasAccount(env.state, CID, ALICE)).toBe(true);
    expect(transferCall(ALICE, BOB, 30n * ONE)).toEqual({ ok: true });
    expect(hasAccount(env.state, CID, ALICE)).toBe(false);
    expect(total()).toBe(50n * ONE);
  });
});

describe('balance examples of economy §2.4 read through the pallet', () => {
  // Factor table for the default rate: a principal of exactly 1.0 decays to the factor itself.
  it.each([
    [1, 0xfffffe1c0f591ff8n],
    [2, 0xfffffc381eb5d2c6n],
    [3, 0xfffffa542e16186an],
    [10, 0xffffed189a1c0f4an],
    [100, 0xffff42f643e9a17cn],
    [14_400, 0xff95c071655475cen],
    [100_800, 0xfd1bdea0d92f8d5bn],
    [432_000, 0xf3d65c268559ccedn],
    [5_256_000, 0x8d97a293e0f5079dn],
    [6_151_680, 0x80000000000b5fd8n],
    [12_303_360, 0x40000000000b5fd6n],
  ])('1.0 issued at block 0 reads %i blocks later as bits %s', (blocks, bits) => {
    const { env } = setup(0);
    issue(env, CID, ALICE, ONE);
    expect(balanceOf(env.state, CID, ALICE, blocks)).toBe(bits);
    expect(totalIssuance(env.state, CID, blocks)).toBe(bits);
  });

  it('100 after 6 151 680 blocks → 0x320000000004717060; transferring 60 then fails with BalanceTooLow', () => {
    const { env, transferCall } = setup(0);
    issue(env, CID, ALICE, 100n * ONE);
    env.blockNumber = 6_151_680;
    expect(balanceOf(env.state, CID, ALICE, env.blockNumber)).toBe(0x320000000004717060n);
    expect(moduleError(transferCall(ALICE, BOB, 60n * ONE))).toBe('EncointerBalances.BalanceTooLow');
  });

  it('QUIRK §10 item 13: rate 887938100361295 over 6 151 680 blocks leaves exactly 0', () => {
    const { env } = setup(0);
    setDemurrage(env, CID, 887_938_100_361_295n);
    issue(env, CID, ALICE, 1000n * ONE);
    expect(balanceOf(env.state, CID, ALICE, 6_151_680)).toBe(0n);
  });

  it('reads do not write: the raw entry keeps its principal and last_update', () => {
    const { env } = setup(0);
    issue(env, CID, ALICE, ONE);
    balanceOf(env.state, CID, ALICE, 100);
    totalIssuance(env.state, CID, 100);
    expect(balanceEntry(env.state, CID, ALICE)).toEqual({ principal: ONE, last_update: 0 });
  });

  test.prop([fc.bigInt({ min: 1n, max: 1n << 100n }), fc.nat(10_000_000), fc.nat(10_000_000)])(
    'a balance never grows with time',
    (principal, a, b) => {
      const { env } = setup(0);
      issue(env, CID, ALICE, principal);
      const [early, late] = a <= b ? [a, b] : [b, a];
      expect(balanceOf(env.state, CID, ALICE, late)).toBeLessThanOrEqual(
        balanceOf(env.state, CID, ALICE, early),
      );
    },
  );
});

describe('demurrage rate (economy §2.3)', () => {
  it('absent key → DefaultDemurrage; a stored 0 disables demurrage (key existence, not value)', () => {
    const { env } = setup(0);
    expect(demurrageRate(env.state, CID)).toBe(0x1e3f0a8a973n);
    expect(DEFAULT_DEMURRAGE).toBe(0x1e3f0a8a973n);
    setDemurrage(env, CID, 0n);
    expect(DemurragePerBlock.exists(env.state, CID)).toBe(true);
    expect(demurrageRate(env.state, CID)).toBe(0n);
    issue(env, CID, ALICE, ONE);
    expect(balanceOf(env.state, CID, ALICE, 1_000_000)).toBe(ONE);
  });

  it.each([
    [-1n, 'LessThanZero'],
    [ONE + 1n, 'TooHigh'],
  ])('set_demurrage(%s) → RangeError.%s', (rate, kind) => {
    const { env } = setup(0);
    const err = (() => {
      try {
        setDemurrage(env, CID, rate);
      } catch (e) {
        return e;
      }
      return undefined;
    })();
    expect(err).toBeInstanceOf(DemurrageRangeError);
    expect((err as DemurrageRangeError).kind).toBe(kind);
    expect((err as DemurrageRangeError).limit).toBe(kind === 'TooHigh' ? 1 : undefined);
    expect(DemurragePerBlock.exists(env.state, CID)).toBe(false);
  });

  it('accepts the bounds 0 and 1', () => {
    const { env } = setup(0);
    setDemurrage(env, CID, ONE);
    expect(demurrageRate(env.state, CID)).toBe(ONE);
  });

  it('QUIRK §10 item 14: a rate change applies retroactively to untouched entries', () => {
    const { env } = setup(0);
    issue(env, CID, ALICE, ONE);
    env.blockNumber = 10;
    setDemurrage(env, CID, 0n);
    // The default rate for blocks 0..10 is forgotten: no decay at all.
    expect(balanceOf(env.state, CID, ALICE, 20)).toBe(ONE);
  });
});

describe('transfer (economy §2.6)', () => {
  it('creating the recipient requires amount > ED strictly', () => {
    const { env, transferCall } = setup(1);
    issue(env, CID, ALICE, ONE);
    expect(moduleError(transferCall(ALICE, BOB, ED))).toBe('EncointerBalances.ExistentialDeposit');
    expect(transferCall(ALICE, BOB, ED + 1n)).toEqual({ ok: true });
    // An existing recipient takes any amount.
    expect(transferCall(ALICE, BOB, 1n)).toEqual({ ok: true });
  });

  it('event order for a new recipient: System.NewAccount, Endowed, Transferred', () => {
    const { env, transferCall } = setup(1);
    issue(env, CID, ALICE, 10n * ONE);
    env.events.length = 0;
    expect(transferCall(ALICE, BOB, 3n * ONE)).toEqual({ ok: true });
    expect(env.events.map((e) => `${e.pallet}.${e.event.tag}`)).toEqual([
      'System.NewAccount',
      'EncointerBalances.Endowed',
      'EncointerBalances.Transferred',
    ]);
    expect(env.eventsOf('EncointerBalances')[0]).toEqual({
      tag: 'Endowed',
      value: { cid: CID, who: BOB, balance: 3n * ONE },
    });
    expect(sufficients(env, ALICE, BOB)).toEqual([1, 1]);
  });

  it('sender below ED after a transfer: entry removed, sufficients decremented', () => {
    const { env, transferCall } = setup(1);
    issue(env, CID, ALICE, ONE);
    expect(transferCall(ALICE, BOB, ONE - ED + 1n)).toEqual({ ok: true });
    expect(hasAccount(env.state, CID, ALICE)).toBe(false);
    expect(sufficients(env, ALICE, BOB)).toEqual([0, 1]);
  });

  it('a sender left with exactly ED keeps its account', () => {
    const { env, transferCall } = setup(1);
    issue(env, CID, ALICE, ONE);
    expect(transferCall(ALICE, BOB, ONE - ED)).toEqual({ ok: true });
    expect(balanceEntry(env.state, CID, ALICE)).toEqual({ principal: ED, last_update: 1 });
  });

  it('QUIRK §10 item 9: a zero transfer succeeds from a non-existent account and emits Transferred', () => {
    const { env, transferCall } = setup(1);
    expect(transferCall(CHARLIE, BOB, 0n)).toEqual({ ok: true });
    expect(env.eventsOf('EncointerBalances')).toEqual([
      { tag: 'Transferred', value: [CID, CHARLIE, BOB, 0n] },
    ]);
    expect(hasAccount(env.state, CID, BOB)).toBe(false);
  });

  it('QUIRK §10 item 9: a self-transfer writes the demurraged entry and emits nothing', () => {
    const { env, transferCall } = setup(0);
    issue(env, CID, ALICE, ONE);
    env.events.length = 0;
    env.blockNumber = 1;
    expect(transferCall(ALICE, ALICE, ONE / 2n)).toEqual({ ok: true });
    expect(env.events).toEqual([]);
    expect(balanceEntry(env.state, CID, ALICE)).toEqual({ principal: 0xfffffe1c0f591ff8n, last_update: 1 });
  });

  it('QUIRK §10 item 10: dust of a removed sender stays in the total issuance', () => {
    const { env, transferCall, bal, total } = setup(1);
    issue(env, CID, ALICE, ONE);
    const dust = ED - 1n;
    expect(transferCall(ALICE, BOB, ONE - dust)).toEqual({ ok: true });
    expect(hasAccount(env.state, CID, ALICE)).toBe(false);
    expect(total() - bal(BOB)).toBe(dust);
  });

  it('demurrage is applied to both sides before the transfer', () => {
    const { env, transferCall } = setup(0);
    issue(env, CID, ALICE, ONE);
    issue(env, CID, BOB, ONE);
    env.blockNumber = 1;
    expect(transferCall(ALICE, BOB, ONE / 4n)).toEqual({ ok: true });
    expect(balanceEntry(env.state, CID, ALICE)).toEqual({
      principal: 0xfffffe1c0f591ff8n - ONE / 4n,
      last_update: 1,
    });
    expect(balanceEntry(env.state, CID, BOB)).toEqual({
      principal: 0xfffffe1c0f591ff8n + ONE / 4n,
      last_update: 1,
    });
    // TotalIssuance is never touched by transfers.
    expect(TotalIssuance.get(env.state, CID)).toEqual({ principal: 2n * ONE, last_update: 0 });
  });

  it('QUIRK: transfer_all from an account without entry transfers 0 and succeeds', () => {
    const { env, call } = setup(1);
    expect(call(signed(CHARLIE), 'transfer_all', { dest: BOB, cid: CID })).toEqual({ ok: true });
    expect(env.eventsOf('EncointerBalances')).toEqual([
      { tag: 'Transferred', value: [CID, CHARLIE, BOB, 0n] },
    ]);
  });

  it('rejects unsigned origins with BadOrigin', () => {
    const { env, transferCall, call } = setup(1);
    issue(env, CID, ALICE, ONE);
    const r = call(ROOT, 'transfer', { dest: BOB, community_id: CID, amount: 1n });
    expect(r.ok ? 'ok' : r.error.tag).toBe('BadOrigin');
    const n = call(NONE, 'transfer_all', { dest: BOB, cid: CID });
    expect(n.ok ? 'ok' : n.error.tag).toBe('BadOrigin');
    expect(transferCall(ALICE, BOB, ONE / 2n)).toEqual({ ok: true });
  });

  it('a failed transfer is rolled back and reported as module error {63, [index]}', () => {
    const { env, transferCall } = setup(1);
    issue(env, CID, ALICE, ONE);
    const r = transferCall(ALICE, BOB, 2n * ONE);
    expect(r.ok ? undefined : r.error).toEqual({
      tag: 'Module',
      value: { index: 63, error: Uint8Array.of(0, 0, 0, 0) },
    });
    expect(hasAccount(env.state, CID, BOB)).toBe(false);
  });

  test.prop([fc.bigInt({ min: 1n, max: 1n << 90n }), fc.bigInt({ min: 0n, max: 1n << 90n })])(
    'at one block, balances plus removed dust equal the total issuance',
    (issued, wanted) => {
      const { env, transferCall, bal, total } = setup(5);
      issue(env, CID, ALICE, issued);
      const amount = wanted % (issued + 1n);
      const r = transferCall(ALICE, BOB, amount);
      if (!r.ok) {
        expect(amount <= ED).toBe(true);
        return;
      }
      const alice = bal(ALICE);
      const lost = hasAccount(env.state, CID, ALICE) ? 0n : issued - amount;
      expect(lost < ED).toBe(true);
      expect(alice + bal(BOB) + lost).toBe(total());
    },
  );
});

describe('issue, burn and the other internal operations (economy §2.6)', () => {
  it('issue to a new account: sufficients incremented, no Endowed, no ED check', () => {
    const { env } = setup(1);
    issue(env, CID, ALICE, 1n);
    expect(sufficients(env, ALICE)).toEqual([1]);
    expect(env.eventsOf('EncointerBalances').map((e) => e.tag)).toEqual(['Issued']);
    issue(env, CID, ALICE, 1n);
    expect(sufficients(env, ALICE)).toEqual([1]);
  });

  it('issue demurrages the existing entry and the total first', () => {
    const { env } = setup(0);
    issue(env, CID, ALICE, ONE);
    env.blockNumber = 1;
    issue(env, CID, ALICE, ONE);
    expect(balanceEntry(env.state, CID, ALICE)).toEqual({
      principal: 0xfffffe1c0f591ff8n + ONE,
      last_update: 1,
    });
    expect(TotalIssuance.get(env.state, CID)).toEqual({
      principal: 0xfffffe1c0f591ff8n + ONE,
      last_update: 1,
    });
  });

  it('issue beyond U64F64::MAX → TotalIssuanceOverflow, after the sufficients increment', () => {
    const { env } = setup(1);
    issue(env, CID, ALICE, (1n << 128n) - 2n);
    expect(() => issue(env, CID, BOB, 2n)).toThrow(
      expect.objectContaining({ variant: 'TotalIssuanceOverflow' }),
    );
    expect(sufficients(env, BOB)).toEqual([1]);
  });

  it('QUIRK §10 item 10: burn(0) on a non-existent account writes an empty entry without creating the account', () => {
    const { env } = setup(7);
    burn(env, CID, CHARLIE, 0n);
    expect(Balance.exists(env.state, CID, CHARLIE)).toBe(true);
    expect(balanceEntry(env.state, CID, CHARLIE)).toEqual({ principal: 0n, last_update: 7 });
    expect(sufficients(env, CHARLIE)).toEqual([0]);
  });

  it('burn never removes an account below ED', () => {
    const { env } = setup(1);
    issue(env, CID, ALICE, ONE);
    burn(env, CID, ALICE, ONE);
    expect(hasAccount(env.state, CID, ALICE)).toBe(true);
  });

  it('remove_account: NoAccount, ExistentialDeposit, then removal below ED', () => {
    const { env } = setup(1);
    expect(() => removeAccount(env, CID, ALICE)).toThrow(expect.objectContaining({ variant: 'NoAccount' }));
    issue(env, CID, ALICE, ED);
    expect(() => removeAccount(env, CID, ALICE)).toThrow(
      expect.objectContaining({ variant: 'ExistentialDeposit' }),
    );
    burn(env, CID, ALICE, 1n);
    removeAccount(env, CID, ALICE);
    expect(hasAccount(env.state, CID, ALICE)).toBe(false);
  });

  it('purge_balances removes balances, total issuance and rate of one community only', () => {
    const { env } = setup(1);
    issue(env, CID, ALICE, ONE);
    issue(env, CID, BOB, ONE);
    issue(env, OTHER_CID, ALICE, ONE);
    setDemurrage(env, CID, 5n);
    env.events.length = 0;
    purgeBalances(env, CID);
    expect(Balance.entriesOf(env.state, CID)).toEqual([]);
    expect(TotalIssuance.exists(env.state, CID)).toBe(false);
    expect(DemurragePerBlock.exists(env.state, CID)).toBe(false);
    expect(balanceOf(env.state, OTHER_CID, ALICE, 1)).toBe(ONE);
    expect(env.events).toEqual([]);
  });
});

describe('set_fee_conversion_factor (economy §2.6)', () => {
  it('CeremonyMaster sets the factor and FeeConversionFactorUpdated is emitted', () => {
    const { env, call } = setup(1);
    expect(call(ROOT, 'set_fee_conversion_factor', { fee_conversion_factor: 42n })).toEqual({ ok: true });
    expect(feeConversionFactor(env.state)).toBe(42n);
    expect(env.eventsOf('EncointerBalances')).toEqual([{ tag: 'FeeConversionFactorUpdated', value: [42n] }]);
  });

  it('other origins → BadOrigin', () => {
    const { env, call } = setup(1);
    const r = call(signed(ALICE), 'set_fee_conversion_factor', { fee_conversion_factor: 42n });
    expect(r.ok ? 'ok' : r.error.tag).toBe('BadOrigin');
    expect(feeConversionFactor(env.state)).toBe(0n);
  });
});

describe('transfer() as other pallets call it', () => {
  it('returns the amount and throws PalletErrors', () => {
    const { env } = setup(1);
    issue(env, CID, ALICE, ONE);
    expect(transfer(env, CID, ALICE, BOB, ONE / 2n)).toBe(ONE / 2n);
    expect(() => transfer(env, CID, CHARLIE, BOB, 1n)).toThrow(PalletError);
  });
});
