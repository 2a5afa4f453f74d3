import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fc, test } from '@fast-check/vitest';
import { sha256 } from '@noble/hashes/sha2.js';
import { base58 } from '@scure/base';
import { describe, expect, it } from 'vitest';
import { InvalidInputError } from '../primitives/common/errors.js';
import { decodePbNode } from './dagPb.js';
import { IpfsUnsupportedError } from './errors.js';
import {
  type Block,
  CHUNK_SIZE,
  fixedSizeChunks,
  importDirectory,
  importFile,
  MAX_LINKS,
} from './importer.js';
import { readTestJson, TEST_DATA } from './testSupport.js';
import { decodeUnixFs, UnixFsType } from './unixfs.js';

const utf8 = new TextEncoder();
const noop = () => {};

function collect(): { blocks: Map<string, Uint8Array>; put: (b: Block) => void } {
  const blocks = new Map<string, Uint8Array>();
  return { blocks, put: (b) => void blocks.set(b.cid, b.bytes) };
}

// Widely published CIDs of `ipfs add` on a default Kubo daemon.
describe('Kubo CIDv0 vectors (well-known)', () => {
  it.each([
    ['empty file', '', 'QmbFMke1KXqnYyBBWxB74N4c5SBnJMVAiMNRcGu6x1AwQH'],
    ['"hello world\\n"', 'hello world\n', 'QmT78zSuBmuS4z925WZfrqQ1qHaJ56DQaTfyMUF7F8ff5o'],
    ['"hello world"', 'hello world', 'Qmf412jQZiuVUtdgnB36FXFX7xg5V6KEbSJ4dpQuhkLyfD'],
  ])('%s', async (_label, text, cid) => {
    expect((await importFile(utf8.encode(text), noop)).cid).toBe(cid);
  });

  it('empty directory', async () => {
    expect((await importDirectory([], noop)).cid).toBe('QmUNLLsPACCz1vLxQVkXqqLX5R1X345qqfHbsf67hvA3Nn');
  });
});

describe('upstream file CIDs of test-data (tooling §6.4, §7.1)', () => {
  it('tooling §7.1: the "file placeholder" QmWgTp… is the CID of assets/icons/community_icon.png', async () => {
    const bytes = await readFile(path.join(TEST_DATA, 'assets/icons/community_icon.png'));
    expect((await importFile(bytes, noop)).cid).toBe('QmWgTp4fBkxyUhnMrx4UVVqQ2McTQKJzq8yq3J5tCzdtfx');
  });

  it.each([
    ['LeuZuerich/businesses/Revamp-IT', 'revamp-it.json', 'QmbAsammnMX41xiJPVVhLTQB6UaMPyYPFgpZVg8qBTGWNE'],
    ['LeuZuerich/businesses/artrent', 'artrent.json', 'QmYsRuwEMxTC6wWhsX59AsrCdRcCcLMsroDpksazTa94nC'],
  ])('tooling §6.4: bazaar %s logo.png', async (dir, json, cid) => {
    const doc = await readTestJson(`bazaar/${dir}/${json}`);
    expect(doc.logo).toBe(cid);
    const bytes = await readFile(path.join(TEST_DATA, 'bazaar', dir, 'assets/logo.png'));
    expect((await importFile(bytes, noop)).cid).toBe(cid);
  });
});

/** Varint as in the protobuf spec, written out independently of the code under test. */
function varint(n: number): number[] {
  const out: number[] = [];
  while (n >= 128) {
    out.push((n % 128) | 128);
    n = Math.floor(n / 128);
  }
  out.push(n);
  return out;
}
const ld = (field: number, bytes: ArrayLike<number>): number[] => [
  (field << 3) | 2,
  ...varint(bytes.length),
  ...Array.from(bytes),
];
const cidOf = (bytes: Uint8Array) => base58.encode(Uint8Array.from([0x12, 0x20, ...sha256(bytes)]));

