// spec: substrate-compat §5.1 (block hash), §6.6 (state commitment); ARCHITECTURE §7 (speed never changes results)
/**
 * A fixed chain's fingerprint: deterministic ed25519 dev keys, a fixed clock and a fixed set of transfers (new
 * accounts, existing accounts, a failing dispatch, a reaped account) give the same block hashes, state roots and
 * events on every run. The expected hashes were recorded before the transaction path was optimised; a change to
 * them means some optimisation changed a consensus result (header, body, state or events), which it must not.
 */
import { describe, expect, it } from 'vitest';
import { toHex } from '../../primitives/common/bytes.js';
import { blake2_256 } from '../../primitives/common/hashing.js';
import { createEncointerRuntime } from '../../runtime/encointerRuntime.js';
import { type TestKey, devKey as testKey } from '../../runtime/executive/testSupport.js';
import { IMMORTAL } from '../../runtime/extrinsic/era.js';
import { encodeAdditionalSigned } from '../../runtime/extrinsic/signedExtensions.js';
import { encodeSignedExtrinsic } from '../../runtime/extrinsic/uncheckedExtrinsic.js';
import type { RuntimeCallValue } from '../../runtime/framework/pallet.js';
import { Account, EVENTS_KEY } from '../../runtime/pallets/system/storage.js';
import { ChainStore } from '../storage/chainStore.js';
import { transferCall } from '../testSupport.js';
import { Chain } from './chain.js';

const START = 1_735_689_600_000n;
const UNIT = 10n ** 12n;

const transferAll = (dest: Uint8Array): RuntimeCallValue =>
  ({
    tag: 'Balances',
    value: { tag: 'transfer_all', value: { dest: { tag: 'Id', value: dest }, keep_alive: false } },
  }) as RuntimeCallValue;

const buildFixedChain = () => {
  const chain = Chain.open({
    runtime: createEncointerRuntime('dev'),
    store: ChainStore.open(':memory:'),
    startTime: () => START,
  });
  const v = chain.runtimeVersion();
  const additional = encodeAdditionalSigned({
    specVersion: v.spec_version,
    transactionVersion: v.transaction_version,
    genesisHash: chain.genesis.hash,
    birthHash: chain.genesis.hash,
  });
  const nonces = new Map<TestKey, number>();
  const sign = (key: TestKey, call: RuntimeCallValue) => {
    const nonce = nonces.get(key) ?? 0;
    nonces.set(key, nonce + 1);
    return encodeSignedExtrinsic(
      chain.runtime.runtime.callType,
      key,
      call,
      { era: IMMORTAL, nonce, tip: 0n, assetId: undefined },
      additional,
    );
  };
  const funded = Array.from({ length: 6 }, (_, i) => testKey(`//Fingerprint${i}`, 'Ed25519'));
  const fresh = Array.from({ length: 6 }, (_, i) => testKey(`//Fresh${i}`, 'Ed25519'));
  chain.setStorage(
    new Map(
      funded.map((k) => {
        const info = Account.value.dec(Account.value.enc(Account.get(chain.stateAt(), k.publicKey)));
        return [
          Account.key(k.publicKey),
          Account.value.enc({ ...info, providers: 1, data: { ...info.data, free: 1000n * UNIT } }),
        ];
      }),
    ),
  );
  const blocks: Uint8Array[][] = [
    // New accounts and a transfer between funded ones.
    [
      sign(funded[0]!, transferCall(fresh[0]!.publicKey, 10n * UNIT)),
      sign(funded[1]!, transferCall(fresh[1]!.publicKey, 20n * UNIT)),
      sign(funded[2]!, transferCall(funded[3]!.publicKey, 5n * UNIT)),
    ],
    [],
    // A second transfer of the same sender, one that fails in dispatch (more than the sender has) and pays its
    // fee anyway, and one that reaps its sender.
    [
      sign(funded[0]!, transferCall(fresh[2]!.publicKey, 7n * UNIT)),
      sign(funded[4]!, transferCall(fresh[3]!.publicKey, 5000n * UNIT)),
      sign(fresh[1]!, transferAll(funded[5]!.publicKey)),
    ],
  ];
  const rows: string[] = [];
  let lastEvents: string[] = [];
  for (const transactions of blocks) {
    const block = chain.newBlock({ transactions });
    const events = chain.stateAt(block).get(EVENTS_KEY) ?? new Uint8Array();
    rows.push(
      `#${block.number} ${toHex(block.hash)} root ${toHex(block.header.state_root)} events ${toHex(blake2_256(events)).slice(0, 18)} xts ${chain.body(block).length}`,
    );
    lastEvents = chain.blockEvents(block).map((e) => `${e.extrinsicIndex ?? '-'} ${e.pallet}.${e.name}`);
  }
  chain.close();
  return { rows, lastEvents };
};

describe('a fixed chain (substrate-compat §5.1, §6.6)', () => {
  it('has the block hashes, state roots and events it had before the transaction path was optimised', () => {
    const { rows, lastEvents } = buildFixedChain();
    // The last block does what it is meant to: a failed dispatch that still paid, and a reaped sender.
    expect(lastEvents).toContain('2 System.ExtrinsicFailed');
    expect(lastEvents).toContain('3 System.KilledAccount');
    expect(rows).toMatchInlineSnapshot(`
      [
        "#1 0x913e43dcf10f9c80199950fd3d4e7c5075a762ad557cc91a364cbdf5209db555 root 0x971e84c367cb20a0d2de28b52b055eec860ed29a816b8e9383cd947a0cff6472 events 0x16aa93cb99e26844 xts 4",
        "#2 0xcc70c1719b7b9b7e0c3526b80008d137174ea133d992cd5a3ae4e30d0027a7e1 root 0x200d7f354ae16dc787d1481e8db3ab685c5e210834a4f475b406ca3313dfc7a8 events 0xa4ada9a24e60b3af xts 1",
        "#3 0xc539c091db0d21a1c46f4d710662893c15cdbd6263d6e22c54a81637f6962075 root 0x70ee68bcd2328fc5517a8943b1fb8c8364960a89835543797b292f2af6cdd4ab events 0xaa9967daaaf09451 xts 4",
      ]
    `);
  });
});
