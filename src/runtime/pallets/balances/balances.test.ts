// spec: substrate-compat §6.2 (System.Account holds the balances), §5.7/§6.3 (transfer events); reference-metadata-spec30
// Balances (calls, events, errors, ExistentialDeposit = 500)
import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { createTestChain, newEd25519Key } from '../../executive/testSupport.js';
import type { Origin, RuntimeCallValue } from '../../framework/pallet.js';
import { Account, IS_NEW_LOGIC } from '../system/storage.js';
import { TotalIssuance } from './storage.js';

const ED = 500n;

const setup = () => {
  const [alice, bob, charlie] = [newEd25519Key(), newEd25519Key(), newEd25519Key()];
  const chain = createTestChain({
    balances: [
      [alice.publicKey, 1_000n],
      [bob.publicKey, 5_000n],
    ],
  });
  chain.block();
  const id = (k: { publicKey: Uint8Array }) => ({ tag: 'Id', value: k.publicKey }) as const;
  const balances = (origin: Origin, tag: string, value: object) =>
    chain.dispatch(origin, { tag: 'Balances', value: { tag, value } } as RuntimeCallValue);
  const signedBy = (k: { publicKey: Uint8Array }): Origin => ({ kind: 'Signed', who: k.publicKey });
  const names = (events: { pallet: string; event: unknown }[]) =>
    events.map((e) => `${e.pallet}.${(e.event as { tag: string }).tag}`);
  return { chain, alice, bob, charlie, id, balances, signedBy, names };
};

