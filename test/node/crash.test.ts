// spec: ARCHITECTURE §5 (a block is durable when its transaction commits; a crash never leaves a half-written block;
// restart resumes from the last durable block), substrate-compat §9 (watchers hear inBlock/finalized after the
// commit), §6.6 (the state commitment is the same after a restart)
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { type DevKey, devKey, transferCall } from '../../src/node/testSupport.js';
import { toHex } from '../../src/primitives/common/bytes.js';
import { type NodeProcess, rpcHttp, startNodeProcess } from './support/nodeProcess.js';
import { RawClient } from './support/rawClient.js';
import { RemoteSigner } from './support/signer.js';

interface HeaderJson {
  parentHash: string;
  number: string;
  stateRoot: string;
}

// biome-ignore lint/suspicious/noExplicitAny: JSON-RPC frames
type Frame = any;

/** Transfers the bots send before the kill, at most, and how long they may take. */
const MAX_PER_BOT = 400;
const RUN_LIMIT_MS = 30_000;
const IN_FLIGHT = 8;
const dest = devKey('//Alice').publicKey;

/**
 * A client that keeps submitting transfers with `author_submitAndWatchExtrinsic` (a few in flight, consecutive
 * nonces) and records, per transaction, the block hash its watcher reported (inBlock or finalized).
 */
class Bot {
  /** Extrinsic hex → the block hash the node said it is in. */
  readonly included = new Map<string, string>();
  submitted = 0;
  /** Whether `run` ended because the node went away (not because of a limit). */
  cutOff = false;
  private readonly bySubscription = new Map<string, string>();
  private readonly early = new Map<string, string>();
  private readonly pending = new Map<number, (f: Frame) => void>();
  private nextId = 1;
  private closed = false;
  private wake: (() => void) | undefined;

  private constructor(
    private readonly socket: WebSocket,
    private readonly key: DevKey,
    private readonly signer: RemoteSigner,
  ) {
    socket.on('message', (data) => {
      const f = JSON.parse(data.toString()) as Frame;
      if (f.id !== undefined) {
        this.pending.get(f.id)?.(f);
        this.pending.delete(f.id);
        return;
      }
      if (f.method !== 'author_extrinsicUpdate') return;
      const result = f.params.result;
      const block = typeof result === 'object' ? (result.inBlock ?? result.finalized) : undefined;
      if (block === undefined) return;
      const sub = String(f.params.subscription);
      const xt = this.bySubscription.get(sub);
      // The update can come in the same read as the subscribe reply, before `run` has noted the id.
      if (xt === undefined) this.early.set(sub, block);
      else this.noteIncluded(xt, block);
    });
    socket.on('close', () => {
      this.closed = true;
      for (const done of this.pending.values()) done({ error: 'closed' });
      this.pending.clear();
      this.wake?.();
    });
  }

  static connect(url: string, key: DevKey, signer: RemoteSigner): Promise<Bot> {
    const socket = new WebSocket(url);
    return new Promise((resolve, reject) => {
      socket.once('open', () => resolve(new Bot(socket, key, signer)));
      socket.once('error', reject);
    });
  }

  private request(method: string, params: unknown[]): Promise<Frame> {
    if (this.closed) return Promise.resolve({ error: 'closed' });
    const id = this.nextId++;
    return new Promise((resolve) => {
      this.pending.set(id, resolve);
      this.socket.send(JSON.stringify({ jsonrpc: '2.0', id, method, params }));
    });
  }

  /** Submits until the connection closes, `stop()` says so, or MAX_PER_BOT transfers were sent. */
  async run(stop: () => boolean): Promise<void> {
    const first = await this.request('system_accountNextIndex', [toHex(this.key.publicKey)]);
    if (first.error !== undefined) return;
    let nonce = first.result as number;
    while (!this.closed && !stop() && this.submitted < MAX_PER_BOT) {
      const xt = toHex(this.signer.sign(this.key, transferCall(dest, 1_000n + BigInt(nonce)), nonce));
      const reply = await this.request('author_submitAndWatchExtrinsic', [xt]);
      if (reply.error !== undefined) {
        this.cutOff = this.closed;
        return;
      }
      const sub = String(reply.result);
      this.bySubscription.set(sub, xt);
      const block = this.early.get(sub);
      if (block !== undefined) this.noteIncluded(xt, block);
      this.submitted += 1;
      nonce += 1;
      while (!this.closed && !stop() && this.submitted - this.included.size >= IN_FLIGHT) {
        await new Promise<void>((resolve) => {
          this.wake = resolve;
          setTimeout(resolve, 50);
        });
      }
    }
    this.cutOff = this.closed;
  }

  close(): void {
    this.socket.close();
  }

  private noteIncluded(xt: string, block: string): void {
    if (this.included.has(xt)) return;
    this.included.set(xt, block);
    this.wake?.();
  }
}

