/**
 * Test support for whole-runtime tests: the assembled Encointer runtime with its genesis, and blocks built by its
 * executive (timestamp inherent, then signed extrinsics), with every event recorded.
 */
import { toHex } from '../../src/primitives/common/bytes.js';
import { devKeyPair } from '../../src/primitives/common/devAccounts.js';
import { createEncointerRuntime, type EncointerRuntimeOptions } from '../../src/runtime/encointerRuntime.js';
import { blockHash } from '../../src/runtime/executive/header.js';
import type { TestKey } from '../../src/runtime/executive/testSupport.js';
import { IMMORTAL } from '../../src/runtime/extrinsic/era.js';
import { encodeAdditionalSigned, type SignedExtra } from '../../src/runtime/extrinsic/signedExtensions.js';
import { encodeSignedExtrinsic } from '../../src/runtime/extrinsic/uncheckedExtrinsic.js';
import type { RuntimeCallValue } from '../../src/runtime/framework/pallet.js';
import { MemoryState, OverlayState } from '../../src/runtime/framework/state.js';
import { GENESIS_PLACEHOLDER_HASH } from '../../src/runtime/pallets/system/genesis.js';
import type { PresetName } from '../../src/runtime/presets.js';

/** A dev account (`//Alice`, `//Alice//stash`, …) as a signing key: sr25519, as the upstream tools sign. */
export const devSigner = (name: string): TestKey => {
  const pair = devKeyPair(`//${name}`);
  return { publicKey: pair.publicKey, scheme: 'Sr25519', sign: (m) => pair.sign(m) };
};

export interface Tx {
  readonly by: TestKey;
  readonly call: RuntimeCallValue;
  /** The dispatch error (`Pallet.Error`) this extrinsic must end with; without it, it must succeed. */
  readonly fails?: string;
}

export interface LoggedEvent {
  readonly block: number;
  readonly pallet: string;
  readonly name: string;
  readonly value: unknown;
}

export interface ChainOptions extends EncointerRuntimeOptions {
  /** Timestamp of block 1 (ms); later blocks add 6 s unless `block` is given a time. */
  readonly genesisTime?: bigint;
  /** Names accounts in error messages. */
  readonly label?: (id: Uint8Array) => string;
}

const show = (value: unknown) =>
  JSON.stringify(value, (_, x) =>
    typeof x === 'bigint' ? `${x}` : x instanceof Uint8Array ? toHex(x) : x,
  ).slice(0, 160);

/** A chain of the given preset at genesis; `block` throws when an extrinsic ends otherwise than declared. */
export const createChain = (preset: PresetName, options: ChainOptions = {}) => {
  const rt = createEncointerRuntime(preset, options);
  const state = new OverlayState(new MemoryState());
  rt.applyGenesis(state);
  const label = options.label ?? toHex;
  let height = 0;
  let parent: Uint8Array = GENESIS_PLACEHOLDER_HASH;
  let now = (options.genesisTime ?? 1_735_689_600_000n) - 6_000n;
  const log: LoggedEvent[] = [];

  /** Signs `call` with the account's next nonce, immortal, no tip, fee in the native token. */
  const sign = (key: TestKey, call: RuntimeCallValue): Uint8Array => {
    const extra: SignedExtra = {
      era: IMMORTAL,
      nonce: rt.executive.accountNonce(state, key.publicKey),
      tip: 0n,
      assetId: undefined,
    };
    const v = rt.executive.version();
    const additional = encodeAdditionalSigned({
      specVersion: v.spec_version,
      transactionVersion: v.transaction_version,
      genesisHash: GENESIS_PLACEHOLDER_HASH,
      birthHash: GENESIS_PLACEHOLDER_HASH,
    });
    return encodeSignedExtrinsic(rt.runtime.callType, key, call, extra, additional);
  };

  /** Builds the next block (timestamp `at`, else 6 s after the last), then `txs` in order; returns its number. */
  const block = (txs: readonly Tx[] = [], at?: bigint): number => {
    height += 1;
    now = at ?? now + 6_000n;
    const b = rt.executive.initializeBlock(state, { number: height, parentHash: parent });
    const ts = b.applyTimestamp(now);
    if (!ts.success || !ts.value.success) throw new Error(`timestamp failed in block ${height}`);
    for (const tx of txs) {
      const r = b.applyExtrinsic(sign(tx.by, tx.call));
      const what = `${label(tx.by.publicKey)}: ${show(tx.call)}`;
      if (!r.success) throw new Error(`block ${height}: invalid transaction (${what}): ${show(r.value)}`);
      const outcome = r.value.success ? 'ok' : rt.runtime.describeError(r.value.value);
      if (outcome !== (tx.fails ?? 'ok')) {
        throw new Error(`block ${height}: ${what} ended with ${outcome}, expected ${tx.fails ?? 'ok'}`);
      }
    }
    const { header } = b.finalize();
    parent = blockHash({ ...header, state_root: new Uint8Array(32) });
    for (const r of rt.executive.readEvents(state)) {
      const e = r.event as { tag: string; value: { tag: string; value: unknown } };
      log.push({ block: height, pallet: e.tag, name: e.value.tag, value: e.value.value });
    }
    // A sudo call succeeds whatever its inner call does: the inner result must be Ok too.
    for (const e of log.filter((l) => l.block === height && l.name === 'Sudid')) {
      const result = (e.value as { sudo_result: { success: boolean; value: unknown } }).sudo_result;
      if (!result.success) throw new Error(`block ${height}: sudo call failed: ${show(result.value)}`);
    }
    return height;
  };

  /** Events of one pallet and name, in order. */
  const events = (pallet: string, name: string) => log.filter((e) => e.pallet === pallet && e.name === name);

  return {
    rt,
    state,
    block,
    log,
    events,
    get height() {
      return height;
    },
  };
};

export type Chain = ReturnType<typeof createChain>;

/** `sudo(EncointerScheduler.next_phase())`. */
export const NEXT_PHASE: RuntimeCallValue = {
  tag: 'Sudo',
  value: {
    tag: 'sudo',
    value: { call: { tag: 'EncointerScheduler', value: { tag: 'next_phase', value: {} } } },
  },
};
