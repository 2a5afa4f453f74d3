// spec: economy §5 (faucet: §5.2 derived accounts, §5.3 calls, §5.4 who can drip and rate limits), §10 item 23
import { describe, expect, it } from 'vitest';
import { concatBytes, toHex } from '../../../primitives/common/bytes.js';
import { blake2_256 } from '../../../primitives/common/hashing.js';
import { ss58Encode } from '../../../primitives/common/ss58.js';
import type { CommunityIdentifier } from '../../../primitives/scale/index.js';
import { type Origin, ROOT, signed } from '../../framework/pallet.js';
import { Reserves } from '../balances/storage.js';
import { hasCommitted, registerPurpose } from '../reputationCommitments/commitments.js';
import { Purposes } from '../reputationCommitments/storage.js';
import { ALICE, BOB, CHARLIE, CID, CID2, CID3, DAVE, setup } from '../reputationCommitments/testSupport.js';
import {
  catchBasinAccount,
  FAUCET_PALLET_ID,
  faucetAccount,
  faucetIdentifier,
  faucetReserveId,
} from './faucet.js';
import { Faucets, ReserveAmount } from './storage.js';

const P = 'EncointerFaucet';
const ascii = (s: string) => new TextEncoder().encode(s);
const err = (name: string) => `${P}.${name}`;
const NAME = ascii('Some Faucet Name');
const FAUCET = faucetAccount(NAME);

interface Options {
  endowed?: [Uint8Array, bigint][];
  isFaucetController?: (origin: Origin) => boolean;
}

/** The reference mock (§5.4): native ED 1, reserve 13, purposes 0 and 1 pre-registered. */
const mock = (options: Options = {}) => {
  const s = setup({
    ed: 1n,
    reserveAmount: 13n,
    endowed: options.endowed ?? [[ALICE, 114n]],
    ...(options.isFaucetController ? { isFaucetController: options.isFaucetController } : {}),
  });
  registerPurpose(s.env, ascii('Some Description'));
  registerPurpose(s.env, ascii('Some Description 2'));
  const free = (who: Uint8Array) => s.currency.account(s.env.state, who).free;
  const reserved = (who: Uint8Array) => s.currency.account(s.env.state, who).reserved;
  const create = (
    who: Uint8Array,
    amount: bigint,
    drip_amount: bigint,
    whitelist: CommunityIdentifier[] | 'all' = [CID, CID2],
    name: Uint8Array = NAME,
  ) =>
    s.call(signed(who), P, 'create_faucet', {
      name,
      amount,
      whitelist: whitelist === 'all' ? undefined : whitelist,
      drip_amount,
    });
  const drip = (who: Uint8Array, cid = CID, cindex = 1, faucet = FAUCET) =>
    s.call(signed(who), P, 'drip', { faucet_account: faucet, cid, cindex });
  return { ...s, free, reserved, create, drip };
};

