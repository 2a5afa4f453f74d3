// spec: substrate-compat §5.4–5.6 (mortality, nonce, fee checks), §6.2 (Account default), §6.3 (events per extrinsic),
// §3.4 (InvalidTransaction indices), §9 (pool validity: requires/provides)
import { describe, expect, it } from 'vitest';
import { u32 } from '../../primitives/codec/describe.js';
import { concatBytes, toHex } from '../../primitives/common/bytes.js';
import { collectiveFlipSeed } from '../../primitives/random/collectiveFlip.js';
import { mortalEra } from '../extrinsic/era.js';
import { encodeExtrinsic } from '../extrinsic/uncheckedExtrinsic.js';
import type { RuntimeCallValue } from '../framework/pallet.js';
import { TotalIssuance } from '../pallets/balances/storage.js';
import { RandomMaterial } from '../pallets/randomness/randomness.js';
import { GENESIS_PLACEHOLDER_HASH } from '../pallets/system/genesis.js';
import { Account, BlockHash, EVENTS_KEY, EventCount, LastRuntimeUpgrade } from '../pallets/system/storage.js';
import type { AssetFeeCharger } from '../pallets/transactionPayment/charge.js';
import type { TestKey } from './testSupport.js';
import {
  createTestChain,
  newEd25519Key,
  type SignOptions,
  signExtrinsic,
  type TestChain,
} from './testSupport.js';
import { describeValidityError, TransactionValidity } from './validity.js';

const ERT = 10n ** 12n;
const FEE = (len: number) => 124_414_000n + BigInt(len);

const transfer = (dest: Uint8Array, value: bigint, call = 'transfer_keep_alive'): RuntimeCallValue => ({
  tag: 'Balances',
  value: { tag: call, value: { dest: { tag: 'Id', value: dest }, value } },
});

const setup = (options: Parameters<typeof createTestChain>[0] = {}) => {
  const alice = newEd25519Key();
  const bob = newEd25519Key();
  const chain = createTestChain({
    balances: [
      [alice.publicKey, 1_000n * ERT],
      [bob.publicKey, 10n * ERT],
    ],
    sudoKey: alice.publicKey,
    ...options,
  });
  // Block 1 sets BlockHash(0) = the genesis hash and drops the fee multiplier to 0 (see fees.ts QUIRK).
  chain.block();
  return { chain, alice, bob };
};

const validate = (chain: TestChain, xt: Uint8Array) =>
  chain.executive.validateTransaction(chain.state, 'External', xt, chain.bestHash);

const sign = (chain: TestChain, key: TestKey, call: RuntimeCallValue, o: Partial<SignOptions> = {}) =>
  signExtrinsic(chain, key, call, { nonce: chain.executive.accountNonce(chain.state, key.publicKey), ...o });

const eventNames = (chain: TestChain) =>
  chain.executive
    .readEvents(chain.state)
    .map((r) => `${r.event.tag}.${(r.event.value as { tag: string }).tag}`);

const invalidOf = (r: ReturnType<typeof validate>) => (r.success ? 'Ok' : describeValidityError(r.value));

