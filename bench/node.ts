/**
 * Node throughput against the physical limit (ARCHITECTURE §7): signature verification is the hot path, so the
 * node's applied-transfer rate is compared with the raw verification rate of the same worker pool on all cores.
 *
 * 1. Raw: signatures verified per second by the node's `VerifierPool` (one worker per core), sr25519 and ed25519,
 *    measured right before and right after that scheme's node run and averaged (other processes may share the cores;
 *    both figures are printed).
 * 2. Through the RPC: the real node process (`dist/cli/main.js node --tmp --instant-seal`, 127.0.0.1) receives
 *    pre-signed `Balances.transfer_keep_alive` from many distinct funded accounts (one transfer each) as batched
 *    `author_submitExtrinsic` requests over a few WebSocket connections; the clock stops when the destination's
 *    balance shows every transfer applied. Printed: applied transfers/s and its ratio to the raw rate.
 * 3. Block import latency: the node's chain core in-process (SQLite file, worker pool) building a block of 1, 100
 *    and 1 000 transfers whose signatures the pool verified at submission ("pooled"), and of the same number of
 *    transfers never seen before, verified in one parallel batch then applied ("cold").
 *
 * Below each ratio: the CPU time per applied transfer of the node (all its threads) and of this client, from /proc,
 * next to one verification's CPU time: on a machine whose cores are all busy, the ratio is about
 * verification / (node + client). Then how busy the node's main thread was and how much of the machine stayed idle
 * while the transfers were applied: idle cores mean the node's pipeline waited on itself.
 *
 * The last line is the smaller of the two ratios (target ≥ 0.7). Run: `npm run build && npm run bench:node`
 * (optionally `-- <sr25519 transfers> <ed25519 transfers>`).
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import WebSocket from 'ws';
import { Chain } from '../src/node/chain/chain.js';
import { ChainStore } from '../src/node/storage/chainStore.js';
import type { SignatureJob } from '../src/node/verify/signatureJob.js';
import { VerifierPool } from '../src/node/verify/verifierPool.js';
import { fromHex, toHex } from '../src/primitives/common/bytes.js';
import { devKeyPair } from '../src/primitives/common/devAccounts.js';
import { createEncointerRuntime } from '../src/runtime/encointerRuntime.js';
import { Account } from '../src/runtime/pallets/system/storage.js';
import { cpuSecondsOf, machineCpuSeconds, ownCpuSeconds, threadCpuSeconds } from './support/cpu.js';
import {
  type ChainParams,
  immortalAdditional,
  type Key,
  newKey,
  type Scheme,
  signTransfer as signTransferWith,
} from './support/transfers.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const CLI = path.join(repoRoot, 'dist/cli/main.js');
const CORES = availableParallelism();
const args = process.argv.slice(2).map(Number).filter(Number.isFinite);
/** The whole run gives up after this long. */
const DEADLINE_MS = 15 * 60_000;
const CONNECTIONS = 4;
const REQUESTS_PER_FRAME = 50;
const FRAMES_IN_FLIGHT = 4;
const FUNDERS = 24;
const UNIT = 10n ** 10n;
// Alice holds 2^60 (about 1.15e18): enough for about 11 000 accounts of 1e14 each through the funders.
const ENDOWMENT = 10n ** 14n;
/** The most transfers one run may ask for per scheme (each needs a funded account, and up to 200 more warm up). */
const MAX_TRANSFERS = 9000;
for (const n of args) {
  if (!Number.isInteger(n) || n < 1 || n > MAX_TRANSFERS) {
    console.error(`bench:node: transfer counts are whole numbers from 1 to ${MAX_TRANSFERS}, not ${n}`);
    process.exit(2);
  }
}

const started = Date.now();
const checkDeadline = () => {
  if (Date.now() - started > DEADLINE_MS)
    throw new Error(`bench:node exceeded ${DEADLINE_MS / 60_000} minutes`);
};
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const fmt = (n: number, digits = 0) => n.toLocaleString('en-US', { maximumFractionDigits: digits });
const pct = (share: number) => `${Math.round(share * 100)}%`;

