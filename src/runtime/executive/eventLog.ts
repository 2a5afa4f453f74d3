// spec: substrate-compat §6.3 (System.Events = Vec<EventRecord>, cleared per block)
/**
 * The block's `System.Events`, kept encoded in one growing buffer: appending a record costs its own bytes, and the
 * storage value is a view of the buffer behind a compact-length prefix, so writing it after every extrinsic does
 * not re-encode or copy the earlier records (Substrate appends in place the same way).
 */
import { encodeCompact } from '../../primitives/codec/describe.js';

// The longest compact encoding of a u32 count is 5 bytes; the prefix is written just before the records.
const PREFIX_ROOM = 5;

export class EventLog {
  private buffer = new Uint8Array(4096);
  private end = PREFIX_ROOM;
  private records = 0;

  get count(): number {
    return this.records;
  }

  /** Appends one encoded `EventRecord`. */
  append(record: Uint8Array): void {
    if (this.end + record.length > this.buffer.length) {
      let size = this.buffer.length * 2;
      while (this.end + record.length > size) size *= 2;
      const grown = new Uint8Array(size);
      grown.set(this.buffer.subarray(0, this.end));
      this.buffer = grown;
    }
    this.buffer.set(record, this.end);
    this.end += record.length;
    this.records += 1;
  }

  /**
   * The encoded `Vec<EventRecord>`. A view that shares the buffer: valid until the next append, which is when the
   * executive writes the next one. `snapshot` copies it for state that outlives the block.
   */
  view(): Uint8Array {
    const prefix = encodeCompact(this.records);
    const start = PREFIX_ROOM - prefix.length;
    this.buffer.set(prefix, start);
    return this.buffer.subarray(start, this.end);
  }

  snapshot(): Uint8Array {
    return this.view().slice();
  }
}
