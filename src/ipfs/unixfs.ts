// spec: tooling §7 — UnixFS `Data` message carried in the dag-pb Data field:
// { DataType Type = 1; bytes Data = 2; uint64 filesize = 3; repeated uint64 blocksizes = 4 (unpacked); ... }.
import { InvalidInputError } from '../primitives/common/errors.js';
import { ProtoWriter, readFields, WIRE_LENGTH_DELIMITED, WIRE_VARINT } from './protobuf.js';

export const UnixFsType = {
  Raw: 0,
  Directory: 1,
  File: 2,
  Metadata: 3,
  Symlink: 4,
  HAMTShard: 5,
} as const;
export type UnixFsType = (typeof UnixFsType)[keyof typeof UnixFsType];

/** A decoded UnixFS Data message (only the fields Kubo's default `ipfs add` writes). */
export interface UnixFsData {
  type: UnixFsType;
  data?: Uint8Array;
  filesize?: number;
  blocksizes: number[];
}

/** Encodes UnixFS Data in field order; `data` is omitted when empty, as Kubo does for the empty file. */
export function encodeUnixFs(value: UnixFsData): Uint8Array {
  const w = new ProtoWriter().uintField(1, value.type);
  if (value.data !== undefined && value.data.length > 0) w.bytesField(2, value.data);
  if (value.filesize !== undefined) w.uintField(3, value.filesize);
  for (const size of value.blocksizes) w.uintField(4, size);
  return w.finish();
}

/** Decodes UnixFS Data; fields this store never writes (hashType, fanout, mode, mtime) are ignored. */
export function decodeUnixFs(bytes: Uint8Array): UnixFsData {
  let type: number | undefined;
  const out: UnixFsData = { type: UnixFsType.Raw, blocksizes: [] };
  for (const f of readFields(bytes, 'unixfs data')) {
    if (f.field === 1 && f.wireType === WIRE_VARINT) type = f.value;
    else if (f.field === 2 && f.wireType === WIRE_LENGTH_DELIMITED) out.data = f.value;
    else if (f.field === 3 && f.wireType === WIRE_VARINT) out.filesize = f.value;
    else if (f.field === 4 && f.wireType === WIRE_VARINT) out.blocksizes.push(f.value);
    else if (f.field === 4 && f.wireType === WIRE_LENGTH_DELIMITED)
      out.blocksizes.push(...readPacked(f.value));
  }
  if (type === undefined || type > UnixFsType.HAMTShard) {
    throw new InvalidInputError('unixfs data', `missing or unknown type ${type}`);
  }
  out.type = type as UnixFsType;
  return out;
}

function readPacked(bytes: Uint8Array): number[] {
  // Kubo writes blocksizes unpacked; other writers may pack them, which is equally valid protobuf.
  const values: number[] = [];
  let pos = 0;
  while (pos < bytes.length) {
    let result = 0;
    let scale = 1;
    let b: number;
    do {
      if (pos >= bytes.length) throw new InvalidInputError('unixfs data', 'truncated packed blocksizes');
      b = bytes[pos++]!;
      result += (b & 0x7f) * scale;
      scale *= 0x80;
    } while (b >= 0x80);
    values.push(result);
  }
  return values;
}
