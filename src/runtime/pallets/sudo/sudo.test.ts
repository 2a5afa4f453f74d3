// spec: reference-metadata-spec30 Sudo (index 5: sudo, sudo_unchecked_weight, set_key, sudo_as; Sudid, KeyChanged,
// SudoAsDone; RequireSudo)
import { describe, expect, it } from 'vitest';
import { toHex } from '../../../primitives/common/bytes.js';
import { blake2_256 } from '../../../primitives/common/hashing.js';
import { createTestChain, newEd25519Key } from '../../executive/testSupport.js';
import type { Origin, RuntimeCallValue } from '../../framework/pallet.js';
import { Account } from '../system/storage.js';
import { Key } from './sudo.js';

const setup = () => {
  const [root, bob] = [newEd25519Key(), newEd25519Key()];
  const chain = createTestChain({
    balances: [
      [root.publicKey, 10_000n],
      [bob.publicKey, 10_000n],
    ],
    sudoKey: root.publicKey,
  });
  chain.block();
  const as = (k: { publicKey: Uint8Array }): Origin => ({ kind: 'Signed', who: k.publicKey });
  const sudo = (origin: Origin, tag: string, value: object) =>
    chain.dispatch(origin, { tag: 'Sudo', value: { tag, value } } as RuntimeCallValue);
  return { chain, root, bob, as, sudo };
};

const forceTransfer = (from: Uint8Array, to: Uint8Array, value: bigint): RuntimeCallValue => ({
  tag: 'Balances',
  value: {
    tag: 'force_transfer',
    value: { source: { tag: 'Id', value: from }, dest: { tag: 'Id', value: to }, value },
  },
});

describe('Sudo', () => {
  it('sudo dispatches as Root and reports Sudid(Ok)', () => {
    const s = setup();
    const r = s.sudo(s.as(s.root), 'sudo', {
      call: forceTransfer(s.bob.publicKey, s.root.publicKey, 1_000n),
    });
    expect(r.error).toBeUndefined();
    expect(r.events.at(-1)).toEqual({
      pallet: 'Sudo',
      event: { tag: 'Sudid', value: { sudo_result: { success: true, value: undefined } } },
    });
    expect(Account.get(s.chain.state, s.bob.publicKey).data.free).toBe(9_000n);
  });

  it('a failing inner call is rolled back with its events and reported in Sudid(Err); sudo itself succeeds', () => {
    const s = setup();
    const r = s.sudo(s.as(s.root), 'sudo', {
      call: forceTransfer(s.bob.publicKey, s.root.publicKey, 20_000n),
    });
    expect(r.error).toBeUndefined();
    expect(r.events).toEqual([
      {
        pallet: 'Sudo',
        event: {
          tag: 'Sudid',
          value: { sudo_result: { success: false, value: { tag: 'Token', value: 'FundsUnavailable' } } },
        },
      },
    ]);
    expect(Account.get(s.chain.state, s.bob.publicKey).data.free).toBe(10_000n);
  });

  it('Sudid encodes its result as Result<(), DispatchError>', () => {
    const s = setup();
    const event = (sudo_result: unknown) =>
      toHex(s.chain.runtime.eventType.enc({ tag: 'Sudo', value: { tag: 'Sudid', value: { sudo_result } } }));
    expect(event({ success: true, value: undefined })).toBe('0x050000');
    expect(event({ success: false, value: { tag: 'BadOrigin', value: undefined } })).toBe('0x05000102');
  });

  it('anyone but the key gets RequireSudo; an unsigned origin BadOrigin', () => {
    const s = setup();
    const call = { call: forceTransfer(s.root.publicKey, s.bob.publicKey, 1n) };
    expect(s.sudo(s.as(s.bob), 'sudo', call).error).toEqual({
      tag: 'Module',
      value: { index: 5, error: Uint8Array.of(0, 0, 0, 0) },
    });
    expect(s.sudo({ kind: 'None' }, 'sudo', call).error).toEqual({ tag: 'BadOrigin', value: undefined });
  });

  it('set_key moves the key and reports the old one', () => {
    const s = setup();
    const r = s.sudo(s.as(s.root), 'set_key', { new: { tag: 'Id', value: s.bob.publicKey } });
    expect(r.events).toEqual([
      { pallet: 'Sudo', event: { tag: 'KeyChanged', value: { old_sudoer: s.root.publicKey } } },
    ]);
    expect(Key.get(s.chain.state)).toEqual(s.bob.publicKey);
    expect(s.sudo(s.as(s.root), 'set_key', { new: { tag: 'Id', value: s.root.publicKey } }).error?.tag).toBe(
      'Module',
    );
  });

  it('sudo_as dispatches with the signed origin of the target and reports SudoAsDone', () => {
    const s = setup();
    const remark = new Uint8Array([1, 2, 3]);
    const r = s.sudo(s.as(s.root), 'sudo_as', {
      who: { tag: 'Id', value: s.bob.publicKey },
      call: { tag: 'System', value: { tag: 'remark_with_event', value: { remark } } },
    });
    expect(r.events).toEqual([
      {
        pallet: 'System',
        event: { tag: 'Remarked', value: { sender: s.bob.publicKey, hash: blake2_256(remark) } },
      },
      {
        pallet: 'Sudo',
        event: { tag: 'SudoAsDone', value: { sudo_result: { success: true, value: undefined } } },
      },
    ]);
  });

  it('sudo_unchecked_weight dispatches like sudo', () => {
    const s = setup();
    const r = s.sudo(s.as(s.root), 'sudo_unchecked_weight', {
      call: forceTransfer(s.bob.publicKey, s.root.publicKey, 1n),
      weight: { ref_time: 1n, proof_size: 0n },
    });
    expect(r.events.at(-1)?.event).toMatchObject({ tag: 'Sudid', value: { sudo_result: { success: true } } });
  });
});