// --- keys and signing --------------------------------------------------------------------------------------------

const alice: Key = { scheme: 'Sr25519', ...devKeyPair('//Alice') };
const bob = devKeyPair('//Bob').publicKey;

const callType = createEncointerRuntime('dev').runtime.callType;

/** A signed immortal transfer on the chain `p`. */
const signTransfer = (p: ChainParams, key: Key, dest: Uint8Array, value: bigint, nonce: number): Uint8Array =>
  signTransferWith(callType, immortalAdditional(p), key, dest, value, nonce);

// --- 1. raw verification rate --------------------------------------------------------------------------------------

const jobsFor = (scheme: Scheme, count: number): SignatureJob[] => {
  const keys = Array.from({ length: Math.min(count, 256) }, () => newKey(scheme));
  return Array.from({ length: count }, (_, i) => {
    const key = keys[i % keys.length]!;
    // About the size of a transfer's signing payload.
    const message = randomBytes(110);
    return { signature: { tag: scheme, value: key.sign(message) }, message, account: key.publicKey };
  });
};

const rawRate = async (
  pool: VerifierPool,
  scheme: Scheme,
  count: number,
): Promise<{ rate: number; cpuMicros: number }> => {
  await pool.verify(jobsFor(scheme, Math.max(CORES * 16, 64))); // warm-up
  const jobs = jobsFor(scheme, count);
  const t0 = performance.now();
  const cpu0 = ownCpuSeconds();
  const ok = await pool.verify(jobs);
  const seconds = (performance.now() - t0) / 1000;
  const cpuMicros = ((ownCpuSeconds() - cpu0) * 1e6) / count;
  if (!ok.every(Boolean)) throw new Error(`raw ${scheme}: a valid signature failed to verify`);
  return { rate: count / seconds, cpuMicros };
};

// --- the node process and a WebSocket client -------------------------------------------------------------------------

interface NodeProcess {
  readonly url: string;
  readonly pid: number;
  stop(): Promise<void>;
}

/** `BENCH_NODE_PROF=<dir>` writes a CPU profile of each node process there. */
const nodeFlags = (): string[] => {
  const dir = process.env.BENCH_NODE_PROF;
  return dir === undefined ? [] : ['--cpu-prof', `--cpu-prof-dir=${dir}`];
};

const startNode = async (): Promise<NodeProcess> => {
  if (!existsSync(CLI)) throw new Error(`${CLI} is missing: run \`npm run build\` first`);
  const child: ChildProcess = spawn(
    process.execPath,
    [...nodeFlags(), CLI, 'node', '--tmp', '--rpc-port', '0', '--instant-seal'],
    { cwd: repoRoot, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let out = '';
  let seen = '';
  const keep = (d: Buffer) => {
    if (process.env.BENCH_NODE_LOG !== undefined) process.stderr.write(d);
    // Keep only the start: the node logs a line per block.
    if (out.length < 20_000) out += d.toString();
  };
  child.stdout!.on('data', keep);
  child.stderr!.on('data', keep);
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`node did not start:\n${out}`)), 60_000);
    const check = (d: Buffer) => {
      seen += d.toString();
      const m = /RPC endpoint: (ws:\/\/127\.0\.0\.1:\d+)/.exec(seen);
      if (m !== null) {
        clearTimeout(timer);
        child.stdout!.off('data', check);
        resolve(m[1]!);
      }
    };
    child.stdout!.on('data', check);
    void exited.then(() => reject(new Error(`node exited before listening:\n${out}`)));
  });
  return {
    url,
    pid: child.pid!,
    stop: async () => {
      if (child.exitCode !== null) return;
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
      await exited;
      clearTimeout(timer);
    },
  };
};