describe('economy §5.2 derived accounts', () => {
  it('Verified: "FaucetNumberOne" with ectrfct0 → 5Dq3XugU1atZM8QGHxg2KfZahm2CzuBUDp8XyxL9wn8Q8Yx3', () => {
    expect(ss58Encode(faucetAccount(ascii('FaucetNumberOne')), 42)).toBe(
      '5Dq3XugU1atZM8QGHxg2KfZahm2CzuBUDp8XyxL9wn8Q8Yx3',
    );
  });

  it('Derived: the catch basin of ectrfct0 (modl ‖ id ‖ zeros) → 5EYCAe5gWtj6KNFE6qpw6WPs6TUVgP8uQKFyoo4T5E5GP8bb', () => {
    expect(ss58Encode(catchBasinAccount(), 42)).toBe('5EYCAe5gWtj6KNFE6qpw6WPs6TUVgP8uQKFyoo4T5E5GP8bb');
    expect(toHex(catchBasinAccount())).toBe(`0x6d6f646c6563747266637430${'00'.repeat(20)}`);
  });

  it.each([
    ['one-byte compact prefix len << 2 (identifier of 63 bytes)', 55, [0xfc]],
    ['two-byte compact prefix (len << 2) | 1 LE (identifier of 64 bytes)', 56, [0x01, 0x01]],
    ['two-byte compact prefix (identifier of 72 bytes, the longest name)', 64, [0x21, 0x01]],
  ])('the hash input carries the SCALE length prefix: %s', (_name, nameLength, prefix) => {
    const name = new Uint8Array(nameLength).fill(0x61);
    const identifier = concatBytes(ascii('ectrfct0'), name);
    expect(faucetIdentifier(name)).toEqual(identifier);
    expect(faucetAccount(name)).toEqual(blake2_256(concatBytes(Uint8Array.from(prefix), identifier)));
  });

  it('the purpose descriptor is the identifier, the reserve id the first 8 bytes of the faucet account', () => {
    const s = mock();
    expect(s.create(ALICE, 100n, 10n)).toBe('ok');
    expect(Purposes.get(s.env.state, 2n)).toEqual(ascii('ectrfct0Some Faucet Name'));
    expect(Reserves.get(s.env.state, ALICE)).toEqual([{ id: FAUCET.slice(0, 8), amount: 13n }]);
    expect(faucetReserveId(FAUCET)).toEqual(FAUCET.slice(0, 8));
  });

  it('another pallet id derives other accounts', () => {
    const other = ascii('otherfct');
    expect(faucetAccount(NAME, other)).not.toEqual(faucetAccount(NAME, FAUCET_PALLET_ID));
  });
});

describe('economy §5.3 create_faucet', () => {
  it('Verified: Alice with 114 creates (100, drip 10, [cid, cid2]) → purpose 2, free 1, reserved 13, faucet 100', () => {
    const s = mock();
    expect(s.create(ALICE, 100n, 10n)).toBe('ok');
    expect(Faucets.get(s.env.state, FAUCET)).toEqual({
      name: NAME,
      purpose_id: 2n,
      whitelist: [CID, CID2],
      drip_amount: 10n,
      creator: ALICE,
    });
    expect(s.free(ALICE)).toBe(1n);
    expect(s.reserved(ALICE)).toBe(13n);
    expect(s.free(FAUCET)).toBe(100n);
    expect(s.env.eventsOf(P)).toEqual([{ tag: 'FaucetCreated', value: [FAUCET, NAME] }]);
  });

  it('Verified: with 112 → InsuffiecientBalance (the reserve succeeds, the keep-alive transfer fails); nothing stays', () => {
    const s = mock({ endowed: [[ALICE, 112n]] });
    expect(s.create(ALICE, 100n, 10n)).toBe(err('InsuffiecientBalance'));
    expect(s.free(ALICE)).toBe(112n);
    expect(s.reserved(ALICE)).toBe(0n);
    expect(Reserves.get(s.env.state, ALICE)).toEqual([]);
    expect(Faucets.exists(s.env.state, FAUCET)).toBe(false);
  });

  it('Verified: drip_amount 1 (= ED) → DripAmountTooSmall; 2 is accepted', () => {
    const s = mock();
    expect(s.create(ALICE, 100n, 1n)).toBe(err('DripAmountTooSmall'));
    expect(s.create(ALICE, 100n, 2n)).toBe('ok');
  });

  it('an unregistered cid in the whitelist → InvalidCommunityIdentifierInWhitelist, checked first', () => {
    const s = mock();
    expect(s.create(ALICE, 100n, 1n, [CID, CID3])).toBe(err('InvalidCommunityIdentifierInWhitelist'));
  });

  it('the same name twice → FaucetAlreadyExists (checked before the reserve)', () => {
    const s = mock({
      endowed: [
        [ALICE, 114n],
        [BOB, 10n],
      ],
    });
    expect(s.create(ALICE, 100n, 10n)).toBe('ok');
    expect(s.create(BOB, 1n, 10n)).toBe(err('FaucetAlreadyExists'));
  });

  it('a failing reserve propagates the native balances error', () => {
    const s = mock({ endowed: [[ALICE, 12n]] });
    expect(s.create(ALICE, 0n, 10n)).toBe('Balances.InsufficientBalance');
  });

  it('needs a signed origin', () => {
    const s = mock();
    expect(
      s.call(ROOT, P, 'create_faucet', { name: NAME, amount: 1n, whitelist: undefined, drip_amount: 10n }),
    ).toBe('BadOrigin');
  });
});

