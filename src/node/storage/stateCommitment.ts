// spec: substrate-compat §6.6 option 2 (deterministic state commitment; not a trie root)
/**
 * The header's `state_root`: a hash chain over state changes, not a Merkle-Patricia trie root. Clients do not
 * check it (§6.6); it makes restarts and replays comparable: the same changes give the same root. Because it is
 * not a trie root, the node does not offer `state_getReadProof`.
 *
 *   root(genesis) = blake2_256(0x00 * 32 ++ SCALE(entries))
 *   root(n)       = blake2_256(root(n − 1) ++ SCALE(changes of block n))
 *
 * where entries/changes are `Vec<(Vec<u8> key, Option<Vec<u8>> value)>` sorted by key (`None` = deleted).
 */
import { Bytes, Option, Tuple, Vector } from 'scale-ts';
import { concatBytes, fromHex } from '../../primitives/common/bytes.js';
import { blake2_256 } from '../../primitives/common/hashing.js';

const Changes = Vector(Tuple(Bytes(), Option(Bytes())));

const ZERO_ROOT = new Uint8Array(32);

/** The commitment after applying `changes` (hex key → value, `null` = deleted) on top of `parentRoot`. */
export const nextStateRoot = (
  parentRoot: Uint8Array,
  changes: Iterable<readonly [string, Uint8Array | null]>,
): Uint8Array => {
  const sorted = [...changes].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  const encoded = Changes.enc(
    sorted.map(([k, v]) => [fromHex(k), v ?? undefined] as [Uint8Array, Uint8Array | undefined]),
  );
  return blake2_256(concatBytes(parentRoot, encoded));
};

/** The commitment of a genesis state (every entry is a change from the empty state). */
export const genesisStateRoot = (entries: Iterable<readonly [string, Uint8Array]>): Uint8Array =>
  nextStateRoot(ZERO_ROOT, entries);