// biome-ignore lint/suspicious/noExplicitAny: JSON-RPC frames
type Frame = any;

class Client {
  private nextId = 1;
  private readonly pending = new Map<number, (f: Frame) => void>();
  private readonly subscriptions = new Map<string, (result: Frame) => void>();
  /** Notifications that arrive before their subscription's reply is processed (same socket read). */
  private readonly early = new Map<string, Frame[]>();

  private constructor(private readonly socket: WebSocket) {
    socket.on('message', (data) => {
      const frame = JSON.parse(data.toString()) as Frame;
      for (const f of Array.isArray(frame) ? frame : [frame]) {
        if (f.id !== undefined) {
          const done = this.pending.get(f.id);
          this.pending.delete(f.id);
          done?.(f);
        } else if (f.params?.subscription !== undefined) {
          const id = String(f.params.subscription);
          const handler = this.subscriptions.get(id);
          if (handler !== undefined) handler(f.params.result);
          else this.early.set(id, [...(this.early.get(id) ?? []), f.params.result]);
        }
      }
    });
  }

  static connect(url: string): Promise<Client> {
    const socket = new WebSocket(url, { maxPayload: 256 * 1024 * 1024 });
    return new Promise((resolve, reject) => {
      socket.once('open', () => resolve(new Client(socket)));
      socket.once('error', reject);
    });
  }

  async call(method: string, params: unknown[] = []): Promise<Frame> {
    const [f] = await this.send([{ method, params }]);
    if (f.error !== undefined) throw new Error(`${method}: ${JSON.stringify(f.error)}`);
    return f.result;
  }

  /** Pre-serializes a batch frame: the ids it will be answered with, and the text. */
  frame(requests: readonly { method: string; params: unknown[] }[]): { ids: number[]; text: string } {
    const ids = requests.map(() => this.nextId++);
    const text = JSON.stringify(requests.map((r, i) => ({ jsonrpc: '2.0', id: ids[i], ...r })));
    return { ids, text };
  }

  /** Sends a pre-serialized frame; resolves with its answers. */
  sendFrame(f: { ids: number[]; text: string }): Promise<Frame[]> {
    const answers = f.ids.map((id) => new Promise<Frame>((resolve) => this.pending.set(id, resolve)));
    this.socket.send(f.text);
    return Promise.all(answers);
  }

  send(requests: readonly { method: string; params: unknown[] }[]): Promise<Frame[]> {
    return this.sendFrame(this.frame(requests));
  }

  async subscribe(method: string, params: unknown[], onResult: (r: Frame) => void): Promise<void> {
    const id = String(await this.call(method, params));
    this.subscriptions.set(id, onResult);
    for (const r of this.early.get(id) ?? []) onResult(r);
    this.early.delete(id);
  }

  close(): void {
    this.socket.close();
  }
}

const accountOf = async (c: Client, who: Uint8Array) => {
  const hex = (await c.call('state_getStorage', [Account.key(who)])) as string | null;
  return hex === null ? undefined : Account.value.dec(fromHex(hex));
};

/** Sends pre-serialized frames over the connections, a few in flight per connection; returns rejections. */
const pushFrames = async (
  clients: readonly Client[],
  frames: readonly { ids: number[]; text: string }[][],
): Promise<string[]> => {
  const errors: string[] = [];
  await Promise.all(
    clients.map(async (c, ci) => {
      const mine = frames[ci] ?? [];
      let next = 0;
      const lane = async () => {
        while (next < mine.length) {
          const f = mine[next++]!;
          for (const a of await c.sendFrame(f))
            if (a.error !== undefined) errors.push(JSON.stringify(a.error));
        }
      };
      await Promise.all(Array.from({ length: FRAMES_IN_FLIGHT }, lane));
    }),
  );
  return errors;
};

const refusedNone = (what: string, errors: readonly string[]): void => {
  if (errors.length > 0)
    throw new Error(`${what}: ${errors.length} transfers were refused, e.g. ${errors[0]}`);
};