describe('economy §5.3 drip and §5.4 who can drip', () => {
  it('Verified: faucet 35, drip 10 — three drips leave 5; the fourth → FaucetEmpty and its commitment is reverted', () => {
    const s = mock();
    expect(s.create(ALICE, 35n, 10n)).toBe('ok');
    for (const who of [BOB, CHARLIE, DAVE, ALICE]) s.setReputation(who, CID, 1);
    for (const who of [BOB, CHARLIE, DAVE]) expect(s.drip(who)).toBe('ok');
    expect(s.free(FAUCET)).toBe(5n);
    expect(s.free(BOB)).toBe(10n);
    expect(s.drip(ALICE)).toBe(err('FaucetEmpty'));
    expect(hasCommitted(s.env.state, ALICE, CID, 1, 2n)).toBe(false);
    expect(s.env.eventsOf(P).at(-1)).toEqual({ tag: 'Dripped', value: [FAUCET, DAVE, 10n] });
  });

  it('the faucet keeps the existential deposit: 20 with drip 10 allows one drip only', () => {
    const s = mock();
    expect(s.create(ALICE, 20n, 10n)).toBe('ok');
    s.setReputation(BOB, CID, 1);
    s.setReputation(CHARLIE, CID, 1);
    expect(s.drip(BOB)).toBe('ok');
    expect(s.drip(CHARLIE)).toBe(err('FaucetEmpty'));
  });

  it('once per (faucet, cid, cindex, account): AlreadyCommited on the second drip', () => {
    const s = mock();
    expect(s.create(ALICE, 100n, 10n)).toBe('ok');
    s.setReputation(BOB, CID, 1);
    expect(s.drip(BOB)).toBe('ok');
    expect(s.drip(BOB)).toBe('EncointerReputationCommitments.AlreadyCommited');
    expect(s.free(BOB)).toBe(10n);
  });

  it('k attendances in eligible communities give k drips per faucet; other faucets are independent', () => {
    const s = mock({ endowed: [[ALICE, 1_000n]] });
    const other = faucetAccount(ascii('other'));
    expect(s.create(ALICE, 100n, 10n)).toBe('ok');
    expect(s.create(ALICE, 100n, 10n, 'all', ascii('other'))).toBe('ok');
    s.setReputation(BOB, CID, 1);
    s.setReputation(BOB, CID, 2);
    s.setReputation(BOB, CID2, 1);
    expect(s.drip(BOB, CID, 1)).toBe('ok');
    expect(s.drip(BOB, CID, 2)).toBe('ok');
    expect(s.drip(BOB, CID2, 1)).toBe('ok');
    expect(s.drip(BOB, CID, 1, other)).toBe('ok');
    expect(s.free(BOB)).toBe(40n);
  });

  it('needs a verified reputation: NoReputation otherwise (UnverifiedReputable does not count)', () => {
    const s = mock();
    expect(s.create(ALICE, 100n, 10n)).toBe('ok');
    expect(s.drip(BOB)).toBe('EncointerReputationCommitments.NoReputation');
    s.setReputation(BOB, CID, 1, { tag: 'UnverifiedReputable', value: undefined });
    expect(s.drip(BOB)).toBe('EncointerReputationCommitments.NoReputation');
    s.setReputation(BOB, CID, 1, { tag: 'VerifiedLinked', value: 2 });
    expect(s.drip(BOB)).toBe('ok');
  });

  it('no recency check: any stored verified reputation drips, however old the cindex', () => {
    const s = mock();
    expect(s.create(ALICE, 100n, 10n)).toBe('ok');
    s.setReputation(BOB, CID, 1);
    for (let i = 0; i < 9; i++) s.nextPhase();
    expect(s.drip(BOB, CID, 1)).toBe('ok');
  });

  it('a whitelist admits its communities only → CommunityNotInWhitelist', () => {
    const s = mock();
    expect(s.create(ALICE, 100n, 10n, [CID])).toBe('ok');
    s.setReputation(BOB, CID2, 1);
    expect(s.drip(BOB, CID2)).toBe(err('CommunityNotInWhitelist'));
  });

  it('no whitelist admits every community, even one registered later', () => {
    const s = mock();
    expect(s.create(ALICE, 100n, 10n, 'all')).toBe('ok');
    s.setReputation(BOB, CID3, 1);
    expect(s.drip(BOB, CID3)).toBe('ok');
  });

  it('InexsistentFaucet for an unknown account; a signed origin is needed', () => {
    const s = mock();
    s.setReputation(BOB, CID, 1);
    expect(s.drip(BOB)).toBe(err('InexsistentFaucet'));
    expect(s.call(ROOT, P, 'drip', { faucet_account: FAUCET, cid: CID, cindex: 1 })).toBe('BadOrigin');
  });

  it('anyone can top up a faucet with a plain native transfer', () => {
    const s = mock({
      endowed: [
        [ALICE, 114n],
        [CHARLIE, 100n],
      ],
    });
    expect(s.create(ALICE, 20n, 10n)).toBe('ok');
    s.setReputation(BOB, CID, 1);
    s.setReputation(DAVE, CID, 1);
    expect(s.drip(BOB)).toBe('ok');
    expect(s.drip(DAVE)).toBe(err('FaucetEmpty'));
    expect(
      s.call(signed(CHARLIE), 'Balances', 'transfer_keep_alive', {
        dest: { tag: 'Id', value: FAUCET },
        value: 50n,
      }),
    ).toBe('ok');
    expect(s.drip(DAVE)).toBe('ok');
  });
});