describe('crash safety of the real node process under load (ARCHITECTURE §5)', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'encointer-crash-load-'));
  const nodes: NodeProcess[] = [];

  afterAll(async () => {
    for (const n of nodes) await n.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('after SIGKILL mid-stream keeps every block a client saw, with its transactions and state root, and goes on', async () => {
    const args = ['--base-path', dir, '--instant-seal'];
    const first = await startNodeProcess(args);
    nodes.push(first);
    const watcher = await RawClient.connect(first.url);
    const signer = new RemoteSigner(await watcher.result('chain_getBlockHash', [0]));
    const headsSub = (await watcher.result('chain_subscribeNewHeads')) as string;
    const keys = ['//Bob', '//Charlie', '//Dave', '//Eve', '//Ferdie'].map(devKey);
    const bots = await Promise.all(keys.map((k) => Bot.connect(first.url, k, signer)));

    const started = Date.now();
    let killed = false;
    const running = bots.map((b) => b.run(() => killed || Date.now() - started > RUN_LIMIT_MS));
    const includedCount = () => bots.reduce((n, b) => n + b.included.size, 0);
    // Kill once the stream is well under way, while every bot still has transactions in flight.
    while (includedCount() < 60 && Date.now() - started < RUN_LIMIT_MS) {
      await new Promise((r) => setTimeout(r, 10));
    }
    expect(await first.stop('SIGKILL')).toBeNull();
    killed = true;
    await Promise.all(running);
    const seenHeads = watcher.notifications(headsSub) as HeaderJson[];
    // The sockets are already closed by the node's death (RawClient.close would wait for a close event).
    for (const b of bots) b.close();

    const included = bots.flatMap((b) => [...b.included]);
    expect(included.length).toBeGreaterThanOrEqual(60);
    // The kill cut every bot off mid-stream (none had stopped on a limit).
    expect(bots.map((b) => b.cutOff)).toEqual(bots.map(() => true));
    expect(seenHeads.length).toBeGreaterThan(0);

    const second = await startNodeProcess(args);
    nodes.push(second);
    const rpc = (method: string, params: unknown[] = []) => rpcHttp(second.httpUrl, method, params);
    const best = (await rpc('chain_getHeader')) as HeaderJson;
    const lastSeen = seenHeads.at(-1)!;
    expect(Number.parseInt(best.number, 16)).toBeGreaterThanOrEqual(Number.parseInt(lastSeen.number, 16));

    // Every block a client heard of is there, with the same header (state root included).
    for (const seen of seenHeads) {
      const hash = (await rpc('chain_getBlockHash', [Number.parseInt(seen.number, 16)])) as string;
      expect(await rpc('chain_getHeader', [hash])).toEqual(seen);
    }
    // Every transaction a watcher reported in a block is in that block.
    const bodies = new Map<string, string[]>();
    for (const [xt, blockHash] of included) {
      if (!bodies.has(blockHash)) {
        const block = (await rpc('chain_getBlock', [blockHash])) as {
          block: { extrinsics: string[] };
        } | null;
        expect(block, `block ${blockHash} reported to a watcher`).not.toBeNull();
        bodies.set(blockHash, block!.block.extrinsics);
      }
      expect(bodies.get(blockHash)).toContain(xt);
    }
    // The state after the best block agrees with that block (System.Number, System.ParentHash).
    const systemNumber = (await rpc('state_getStorage', [
      '0x26aa394eea5630e07c48ae0c9558cef702a5c1b19ab7a04f536c519aca4983ac',
    ])) as string;
    expect(Buffer.from(systemNumber.slice(2), 'hex').readUInt32LE(0)).toBe(Number.parseInt(best.number, 16));
    expect(
      await rpc('state_getStorage', ['0x26aa394eea5630e07c48ae0c9558cef78a42f33323cb5ced3b44dd825fda9fcc']),
    ).toBe(best.parentHash);

    // And the chain goes on from there: each bot's next nonce is accepted and lands in a new block.
    const client = await RawClient.connect(second.url);
    const bestHash = (await rpc('chain_getBlockHash', [Number.parseInt(best.number, 16)])) as string;
    for (const key of keys.slice(0, 2)) {
      const nonce = (await client.result('system_accountNextIndex', [toHex(key.publicKey)])) as number;
      const sub = (await client.result('author_submitAndWatchExtrinsic', [
        toHex(signer.sign(key, transferCall(dest, 1n), nonce)),
      ])) as string;
      await client.waitFor((f) => f.params?.subscription === sub && f.params.result?.finalized !== undefined);
    }
    const next = (await rpc('chain_getHeader')) as HeaderJson;
    expect(Number.parseInt(next.number, 16)).toBeGreaterThan(Number.parseInt(best.number, 16));
    const firstNew = (await rpc('chain_getHeader', [
      await rpc('chain_getBlockHash', [Number.parseInt(best.number, 16) + 1]),
    ])) as HeaderJson;
    expect(firstNew.parentHash).toBe(bestHash);
    await client.close();
    expect(await second.stop()).toBe(0);
  });
});