/** Spreads extrinsics over the connections as batched author_submitExtrinsic frames. */
const framesFor = (clients: readonly Client[], xts: readonly Uint8Array[]) => {
  const perClient: { ids: number[]; text: string }[][] = clients.map(() => []);
  for (let i = 0, f = 0; i < xts.length; i += REQUESTS_PER_FRAME, f++) {
    const c = f % clients.length;
    const requests = xts
      .slice(i, i + REQUESTS_PER_FRAME)
      .map((x) => ({ method: 'author_submitExtrinsic', params: [toHex(x)] }));
    perClient[c]!.push(clients[c]!.frame(requests));
  }
  return perClient;
};

/** Waits until `who`'s free balance reaches `target` (a storage subscription: one notification per block). */
const untilFree = (c: Client, who: Uint8Array, target: bigint, timeoutMs: number): Promise<void> =>
  new Promise((resolve, reject) => {
    let done = false;
    const timer = setTimeout(() => {
      if (!done) reject(new Error(`timed out waiting for transfers to be applied (${timeoutMs} ms)`));
    }, timeoutMs);
    void c.subscribe('state_subscribeStorage', [[Account.key(who)]], (r: Frame) => {
      for (const [, value] of r.changes as [string, string | null][]) {
        if (value === null || done) continue;
        if (Account.value.dec(fromHex(value)).data.free >= target) {
          done = true;
          clearTimeout(timer);
          resolve();
        }
      }
    });
  });

/** Submits and waits until every transfer to `dest` (each of `value`) is applied; resolves with the seconds taken. */
const applyAll = async (
  clients: Client[],
  watcher: Client,
  xts: Uint8Array[],
  dest: Uint8Array,
  value: bigint,
  onStart: () => void = () => {},
): Promise<number> => {
  const frames = framesFor(clients, xts);
  const before = (await accountOf(watcher, dest))?.data.free ?? 0n;
  const applied = untilFree(watcher, dest, before + value * BigInt(xts.length), 300_000);
  onStart();
  const t0 = performance.now();
  refusedNone('measured', await pushFrames(clients, frames));
  await applied;
  return (performance.now() - t0) / 1000;
};

/** Funds `targets` from Alice through ed25519 funders (so funding costs few sr25519 verifications). */
const fund = async (clients: Client[], watcher: Client, p: ChainParams, targets: readonly Key[]) => {
  const funders = Array.from({ length: FUNDERS }, () => newKey('Ed25519'));
  const share = Math.ceil(targets.length / FUNDERS);
  const perFunder = ENDOWMENT * BigInt(share + 2);
  const aliceNonce = Number(await watcher.call('system_accountNextIndex', [toHex(alice.publicKey)]));
  const first = funders.map((f, i) => signTransfer(p, alice, f.publicKey, perFunder, aliceNonce + i));
  const last = funders[funders.length - 1]!.publicKey;
  refusedNone('funding', await pushFrames(clients, framesFor(clients, first)));
  await untilFree(watcher, last, perFunder, 120_000);
  const second = targets.map((t, i) =>
    signTransfer(p, funders[i % FUNDERS]!, t.publicKey, ENDOWMENT, Math.floor(i / FUNDERS)),
  );
  refusedNone('funding', await pushFrames(clients, framesFor(clients, second)));
  const lastTarget = targets[targets.length - 1]!.publicKey;
  await untilFree(watcher, lastTarget, ENDOWMENT, 300_000);
  // Every funder's nonce is final once the last target has its money and the pool is empty.
  for (;;) {
    checkDeadline();
    const pending = (await watcher.call('author_pendingExtrinsics')) as string[];
    if (pending.length === 0) break;
    await sleep(100);
  }
};

