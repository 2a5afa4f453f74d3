// spec: tooling §1.7.7 (`bazaar`), §1.7.11 (`ipfs upload`), §1.8 (flat names), §6.4 (documents), §7 (IPFS)
/**
 * Bazaar and IPFS commands against the real node: business and offering descriptions go to the embedded IPFS
 * store in a temporary directory, their CIDs on chain; lists read them back through the runtime API, storage and
 * IPFS. The IPFS commands are checked on their own (add/cat/get, the gateway as a process, the authenticated
 * upload against a stand-in gateway that verifies the sr25519 signature).
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { cryptoWaitReady, signatureVerify } from '@polkadot/util-crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkBazaarDocument } from '../../src/cli/commands/bazaar.js';
import type { CliIo } from '../../src/cli/io.js';
import { EXIT_BAD_INPUT, EXIT_FAILED, runCli } from '../../src/cli/run.js';
import { connect, newCommunity, parseCommunitySpec, resolveSigner } from '../../src/client/index.js';
import { type NodeProcess, startNodeProcess } from '../node/support/nodeProcess.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const bazaarData = path.resolve(repoRoot, '../shared/test-data/encointer-node/bazaar');
const jsonFilesBelow = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory()
      ? jsonFilesBelow(path.join(dir, e.name))
      : e.name.endsWith('.json')
        ? [path.join(dir, e.name)]
        : [],
  );

describe('bazaar description documents (tooling §6.4)', () => {
  const files = jsonFilesBelow(bazaarData);
  it('finds the checked-in documents', () => expect(files.length).toBeGreaterThanOrEqual(10));

  it.each(files.map((f) => [path.relative(bazaarData, f), f]))('%s is a valid document', (_name, file) => {
    const kind = file.includes(`${path.sep}products${path.sep}`) ? 'offering' : 'business';
    expect(() => checkBazaarDocument(kind, JSON.parse(readFileSync(file, 'utf8')), file)).not.toThrow();
  });

  it.each([
    ['business', { description: 'no name' }, /name/],
    ['business', { name: 'No description' }, /description/],
    ['business', { name: 'x', description: 'y', telephone: 12 }, /telephone/],
    ['offering', { price: 3 }, /needs a "name".*or an "itemOffered"/],
    ['offering', { name: 'Bier', price: [] }, /price/],
  ] as const)('refuses a %s document %j', (kind, doc, message) => {
    expect(() => checkBazaarDocument(kind, doc, 'doc.json')).toThrow(message);
  });
});

describe('bazaar and ipfs commands against the real node (tooling §1.7.7, §1.7.11)', () => {
  let node: NodeProcess;
  let port: string;
  let dir: string;
  let ipfsDir: string;
  let cid: string;

  const cli = async (argv: string[]) => {
    const out: string[] = [];
    const err: string[] = [];
    const io: CliIo = { out: (t) => out.push(t), err: (t) => err.push(t) };
    const code = await runCli([...argv, '-u', 'ws://127.0.0.1', '-p', port], io);
    return { code, out, err, text: out.join('\n'), json: () => JSON.parse(out.join('\n')) };
  };
  const ok = async (argv: string[]) => {
    const r = await cli(argv);
    expect(r.err.filter((l) => /error/i.test(l))).toEqual([]);
    expect(r.code).toBe(0);
    return r;
  };
  const file = async (name: string, content: unknown) => {
    const f = path.join(dir, name);
    await writeFile(f, typeof content === 'string' ? content : `${JSON.stringify(content, null, 2)}\n`);
    return f;
  };

  beforeAll(async () => {
    node = await startNodeProcess(['--tmp', '--instant-seal']);
    port = new URL(node.url).port;
    dir = await mkdtemp(path.join(tmpdir(), 'encointer-bazaar-'));
    ipfsDir = path.join(dir, 'ipfs');
    const conn = await connect(node.url);
    try {
      const spec = parseCommunitySpec({
        type: 'FeatureCollection',
        features: [{ type: 'Feature', geometry: { type: 'Point', coordinates: [8.515, 47.39] } }],
        community: {
          meta: {
            name: 'Bazaaria',
            symbol: 'BZR',
            assets: 'QmW6WLLhUPsosBcKebejveknjrSQjZjq5eYFVBRaAZAs9N',
            rules: 'loCo',
          },
          bootstrappers: ['//Alice', '//Bob', '//Charlie'],
        },
      });
      cid = (await newCommunity(conn, { spec, signer: await resolveSigner('//Alice') })).cidString;
    } finally {
      conn.disconnect();
    }
  }, 30_000);

  afterAll(async () => {
    expect(await node?.stop()).toBe(0);
    if (dir !== undefined) await rm(dir, { recursive: true, force: true });
  });

  it('creates businesses and offerings with their descriptions on IPFS, and lists them', async () => {
    const ipfs = ['--ipfs-dir', ipfsDir];
    const bizFile = await file('alice-biz.json', {
      name: 'Alice Bakery',
      description: 'bread and cake',
      category: 'food',
      openingHours: 'Mon-Sat 7h-13h',
    });
    const created = await ok([
      'bazaar',
      'business',
      'create',
      '//Alice',
      '--description',
      bizFile,
      ...ipfs,
      '--cid',
      cid,
      '--json',
    ]);
    const aliceUrl = created.json().url as string;
    // The same file added on its own has the same CID (content addressing, Kubo-identical).
    expect((await ok(['ipfs', 'add', bizFile, ...ipfs])).out).toEqual([aliceUrl]);
    expect(created.err).toEqual([
      `business description ${bizFile} → ${aliceUrl} (embedded IPFS store ${ipfsDir})`,
    ]);

    // A real test-data document, uploaded first and then referenced by CID (`--ipfs-cid`, the upstream way).
    const edison = path.join(bazaarData, 'EdisonPaula/businesses/kuecheedison/KuecheEdison.json');
    const edisonCid = (await ok(['ipfs', 'add', edison, ...ipfs])).out[0]!;
    const bob = await ok(['create-business', '//Bob', '--ipfs-cid', edisonCid, '--cid', cid]);
    expect(bob.out[0]).toMatch(/^create_business for 5\w+\. xt-status: 'InBlock'/);

    const bad = await cli([
      'bazaar',
      'business',
      'create',
      '//Charlie',
      '--description',
      await file('bad.json', { name: 'x' }),
      ...ipfs,
      '--cid',
      cid,
    ]);
    expect(bad.code).toBe(EXIT_BAD_INPUT);
    expect(bad.err.join('\n')).toMatch(/bad\.json: description: not a business description/);
    const twice = await cli([
      'bazaar',
      'business',
      'create',
      '//Alice',
      '--ipfs-cid',
      edisonCid,
      '--cid',
      cid,
    ]);
    expect(twice.code).toBe(EXIT_FAILED);
    expect(twice.err.join('\n')).toMatch(/EncointerBazaar\.ExistingBusiness/);

    const product = await file('bread.json', {
      name: 'Bread',
      description: 'sourdough',
      price: 4,
      community: cid,
    });
    const first = await ok([
      'bazaar',
      'offering',
      'create',
      '//Alice',
      '--description',
      product,
      ...ipfs,
      '--cid',
      cid,
      '--json',
    ]);
    expect(first.json()).toMatchObject({ oid: 1, cid });
    const offer = await file('offer.json', { itemOffered: first.json().url, price: '3.5' });
    const second = await ok(['create-offering', '//Alice', '--description', offer, ...ipfs, '--cid', cid]);
    expect(second.out[0]).toMatch(/^create_offering for 5\w+: offering #2\. xt-status: 'InBlock'/);
    const kaffee = path.join(bazaarData, 'EdisonPaula/businesses/kuecheedison/products/EdisonKaffee.json');
    await ok(['bazaar', 'offering', 'create', '//Bob', '--description', kaffee, ...ipfs, '--cid', cid]);

    const businesses = (
      await ok(['bazaar', 'business', 'list', '--descriptions', ...ipfs, '--cid', cid, '--json'])
    ).json();
    expect(businesses).toHaveLength(2);
    const alice = businesses.find((b: { url: string }) => b.url === aliceUrl);
    expect(alice).toMatchObject({
      lastOid: 3,
      description: { name: 'Alice Bakery', openingHours: 'Mon-Sat 7h-13h' },
    });
    expect(businesses.find((b: { url: string }) => b.url === edisonCid).description.name).toBe(
      'Kueche Edison',
    );
    // The substring CI counts (tooling §1.9), through the old flat name too.
    const listed = await ok(['list-businesses', '--cid', cid]);
    expect(listed.text.match(/BusinessData/g)).toHaveLength(2);
    expect((await ok(['list-offerings', '--cid', cid])).text.match(/OfferingData/g)).toHaveLength(3);

    const mine = (
      await ok([
        'bazaar',
        'business',
        'offerings',
        '//Alice',
        '--descriptions',
        ...ipfs,
        '--cid',
        cid,
        '--json',
      ])
    ).json();
    expect(mine.map((o: { oid: number; description: unknown }) => [o.oid, o.description])).toEqual([
      [1, { name: 'Bread', description: 'sourdough', price: 4, community: cid }],
      [2, { itemOffered: first.json().url, price: '3.5' }],
    ]);
    const text = await ok([
      'bazaar',
      'business',
      'offerings',
      '//Alice',
      '--descriptions',
      ...ipfs,
      '--cid',
      cid,
    ]);
    expect(text.out[0]).toMatch(
      new RegExp(`^5\\w+ #1: OfferingData \\{ url: "${first.json().url}" \\} "Bread"$`),
    );
  });

  it('updates and deletes offerings and businesses', async () => {
    const ipfs = ['--ipfs-dir', ipfsDir];
    const cake = await file('cake.json', { name: 'Cake', price: 6 });
    await ok(['bazaar', 'offering', 'update', '//Alice', '2', '--description', cake, ...ipfs, '--cid', cid]);
    await ok(['bazaar', 'offering', 'delete', '//Alice', '1', '--cid', cid]);
    const gone = await cli(['bazaar', 'offering', 'delete', '//Alice', '1', '--cid', cid]);
    expect(gone.code).toBe(EXIT_FAILED);
    expect(gone.err.join('\n')).toMatch(/NonexistentOffering/);
    const alice = (
      await ok([
        'bazaar',
        'business',
        'offerings',
        '//Alice',
        '--descriptions',
        ...ipfs,
        '--cid',
        cid,
        '--json',
      ])
    ).json();
    expect(
      alice.map((o: { oid: number; description: { name: string } }) => [o.oid, o.description.name]),
    ).toEqual([[2, 'Cake']]);

    const renamed = await file('edison2.json', { name: 'Kueche Edison 2', description: 'neu' });
    await ok(['update-business', '//Bob', '--description', renamed, ...ipfs, '--cid', cid]);
    const bobs = (
      await ok(['bazaar', 'business', 'list', '--descriptions', ...ipfs, '--cid', cid, '--json'])
    ).json();
    expect(bobs.map((b: { description: { name: string } }) => b.description.name).sort()).toEqual([
      'Alice Bakery',
      'Kueche Edison 2',
    ]);
    await ok(['bazaar', 'business', 'delete', '//Bob', '--cid', cid]);
    expect((await ok(['bazaar', 'business', 'list', '--cid', cid, '--json'])).json()).toHaveLength(1);
    // Deleting the business removed its offerings too (economy §4.3).
    expect((await ok(['bazaar', 'offering', 'list', '--cid', cid, '--json'])).json()).toHaveLength(1);
    const none = await cli(['bazaar', 'business', 'create', '//Alice', '--cid', cid]);
    expect(none.code).toBe(EXIT_BAD_INPUT);
    expect(none.err.join('\n')).toMatch(/--description <file.json>/);
  });

  it('ipfs add, cat and get round-trip a folder', async () => {
    const ipfs = ['--ipfs-dir', ipfsDir];
    const folder = path.join(dir, 'assets');
    await mkdir(path.join(folder, 'icons'), { recursive: true });
    await writeFile(path.join(folder, 'readme.txt'), 'hello bazaar\n');
    await writeFile(path.join(folder, 'icons', 'a.bin'), Uint8Array.of(0, 159, 255, 1));
    const added = (await ok(['ipfs', 'add', folder, ...ipfs, '--json'])).json();
    expect(added.cid).toMatch(/^Qm/);
    expect(added.entries.map((e: { path: string }) => e.path)).toContain('assets/icons/a.bin');
    expect((await ok(['ipfs', 'cat', `${added.cid}/readme.txt`, ...ipfs])).out).toEqual(['hello bazaar']);
    const binary = await cli(['ipfs', 'cat', `${added.cid}/icons/a.bin`, ...ipfs]);
    expect(binary.code).toBe(EXIT_BAD_INPUT);
    const out = path.join(dir, 'copy');
    const got = await ok(['ipfs', 'get', added.cid, '-o', out, ...ipfs, '--json']);
    expect(got.json()).toMatchObject({ type: 'directory', files: 2, output: out });
    expect(await readFile(path.join(out, 'icons', 'a.bin'))).toEqual(Buffer.from([0, 159, 255, 1]));
    const missing = await cli(['ipfs', 'cat', 'QmW6WLLhUPsosBcKebejveknjrSQjZjq5eYFVBRaAZAs9N', ...ipfs]);
    expect(missing.code).not.toBe(0);
  });

  it('ipfs gateway serves the store until stopped', async () => {
    const readme = (await ok(['ipfs', 'add', path.join(dir, 'assets'), '--ipfs-dir', ipfsDir])).out[0]!;
    const child: ChildProcess = spawn(
      process.execPath,
      [path.join(repoRoot, 'dist/cli/main.js'), 'ipfs', 'gateway', '--http-port', '0', '--ipfs-dir', ipfsDir],
      { stdio: ['ignore', 'pipe', 'pipe'] },
    );
    let out = '';
    child.stderr!.on('data', (d: Buffer) => {
      out += d.toString();
    });
    const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
    const url = await new Promise<string>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no gateway line: ${out}`)), 15_000);
      child.stdout!.on('data', (d: Buffer) => {
        out += d.toString();
        const m = /IPFS gateway: (http:\/\/127\.0\.0\.1:\d+)/.exec(out);
        if (m !== null) {
          clearTimeout(timer);
          resolve(m[1]!);
        }
      });
    });
    const res = await fetch(`${url}/ipfs/${readme}/readme.txt`);
    expect(res.status).toBe(200);
    expect(await res.text()).toBe('hello bazaar\n');
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
    expect(out).toMatch(/SIGTERM: stopping the gateway/);
  });

  it('ipfs upload authenticates with an sr25519 signature (the encointer/ipfs-gateway protocol)', async () => {
    await cryptoWaitReady();
    const holder = (await resolveSigner('//Alice')).address;
    const uploads: string[] = [];
    const server: Server = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', async () => {
        const body = Buffer.concat(chunks);
        const send = (status: number, value: unknown) => {
          res.writeHead(status, { 'content-type': 'application/json' });
          res.end(JSON.stringify(value));
        };
        if (req.url === '/auth/challenge') {
          const { address, communityId } = JSON.parse(body.toString());
          return send(200, { nonce: 'n1', timestamp: 7, message: `login ${address} ${communityId}` });
        }
        if (req.url === '/auth/verify') {
          const v = JSON.parse(body.toString());
          const valid = signatureVerify(
            `login ${v.address} ${v.communityId}`,
            v.signature,
            v.address,
          ).isValid;
          if (!valid || v.nonce !== 'n1' || v.communityId !== cid) return send(401, {});
          return v.address === holder ? send(200, { token: 'jwt', expires_at: 1 }) : send(403, {});
        }
        if (req.url === '/ipfs/add' && req.headers.authorization === 'Bearer jwt') {
          const form = await new Request('http://x', {
            method: 'POST',
            headers: { 'content-type': req.headers['content-type']! },
            body,
          }).formData();
          const f = form.get('file') as File;
          uploads.push(`${f.name}:${await f.text()}`);
          return send(200, { Hash: 'QmUploadedUploadedUploadedUploadedUploadedUp', Name: f.name, Size: '5' });
        }
        send(404, {});
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const gateway = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    try {
      const note = await file('note.txt', 'hello');
      const up = await ok(['ipfs', 'upload', note, '-s', '//Alice', '--gateway', gateway, '--cid', cid]);
      expect(up.out).toEqual(['QmUploadedUploadedUploadedUploadedUploadedUp']);
      expect(uploads).toEqual(['note.txt:hello']);
      const flat = await ok([
        'ipfs-upload',
        note,
        '-s',
        '//Alice',
        '--gateway',
        gateway,
        '--cid',
        cid,
        '--json',
      ]);
      expect(flat.json()).toMatchObject({ name: 'note.txt' });
      const refused = await cli(['ipfs', 'upload', note, '-s', '//Zoe', '--gateway', gateway, '--cid', cid]);
      expect(refused.code).not.toBe(0);
      expect(refused.err.join('\n')).toMatch(
        /refused the account \(403\): it must hold the community's currency/,
      );
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
  });
});
