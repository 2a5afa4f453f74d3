/**
 * Main-thread cost of one signed transfer in the node's chain core (ARCHITECTURE §7): what is left for the node's
 * event loop once the worker pool has verified the signature. In-process, SQLite file store, ed25519 senders
 * (one transfer each) in blocks of `<block size>`: the pool admission (`submit`: decode, hash, validate) and the
 * block (`newBlock`: apply, state diff, commit, pool update), both per transfer. Signatures are verified by the
 * pool before the clock starts, so the figures exclude verification.
 *
 * Run: `npx tsx bench/txPath.ts [<transfers> [<block size>]]`; the last line is the wall µs per transfer, the line
 * before it the process CPU µs per transfer (robust when other processes share the cores).
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { Session } from 'node:inspector';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Chain } from '../src/node/chain/chain.js';
import { ChainStore } from '../src/node/storage/chainStore.js';
import { VerifierPool } from '../src/node/verify/verifierPool.js';
import { devKeyPair } from '../src/primitives/common/devAccounts.js';
import { createEncointerRuntime } from '../src/runtime/encointerRuntime.js';
import {
  immortalAdditional,
  type Key,
  newKey,
  signTransfer as signTransferWith,
} from './support/transfers.js';

const [TRANSFERS = 4000, BLOCK = 400] = process.argv.slice(2).map(Number).filter(Number.isFinite);
const FUNDERS = 24;
const UNIT = 10n ** 10n;
const ENDOWMENT = 10n ** 14n;

const runtime = createEncointerRuntime('dev');
const callType = runtime.runtime.callType;
const dir = mkdtempSync(path.join(tmpdir(), 'encointer-txpath-'));
const pool = new VerifierPool();
const chain = Chain.open({
  runtime,
  store: ChainStore.open(path.join(dir, 'chain.sqlite')),
  signatureVerifier: pool,
});
const v = chain.runtimeVersion();
const additional = immortalAdditional({
  genesis: chain.genesis.hash,
  specVersion: v.spec_version,
  transactionVersion: v.transaction_version,
});
const signTransfer = (key: Key, dest: Uint8Array, value: bigint, nonce: number): Uint8Array =>
  signTransferWith(callType, additional, key, dest, value, nonce);

const main = async () => {
  const alice: Key = { scheme: 'Sr25519', ...devKeyPair('//Alice') };
  const bob = devKeyPair('//Bob').publicKey;
  const funders = Array.from({ length: FUNDERS }, () => newKey('Ed25519'));
  const share = Math.ceil(TRANSFERS / FUNDERS) + 2;
  await Promise.all(
    funders.map((f, i) => chain.submitAsync(signTransfer(alice, f.publicKey, ENDOWMENT * BigInt(share), i))),
  );
  chain.newBlock();
  const senders = Array.from({ length: TRANSFERS }, () => newKey('Ed25519'));
  for (let from = 0; from < TRANSFERS; from += 2000) {
    await Promise.all(
      senders.slice(from, from + 2000).map((s, j) => {
        const i = from + j;
        return chain.submitAsync(
          signTransfer(funders[i % FUNDERS]!, s.publicKey, ENDOWMENT, Math.floor(i / FUNDERS)),
        );
      }),
    );
    chain.newBlock();
  }
  const xts = senders.map((s) => signTransfer(s, bob, UNIT, 0));
  await chain.preverify(xts);

  // `TXPATH_PROF=<file>` writes a CPU profile of the timed part only.
  const profile = process.env.TXPATH_PROF;
  const session = profile === undefined ? undefined : new Session();
  const post = (method: string) =>
    new Promise<unknown>((resolve, reject) =>
      session!.post(method, (e, r) => (e === null ? resolve(r) : reject(e))),
    );
  if (session !== undefined) {
    session.connect();
    await post('Profiler.enable');
    await post('Profiler.start');
  }
  let submitMs = 0;
  let blockMs = 0;
  let applied = 0;
  // CPU time of the process (the workers are idle here: every signature is already verified), so the figure holds
  // when other processes share the cores.
  const cpu0 = process.cpuUsage();
  for (let from = 0; from < xts.length; from += BLOCK) {
    const batch = xts.slice(from, from + BLOCK);
    let t0 = performance.now();
    for (const x of batch) chain.submit(x);
    submitMs += performance.now() - t0;
    t0 = performance.now();
    const block = chain.newBlock();
    blockMs += performance.now() - t0;
    applied += chain.body(block).length - 1;
  }
  const cpu = process.cpuUsage(cpu0);
  if (session !== undefined) {
    const { profile: p } = (await post('Profiler.stop')) as { profile: unknown };
    writeFileSync(profile!, JSON.stringify(p));
    session.disconnect();
  }
  if (applied !== TRANSFERS) throw new Error(`applied ${applied} of ${TRANSFERS} transfers`);
  const { misses } = chain.verifiedSignatures.stats;
  const us = (ms: number) => ((ms * 1000) / TRANSFERS).toFixed(1);
  console.log(`${TRANSFERS} transfers in blocks of ${BLOCK}; signatures verified on this thread: ${misses}`);
  console.log(`submit (validate): ${us(submitMs)} µs/transfer`);
  console.log(`newBlock (apply, commit, pool): ${us(blockMs)} µs/transfer`);
  console.log(`CPU per transfer: ${us((cpu.user + cpu.system) / 1000)} µs`);
  console.log(`main thread per transfer: ${us(submitMs + blockMs)} µs`);
};

main()
  .catch((e) => {
    console.error(e instanceof Error ? (e.stack ?? e.message) : String(e));
    process.exitCode = 1;
  })
  .finally(async () => {
    chain.close();
    await pool.close();
    rmSync(dir, { recursive: true, force: true });
  });