const throughput = async (node: NodeProcess, scheme: Scheme, count: number) => {
  const clients = await Promise.all(Array.from({ length: CONNECTIONS }, () => Client.connect(node.url)));
  const watcher = await Client.connect(node.url);
  const version = await watcher.call('state_getRuntimeVersion');
  const p: ChainParams = {
    genesis: fromHex((await watcher.call('chain_getBlockHash', [0])) as string),
    specVersion: version.specVersion,
    transactionVersion: version.transactionVersion,
  };
  const warmUp = Math.min(200, Math.ceil(count / 5));
  const senders = Array.from({ length: warmUp + count }, () => newKey(scheme));
  await fund(clients, watcher, p, senders);
  // Pre-signed before timing, one transfer from each distinct account.
  const xts = senders.map((k) => signTransfer(p, k, bob, UNIT, 0));
  await applyAll(clients, watcher, xts.slice(0, warmUp), bob, UNIT);
  let node0 = 0;
  let main0 = 0;
  let own0 = 0;
  let machine0 = { idle: 0, total: 0 };
  const seconds = await applyAll(clients, watcher, xts.slice(warmUp), bob, UNIT, () => {
    node0 = cpuSecondsOf(node.pid);
    main0 = threadCpuSeconds(node.pid, node.pid);
    own0 = ownCpuSeconds();
    machine0 = machineCpuSeconds();
  });
  const perTransfer = (cpuSeconds: number) => (cpuSeconds * 1e6) / count;
  const machine = machineCpuSeconds();
  const cpu = {
    node: perTransfer(cpuSecondsOf(node.pid) - node0),
    client: perTransfer(ownCpuSeconds() - own0),
    // Shares of the measured interval: the node's main thread busy, and the machine's cores idle.
    mainBusy: (threadCpuSeconds(node.pid, node.pid) - main0) / seconds,
    machineIdle: (machine.idle - machine0.idle) / (machine.total - machine0.total),
  };
  for (const c of [...clients, watcher]) c.close();
  return { rate: count / seconds, cpu };
};

// --- 3. block import latency -----------------------------------------------------------------------------------------

const importLatency = async (pool: VerifierPool, sizes: readonly number[]) => {
  const dir = mkdtempSync(path.join(tmpdir(), 'encointer-bench-'));
  const chain = Chain.open({
    runtime: createEncointerRuntime('dev'),
    store: ChainStore.open(path.join(dir, 'chain.sqlite')),
    signatureVerifier: pool,
  });
  try {
    const p: ChainParams = {
      genesis: chain.genesis.hash,
      specVersion: chain.runtimeVersion().spec_version,
      transactionVersion: chain.runtimeVersion().transaction_version,
    };
    const needed = sizes.reduce((a, b) => a + 2 * b, 0) + 64;
    const funders = Array.from({ length: FUNDERS }, () => newKey('Ed25519'));
    const share = Math.ceil(needed / FUNDERS);
    await Promise.all(
      funders.map((f, i) =>
        chain.submitAsync(signTransfer(p, alice, f.publicKey, ENDOWMENT * BigInt(share + 2), i)),
      ),
    );
    chain.newBlock();
    const senders = Array.from({ length: needed }, () => newKey('Ed25519'));
    for (let from = 0; from < needed; from += 2000) {
      const batch = senders.slice(from, from + 2000);
      await Promise.all(
        batch.map((s, j) => {
          const i = from + j;
          return chain.submitAsync(
            signTransfer(p, funders[i % FUNDERS]!, s.publicKey, ENDOWMENT, Math.floor(i / FUNDERS)),
          );
        }),
      );
      chain.newBlock();
    }
    let next = 0;
    const take = (n: number) => {
      const keys = senders.slice(next, next + n);
      next += n;
      return keys.map((k) => signTransfer(p, k, bob, UNIT, 0));
    };
    // Warm the block path once.
    await Promise.all(take(32).map((x) => chain.submitAsync(x)));
    chain.newBlock();
    const rows: string[] = [];
    for (const size of sizes) {
      const pooled = take(size);
      await Promise.all(pooled.map((x) => chain.submitAsync(x)));
      let t0 = performance.now();
      const a = chain.newBlock();
      const warm = performance.now() - t0;
      const cold = take(size);
      t0 = performance.now();
      await chain.preverify(cold);
      const b = chain.newBlock({ transactions: cold });
      const coldMs = performance.now() - t0;
      const counts = [chain.body(a).length - 1, chain.body(b).length - 1];
      if (counts[0] !== size || counts[1] !== size)
        throw new Error(`block import: expected ${size} transfers, got ${counts}`);
      rows.push(
        `block import, ${fmt(size).padStart(5)} transfers: ${warm.toFixed(1)} ms pooled (signatures verified at submission), ${coldMs.toFixed(1)} ms cold (verified in the import, in parallel)`,
      );
    }
    return rows;
  } finally {
    chain.close();
    rmSync(dir, { recursive: true, force: true });
  }
};

