// spec: economy §8 (purposes registry, commit once per purpose, purge), §10 item 22
import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { concatBytes, fromHex, toHex, uintToLe } from '../../../primitives/common/bytes.js';
import { blake2_128 } from '../../../primitives/common/hashing.js';
import { ROOT, signed } from '../../framework/pallet.js';
import { ReputationLifetime } from '../ceremonies/storage.js';
import { CurrentCeremonyIndex } from '../scheduler/storage.js';
import {
  commitmentOf,
  commitReputation,
  DescriptorTooLongError,
  hasCommitted,
  purposeDescriptor,
  registerPurpose,
} from './commitments.js';
import { Commitments, CurrentPurposeId, Purposes } from './storage.js';
import { ALICE, BOB, CHARLIE, CID, CID2, setup } from './testSupport.js';

const P = 'EncointerReputationCommitments';
const ascii = (s: string) => new TextEncoder().encode(s);
const err = (name: string) => `${P}.${name}`;

const register = (s: ReturnType<typeof setup>, who: Uint8Array, descriptor: Uint8Array) =>
  s.call(signed(who), P, 'register_purpose', { descriptor });
const commit = (
  s: ReturnType<typeof setup>,
  who: Uint8Array,
  cid = CID,
  cindex = 1,
  purpose = 0n,
  commitment_hash: Uint8Array | undefined = undefined,
) => s.call(signed(who), P, 'commit_reputation', { cid, cindex, purpose, commitment_hash });

describe('economy §8 register_purpose', () => {
  it('Verified: "Some Description" then "Some Description 2" get ids 0 and 1; CurrentPurposeId = 2', () => {
    const s = setup();
    expect(register(s, ALICE, ascii('Some Description'))).toBe('ok');
    expect(register(s, BOB, ascii('Some Description 2'))).toBe('ok');
    expect(CurrentPurposeId.get(s.env.state)).toBe(2n);
    expect(Purposes.get(s.env.state, 0n)).toEqual(ascii('Some Description'));
    expect(Purposes.get(s.env.state, 1n)).toEqual(ascii('Some Description 2'));
    expect(s.env.eventsOf(P)).toEqual([
      { tag: 'RegisteredCommitmentPurpose', value: [0n, ascii('Some Description')] },
      { tag: 'RegisteredCommitmentPurpose', value: [1n, ascii('Some Description 2')] },
    ]);
  });

  it('is open to any signed account, not to Root or unsigned', () => {
    const s = setup();
    expect(s.call(ROOT, P, 'register_purpose', { descriptor: ascii('x') })).toBe('BadOrigin');
    expect(s.call({ kind: 'None' }, P, 'register_purpose', { descriptor: ascii('x') })).toBe('BadOrigin');
    expect(CurrentPurposeId.get(s.env.state)).toBe(0n);
  });

  it('registerPurpose returns the id; an empty descriptor is a valid purpose', () => {
    const s = setup();
    expect(registerPurpose(s.env, new Uint8Array())).toBe(0n);
    expect(registerPurpose(s.env, ascii('b'))).toBe(1n);
    expect(purposeDescriptor(s.env.state, 0n)).toEqual(new Uint8Array());
    expect(purposeDescriptor(s.env.state, 2n)).toBeUndefined();
  });

  it('PurposeRegistryOverflow when the next id would not fit u64; nothing is written', () => {
    const s = setup();
    CurrentPurposeId.set(s.env.state, (1n << 64n) - 1n);
    expect(register(s, ALICE, ascii('last'))).toBe(err('PurposeRegistryOverflow'));
    expect(CurrentPurposeId.get(s.env.state)).toBe((1n << 64n) - 1n);
    expect(Purposes.exists(s.env.state, (1n << 64n) - 1n)).toBe(false);
    CurrentPurposeId.set(s.env.state, (1n << 64n) - 2n);
    expect(register(s, ALICE, ascii('second to last'))).toBe('ok');
  });

  it('DescriptorType holds at most 128 bytes', () => {
    const s = setup();
    expect(registerPurpose(s.env, new Uint8Array(128))).toBe(0n);
    expect(() => registerPurpose(s.env, new Uint8Array(129))).toThrow(DescriptorTooLongError);
  });
});