describe('chunking and balanced layout (tooling §7, Kubo defaults: 256 KiB chunks, 174 links)', () => {
  it('1 MiB of zeros: four 256 KiB leaves under one root, bytes assembled by hand from the dag-pb/UnixFS spec', async () => {
    const zeros = new Uint8Array(CHUNK_SIZE);
    const leafUnixFs = [0x08, 0x02, ...ld(2, zeros), 0x18, ...varint(CHUNK_SIZE)];
    const leaf = Uint8Array.from(ld(1, leafUnixFs));
    expect(leaf.length).toBe(262_158);
    const leafMh = [0x12, 0x20, ...sha256(leaf)];
    const link = ld(2, [...ld(1, leafMh), 0x12, 0x00, 0x18, ...varint(leaf.length)]);
    const rootUnixFs = [
      0x08,
      0x02,
      0x18,
      ...varint(4 * CHUNK_SIZE),
      ...[0, 1, 2, 3].flatMap(() => [0x20, ...varint(CHUNK_SIZE)]),
    ];
    const root = Uint8Array.from([...link, ...link, ...link, ...link, ...ld(1, rootUnixFs)]);
    expect(root.length).toBe(200);

    const { blocks, put } = collect();
    const result = await importFile(new Uint8Array(1 << 20), put);
    expect(result.cid).toBe(cidOf(root));
    expect(result.cumulativeSize).toBe(4 * 262_158 + 200);
    expect(result.fileSize).toBe(1 << 20);
    expect(blocks.get(result.cid)).toEqual(root);
  });

  it.each([
    [CHUNK_SIZE, 0],
    [CHUNK_SIZE + 1, 2],
    [2 * CHUNK_SIZE, 2],
  ])('%i bytes → root with %i links (a single chunk is its own root)', async (size, links) => {
    const { blocks, put } = collect();
    const result = await importFile(new Uint8Array(size).fill(7), put);
    const root = decodePbNode(blocks.get(result.cid)!);
    expect(root.links).toHaveLength(links);
    const fs = decodeUnixFs(root.data!);
    expect(fs.type).toBe(UnixFsType.File);
    expect(fs.filesize).toBe(size);
    if (links === 2) expect(fs.blocksizes).toEqual([CHUNK_SIZE, size - CHUNK_SIZE]);
  });

  it('175 chunks: a second level appears; the first child holds 174 leaves, the second one', async () => {
    const { blocks, put } = collect();
    const chunk = new Uint8Array(CHUNK_SIZE);
    const result = await importFile(
      (function* () {
        for (let i = 0; i < MAX_LINKS + 1; i++) yield chunk;
      })(),
      put,
    );
    const root = decodePbNode(blocks.get(result.cid)!);
    expect(root.links.map((l) => l.name)).toEqual(['', '']);
    const [a, b] = root.links.map((l) => decodePbNode(blocks.get(l.cid)!));
    expect(a!.links).toHaveLength(174);
    expect(b!.links).toHaveLength(1);
    expect(decodeUnixFs(root.data!).blocksizes).toEqual([174 * CHUNK_SIZE, CHUNK_SIZE]);
    expect(result.fileSize).toBe(175 * CHUNK_SIZE);
  });

  test.prop([fc.uint8Array({ maxLength: 3000 }), fc.array(fc.nat(400), { maxLength: 12 })])(
    'fixedSizeChunks re-cuts any split of the input into the same chunks',
    async (data, cuts) => {
      const points = [...new Set(cuts.map((c) => Math.min(c, data.length)))].sort((x, y) => x - y);
      const pieces: Uint8Array[] = [];
      let prev = 0;
      for (const p of [...points, data.length]) {
        pieces.push(data.subarray(prev, p));
        prev = p;
      }
      const out: Uint8Array[] = [];
      for await (const c of fixedSizeChunks(pieces, 256)) out.push(c.slice());
      expect(out.every((c, i) => c.length === (i < out.length - 1 ? 256 : c.length) && c.length > 0)).toBe(
        true,
      );
      expect(Uint8Array.from(out.flatMap((c) => [...c]))).toEqual(data);
    },
  );
});

describe('directories (tooling §7.2)', () => {
  it('links are sorted by name bytes whatever the input order', async () => {
    const a = await importFile(utf8.encode('a'), noop);
    const b = await importFile(utf8.encode('b'), noop);
    const { blocks, put } = collect();
    const d1 = await importDirectory(
      [
        { name: 'b', node: b },
        { name: 'B', node: a },
        { name: 'a', node: a },
      ],
      put,
    );
    const d2 = await importDirectory(
      [
        { name: 'a', node: a },
        { name: 'b', node: b },
        { name: 'B', node: a },
      ],
      noop,
    );
    expect(d1.cid).toBe(d2.cid);
    expect(decodePbNode(blocks.get(d1.cid)!).links.map((l) => l.name)).toEqual(['B', 'a', 'b']);
  });

  it('rejects duplicate and invalid names', async () => {
    const f = await importFile(utf8.encode('x'), noop);
    await expect(
      importDirectory(
        [
          { name: 'x', node: f },
          { name: 'x', node: f },
        ],
        noop,
      ),
    ).rejects.toThrow(InvalidInputError);
    await expect(importDirectory([{ name: 'a/b', node: f }], noop)).rejects.toThrow(InvalidInputError);
    await expect(importDirectory([{ name: '..', node: f }], noop)).rejects.toThrow(InvalidInputError);
  });

  it('refuses a directory Kubo would shard (> 256 KiB of links)', async () => {
    const f = await importFile(utf8.encode('x'), noop);
    const many = Array.from({ length: 6000 }, (_, i) => ({
      name: `file-${String(i).padStart(8, '0')}.txt`,
      node: f,
    }));
    await expect(importDirectory(many, noop)).rejects.toThrow(IpfsUnsupportedError);
  });
});