describe('validate_transaction rejections (substrate-compat §3.4, §5.4–5.6)', () => {
  it.each([
    ['spec version', { specVersion: 29 }],
    ['transaction version', { transactionVersion: 4 }],
    ['genesis hash', { genesisHash: new Uint8Array(32).fill(1) }],
  ] as const)('a signature over the wrong %s is Invalid(BadProof)', (_, override) => {
    const { chain, alice, bob } = setup();
    expect(validate(chain, sign(chain, alice, transfer(bob.publicKey, ERT)))).toMatchObject({
      success: true,
    });
    const bad = sign(chain, alice, transfer(bob.publicKey, ERT), override);
    expect(toHex(TransactionValidity.enc(validate(chain, bad)))).toBe('0x010004');
  });

  it('a future nonce is valid in the pool, requiring the previous nonce; applying it now is Invalid(Future)', () => {
    const { chain, alice, bob } = setup();
    const xt = sign(chain, alice, transfer(bob.publicKey, ERT), { nonce: 1 });
    const v = validate(chain, xt);
    expect(v).toMatchObject({
      success: true,
      value: {
        requires: [concatBytes(alice.publicKey, u32.enc(0))],
        provides: [concatBytes(alice.publicKey, u32.enc(1))],
      },
    });
    chain.block((b) => {
      expect(b.applyExtrinsic(xt)).toEqual({
        success: false,
        value: { tag: 'Invalid', value: { tag: 'Future', value: undefined } },
      });
      expect(b.extrinsics).toHaveLength(1);
    });
  });

  it('one validator validates many transactions like fresh validations, leaving the state untouched', () => {
    const { chain, alice, bob } = setup();
    const validator = chain.executive.transactionValidator(chain.state, chain.bestHash);
    const first = sign(chain, alice, transfer(bob.publicKey, ERT));
    const poor = sign(chain, bob, transfer(alice.publicKey, 100n * ERT));
    const second = sign(chain, alice, transfer(bob.publicKey, ERT), { nonce: 1 });
    const before = Account.get(chain.state, alice.publicKey);
    for (const xt of [first, poor, second, first]) {
      expect(validator('External', xt)).toEqual(validate(chain, xt));
    }
    // Each validation withdrew the fee in its own layer only.
    expect(Account.get(chain.state, alice.publicKey)).toEqual(before);
    expect(validator('External', first)).toMatchObject({ success: true, value: { requires: [] } });
  });

  it('a stale nonce is Invalid(Stale)', () => {
    const { chain, alice, bob } = setup();
    const first = sign(chain, alice, transfer(bob.publicKey, ERT));
    chain.block((b) => expect(b.applyExtrinsic(first)).toMatchObject({ success: true }));
    const again = sign(chain, alice, transfer(bob.publicKey, 2n * ERT), { nonce: 0 });
    expect(invalidOf(validate(chain, again))).toBe('Transaction is outdated');
  });

  it('a mortal transaction is valid within its era, with longevity death − current', () => {
    const { chain, alice, bob } = setup();
    const born = chain.block();
    // Signed at block 2 (the best block): phase 2 of a 64-block era.
    const xt = sign(chain, alice, transfer(bob.publicKey, ERT), {
      era: mortalEra(64, 2),
      birthHash: born.hash,
    });
    const v = validate(chain, xt);
    expect(v).toMatchObject({ success: true, value: { longevity: 66n - 3n } });
  });

  it('an era whose birth block hash was pruned is Invalid(AncientBirthBlock)', () => {
    const { chain, alice, bob } = setup({ configure: (c) => ({ ...c, blockHashCount: 4 }) });
    const born = chain.block();
    const xt = sign(chain, alice, transfer(bob.publicKey, ERT), {
      era: mortalEra(64, 2),
      birthHash: born.hash,
    });
    for (let i = 0; i < 5; i++) chain.block();
    expect(BlockHash.exists(chain.state, 2)).toBe(false);
    expect(invalidOf(validate(chain, xt))).toBe('Transaction has an ancient birth block');
  });

  it('an account that cannot pay the fee without dying, and one that does not exist, are Invalid(Payment)', () => {
    const { chain, bob } = setup();
    const poor = newEd25519Key();
    expect(
      chain.dispatch(
        { kind: 'Root' },
        {
          tag: 'Balances',
          value: {
            tag: 'force_set_balance',
            value: { who: { tag: 'Id', value: poor.publicKey }, new_free: 1_000n },
          },
        },
      ).error,
    ).toBeUndefined();
    expect(
      toHex(TransactionValidity.enc(validate(chain, sign(chain, poor, transfer(bob.publicKey, 1n))))),
    ).toBe('0x010001');
    const nobody = newEd25519Key();
    expect(invalidOf(validate(chain, sign(chain, nobody, transfer(bob.publicKey, 1n))))).toBe(
      'Inability to pay some fees (e.g. account balance too low)',
    );
  });

  it('a bare non-inherent call is Unknown(NoUnsignedValidator); an inherent is Invalid(MandatoryValidation)', () => {
    const { chain, bob } = setup();
    const bare = encodeExtrinsic(chain.runtime.callType, { call: transfer(bob.publicKey, 1n) });
    expect(toHex(TransactionValidity.enc(validate(chain, bare)))).toBe('0x010101');
    const inherent = chain.executive.encodeBare({
      tag: 'Timestamp',
      value: { tag: 'set', value: { now: 1n } },
    });
    expect(toHex(TransactionValidity.enc(validate(chain, inherent)))).toBe('0x010009');
  });

  it('a signer address other than MultiAddress::Id is Unknown(CannotLookup)', () => {
    const { chain, alice, bob } = setup();
    const xt = sign(chain, alice, transfer(bob.publicKey, 1n));
    const decoded = chain.executive.decode(xt);
    const address32 = encodeExtrinsic(chain.runtime.callType, {
      call: decoded.call,
      signed: { ...decoded.signed!, address: { tag: 'Address32', value: alice.publicKey } },
    });
    expect(toHex(TransactionValidity.enc(validate(chain, address32)))).toBe('0x010100');
  });

  it('validation leaves the state untouched', () => {
    const { chain, alice, bob } = setup();
    const before = chain.state.get(Account.key(alice.publicKey));
    validate(chain, sign(chain, alice, transfer(bob.publicKey, ERT)));
    expect(chain.state.get(Account.key(alice.publicKey))).toEqual(before);
  });

  it('a tip raises the priority: (tip + 1) × transactions per block', () => {
    const { chain, alice, bob } = setup();
    const low = validate(chain, sign(chain, alice, transfer(bob.publicKey, ERT)));
    const high = validate(chain, sign(chain, alice, transfer(bob.publicKey, ERT), { tip: 9n }));
    expect(low.success && high.success).toBe(true);
    if (low.success && high.success) expect(high.value.priority).toBe(low.value.priority * 10n);
  });
});

