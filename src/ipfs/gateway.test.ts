import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EmbeddedIpfsStore } from './embeddedStore.js';
import { type RunningGateway, startGateway } from './gateway.js';
import { TEST_DATA, tempDir } from './testSupport.js';

const WRAPPED_ASSETS = 'QmaRYgDkmmsza2A1zyxy7H7fFE3bELPA535KvCHzEf2kee'; // test-locations-mediterranean.json
const ICON = 'QmWgTp4fBkxyUhnMrx4UVVqQ2McTQKJzq8yq3J5tCzdtfx'; // tooling §7.1
const ASLAH = 'QmXgvpsF5CzwFb7c1kobFQ3q4hutRFtKDMkYGDE3Bmmnu6'; // aslah.json

let gateway: RunningGateway;
let cleanup: () => Promise<void>;
let bizCid: string;

beforeAll(async () => {
  const t = await tempDir();
  cleanup = t.cleanup;
  const store = await EmbeddedIpfsStore.open(t.dir);
  await store.add(path.join(TEST_DATA, 'assets'), { wrapWithDirectory: true });
  await store.add(path.join(TEST_DATA, 'aslah'));
  bizCid = (
    await store.add({
      name: 'biz',
      entries: [{ name: 'KuecheEdison.json', content: '{"name":"Kueche Edison"}' }],
    })
  ).cid;
  gateway = await startGateway(store);
});
afterAll(async () => {
  await gateway.close();
  await cleanup();
});

describe('gateway over 127.0.0.1 (tooling §7.2)', () => {
  it('listens on 127.0.0.1 only', () => {
    expect(gateway.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
  });

  it('serves a file below a directory CID with its content type', async () => {
    const res = await fetch(`${gateway.url}/ipfs/${WRAPPED_ASSETS}/assets/icons/community_icon.png`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('image/png');
    expect(res.headers.get('etag')).toBe(`"${ICON}"`);
    expect(Buffer.from(await res.arrayBuffer())).toEqual(
      await readFile(path.join(TEST_DATA, 'assets/icons/community_icon.png')),
    );
  });

  it('serves an SVG community icon and sniffs the type of a bare file CID', async () => {
    const svg = await fetch(`${gateway.url}/ipfs/${ASLAH}/community_icon.svg`);
    expect(svg.headers.get('content-type')).toBe('image/svg+xml');
    const bare = await fetch(`${gateway.url}/ipfs/${ICON}`);
    expect(bare.headers.get('content-type')).toBe('image/png');
  });

  it('lists a directory as JSON by default and as HTML for browsers', async () => {
    const res = await fetch(`${gateway.url}/ipfs/${WRAPPED_ASSETS}/assets/icons`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/json');
    const body = (await res.json()) as {
      type: string;
      path: string;
      links: { name: string; type: string; cid: string }[];
    };
    expect(body.type).toBe('directory');
    expect(body.path).toBe('assets/icons');
    expect(body.links.map((l) => [l.name, l.type])).toEqual([
      ['2.0x', 'directory'],
      ['3.0x', 'directory'],
      ['community_icon.png', 'file'],
      ['test.png', 'file'],
    ]);
    expect(body.links[2]!.cid).toBe(ICON);
    const html = await fetch(`${gateway.url}/ipfs/${ASLAH}/`, { headers: { accept: 'text/html' } });
    expect(html.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(await html.text()).toContain(`href="/ipfs/${ASLAH}/community_icon.svg"`);
  });

  it('answers 404 with a JSON error for unknown CIDs and missing paths', async () => {
    const unknown = 'QmP2fzfikh7VqTu8pvzd2G2vAd4eK7EaazXTEgqGN6AWoD';
    const res = await fetch(`${gateway.url}/ipfs/${unknown}`);
    expect(res.status).toBe(404);
    expect(res.headers.get('content-type')).toBe('application/json');
    expect(await res.json()).toMatchObject({ error: 'IpfsNotFound', cid: unknown, path: '' });
    const missing = await fetch(`${gateway.url}/ipfs/${ASLAH}/nope.svg`);
    expect(missing.status).toBe(404);
    expect(await missing.json()).toMatchObject({ error: 'IpfsNotFound', path: 'nope.svg' });
    expect((await fetch(`${gateway.url}/other`)).status).toBe(404);
  });

  it('rejects malformed CIDs (400) and non-GET methods (405)', async () => {
    const bad = await fetch(`${gateway.url}/ipfs/QmNotACid`);
    expect(bad.status).toBe(400);
    expect(await bad.json()).toMatchObject({ error: 'InvalidInput' });
    const post = await fetch(`${gateway.url}/ipfs/${ICON}`, { method: 'POST' });
    expect(post.status).toBe(405);
  });

  it('HEAD, conditional GET, percent-encoded names and CIDv1', async () => {
    const head = await fetch(`${gateway.url}/ipfs/${ICON}`, { method: 'HEAD' });
    expect(head.status).toBe(200);
    expect(head.headers.get('content-length')).toBe('3476');
    const cached = await fetch(`${gateway.url}/ipfs/${ICON}`, { headers: { 'if-none-match': `"${ICON}"` } });
    expect(cached.status).toBe(304);
    const biz = await fetch(`${gateway.url}/ipfs/${ASLAH}/community%5Ficon.svg`);
    expect(biz.status).toBe(200);
    const v1 = 'bafybeiczsscdsbs7ffqz55asqdf3smv6klcw3gofszvwlyarci47bgf354'; // empty dir, not stored
    expect((await fetch(`${gateway.url}/ipfs/${v1}`)).status).toBe(404);
  });

  it('serves bazaar JSON as application/json, and /health', async () => {
    const res = await fetch(`${gateway.url}/ipfs/${bizCid}/KuecheEdison.json`);
    expect(res.headers.get('content-type')).toBe('application/json');
    expect(await res.json()).toEqual({ name: 'Kueche Edison' });
    const health = (await (await fetch(`${gateway.url}/health`)).json()) as { ok: boolean; store: string };
    expect(health).toEqual({ ok: true, store: 'embedded' });
  });
});