describe('economy §5.3 dissolve_faucet (QUIRK §10 item 23: Root regardless of ControllerOrigin)', () => {
  it('releases the reserve, removes the faucet and pays its whole balance to the beneficiary', () => {
    const s = mock();
    expect(s.create(ALICE, 100n, 10n)).toBe('ok');
    expect(s.call(ROOT, P, 'dissolve_faucet', { faucet_account: FAUCET, beneficiary: CHARLIE })).toBe('ok');
    expect(s.reserved(ALICE)).toBe(0n);
    expect(s.free(ALICE)).toBe(14n);
    expect(Reserves.get(s.env.state, ALICE)).toEqual([]);
    expect(Faucets.exists(s.env.state, FAUCET)).toBe(false);
    expect(s.free(FAUCET)).toBe(0n);
    expect(s.free(CHARLIE)).toBe(100n);
    expect(s.env.eventsOf(P).at(-1)).toEqual({ tag: 'FaucetDissolved', value: FAUCET });
  });

  it('a signed controller may set the reserve amount but still not dissolve', () => {
    const s = mock({ isFaucetController: (o) => o.kind === 'Signed' && o.who[0] === ALICE[0] });
    expect(s.create(ALICE, 100n, 10n)).toBe('ok');
    expect(s.call(signed(ALICE), P, 'set_reserve_amount', { reserve_amount: 5n })).toBe('ok');
    expect(s.call(signed(ALICE), P, 'dissolve_faucet', { faucet_account: FAUCET, beneficiary: ALICE })).toBe(
      'BadOrigin',
    );
  });

  it('InexsistentFaucet for an unknown account', () => {
    const s = mock();
    expect(s.call(ROOT, P, 'dissolve_faucet', { faucet_account: FAUCET, beneficiary: BOB })).toBe(
      err('InexsistentFaucet'),
    );
  });

  it('re-creating a dissolved faucet gives a new purpose: everyone can drip again with the same reputation', () => {
    const s = mock({ endowed: [[ALICE, 1_000n]] });
    s.setReputation(BOB, CID, 1);
    expect(s.create(ALICE, 100n, 10n)).toBe('ok');
    expect(s.drip(BOB)).toBe('ok');
    expect(s.call(ROOT, P, 'dissolve_faucet', { faucet_account: FAUCET, beneficiary: ALICE })).toBe('ok');
    expect(s.create(ALICE, 100n, 10n)).toBe('ok');
    expect(Faucets.get(s.env.state, FAUCET)?.purpose_id).toBe(3n);
    expect(s.drip(BOB)).toBe('ok');
  });
});