describe('applying extrinsics (substrate-compat §6.3)', () => {
  it('a failing call still pays its fee and bumps the nonce, and ends with ExtrinsicFailed{Token(FundsUnavailable)}', () => {
    const { chain, alice, bob } = setup();
    // More than Alice's 1000 ERT, less than the issuance (more would be Arithmetic(Underflow), checked first).
    const xt = sign(chain, alice, transfer(bob.publicKey, 1_005n * ERT));
    const before = chain.shell.currency.free(chain.state, alice.publicKey);
    chain.block((b) => {
      expect(b.applyExtrinsic(xt)).toEqual({
        success: true,
        value: { success: false, value: { tag: 'Token', value: 'FundsUnavailable' } },
      });
    });
    expect(chain.executive.accountNonce(chain.state, alice.publicKey)).toBe(1);
    expect(chain.shell.currency.free(chain.state, alice.publicKey)).toBe(before - FEE(xt.length));
    expect(eventNames(chain)).toEqual([
      'System.ExtrinsicSuccess',
      'Balances.Withdraw',
      'TransactionPayment.TransactionFeePaid',
      'System.ExtrinsicFailed',
    ]);
    const last = chain.executive.readEvents(chain.state).at(-1)!;
    expect(last.phase).toEqual({ tag: 'ApplyExtrinsic', value: 1 });
    expect(last.event.value).toMatchObject({
      value: {
        dispatch_error: { tag: 'Token', value: 'FundsUnavailable' },
        dispatch_info: { class: 'Normal', pays_fee: 'Yes' },
      },
    });
  });

  it('a second timestamp inherent fails as Invalid(BadMandatory) and leaves no event', () => {
    const { chain } = setup();
    chain.block((b) => {
      const count = EventCount.get(b.state);
      expect(b.applyTimestamp(10n ** 13n)).toEqual({
        success: false,
        value: { tag: 'Invalid', value: { tag: 'BadMandatory', value: undefined } },
      });
      expect(EventCount.get(b.state)).toBe(count);
    });
  });

  it('System.Events holds only the current block: cleared when the next block starts', () => {
    const { chain, alice, bob } = setup();
    chain.block((b) => b.applyExtrinsic(sign(chain, alice, transfer(bob.publicKey, ERT))));
    expect(EventCount.get(chain.state)).toBe(5);
    chain.block();
    expect(eventNames(chain)).toEqual(['System.ExtrinsicSuccess']);
    expect(EventCount.get(chain.state)).toBe(1);
  });

  it('events read back after every extrinsic of a block, without waiting for finalization', () => {
    const { chain, alice, bob } = setup();
    chain.block((b) => {
      for (let i = 0; i < 3; i++) {
        b.applyExtrinsic(sign(chain, alice, transfer(bob.publicKey, ERT)));
        const records = chain.executive.readEvents(b.state);
        expect(records.at(-1)!.phase).toEqual({ tag: 'ApplyExtrinsic', value: i + 1 });
        expect(EventCount.get(b.state)).toBe(records.length);
      }
    });
    // timestamp success, then per transfer: Withdraw, Transfer, TransactionFeePaid, ExtrinsicSuccess
    expect(EventCount.get(chain.state)).toBe(1 + 3 * 4);
  });

  it('keeps BlockHash(0) forever and the last BlockHashCount hashes', () => {
    const { chain } = setup({ configure: (c) => ({ ...c, blockHashCount: 4 }) });
    for (let i = 0; i < 9; i++) chain.block();
    expect(chain.bestNumber).toBe(10);
    const kept = Array.from({ length: 10 }, (_, n) => BlockHash.exists(chain.state, n));
    expect(kept).toEqual([true, false, false, false, false, false, true, true, true, true]);
    expect(BlockHash.get(chain.state, 0)).toEqual(GENESIS_PLACEHOLDER_HASH);
  });

  it('a fee paid in a community currency goes through the charger and emits AssetTxFeePaid', () => {
    const calls: string[] = [];
    const charger: AssetFeeCharger = {
      withdraw: (_env, _cid, _who, fee) => {
        calls.push(`withdraw ${fee}`);
        return 1000n;
      },
      refund: (_env, _cid, _who, withdrawn, fee, tip) => {
        calls.push(`refund ${withdrawn} ${fee} ${tip}`);
        return { actualFee: 900n, tip: 0n };
      },
    };
    const cid = { geohash: new TextEncoder().encode('u0qj9'), digest: Uint8Array.of(1, 2, 3, 4) };
    const { chain, alice, bob } = setup({ assetFeeCharger: charger });
    const xt = sign(chain, alice, transfer(bob.publicKey, ERT), { assetId: cid });
    chain.block((b) =>
      expect(b.applyExtrinsic(xt)).toMatchObject({ success: true, value: { success: true } }),
    );
    expect(calls).toEqual([`withdraw ${FEE(xt.length)}`, `refund 1000 ${FEE(xt.length)} 0`]);
    const paid = chain.executive.readEvents(chain.state).find((r) => r.event.tag === 'AssetTxPayment')!;
    expect(paid.event.value).toEqual({
      tag: 'AssetTxFeePaid',
      value: { who: alice.publicKey, actual_fee: 900n, tip: 0n, asset_id: cid },
    });
  });

  it('without a community-currency charger, asset_id Some is Invalid(Payment)', () => {
    const { chain, alice, bob } = setup();
    const cid = { geohash: new TextEncoder().encode('u0qj9'), digest: Uint8Array.of(1, 2, 3, 4) };
    expect(
      invalidOf(validate(chain, sign(chain, alice, transfer(bob.publicKey, ERT), { assetId: cid }))),
    ).toMatch(/Inability to pay/);
  });

  it('sudo is free for the key when it succeeds: the fee is refunded and ExtrinsicSuccess says Pays::No', () => {
    const { chain, alice } = setup();
    const target = newEd25519Key();
    const call: RuntimeCallValue = {
      tag: 'Sudo',
      value: {
        tag: 'sudo',
        value: {
          call: {
            tag: 'Balances',
            value: {
              tag: 'force_set_balance',
              value: { who: { tag: 'Id', value: target.publicKey }, new_free: ERT },
            },
          },
        },
      },
    };
    const before = chain.shell.currency.free(chain.state, alice.publicKey);
    chain.block((b) => b.applyExtrinsic(sign(chain, alice, call)));
    expect(chain.shell.currency.free(chain.state, alice.publicKey)).toBe(before);
    expect(chain.shell.currency.free(chain.state, target.publicKey)).toBe(ERT);
    const records = chain.executive.readEvents(chain.state);
    expect(eventNames(chain)).toEqual([
      'System.ExtrinsicSuccess',
      'Balances.Withdraw',
      'System.NewAccount',
      'Balances.Endowed',
      'Balances.BalanceSet',
      'Sudo.Sudid',
      'Balances.Deposit',
      'TransactionPayment.TransactionFeePaid',
      'System.ExtrinsicSuccess',
    ]);
    expect(records.at(-1)!.event.value).toMatchObject({ value: { dispatch_info: { pays_fee: 'No' } } });
    expect(records.at(-2)!.event.value).toMatchObject({ value: { actual_fee: 0n } });
  });

  it('a non-sudo signer gets ExtrinsicFailed with Module{index 5, error RequireSudo = 0}', () => {
    const { chain, bob } = setup();
    const call: RuntimeCallValue = {
      tag: 'Sudo',
      value: {
        tag: 'sudo',
        value: { call: { tag: 'System', value: { tag: 'remark', value: { remark: new Uint8Array() } } } },
      },
    };
    chain.block((b) =>
      expect(b.applyExtrinsic(sign(chain, bob, call))).toEqual({
        success: true,
        value: {
          success: false,
          value: { tag: 'Module', value: { index: 5, error: Uint8Array.of(0, 0, 0, 0) } },
        },
      }),
    );
  });
});

