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
import { MAX_SMALL_COMPACT, smallCompactSize, writeSmallCompact } from '../../primitives/codec/describe.js';
import { concatBytes, fromHex } from '../../primitives/common/bytes.js';
import { blake2_256 } from '../../primitives/common/hashing.js';

type Change = readonly [string, Uint8Array | null];

const Changes = Vector(Tuple(Bytes(), Option(Bytes())));

const ZERO_ROOT = new Uint8Array(32);

const byKey = (a: Change, b: Change): number => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0);

/** `parentRoot ++ SCALE(sorted)` with scale-ts: the definition, and the fallback for keys that are not plain hex. */
export const encodeChangesGeneral = (parentRoot: Uint8Array, sorted: readonly Change[]): Uint8Array =>
  concatBytes(
    parentRoot,
    Changes.enc(sorted.map(([k, v]) => [fromHex(k), v ?? undefined] as [Uint8Array, Uint8Array | undefined])),
  );

/**
 * `parentRoot ++ SCALE(sorted)` written into one buffer, keys decoded from hex in place: a block commits hundreds
 * of changes, and scale-ts allocates several arrays per item. Returns undefined when a key is not `0x` + lowercase
 * or uppercase hex digit pairs (the general path then decides how it decodes them).
 */
export const encodeChangesFast = (
  parentRoot: Uint8Array,
  sorted: readonly Change[],
): Uint8Array | undefined => {
  if (sorted.length > MAX_SMALL_COMPACT) return undefined;
  let size = parentRoot.length + smallCompactSize(sorted.length);
  for (const [k, v] of sorted) {
    const keyLength = (k.length - 2) / 2;
    if (!k.startsWith('0x') || !Number.isInteger(keyLength) || keyLength > MAX_SMALL_COMPACT)
      return undefined;
    size += smallCompactSize(keyLength) + keyLength + 1;
    if (v !== null) {
      if (v.length > MAX_SMALL_COMPACT) return undefined;
      size += smallCompactSize(v.length) + v.length;
    }
  }
  const out = new Uint8Array(size);
  const text = Buffer.from(out.buffer, out.byteOffset, out.byteLength);
  out.set(parentRoot, 0);
  let at = writeSmallCompact(out, parentRoot.length, sorted.length);
  for (const [k, v] of sorted) {
    const keyLength = (k.length - 2) / 2;
    at = writeSmallCompact(out, at, keyLength);
    // Node's hex decoder stops at the first pair that is not hex: such a key takes the general path.
    if (text.write(k.slice(2), at, keyLength, 'hex') !== keyLength) return undefined;
    at += keyLength;
    if (v === null) {
      out[at++] = 0;
    } else {
      out[at++] = 1;
      at = writeSmallCompact(out, at, v.length);
      out.set(v, at);
      at += v.length;
    }
  }
  return out;
};

/** The commitment after applying `changes` (hex key → value, `null` = deleted) on top of `parentRoot`. */
export const nextStateRoot = (parentRoot: Uint8Array, changes: Iterable<Change>): Uint8Array => {
  const sorted = [...changes].sort(byKey);
  return blake2_256(encodeChangesFast(parentRoot, sorted) ?? encodeChangesGeneral(parentRoot, sorted));
};

/** The commitment of a genesis state (every entry is a change from the empty state). */
export const genesisStateRoot = (entries: Iterable<readonly [string, Uint8Array]>): Uint8Array =>
  nextStateRoot(ZERO_ROOT, entries);