describe('economy §5.3 close_faucet', () => {
  it('Verified: faucet 35, drip 12, one drip → 23 < 24: closed, 23 to the catch basin, reserve released', () => {
    const s = mock();
    expect(s.create(ALICE, 35n, 12n)).toBe('ok');
    s.setReputation(BOB, CID, 1);
    expect(s.drip(BOB)).toBe('ok');
    expect(s.call(signed(ALICE), P, 'close_faucet', { faucet_account: FAUCET })).toBe('ok');
    expect(s.free(catchBasinAccount())).toBe(23n);
    expect(s.free(FAUCET)).toBe(0n);
    expect(s.reserved(ALICE)).toBe(0n);
    expect(s.free(ALICE)).toBe(114n - 35n);
    expect(Faucets.exists(s.env.state, FAUCET)).toBe(false);
    expect(s.env.eventsOf(P).at(-1)).toEqual({ tag: 'FaucetClosed', value: FAUCET });
  });

  it('FaucetNotEmpty while the faucet holds at least two drips (24 = 2 · 12)', () => {
    const s = mock();
    expect(s.create(ALICE, 24n, 12n)).toBe('ok');
    expect(s.call(signed(ALICE), P, 'close_faucet', { faucet_account: FAUCET })).toBe(err('FaucetNotEmpty'));
  });

  it('only the creator: NotCreator; InexsistentFaucet for an unknown account', () => {
    const s = mock();
    expect(s.call(signed(BOB), P, 'close_faucet', { faucet_account: FAUCET })).toBe(err('InexsistentFaucet'));
    expect(s.create(ALICE, 20n, 12n)).toBe('ok');
    expect(s.call(signed(BOB), P, 'close_faucet', { faucet_account: FAUCET })).toBe(err('NotCreator'));
  });
});

describe('economy §5.3 set_reserve_amount', () => {
  it('ControllerOrigin (Root) stores it and emits ReserveAmountUpdated; signed is BadOrigin', () => {
    const s = mock();
    expect(s.call(signed(ALICE), P, 'set_reserve_amount', { reserve_amount: 5n })).toBe('BadOrigin');
    expect(s.call(ROOT, P, 'set_reserve_amount', { reserve_amount: 5n })).toBe('ok');
    expect(ReserveAmount.get(s.env.state)).toBe(5n);
    expect(s.env.eventsOf(P)).toEqual([{ tag: 'ReserveAmountUpdated', value: 5n }]);
  });

  it('applies to future faucets only: dissolving still releases the old reserve', () => {
    const s = mock({ endowed: [[ALICE, 1_000n]] });
    expect(s.create(ALICE, 100n, 10n)).toBe('ok');
    expect(s.call(ROOT, P, 'set_reserve_amount', { reserve_amount: 50n })).toBe('ok');
    expect(s.create(ALICE, 100n, 10n, 'all', ascii('second'))).toBe('ok');
    expect(s.reserved(ALICE)).toBe(63n);
    expect(s.call(ROOT, P, 'dissolve_faucet', { faucet_account: FAUCET, beneficiary: BOB })).toBe('ok');
    expect(s.reserved(ALICE)).toBe(50n);
    expect(Reserves.get(s.env.state, ALICE)).toEqual([
      { id: faucetAccount(ascii('second')).slice(0, 8), amount: 50n },
    ]);
  });
});
