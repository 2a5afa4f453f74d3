import { mkdir, readFile, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { InvalidInputError } from '../primitives/common/errors.js';
import { EmbeddedIpfsStore } from './embeddedStore.js';
import {
  IpfsCorruptBlockError,
  IpfsIsDirectoryError,
  IpfsNotFoundError,
  IpfsUnsupportedError,
} from './errors.js';
import { specAssetsCid, TEST_DATA, tempDir } from './testSupport.js';

let store: EmbeddedIpfsStore;
let work: string;
let cleanup: () => Promise<void>;

beforeAll(async () => {
  const t = await tempDir();
  cleanup = t.cleanup;
  work = t.dir;
  store = await EmbeddedIpfsStore.open(path.join(t.dir, 'store'));
});
afterAll(() => cleanup());

// Acceptance: CIDs that upstream computed with Kubo and wrote into the checked-in community specs.
describe('upstream directory CIDs of test-data (tooling §3.3, §7.2)', () => {
  it('tooling §3.3/§7.2: `ipfs add -rw assets` gives the assets CID of test-locations-mediterranean.json', async () => {
    const expected = 'QmaRYgDkmmsza2A1zyxy7H7fFE3bELPA535KvCHzEf2kee';
    expect(await specAssetsCid('test-locations-mediterranean.json')).toBe(expected);
    const result = await store.add(path.join(TEST_DATA, 'assets'), { wrapWithDirectory: true });
    expect(result.cid).toBe(expected);
    expect(result.entries.map((e) => [e.path, e.type])).toEqual([
      ['assets/icons/2.0x/community_icon.png', 'file'],
      ['assets/icons/2.0x', 'directory'],
      ['assets/icons/3.0x/community_icon.png', 'file'],
      ['assets/icons/3.0x', 'directory'],
      ['assets/icons/community_icon.png', 'file'],
      ['assets/icons/test.png', 'file'],
      ['assets/icons', 'directory'],
      ['assets', 'directory'],
      ['', 'directory'],
    ]);
    const icon = result.entries.find((e) => e.path === 'assets/icons/community_icon.png')!;
    // tooling §7.1: the single-file placeholder is this icon's CID.
    expect(icon.cid).toBe('QmWgTp4fBkxyUhnMrx4UVVqQ2McTQKJzq8yq3J5tCzdtfx');
    expect(await store.pins()).toContain(expected);
  });

  // tooling §7.2: the community folder itself (not the -w wrapper) is what `meta.assets` references.
  it.each([
    ['aslah', 'aslah.json', 'QmXgvpsF5CzwFb7c1kobFQ3q4hutRFtKDMkYGDE3Bmmnu6'],
    ['decoded.berlin', 'decoded.berlin.json', 'QmVNg3BjzRgKaGida6jCbjFyjD4T7c8e7MCMJAUjgVx395'],
    ['decoded.buenosaires', 'decoded.buenosaires.json', 'QmTy1X1JmeipMzXknWSPrRyP8dRucxHkbAxh1X9VAMHrg7'],
    ['greenbaydollar', 'greenbaydollar.json', 'QmYJnuJCnsw2kgXQXF5Cq6k3ey5U6goRcKffraVXkeXrem'],
    ['nyota', 'nyota.json', 'Qmbbrr4dci7SyrAzjB7W8513wgZoPx57aezqmszfqZAAL8'],
    ['paynuq', 'paynuq.json', 'QmXNXao6sH1EhutHRKRveuU5hayuX6fiSpGbm8T14tdf4a'],
  ])('community folder %s matches meta.assets of %s', async (folder, spec, cid) => {
    expect(await specAssetsCid(spec)).toBe(cid);
    const result = await store.add(path.join(TEST_DATA, folder));
    expect(result.cid).toBe(cid);
    expect(result.entries.at(-1)).toMatchObject({ path: folder, type: 'directory', cid });
  });

  it('leu.* folders differ from their specs because upstream also held two .wav sounds not in test-data', async () => {
    expect(await specAssetsCid('leu.rococo.json')).toBe('QmbQCz9r2PfRRHmG5j6Wdz7fjFJkczALVvKhPkW48Jp4ji');
    const result = await store.add(path.join(TEST_DATA, 'leu.rococo'));
    expect(result.cid).not.toBe('QmbQCz9r2PfRRHmG5j6Wdz7fjFJkczALVvKhPkW48Jp4ji');
  });
});

describe('get / cat (tooling §7.2 path form <cid>/community_icon.svg)', () => {
  it('reads files back by path below a directory CID', async () => {
    const cid = 'QmXgvpsF5CzwFb7c1kobFQ3q4hutRFtKDMkYGDE3Bmmnu6';
    await store.add(path.join(TEST_DATA, 'aslah'));
    const expected = await readFile(path.join(TEST_DATA, 'aslah/community_icon.svg'));
    expect(Buffer.from(await store.cat(cid, 'community_icon.svg'))).toEqual(expected);
    expect(Buffer.from(await store.cat(`/ipfs/${cid}/community_icon.svg`))).toEqual(expected);
    const obj = await store.get(cid);
    expect(obj).toEqual({
      type: 'directory',
      cid,
      links: [
        {
          name: 'community_icon.svg',
          cid: 'QmfVyDj6hBukQ567MvrJvL82fG2Em8vHxPafoxEWoEZZVk',
          type: 'file',
          size: 3987,
        },
      ],
    });
  });

  it('walks nested paths and lists subdirectories', async () => {
    const { cid } = await store.add(path.join(TEST_DATA, 'assets'), { wrapWithDirectory: true });
    const icons = await store.get(cid, 'assets/icons');
    expect(icons.type === 'directory' && icons.links.map((l) => `${l.name}:${l.type}`)).toEqual([
      '2.0x:directory',
      '3.0x:directory',
      'community_icon.png:file',
      'test.png:file',
    ]);
    const big = await store.get(cid, '/assets/icons/3.0x/community_icon.png');
    expect(big.type === 'file' && big.size).toBe(10_916);
  });

  it('round-trips a multi-chunk file, CIDv1 input accepted', async () => {
    const data = new Uint8Array(600_000).map((_, i) => (i * 31) % 251);
    const { cid } = await store.add({ name: 'big.bin', content: data });
    expect(await store.cat(cid)).toEqual(data);
    const v1 = 'bafybeiczsscdsbs7ffqz55asqdf3smv6klcw3gofszvwlyarci47bgf354'; // the empty directory
    await store.add({ name: 'empty', entries: [] });
    expect(await store.get(v1)).toEqual({
      type: 'directory',
      cid: 'QmUNLLsPACCz1vLxQVkXqqLX5R1X345qqfHbsf67hvA3Nn',
      links: [],
    });
  });

  it('in-memory trees give the same CIDs as the files on disk', async () => {
    const svg = await readFile(path.join(TEST_DATA, 'nyota/community_icon.svg'));
    const r = await store.add({ name: 'nyota', entries: [{ name: 'community_icon.svg', content: svg }] });
    expect(r.cid).toBe('Qmbbrr4dci7SyrAzjB7W8513wgZoPx57aezqmszfqZAAL8');
  });

  it('throws typed errors for unknown CIDs, missing paths, directories and invalid CIDs', async () => {
    const absent = 'QmP2fzfikh7VqTu8pvzd2G2vAd4eK7EaazXTEgqGN6AWoD';
    await expect(store.get(absent)).rejects.toThrow(IpfsNotFoundError);
    await expect(store.cat('QmXgvpsF5CzwFb7c1kobFQ3q4hutRFtKDMkYGDE3Bmmnu6', 'nope.svg')).rejects.toThrow(
      IpfsNotFoundError,
    );
    await expect(store.cat('QmXgvpsF5CzwFb7c1kobFQ3q4hutRFtKDMkYGDE3Bmmnu6')).rejects.toThrow(
      IpfsIsDirectoryError,
    );
    await expect(store.cat('QmWgTp4fBkxyUhnMrx4UVVqQ2McTQKJzq8yq3J5tCzdtfx', 'x')).rejects.toThrow(
      IpfsNotFoundError,
    );
    await expect(store.get('not-a-cid')).rejects.toThrow(InvalidInputError);
  });
});

describe('adding from disk', () => {
  it('skips hidden files like `ipfs add -r` and rejects symbolic links', async () => {
    const dir = path.join(work, 'src-a', 'aslah');
    await mkdir(dir, { recursive: true });
    await writeFile(
      path.join(dir, 'community_icon.svg'),
      await readFile(path.join(TEST_DATA, 'aslah/community_icon.svg')),
    );
    await writeFile(path.join(dir, '.DS_Store'), 'junk');
    expect((await store.add(dir)).cid).toBe('QmXgvpsF5CzwFb7c1kobFQ3q4hutRFtKDMkYGDE3Bmmnu6');
    await symlink(path.join(dir, 'community_icon.svg'), path.join(dir, 'link.svg'));
    await expect(store.add(dir)).rejects.toThrow(IpfsUnsupportedError);
  });

  it('a single file: root is the file, or the wrapper with -w', async () => {
    const file = path.join(TEST_DATA, 'assets/icons/community_icon.png');
    const plain = await store.add(file, { pin: false });
    expect(plain).toEqual({
      cid: 'QmWgTp4fBkxyUhnMrx4UVVqQ2McTQKJzq8yq3J5tCzdtfx',
      entries: [
        {
          path: 'community_icon.png',
          cid: 'QmWgTp4fBkxyUhnMrx4UVVqQ2McTQKJzq8yq3J5tCzdtfx',
          type: 'file',
          size: 3487,
        },
      ],
    });
    const wrapped = await store.add(file, { wrapWithDirectory: true });
    expect(wrapped.entries.map((e) => e.path)).toEqual(['community_icon.png', '']);
    expect((await store.get(wrapped.cid, 'community_icon.png')).cid).toBe(plain.cid);
  });

  it('detects a corrupted block on read', async () => {
    const t = await tempDir();
    try {
      const s = await EmbeddedIpfsStore.open(t.dir);
      const { cid } = await s.add({ name: 'a.txt', content: 'hello world\n' });
      expect(cid).toBe('QmT78zSuBmuS4z925WZfrqQ1qHaJ56DQaTfyMUF7F8ff5o');
      await writeFile(path.join(t.dir, 'blocks', cid.slice(-3, -1), cid), 'tampered');
      await expect(s.cat(cid)).rejects.toThrow(IpfsCorruptBlockError);
    } finally {
      await t.cleanup();
    }
  });
});

describe('pins', () => {
  it('keeps every added root, survives reopening, refuses to pin what is not stored', async () => {
    const t = await tempDir();
    try {
      const s = await EmbeddedIpfsStore.open(t.dir);
      const [a, b] = await Promise.all([
        s.add({ name: 'a.txt', content: '' }),
        s.add({ name: 'b', entries: [] }),
      ]);
      await s.add({ name: 'c.txt', content: 'hello world' }, { pin: false });
      const reopened = await EmbeddedIpfsStore.open(t.dir);
      expect(await reopened.pins()).toEqual([a.cid, b.cid].sort());
      await reopened.pin('Qmf412jQZiuVUtdgnB36FXFX7xg5V6KEbSJ4dpQuhkLyfD');
      expect(await reopened.pins()).toContain('Qmf412jQZiuVUtdgnB36FXFX7xg5V6KEbSJ4dpQuhkLyfD');
      await expect(reopened.pin('QmP2fzfikh7VqTu8pvzd2G2vAd4eK7EaazXTEgqGN6AWoD')).rejects.toThrow(
        IpfsNotFoundError,
      );
    } finally {
      await t.cleanup();
    }
  });
});
