// spec: substrate-compat §3.1 (system_dryRun), §3.3 (state_queryStorage), §3.5 (payment_* JSON), §10 acceptance
// ("replaying it must give 0x010003, a flipped signature byte 0x010004")
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { devKey, transferCall } from '../../src/node/testSupport.js';
import { toHex } from '../../src/primitives/common/bytes.js';
import type { RuntimeCallValue } from '../../src/runtime/framework/pallet.js';
import { type NodeProcess, startNodeProcess } from './support/nodeProcess.js';
import { RawClient } from './support/rawClient.js';
import { RemoteSigner } from './support/signer.js';

// twox128("System") ++ twox128("Number").
const SYSTEM_NUMBER = '0x26aa394eea5630e07c48ae0c9558cef702a5c1b19ab7a04f536c519aca4983ac';
const KEY = '0x0a0b0c';
const UNKNOWN_HASH = `0x${'cd'.repeat(32)}`;
const ERT = 10n ** 12n;

const u32Hex = (n: number) => {
  const b = Buffer.alloc(4);
  b.writeUInt32LE(n);
  return `0x${b.toString('hex')}`;
};
const lastU128 = (hex: string): bigint => {
  const b = Buffer.from(hex.slice(2), 'hex');
  return b.subarray(b.length - 16).readBigUInt64LE(0) + (b.subarray(b.length - 8).readBigUInt64LE(0) << 64n);
};