describe('block bookkeeping', () => {
  it('System.Account of an unknown account reads as the default with the IS_NEW_LOGIC flag (substrate-compat §6.2)', () => {
    const { chain } = setup();
    const nobody = newEd25519Key().publicKey;
    expect(chain.state.get(Account.key(nobody))).toBeUndefined();
    expect(Account.get(chain.state, nobody)).toEqual({
      nonce: 0,
      consumers: 0,
      providers: 0,
      sufficients: 0,
      data: { free: 0n, reserved: 0n, frozen: 0n, flags: 1n << 127n },
    });
    expect(toHex(chain.apis.call(chain.state, 'AccountNonceApi_account_nonce', nobody))).toBe('0x00000000');
  });

  it('records the parent hash of every block in RandomnessCollectiveFlip and derives the seed from it', () => {
    const { chain } = setup();
    const second = chain.block();
    chain.block((b) => {
      const material = RandomMaterial.get(b.state);
      expect(material).toEqual([GENESIS_PLACEHOLDER_HASH, BlockHash.get(b.state, 1), second.hash]);
      expect(b.env.randomSeed()).toEqual(collectiveFlipSeed(material, 3));
    });
  });

  it('takes an injected randomness seed', () => {
    const seed = new Uint8Array(32).fill(7);
    const { chain } = setup({ randomSeed: () => seed });
    chain.block((b) => expect(b.env.randomSeed()).toEqual(seed));
  });

  it('records LastRuntimeUpgrade when the spec version increases', () => {
    const { chain } = setup();
    expect(LastRuntimeUpgrade.get(chain.state)).toEqual({
      spec_version: 30,
      spec_name: 'encointer-node-notee',
    });
    const next = createTestChain({ version: { ...chain.executive.version(), spec_version: 31 } });
    LastRuntimeUpgrade.set(next.state, { spec_version: 30, spec_name: 'encointer-node-notee' });
    const first = next.block();
    expect(LastRuntimeUpgrade.get(next.state)).toEqual({
      spec_version: 31,
      spec_name: 'encointer-node-notee',
    });
    // The block that first runs the new version tells clients to reload metadata; later blocks do not.
    expect(first.header.digest.logs).toEqual([{ tag: 'RuntimeEnvironmentUpdated', value: undefined }]);
    expect(next.block().header.digest.logs).toEqual([]);
  });

  it('finalize returns the header fields and the body; the node seals it with the state root', () => {
    const { chain, alice, bob } = setup();
    const xt = sign(chain, alice, transfer(bob.publicKey, ERT));
    const parent = chain.bestHash;
    const b = chain.executive.initializeBlock(chain.state, { number: 2, parentHash: parent });
    b.applyTimestamp(10n ** 13n);
    b.applyExtrinsic(xt);
    const done = b.finalize();
    expect(done.header.number).toBe(2);
    expect(done.header.parent_hash).toEqual(parent);
    expect(done.extrinsics).toHaveLength(2);
    expect(done.extrinsics[1]).toEqual(xt);
    expect(chain.state.get(EVENTS_KEY)).toBeDefined();
    expect(TotalIssuance.get(chain.state)).toBe(1_010n * ERT - FEE(xt.length));
  });
});