describe('economy §8 commit_reputation', () => {
  const withPurpose = () => {
    const s = setup();
    registerPurpose(s.env, ascii('purpose 0'));
    registerPurpose(s.env, ascii('purpose 1'));
    return s;
  };

  it('commits a VerifiedUnlinked reputation once, with the event and the stored (optional) hash', () => {
    const s = withPurpose();
    s.setReputation(ALICE, CID, 1);
    const hash = new Uint8Array(32).fill(7);
    expect(commit(s, ALICE, CID, 1, 0n, hash)).toBe('ok');
    expect(hasCommitted(s.env.state, ALICE, CID, 1, 0n)).toBe(true);
    expect(commitmentOf(s.env.state, ALICE, CID, 1, 0n)).toEqual({ hash });
    expect(s.env.eventsOf(P).at(-1)).toEqual({ tag: 'CommitedReputation', value: [CID, 1, 0n, ALICE, hash] });
    expect(commit(s, ALICE, CID, 1, 0n)).toBe(err('AlreadyCommited'));
  });

  it('a commitment without a hash still counts (the key is what matters)', () => {
    const s = withPurpose();
    s.setReputation(ALICE, CID, 1);
    expect(commit(s, ALICE)).toBe('ok');
    expect(commitmentOf(s.env.state, ALICE, CID, 1, 0n)).toEqual({ hash: undefined });
    expect(hasCommitted(s.env.state, ALICE, CID, 1, 1n)).toBe(false);
    expect(commitmentOf(s.env.state, ALICE, CID, 1, 1n)).toBeUndefined();
    expect(commit(s, ALICE)).toBe(err('AlreadyCommited'));
  });

  it('VerifiedLinked(_) counts as verified too', () => {
    const s = withPurpose();
    s.setReputation(ALICE, CID, 1, { tag: 'VerifiedLinked', value: 2 });
    expect(commit(s, ALICE)).toBe('ok');
  });

  it.each([
    ['absent (Unverified default)', undefined],
    ['Unverified', { tag: 'Unverified', value: undefined }],
    ['UnverifiedReputable', { tag: 'UnverifiedReputable', value: undefined }],
  ] as const)('NoReputation for a reputation that is %s', (_name, reputation) => {
    const s = withPurpose();
    if (reputation !== undefined) s.setReputation(ALICE, CID, 1, reputation);
    expect(commit(s, ALICE)).toBe(err('NoReputation'));
  });

  it('InexistentPurpose for an unregistered purpose, checked before the reputation', () => {
    const s = withPurpose();
    expect(commit(s, ALICE, CID, 1, 2n)).toBe(err('InexistentPurpose'));
    s.setReputation(ALICE, CID, 1);
    expect(commit(s, ALICE, CID, 1, 2n)).toBe(err('InexistentPurpose'));
  });

  it('the reputation is checked before the duplicate', () => {
    const s = withPurpose();
    s.setReputation(ALICE, CID, 1);
    expect(commit(s, ALICE)).toBe('ok');
    s.setReputation(ALICE, CID, 1, { tag: 'Unverified', value: undefined });
    expect(commit(s, ALICE)).toBe(err('NoReputation'));
  });

  it('once per (cid, cindex), purpose and account: every other combination is independent', () => {
    const s = withPurpose();
    for (const [cid, c] of [
      [CID, 1],
      [CID, 2],
      [CID2, 1],
    ] as const) {
      s.setReputation(ALICE, cid, c);
      s.setReputation(BOB, cid, c);
    }
    expect(commit(s, ALICE, CID, 1, 0n)).toBe('ok');
    expect(commit(s, ALICE, CID, 1, 1n)).toBe('ok');
    expect(commit(s, ALICE, CID, 2, 0n)).toBe('ok');
    expect(commit(s, ALICE, CID2, 1, 0n)).toBe('ok');
    expect(commit(s, BOB, CID, 1, 0n)).toBe('ok');
    expect(commit(s, ALICE, CID2, 1, 0n)).toBe(err('AlreadyCommited'));
  });

  it('no lifetime check: a reputation far older than the lifetime can still be committed while stored', () => {
    const s = withPurpose();
    CurrentCeremonyIndex.set(s.env.state, 100);
    ReputationLifetime.set(s.env.state, 2);
    s.setReputation(ALICE, CID, 1);
    expect(commit(s, ALICE, CID, 1, 0n)).toBe('ok');
  });

  it('needs a signed origin', () => {
    const s = withPurpose();
    expect(s.call(ROOT, P, 'commit_reputation', { cid: CID, cindex: 1, purpose: 0n })).toBe('BadOrigin');
  });

  it('the function form throws the pallet errors (democracy uses it)', () => {
    const s = withPurpose();
    expect(() => commitReputation(s.env, CHARLIE, CID, 1, 0n)).toThrow(/NoReputation/);
    expect(() => commitReputation(s.env, CHARLIE, CID, 1, 9n)).toThrow(/InexistentPurpose/);
  });

  it('storage key: prefix ‖ blake2_128(cid ‖ cindex) ‖ cid ‖ cindex ‖ purpose (u64 LE) ‖ account (Identity)', () => {
    const s = withPurpose();
    s.setReputation(ALICE, CID, 3);
    expect(commit(s, ALICE, CID, 3, 1n)).toBe('ok');
    const k1 = concatBytes(CID.geohash, CID.digest, uintToLe(3n, 4));
    const expected = concatBytes(
      fromHex('0x3ab1e52fe7e27607bc1cb70613b457e3ca407206ec1ab726b2636c4b145ac287'),
      blake2_128(k1),
      k1,
      uintToLe(1n, 8),
      ALICE,
    );
    expect(Commitments.key([CID, 3], [1n, ALICE])).toBe(toHex(expected));
    expect(s.env.state.get(toHex(expected))).toEqual(Uint8Array.of(0));
  });

  test.prop([
    fc.array(
      fc.record({
        who: fc.integer({ min: 1, max: 3 }),
        cindex: fc.integer({ min: 1, max: 2 }),
        purpose: fc.constantFrom(0n, 1n),
      }),
      {
        maxLength: 25,
      },
    ),
  ])('property: a commit succeeds exactly when its key is new', (attempts) => {
    const s = withPurpose();
    for (const who of [1, 2, 3])
      for (const c of [1, 2]) s.setReputation(new Uint8Array(32).fill(who), CID, c);
    const seen = new Set<string>();
    for (const a of attempts) {
      const k = `${a.who}/${a.cindex}/${a.purpose}`;
      const r = commit(s, new Uint8Array(32).fill(a.who), CID, a.cindex, a.purpose);
      expect(r).toBe(seen.has(k) ? err('AlreadyCommited') : 'ok');
      seen.add(k);
    }
  });
});