describe('Balances: existential deposit and reaping (ED = 500)', () => {
  it('a transfer leaving dust reaps the sender: KilledAccount, DustLost (burnt), then the new account is endowed', () => {
    const s = setup();
    const r = s.balances(s.signedBy(s.alice), 'transfer_allow_death', { dest: s.id(s.charlie), value: 700n });
    expect(r.error).toBeUndefined();
    expect(s.names(r.events)).toEqual([
      'System.KilledAccount',
      'Balances.DustLost',
      'System.NewAccount',
      'Balances.Endowed',
      'Balances.Transfer',
    ]);
    expect(r.events[1]!.event).toEqual({
      tag: 'DustLost',
      value: { account: s.alice.publicKey, amount: 300n },
    });
    expect(s.chain.state.get(Account.key(s.alice.publicKey))).toBeUndefined();
    expect(Account.get(s.chain.state, s.charlie.publicKey)).toMatchObject({
      providers: 1,
      data: { free: 700n },
    });
    expect(TotalIssuance.get(s.chain.state)).toBe(6_000n - 300n);
  });

  it('transfer_keep_alive refuses to take the sender below the deposit: Token(NotExpendable)', () => {
    const s = setup();
    const r = s.balances(s.signedBy(s.alice), 'transfer_keep_alive', { dest: s.id(s.bob), value: 600n });
    expect(r.error).toEqual({ tag: 'Token', value: 'NotExpendable' });
    expect(r.events).toEqual([]);
    expect(Account.get(s.chain.state, s.alice.publicKey).data.free).toBe(1_000n);
  });

  it('a transfer that would create an account below the deposit fails with Token(BelowMinimum)', () => {
    const s = setup();
    const r = s.balances(s.signedBy(s.bob), 'transfer_allow_death', {
      dest: s.id(s.charlie),
      value: ED - 1n,
    });
    expect(r.error).toEqual({ tag: 'Token', value: 'BelowMinimum' });
  });

  it('more than the free balance is Token(FundsUnavailable)', () => {
    const s = setup();
    const r = s.balances(s.signedBy(s.alice), 'transfer_allow_death', { dest: s.id(s.bob), value: 1_001n });
    expect(r.error).toEqual({ tag: 'Token', value: 'FundsUnavailable' });
  });

  it('transfer_all(keep_alive = false) moves everything and reaps the sender; keep_alive = true leaves the deposit', () => {
    const s = setup();
    expect(
      s.balances(s.signedBy(s.bob), 'transfer_all', { dest: s.id(s.charlie), keep_alive: true }).error,
    ).toBeUndefined();
    expect(Account.get(s.chain.state, s.bob.publicKey).data.free).toBe(ED);
    expect(
      s.balances(s.signedBy(s.alice), 'transfer_all', { dest: s.id(s.charlie), keep_alive: false }).error,
    ).toBeUndefined();
    expect(s.chain.state.get(Account.key(s.alice.publicKey))).toBeUndefined();
    expect(Account.get(s.chain.state, s.charlie.publicKey).data.free).toBe(5_000n - ED + 1_000n);
  });

  it('force_set_balance below the deposit wipes the account; the issuance follows the change', () => {
    const s = setup();
    const r = s.balances({ kind: 'Root' }, 'force_set_balance', { who: s.id(s.alice), new_free: 499n });
    expect(s.names(r.events)).toEqual(['System.KilledAccount', 'Balances.BalanceSet']);
    expect(r.events[1]!.event).toEqual({ tag: 'BalanceSet', value: { who: s.alice.publicKey, free: 0n } });
    expect(TotalIssuance.get(s.chain.state)).toBe(5_000n);
    s.balances({ kind: 'Root' }, 'force_set_balance', { who: s.id(s.charlie), new_free: 2_000n });
    expect(TotalIssuance.get(s.chain.state)).toBe(7_000n);
  });

  it('root-only calls reject signed origins; non-Id addresses cannot be looked up', () => {
    const s = setup();
    const forced = { source: s.id(s.bob), dest: s.id(s.alice), value: 1n };
    expect(s.balances(s.signedBy(s.bob), 'force_transfer', forced).error).toEqual({
      tag: 'BadOrigin',
      value: undefined,
    });
    expect(s.balances({ kind: 'Root' }, 'force_transfer', forced).error).toBeUndefined();
    const r = s.balances(s.signedBy(s.bob), 'transfer_allow_death', {
      dest: { tag: 'Address32', value: s.alice.publicKey },
      value: 1n,
    });
    expect(r.error).toEqual({ tag: 'CannotLookup', value: undefined });
  });

  it('upgrade_accounts marks old-logic accounts (Upgraded) and leaves new ones alone', () => {
    const s = setup();
    const info = Account.get(s.chain.state, s.alice.publicKey);
    Account.set(s.chain.state, s.alice.publicKey, { ...info, data: { ...info.data, flags: 0n } });
    const r = s.balances(s.signedBy(s.bob), 'upgrade_accounts', {
      who: [s.alice.publicKey, s.bob.publicKey],
    });
    expect(s.names(r.events)).toEqual(['Balances.Upgraded']);
    expect(Account.get(s.chain.state, s.alice.publicKey).data.flags).toBe(IS_NEW_LOGIC);
  });

  it('reserving takes a consumer reference; force_unreserve returns the funds and the reference', () => {
    const s = setup();
    const env = s.chain.executive.envFor(s.chain.state, 2);
    s.chain.shell.currency.reserve(env, s.bob.publicKey, 1_000n);
    expect(Account.get(s.chain.state, s.bob.publicKey)).toMatchObject({
      consumers: 1,
      data: { free: 4_000n, reserved: 1_000n },
    });
    const r = s.balances({ kind: 'Root' }, 'force_unreserve', { who: s.id(s.bob), amount: 2_000n });
    expect(r.events.map((e) => e.event)).toEqual([
      { tag: 'Unreserved', value: { who: s.bob.publicKey, amount: 1_000n } },
    ]);
    expect(Account.get(s.chain.state, s.bob.publicKey)).toMatchObject({
      consumers: 0,
      data: { free: 5_000n, reserved: 0n },
    });
  });
});

describe('Balances invariant', () => {
  test.prop(
    [
      fc.array(
        fc.record({
          from: fc.integer({ min: 0, max: 3 }),
          to: fc.integer({ min: 0, max: 3 }),
          value: fc.bigInt({ min: 0n, max: 3_000n }),
          keepAlive: fc.boolean(),
        }),
        { maxLength: 25 },
      ),
    ],
    { numRuns: 30 },
  )('the total issuance always equals the sum of all balances (dust is burnt, not lost track of)', (ops) => {
    const keys = [newEd25519Key(), newEd25519Key(), newEd25519Key(), newEd25519Key()];
    const chain = createTestChain({
      balances: [
        [keys[0]!.publicKey, 4_000n],
        [keys[1]!.publicKey, 1_500n],
      ],
    });
    for (const op of ops) {
      chain.dispatch(
        { kind: 'Signed', who: keys[op.from]!.publicKey },
        {
          tag: 'Balances',
          value: {
            tag: op.keepAlive ? 'transfer_keep_alive' : 'transfer_allow_death',
            value: { dest: { tag: 'Id', value: keys[op.to]!.publicKey }, value: op.value },
          },
        },
      );
      const total = keys.reduce((sum, k) => {
        const d = Account.get(chain.state, k.publicKey).data;
        expect(d.free === 0n || d.free >= ED).toBe(true);
        return sum + d.free + d.reserved;
      }, 0n);
      expect(TotalIssuance.get(chain.state)).toBe(total);
    }
  });
});
