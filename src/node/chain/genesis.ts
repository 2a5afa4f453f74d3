// spec: substrate-compat §5.1 (genesis header), §5.5 (genesis hash), §6.5 (`:code`), §6.6 (state commitment)
import { blake2_256 } from '../../primitives/common/hashing.js';
import type { EncointerRuntime } from '../../runtime/encointerRuntime.js';
import { blockHash, encodeHeader } from '../../runtime/executive/header.js';
import { MemoryState, OverlayState } from '../../runtime/framework/state.js';
import type { HeaderValue } from '../../runtime/pallets/system/types.js';
import { genesisStateRoot } from '../storage/stateCommitment.js';
import { CODE_KEY, runtimeCode } from './runtimeCode.js';

/** The extrinsics root of an empty body: the empty trie's root, blake2_256(0x00). */
export const EMPTY_EXTRINSICS_ROOT = blake2_256(Uint8Array.of(0));

export interface GenesisBlock {
  readonly header: HeaderValue;
  readonly headerBytes: Uint8Array;
  readonly hash: Uint8Array;
  /** The whole genesis state, sorted by key. */
  readonly entries: [string, Uint8Array][];
}

/** The genesis block of a runtime preset: deterministic, so every node of one preset has the same genesis hash. */
export const buildGenesis = (runtime: EncointerRuntime): GenesisBlock => {
  const state = new OverlayState(new MemoryState());
  runtime.applyGenesis(state);
  state.set(CODE_KEY, runtimeCode(runtime));
  const entries: [string, Uint8Array][] = [];
  for (const [k, v] of state.changes()) if (v !== null) entries.push([k, v]);
  entries.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  const header: HeaderValue = {
    parent_hash: new Uint8Array(32),
    number: 0,
    state_root: genesisStateRoot(entries),
    extrinsics_root: EMPTY_EXTRINSICS_ROOT,
    digest: { logs: [] },
  };
  return { header, headerBytes: encodeHeader(header), hash: blockHash(header), entries };
};
