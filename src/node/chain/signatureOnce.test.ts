// spec: ARCHITECTURE §5 (signature checks are the hot path: verified in parallel, in batches, once per transaction);
// substrate-compat §3.4 (a bad signature is refused with 1010 "Transaction has a bad signature")
import { afterAll, describe, expect, it } from 'vitest';
import { concatBytes } from '../../primitives/common/bytes.js';
import { createEncointerRuntime } from '../../runtime/encointerRuntime.js';
import { mortalEra } from '../../runtime/extrinsic/era.js';
import { ChainStore } from '../storage/chainStore.js';
import { type DevKey, devKey, signFor, transferCall } from '../testSupport.js';
import type { SignatureJob } from '../verify/signatureJob.js';
import { type BatchVerifier, VerifierPool } from '../verify/verifierPool.js';
import { Chain } from './chain.js';

const START = 1_735_689_600_000n;
const SENDERS = ['//Alice', '//Bob', '//Charlie', '//Dave', '//Eve', '//Ferdie'].map(devKey);
const dest = devKey('//Alice//stash').publicKey;

/** The node's worker pool, recording the batches it was given. */
class RecordingVerifier implements BatchVerifier {
  readonly batches: number[] = [];
  constructor(private readonly pool: BatchVerifier) {}
  verify(jobs: readonly SignatureJob[]): Promise<boolean[]> {
    this.batches.push(jobs.length);
    return this.pool.verify(jobs);
  }
  get jobs(): number {
    return this.batches.reduce((a, b) => a + b, 0);
  }
}

const workers = new VerifierPool({ size: 2 });
afterAll(() => workers.close());

const open = () => {
  const verifier = new RecordingVerifier(workers);
  const chain = Chain.open({
    runtime: createEncointerRuntime('dev'),
    store: ChainStore.open(':memory:'),
    startTime: () => START,
    signatureVerifier: verifier,
  });
  return { chain, verifier };
};

const transfers = (chain: Chain, keys: readonly DevKey[], nonce = 0) =>
  keys.map((k) => signFor(chain, k, transferCall(dest, 10n ** 12n), { nonce }));

describe('signatures verified once, in batches on worker threads (ARCHITECTURE §5)', () => {
  it('verifies concurrent submissions in one batch; validation, inclusion and re-validation verify nothing again', async () => {
    const { chain, verifier } = open();
    const txs = transfers(chain, SENDERS);
    const later = signFor(chain, SENDERS[0]!, transferCall(dest, 1n), { nonce: 2 }); // waits: nonce 1 is missing
    await Promise.all([...txs, later].map((x) => chain.submitAsync(x)));
    expect(verifier.jobs).toBe(7);
    const block = chain.newBlock();
    chain.newBlock(); // the future transaction is re-validated again
    expect(chain.body(block)).toHaveLength(1 + SENDERS.length);
    expect(chain.pool.size).toBe(1);
    // admission (7) + inclusion (6) + re-validation of the waiting one after each block (2)
    expect(chain.verifiedSignatures.stats).toEqual({ hits: 7 + 6 + 2, misses: 0 });
    const events = chain.blockEvents(block).filter((e) => e.name === 'ExtrinsicSuccess');
    expect(events).toHaveLength(1 + SENDERS.length);
  });

  it('refuses a bad signature with 1010 BadProof after the batch said no, and never remembers it', async () => {
    const { chain, verifier } = open();
    const bad = signFor(chain, SENDERS[1]!, transferCall(dest, 1n), {
      nonce: 0,
      genesisHash: new Uint8Array(32).fill(1),
    });
    await expect(chain.submitAsync(bad)).rejects.toMatchObject({
      code: 1010,
      data: 'Transaction has a bad signature',
    });
    expect(verifier.jobs).toBe(1);
    expect(chain.verifiedSignatures.size).toBe(0);
    // A block given the same bytes directly still checks the signature itself and leaves it out.
    const block = chain.newBlock({ transactions: [bad] });
    expect(chain.body(block)).toHaveLength(1);
    expect(chain.verifiedSignatures.stats.misses).toBeGreaterThan(0);
  });

  it('builds the message a mortal transaction signs with the best block as a possible birth block', async () => {
    const { chain } = open();
    for (let i = 0; i < 3; i++) chain.newBlock();
    const xt = signFor(chain, SENDERS[2]!, transferCall(dest, 1n), {
      nonce: 0,
      era: mortalEra(4, chain.best.number), // born at the best block, whose hash is not yet in System.BlockHash
    });
    await chain.submitAsync(xt);
    const block = chain.newBlock();
    expect(chain.body(block)).toHaveLength(2);
    expect(chain.verifiedSignatures.stats.misses).toBe(0);
  });

  it('imports a block of unseen transactions after one parallel preverify, with nothing verified inline', async () => {
    const { chain, verifier } = open();
    const txs = transfers(chain, SENDERS.slice(0, 4));
    await chain.preverify(txs);
    expect(verifier.batches).toEqual([4]);
    const block = chain.newBlock({ transactions: txs, skipPool: true });
    expect(chain.body(block)).toHaveLength(5);
    expect(chain.verifiedSignatures.stats).toEqual({ hits: 4, misses: 0 });
  });

  it('leaves the runtime API TaggedTransactionQueue_validate_transaction verifying on its own', async () => {
    const { chain } = open();
    const [xt] = transfers(chain, SENDERS.slice(0, 1));
    await chain.preverify([xt!]);
    const before = chain.verifiedSignatures.stats;
    const input = concatBytes(Uint8Array.of(2), xt!, chain.best.hash); // External, tx, block hash
    const out = chain.call('TaggedTransactionQueue_validate_transaction', input);
    expect(out[0]).toBe(0); // Ok(ValidTransaction)
    expect(chain.verifiedSignatures.stats).toEqual(before);
    const forged = xt!.slice();
    forged[forged.length - 1]! ^= 1; // the last byte of the call (the amount): the signature no longer matches
    const refused = chain.call(
      'TaggedTransactionQueue_validate_transaction',
      concatBytes(Uint8Array.of(2), forged, chain.best.hash),
    );
    expect([...refused]).toEqual([1, 0, 4]); // Err(Invalid(BadProof))
  });

  it('stores the same event rows as decoding System.Events would give', async () => {
    const { chain } = open();
    await Promise.all(transfers(chain, SENDERS.slice(0, 3)).map((x) => chain.submitAsync(x)));
    const block = chain.newBlock();
    const executive = chain.runtime.executive;
    const decoded = executive.readEvents(chain.stateAt(block)).map((r) => ({
      phase: r.phase.tag,
      extrinsicIndex: r.phase.tag === 'ApplyExtrinsic' ? r.phase.value : null,
      pallet: r.event.tag,
      name: (r.event.value as { tag: string }).tag,
      record: executive.eventRecord.enc(r),
    }));
    expect(decoded.length).toBeGreaterThan(6);
    expect(chain.blockEvents(block)).toEqual(decoded);
  });

  it('verifies on the calling thread when no worker pool is given, still once', async () => {
    const chain = Chain.open({
      runtime: createEncointerRuntime('dev'),
      store: ChainStore.open(':memory:'),
      startTime: () => START,
    });
    const [xt] = transfers(chain, SENDERS.slice(3, 4));
    await chain.submitAsync(xt!);
    chain.newBlock();
    expect(chain.verifiedSignatures.stats).toEqual({ hits: 1, misses: 1 });
  });
});
