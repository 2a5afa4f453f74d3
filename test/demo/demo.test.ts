/**
 * `encointer demo` (what `npm start` runs), end to end through the built CLI: one process with the node, faucet,
 * phase controller, IPFS gateway and a bot community on 127.0.0.1. Needs `npm run build` (done by `npm test`
 * before vitest).
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { rpcHttp, startNodeProcess } from '../node/support/nodeProcess.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const cli = path.join(repoRoot, 'dist/cli/main.js');
/** One demo run: start-up, bot init and one ceremony take a few seconds; the bound leaves room for a slow CI. */
const RUN_MS = 45_000;

const freePort = (): Promise<number> =>
  new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });

interface Ports {
  rpc: number;
  faucet: number;
  gateway: number;
}

const freePorts = async (): Promise<Ports> => ({
  rpc: await freePort(),
  faucet: await freePort(),
  gateway: await freePort(),
});

interface DemoProcess {
  readonly child: ChildProcess;
  readonly output: () => string;
  /** Resolves with the exit code (null when killed by a signal). */
  readonly exited: Promise<number | null>;
  /** Resolves once the output matches `pattern`; rejects on exit or after `timeoutMs`. */
  waitFor(pattern: RegExp, timeoutMs: number): Promise<RegExpExecArray>;
}

const running = new Set<ChildProcess>();