// --- main ------------------------------------------------------------------------------------------------------------

const RAW_JOBS: Record<Scheme, number> = {
  // A couple of seconds of verification each.
  Sr25519: Math.max(1000, CORES * 500),
  Ed25519: Math.max(20_000, CORES * 10_000),
};

const main = async () => {
  const pool = new VerifierPool();
  const [load] = loadavg();
  console.log(
    `bench:node on ${CORES} cores, ${pool.size} verification workers (load average before: ${load!.toFixed(1)})`,
  );
  const ratios: number[] = [];
  for (const scheme of ['Sr25519', 'Ed25519'] as const) {
    checkDeadline();
    // Raw rate measured right before and after the node run (other processes may share the machine).
    const first = await rawRate(pool, scheme, RAW_JOBS[scheme]);
    const before = first.rate;
    const count =
      args[scheme === 'Sr25519' ? 0 : 1] ??
      (scheme === 'Sr25519'
        ? Math.min(4000, Math.max(300, Math.round(before * 5)))
        : Math.min(8000, Math.max(1000, Math.round(before))));
    const node = await startNode();
    let rate: number;
    let cpu: { node: number; client: number; mainBusy: number; machineIdle: number };
    try {
      ({ rate, cpu } = await throughput(node, scheme, count));
    } finally {
      await node.stop();
    }
    const second = await rawRate(pool, scheme, RAW_JOBS[scheme]);
    const after = second.rate;
    const raw = (before + after) / 2;
    const verifyMicros = (first.cpuMicros + second.cpuMicros) / 2;
    const name = scheme.toLowerCase();
    console.log(
      `raw ${name} verifications/s (all cores): ${fmt(raw)} (before ${fmt(before)}, after ${fmt(after)})`,
    );
    const ratio = rate / raw;
    ratios.push(ratio);
    console.log(
      `applied ${name} transfers/s through RPC (${fmt(count)} transfers): ${fmt(rate)}; ratio to raw: ${ratio.toFixed(3)}`,
    );
    // What the ratio is made of: the CPU each applied transfer cost, against one verification's CPU.
    console.log(
      `  CPU per ${name} transfer: node ${fmt(cpu.node)} µs (all threads), this client ${fmt(cpu.client)} µs; one raw verification ${fmt(verifyMicros)} µs`,
    );
    // Whether the cores were kept busy: idle cores mean the node waited on itself (or on this client).
    console.log(
      `  while applying: node main thread busy ${pct(cpu.mainBusy)}, machine idle ${pct(cpu.machineIdle)} of ${CORES} cores`,
    );
  }

  checkDeadline();
  for (const row of await importLatency(pool, [1, 100, 1000])) console.log(row);
  await pool.close();
  console.log(`min ratio (applied/raw): ${Math.min(...ratios).toFixed(3)}`);
};

main().catch((e) => {
  console.error(e instanceof Error ? (e.stack ?? e.message) : String(e));
  process.exit(1);
});