describe('economy §8 purge and §10 item 22 (QUIRK: the purge hook is not wired)', () => {
  /** Commits Alice at cindex 1 and moves through `cycles` full ceremony cycles. */
  const run = (purgeHook: boolean, lifetime: number, cycles: number) => {
    const s = setup({ purgeHook });
    ReputationLifetime.set(s.env.state, lifetime);
    registerPurpose(s.env, ascii('p'));
    s.setReputation(ALICE, CID, 1);
    s.setReputation(ALICE, CID2, 1);
    expect(commit(s, ALICE, CID, 1)).toBe('ok');
    expect(commit(s, ALICE, CID2, 1)).toBe('ok');
    for (let i = 0; i < 3 * cycles; i++) s.nextPhase();
    return s;
  };

  it('wired: entering Registering of cindex L + 2 purges cindex 1 in every community and emits the purged cindex', () => {
    const s = run(true, 1, 1);
    expect(CurrentCeremonyIndex.get(s.env.state)).toBe(2);
    expect(hasCommitted(s.env.state, ALICE, CID, 1, 0n)).toBe(true);
    for (let i = 0; i < 3; i++) s.nextPhase();
    expect(CurrentCeremonyIndex.get(s.env.state)).toBe(3);
    expect(hasCommitted(s.env.state, ALICE, CID, 1, 0n)).toBe(false);
    expect(hasCommitted(s.env.state, ALICE, CID2, 1, 0n)).toBe(false);
    expect(s.env.eventsOf(P).at(-1)).toEqual({ tag: 'CommitmentRegistryPurged', value: 1 });
  });

  it('as in the reference runtimes (hook not wired): commitments are never purged', () => {
    const s = run(false, 1, 5);
    expect(CurrentCeremonyIndex.get(s.env.state)).toBe(6);
    expect(hasCommitted(s.env.state, ALICE, CID, 1, 0n)).toBe(true);
    expect(s.env.eventsOf(P).some((e) => e.tag === 'CommitmentRegistryPurged')).toBe(false);
  });
});