/** Spawns `node dist/cli/main.js demo <args> --rpc-port … --faucet-port … --gateway-port …`. */
const startDemo = (args: readonly string[], ports: Ports): DemoProcess => {
  if (!existsSync(cli)) throw new Error(`${cli} is missing: run \`npm run build\` first`);
  // A pinning service in the environment must not matter: the demo's gateway serves its embedded store.
  const env = {
    ...process.env,
    IPFS_ADD_URL: 'http://127.0.0.1:9/api/v0/add',
    IPFS_API_KEY: 'user:password',
  };
  const child = spawn(
    process.execPath,
    [
      cli,
      'demo',
      ...args,
      '--rpc-port',
      String(ports.rpc),
      '--faucet-port',
      String(ports.faucet),
      '--gateway-port',
      String(ports.gateway),
    ],
    { cwd: repoRoot, env, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  running.add(child);
  let out = '';
  const listeners = new Set<() => void>();
  const onData = (d: Buffer) => {
    out += d.toString();
    for (const l of listeners) l();
  };
  child.stdout!.on('data', onData);
  child.stderr!.on('data', onData);
  const exited = new Promise<number | null>((resolve) =>
    child.once('exit', (code) => {
      running.delete(child);
      resolve(code);
    }),
  );
  return {
    child,
    output: () => out,
    exited,
    waitFor: (pattern, timeoutMs) =>
      new Promise((resolve, reject) => {
        const done = () => {
          clearTimeout(timer);
          listeners.delete(check);
        };
        const check = () => {
          const m = pattern.exec(out);
          if (m !== null) {
            done();
            resolve(m);
          }
        };
        const timer = setTimeout(() => {
          done();
          reject(new Error(`no ${pattern} within ${timeoutMs} ms:\n${out}`));
        }, timeoutMs);
        listeners.add(check);
        void exited.then((code) => {
          if (!listeners.has(check)) return;
          done();
          reject(new Error(`the demo exited with ${code} before printing ${pattern}:\n${out}`));
        });
        check();
      }),
  };
};

/** Runs the demo with --exit-when-done and returns its exit code and output. */
const runToEnd = async (
  args: readonly string[],
  ports: Ports,
): Promise<{ code: number | null; out: string }> => {
  const demo = startDemo([...args, '--exit-when-done'], ports);
  const timer = setTimeout(() => demo.child.kill('SIGKILL'), RUN_MS);
  const code = await demo.exited;
  clearTimeout(timer);
  return { code, out: demo.output() };
};

/** A table row: cindex, population, supply (CC, 4 decimals), meetups, seconds. */
const rowOf = (out: string, cindex: number): RegExpExecArray | null =>
  new RegExp(`^\\s+${cindex}\\s+(\\d+)\\s+(\\d+\\.\\d{4})\\s+(\\d+)\\s+\\d+\\.\\d$`, 'm').exec(out);

const communityOf = (out: string): string | undefined =>
  /^bot\s+(?:new|resuming) community \S+ \(\S+\) (\w+):/m.exec(out)?.[1];

const bases: string[] = [];
const newBase = (): string => {
  const dir = mkdtempSync(path.join(tmpdir(), 'encointer-demo-test-'));
  bases.push(dir);
  return dir;
};

afterAll(() => {
  for (const child of running) child.kill('SIGKILL');
  for (const dir of bases) rmSync(dir, { recursive: true, force: true });
});

describe('encointer demo (npm start): node, faucet, IPFS gateway and a growing bot community', () => {
  it(
    'grows one ceremony on a throwaway base path, prints its row and the endpoints, and exits 0',
    async () => {
      const ports = await freePorts();
      const { code, out } = await runToEnd(['--tmp', '--ceremonies', '1'], ports);
      expect(code, out).toBe(0);
      expect(out).toMatch(/^cindex\s+population\s+supply \(CC\)\s+meetups\s+seconds$/m);
      // The first ceremony of a fresh community: the 10 bootstrappers, no income yet, one meetup of 10.
      const row = rowOf(out, 1);
      expect(row, out).not.toBeNull();
      expect(row!.slice(1, 4)).toEqual(['10', '0.0000', '1']);
      // The phase controller, not the bot, moved Registering → Assigning → Attesting, then stopped.
      expect(out).toMatch(/^phases\s+moved by the phase controller after 5 idle blocks of 300 ms/m);
      const changes = /^ {2}phases {8}(\d+) change\(s\) by the phase controller, now stopped/m.exec(out);
      expect(changes, out).not.toBeNull();
      expect(Number(changes![1])).toBeGreaterThanOrEqual(2);
      expect(out).toContain(`RPC endpoint  ws://127.0.0.1:${ports.rpc}`);
      expect(out).toContain(`faucet        http://127.0.0.1:${ports.faucet}/api`);
      expect(out).toMatch(
        new RegExp(`IPFS gateway  http://127\\.0\\.0\\.1:${ports.gateway}/ipfs/Qm\\w{44}/`),
      );
      const cid = communityOf(out);
      expect(cid).toBeDefined();
      expect(out).toContain(`-p ${ports.rpc} ceremony list-meetups --cid ${cid}`);
      // --tmp: the base path is gone afterwards.
      const base = /database (\S+)[/\\]node[/\\]chain\.sqlite \(temporary\)/.exec(out)?.[1];
      expect(base).toBeDefined();
      expect(existsSync(base!)).toBe(false);
    },
    RUN_MS + 10_000,
  );

  it(
    'resumes on the same base path: the chain continues, the community is reused and grows further',
    async () => {
      const base = newBase();
      const first = await runToEnd(['--base-path', base, '--ceremonies', '1'], await freePorts());
      expect(first.code, first.out).toBe(0);
      expect(first.out).toMatch(/^node\s+ws:\S+\s+new dev chain/m);
      expect(rowOf(first.out, 1), first.out).not.toBeNull();
      const cid = communityOf(first.out);

      const second = await runToEnd(['--base-path', base, '--ceremonies', '1'], await freePorts());
      expect(second.code, second.out).toBe(0);
      expect(second.out).toMatch(/^node\s+ws:\S+\s+resumed at block #[1-9]\d*/m);
      expect(second.out).toMatch(/^bot\s+resuming community/m);
      expect(communityOf(second.out)).toBe(cid);
      // Ceremony 2: the bootstrappers claimed their reward of 1 CC each for ceremony 1 (demurrage is too small
      // to show in 4 decimals over a few blocks).
      const row = rowOf(second.out, 2);
      expect(row, second.out).not.toBeNull();
      expect(row!.slice(1, 3)).toEqual(['10', '10.0000']);
      expect(rowOf(second.out, 1)).toBeNull();
    },
    2 * RUN_MS + 10_000,
  );

  it(
    'keeps running for exploring, stops on SIGINT with exit 0, and leaves a database the node restarts on',
    async () => {
      const base = newBase();
      const ports = await freePorts();
      const demo = startDemo(['--base-path', base, '--ceremonies', '1'], ports);
      try {
        await demo.waitFor(/^Running until Ctrl-C\.$/m, RUN_MS);
        const out = demo.output();
        // The services answer while the demo waits.
        expect(await rpcHttp(`http://127.0.0.1:${ports.rpc}`, 'system_chain')).toBe('Encointer Dev');
        const health = await fetch(`http://127.0.0.1:${ports.faucet}/health`);
        expect(health.status).toBe(200);
        const assets = /IPFS gateway {2}\S+\/ipfs\/(Qm\w{44})\//.exec(out)![1];
        const icon = await fetch(`http://127.0.0.1:${ports.gateway}/ipfs/${assets}/community_icon.svg`);
        expect(icon.status).toBe(200);
        expect(await icon.text()).toContain('<svg');
        const best = (await rpcHttp(`http://127.0.0.1:${ports.rpc}`, 'chain_getHeader')) as {
          number: string;
        };

        const sent = Date.now();
        demo.child.kill('SIGINT');
        const code = await Promise.race([
          demo.exited,
          new Promise<'timeout'>((resolve) => setTimeout(() => resolve('timeout'), 10_000)),
        ]);
        expect(code, demo.output()).toBe(0);
        expect(Date.now() - sent).toBeLessThan(10_000);
        expect(demo.output()).toMatch(/SIGINT: stopping\nstopped\n?$/);

        // The node closed its database cleanly: a new node on it starts at the same best block.
        const node = await startNodeProcess(['--base-path', path.join(base, 'node'), '--instant-seal']);
        try {
          const header = (await rpcHttp(node.httpUrl, 'chain_getHeader')) as { number: string };
          expect(Number(header.number)).toBe(Number(best.number));
        } finally {
          expect(await node.stop()).toBe(0);
        }
      } finally {
        demo.child.kill('SIGKILL');
      }
    },
    RUN_MS + 40_000,
  );
});
