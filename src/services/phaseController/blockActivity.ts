// spec: tooling §5.2 (a block with only inherents is idle); substrate-compat (extrinsic format v4/v5)
/**
 * Counting user transactions in a block body. The version byte of an extrinsic tells signed (v4 `0x84`) and
 * general (v5 `0x45`) transactions from bare ones (`0x04`/`0x05`: inherents such as `Timestamp.set`), so no
 * metadata or event counting is needed. QUIRK: upstream `phase.py` counts events instead (idle = at most 3
 * events per block), which miscounts on chains whose inherents emit more events.
 */

/** Bits 6–7 of the version byte: 0b00 bare, 0b10 signed (v4), 0b01 general (v5). */
const KIND_MASK = 0xc0;

/** Decodes a SCALE compact length prefix: [value, prefix length], or undefined when malformed. */
const compactPrefix = (b: Uint8Array): [number, number] | undefined => {
  if (b.length === 0) return undefined;
  const mode = b[0]! & 3;
  if (mode === 0) return [b[0]! >> 2, 1];
  if (mode === 1) return b.length < 2 ? undefined : [(b[0]! | (b[1]! << 8)) >> 2, 2];
  if (mode === 2) {
    return b.length < 4 ? undefined : [((b[0]! | (b[1]! << 8) | (b[2]! << 16)) >>> 2) + b[3]! * 2 ** 22, 4];
  }
  const n = (b[0]! >> 2) + 4;
  if (b.length < 1 + n || n > 6) return undefined;
  let v = 0;
  for (let i = n; i >= 1; i--) v = v * 256 + b[i]!;
  return [v, 1 + n];
};

/** The version byte of an extrinsic given with or without its length prefix. */
export const extrinsicVersionByte = (extrinsic: Uint8Array): number | undefined => {
  const prefix = compactPrefix(extrinsic);
  if (prefix !== undefined && prefix[0] === extrinsic.length - prefix[1] && prefix[0] > 0) {
    return extrinsic[prefix[1]];
  }
  return extrinsic[0];
};

/** Whether an extrinsic was sent by a user (signed or general) rather than put in by the block author. */
export const isUserTransaction = (extrinsic: Uint8Array): boolean => {
  const version = extrinsicVersionByte(extrinsic);
  return version !== undefined && (version & KIND_MASK) !== 0;
};

/** How many user transactions a block body holds (0: only inherents, an idle block). */
export const countUserTransactions = (body: readonly Uint8Array[]): number =>
  body.filter(isUserTransaction).length;
