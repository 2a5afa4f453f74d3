import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { cidV0FromMultihash } from './cid.js';
import { decodePbNode, encodePbNode } from './dagPb.js';
import { ProtoWriter, readFields } from './protobuf.js';
import { decodeUnixFs, encodeUnixFs, UnixFsType } from './unixfs.js';

describe('dag-pb and UnixFS encodings (tooling §7)', () => {
  it('"hello world\\n" leaf: 0a 12 | 08 02 12 0c <data> 18 0c', () => {
    const data = new TextEncoder().encode('hello world\n');
    const unixfs = encodeUnixFs({ type: UnixFsType.File, data, filesize: 12, blocksizes: [] });
    // PBNode.Data (0a 12) wrapping UnixFS { Type=File (08 02), Data (12 0c …), filesize (18 0c) }.
    expect(Buffer.from(encodePbNode({ links: [], data: unixfs })).toString('hex')).toBe(
      `0a120802120c${Buffer.from(data).toString('hex')}180c`,
    );
  });

  it('empty file: Data omitted, filesize 0 kept (0a 04 08 02 18 00)', () => {
    const unixfs = encodeUnixFs({
      type: UnixFsType.File,
      data: new Uint8Array(0),
      filesize: 0,
      blocksizes: [],
    });
    expect(Buffer.from(encodePbNode({ links: [], data: unixfs })).toString('hex')).toBe('0a0408021800');
  });

  it('a link with an empty name still writes Name (12 00) and Tsize, and links precede Data', () => {
    const cid = cidV0FromMultihash(Uint8Array.from([0x12, 0x20, ...new Uint8Array(32).fill(0xab)]));
    const hex = Buffer.from(
      encodePbNode({ links: [{ cid, name: '', tsize: 300 }], data: Uint8Array.of(8, 1) }),
    ).toString('hex');
    expect(hex).toBe(`12290a221220${'ab'.repeat(32)}1200${'18ac02'}0a020801`);
  });

  it('decodes packed blocksizes too', () => {
    const packed = new ProtoWriter()
      .uintField(1, 2)
      .uintField(3, 300)
      .bytesField(4, Uint8Array.of(0xac, 0x02))
      .finish();
    expect(decodeUnixFs(packed)).toEqual({ type: UnixFsType.File, filesize: 300, blocksizes: [300] });
  });

  const linkArb = fc.record({
    cid: fc
      .uint8Array({ minLength: 32, maxLength: 32 })
      .map((d) => cidV0FromMultihash(Uint8Array.from([0x12, 0x20, ...d]))),
    name: fc.string(),
    tsize: fc.maxSafeNat(),
  });
  test.prop([fc.array(linkArb, { maxLength: 5 }), fc.option(fc.uint8Array(), { nil: undefined })])(
    'PBNode round trip',
    (links, data) => {
      const node = data === undefined ? { links } : { links, data };
      expect(decodePbNode(encodePbNode(node))).toEqual(node);
    },
  );

  test.prop([fc.array(fc.maxSafeNat(), { maxLength: 8 })])('varints round trip up to 2^53', (values) => {
    const w = new ProtoWriter();
    for (const [i, v] of values.entries()) w.uintField(i + 1, v);
    expect(readFields(w.finish(), 'test').map((f) => f.value)).toEqual(values);
  });
});