describe('legacy methods: payment_*, system_dryRun, state_queryStorage (substrate-compat §3)', () => {
  let node: NodeProcess;
  let client: RawClient;
  let signer: RemoteSigner;
  const alice = devKey('//Alice');
  const bob = devKey('//Bob');
  const hashes: string[] = [];

  const nonceOf = (who: Uint8Array): Promise<number> =>
    client.result('system_accountNextIndex', [toHex(who)]);
  const transfer = async (value = ERT, nonce?: number) =>
    toHex(signer.sign(alice, transferCall(bob.publicKey, value), nonce ?? (await nonceOf(alice.publicKey))));
  const errorOf = async (method: string, params: unknown[]) => (await client.call(method, params)).error;

  beforeAll(async () => {
    node = await startNodeProcess(['--tmp', '--manual-seal']);
    client = await RawClient.connect(node.url);
    hashes.push(await client.result('chain_getBlockHash', [0]));
    signer = new RemoteSigner(hashes[0]!);
  });

  afterAll(async () => {
    await client?.close();
    expect(await node?.stop()).toBe(0);
  });

  describe('state_queryStorage', () => {
    beforeAll(async () => {
      hashes.push(await client.result('dev_newBlock'));
      await client.result('dev_setStorage', [[[KEY, '0x01']]]);
      hashes.push(await client.result('dev_newBlock'));
      hashes.push(await client.result('dev_newBlock'));
    });

    it('answers one change set per block where a key changed; the first block lists every key', async () => {
      const genesisNumber = await client.result('state_getStorage', [SYSTEM_NUMBER, hashes[0]]);
      expect(await client.result('state_queryStorage', [[SYSTEM_NUMBER, KEY], hashes[0]])).toEqual([
        {
          block: hashes[0],
          changes: [
            [SYSTEM_NUMBER, genesisNumber],
            [KEY, null],
          ],
        },
        {
          block: hashes[1],
          changes: [
            [SYSTEM_NUMBER, u32Hex(1)],
            [KEY, '0x01'],
          ],
        },
        { block: hashes[2], changes: [[SYSTEM_NUMBER, u32Hex(2)]] },
        { block: hashes[3], changes: [[SYSTEM_NUMBER, u32Hex(3)]] },
      ]);
    });

    it('skips blocks without a change and honours toBlock', async () => {
      expect(await client.result('state_queryStorage', [[KEY], hashes[1]])).toEqual([
        { block: hashes[1], changes: [[KEY, '0x01']] },
      ]);
      expect(await client.result('state_queryStorage', [[SYSTEM_NUMBER], hashes[1], hashes[2]])).toEqual([
        { block: hashes[1], changes: [[SYSTEM_NUMBER, u32Hex(1)]] },
        { block: hashes[2], changes: [[SYSTEM_NUMBER, u32Hex(2)]] },
      ]);
    });

    it('errors: reversed range → 4001, unknown block → 4003, bad params → -32602', async () => {
      const reversed = await errorOf('state_queryStorage', [[KEY], hashes[3], hashes[1]]);
      expect(reversed.code).toBe(4001);
      expect((await errorOf('state_queryStorage', [[KEY], UNKNOWN_HASH])).code).toBe(4003);
      expect((await errorOf('state_queryStorage', [[KEY], hashes[0], UNKNOWN_HASH])).code).toBe(4003);
      expect((await errorOf('state_queryStorage', [[KEY]])).code).toBe(-32602);
      expect((await errorOf('state_queryStorage', [['0xzz'], hashes[0]])).code).toBe(-32602);
    });
  });

  describe('payment_queryInfo / payment_queryFeeDetails', () => {
    it('answers the JSON shapes of §3.5, consistent with TransactionPaymentApi_query_info', async () => {
      const xt = await transfer();
      const info = await client.result('payment_queryInfo', [xt]);
      expect(Object.keys(info).sort()).toEqual(['class', 'partialFee', 'weight']);
      expect(info.class).toBe('normal');
      expect(Object.keys(info.weight).sort()).toEqual(['proof_size', 'ref_time']);
      expect(info.weight.ref_time).toBeGreaterThan(0);
      expect(info.partialFee).toMatch(/^[1-9][0-9]*$/);
      const len = (xt.length - 2) / 2;
      const raw = await client.result('state_call', [
        'TransactionPaymentApi_query_info',
        xt + u32Hex(len).slice(2),
      ]);
      expect(BigInt(info.partialFee)).toBe(lastU128(raw));

      const details = await client.result('payment_queryFeeDetails', [xt]);
      expect(Object.keys(details)).toEqual(['inclusionFee']);
      const { baseFee, lenFee, adjustedWeightFee } = details.inclusionFee;
      for (const v of [baseFee, lenFee, adjustedWeightFee]) expect(v).toMatch(/^0x[0-9a-f]+$/);
      // Without a tip the partial fee is the inclusion fee.
      expect(BigInt(baseFee) + BigInt(lenFee) + BigInt(adjustedWeightFee)).toBe(BigInt(info.partialFee));
      // A longer extrinsic pays a higher length fee.
      const remark = toHex(
        signer.sign(
          alice,
          {
            tag: 'System',
            value: { tag: 'remark', value: { remark: new Uint8Array(200) } },
          } as RuntimeCallValue,
          0,
        ),
      );
      const longer = await client.result('payment_queryFeeDetails', [remark, hashes[0]]);
      expect(BigInt(longer.inclusionFee.lenFee)).toBeGreaterThan(BigInt(lenFee));
    });

    it('an unsigned extrinsic pays nothing: inclusionFee null, partialFee "0"', async () => {
      const bare = toHex(
        signer.bare({ tag: 'Timestamp', value: { tag: 'set', value: { now: 1n } } } as never),
      );
      expect(await client.result('payment_queryFeeDetails', [bare])).toEqual({ inclusionFee: null });
      expect((await client.result('payment_queryInfo', [bare])).partialFee).toBe('0');
    });

    it('errors: undecodable → 2, bad hex → -32602, unknown block → 4003', async () => {
      const info = await errorOf('payment_queryInfo', ['0x1234']);
      expect(info).toMatchObject({ code: 2, message: 'Unable to query dispatch info.' });
      const details = await errorOf('payment_queryFeeDetails', ['0x1234']);
      expect(details).toMatchObject({ code: 2, message: 'Unable to query fee details.' });
      expect((await errorOf('payment_queryInfo', ['0xzz'])).code).toBe(-32602);
      expect((await errorOf('payment_queryFeeDetails', [])).code).toBe(-32602);
      const xt = await transfer();
      expect((await errorOf('payment_queryInfo', [xt, UNKNOWN_HASH])).code).toBe(4003);
      expect((await errorOf('payment_queryFeeDetails', [xt, UNKNOWN_HASH])).code).toBe(4003);
    });
  });

  describe('system_dryRun', () => {
    it('returns the SCALE ApplyExtrinsicResult and changes nothing', async () => {
      const best = await client.result('chain_getBlockHash');
      const nonce = await nonceOf(alice.publicKey);
      expect(await client.result('system_dryRun', [await transfer()])).toBe('0x0000');
      expect(await client.result('system_dryRun', [await transfer(), best])).toBe('0x0000');
      expect(await nonceOf(alice.publicKey)).toBe(nonce);
      expect(await client.result('chain_getBlockHash')).toBe(best);
      // Ok(Err(DispatchError)): the transfer exceeds Alice's balance.
      expect(await client.result('system_dryRun', [await transfer(10n ** 30n)])).toMatch(/^0x0001/);
    });

    it('Invalid: a replayed nonce → 0x010003 (Stale), a flipped signature byte → 0x010004 (BadProof)', async () => {
      const xt = await transfer();
      await client.result('dev_newBlock', [{ transactions: [xt] }]);
      expect(await client.result('system_dryRun', [xt])).toBe('0x010003');
      const fresh = await transfer();
      // '0x', 2 length-prefix bytes, the version byte, MultiAddress::Id (1 + 32) and the signature type byte.
      const at = 2 + (2 + 1 + 33 + 1) * 2;
      const flipped = fresh.slice(0, at) + (fresh[at] === 'a' ? 'b' : 'a') + fresh.slice(at + 1);
      expect(await client.result('system_dryRun', [flipped])).toBe('0x010004');
      // A nonce ahead of the account's: Future.
      const ahead = await transfer(ERT, (await nonceOf(alice.publicKey)) + 5);
      expect(await client.result('system_dryRun', [ahead])).toBe('0x010002');
    });

    it('errors: undecodable → 2, bad params → -32602, unknown block → 4003', async () => {
      expect(await errorOf('system_dryRun', ['0x00'])).toMatchObject({
        code: 2,
        message: 'Unable to dry run extrinsic',
      });
      expect((await errorOf('system_dryRun', [42])).code).toBe(-32602);
      expect((await errorOf('system_dryRun', [await transfer(), UNKNOWN_HASH])).code).toBe(4003);
      const { methods } = await client.result('rpc_methods');
      expect(methods).toEqual(
        expect.arrayContaining([
          'system_dryRun',
          'system_dryRunAt',
          'payment_queryInfo',
          'payment_queryFeeDetails',
          'state_queryStorage',
        ]),
      );
    });
  });
});
