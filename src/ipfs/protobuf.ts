// spec: tooling §7 — the two protobuf messages behind Kubo CIDs (dag-pb PBNode/PBLink, UnixFS Data) need only
// varints and length-delimited fields, so a hand-written codec is smaller and easier to audit than a dependency.
import { InvalidInputError } from '../primitives/common/errors.js';

export const WIRE_VARINT = 0;
export const WIRE_LENGTH_DELIMITED = 2;

/** Append-only byte writer for protobuf fields (numbers are unsigned and below 2^53). */
export class ProtoWriter {
  private readonly parts: number[] = [];
  private readonly chunks: Uint8Array[] = [];
  private length = 0;

  /** Writes a raw unsigned varint. */
  varint(value: number): this {
    if (!Number.isSafeInteger(value) || value < 0) {
      throw new InvalidInputError('protobuf varint', `expected an unsigned safe integer, got ${value}`);
    }
    let v = value;
    while (v >= 0x80) {
      this.parts.push((v % 0x80) | 0x80);
      v = Math.floor(v / 0x80);
    }
    this.parts.push(v);
    return this;
  }

  /** Writes a field key (field number and wire type). */
  key(field: number, wireType: number): this {
    return this.varint(field * 8 + wireType);
  }

  /** Writes a varint field. */
  uintField(field: number, value: number): this {
    return this.key(field, WIRE_VARINT).varint(value);
  }

  /** Writes a length-delimited field. */
  bytesField(field: number, bytes: Uint8Array): this {
    this.key(field, WIRE_LENGTH_DELIMITED).varint(bytes.length);
    this.flushParts();
    this.chunks.push(bytes);
    this.length += bytes.length;
    return this;
  }

  /** Returns the written bytes. */
  finish(): Uint8Array {
    this.flushParts();
    const out = new Uint8Array(this.length);
    let offset = 0;
    for (const chunk of this.chunks) {
      out.set(chunk, offset);
      offset += chunk.length;
    }
    return out;
  }

  private flushParts(): void {
    if (this.parts.length === 0) return;
    this.chunks.push(Uint8Array.from(this.parts));
    this.length += this.parts.length;
    this.parts.length = 0;
  }
}

/** One decoded protobuf field: varints as numbers, length-delimited values as byte views. */
export type ProtoField =
  | { field: number; wireType: typeof WIRE_VARINT; value: number }
  | { field: number; wireType: typeof WIRE_LENGTH_DELIMITED; value: Uint8Array };

/** Splits a protobuf message into its fields; `what` names the message in error messages. */
export function readFields(bytes: Uint8Array, what: string): ProtoField[] {
  const fields: ProtoField[] = [];
  let pos = 0;
  const readVarint = (): number => {
    let result = 0;
    let scale = 1;
    for (let i = 0; i < 8; i++) {
      if (pos >= bytes.length) throw new InvalidInputError(what, 'truncated varint');
      const b = bytes[pos++]!;
      result += (b & 0x7f) * scale;
      if (b < 0x80) {
        if (!Number.isSafeInteger(result)) throw new InvalidInputError(what, 'varint exceeds 2^53');
        return result;
      }
      scale *= 0x80;
    }
    throw new InvalidInputError(what, 'varint too long');
  };
  while (pos < bytes.length) {
    const key = readVarint();
    const field = Math.floor(key / 8);
    const wireType = key % 8;
    if (field === 0) throw new InvalidInputError(what, 'field number 0');
    if (wireType === WIRE_VARINT) {
      fields.push({ field, wireType, value: readVarint() });
    } else if (wireType === WIRE_LENGTH_DELIMITED) {
      const len = readVarint();
      if (pos + len > bytes.length) throw new InvalidInputError(what, 'truncated length-delimited field');
      fields.push({ field, wireType, value: bytes.subarray(pos, pos + len) });
      pos += len;
    } else {
      throw new InvalidInputError(what, `unsupported wire type ${wireType} for field ${field}`);
    }
  }
  return fields;
}
