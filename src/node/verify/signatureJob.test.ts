// spec: ARCHITECTURE §5 (batches of signatures cross to worker threads in one buffer)
import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { packJobs, type SignatureJob, unpackJobs } from './signatureJob.js';

const bytes = (min: number, max: number) => fc.uint8Array({ minLength: min, maxLength: max });
const job: fc.Arbitrary<SignatureJob> = fc.record({
  signature: fc.oneof(
    fc.record({ tag: fc.constant('Ed25519' as const), value: bytes(64, 64) }),
    fc.record({ tag: fc.constant('Sr25519' as const), value: bytes(64, 64) }),
    fc.record({ tag: fc.constant('Ecdsa' as const), value: bytes(65, 65) }),
  ),
  message: bytes(0, 300),
  account: bytes(32, 32),
});

describe('packed signature batches (ARCHITECTURE §5)', () => {
  test.prop([fc.array(job, { maxLength: 20 })])(
    'unpack(pack(jobs)) gives the jobs back, in order',
    (jobs) => {
      const back = unpackJobs(packJobs(jobs));
      expect(back.map((j) => ({ ...j, signature: { ...j.signature } }))).toEqual(jobs);
    },
  );

  it('lays a job out as scheme, signature length, signature, account, message length, message', () => {
    const packed = packJobs([
      {
        signature: { tag: 'Sr25519', value: new Uint8Array(64).fill(7) },
        message: Uint8Array.of(1, 2, 3),
        account: new Uint8Array(32).fill(9),
      },
    ]);
    expect([...packed.subarray(0, 6)]).toEqual([1, 0, 0, 0, 1, 64]);
    expect(packed.length).toBe(4 + 2 + 64 + 32 + 4 + 3);
    expect([...packed.subarray(4 + 2 + 64 + 32)]).toEqual([3, 0, 0, 0, 1, 2, 3]);
  });

  it('refuses an account id that is not 32 bytes', () => {
    const bad = {
      signature: { tag: 'Ed25519' as const, value: new Uint8Array(64) },
      message: new Uint8Array(1),
    };
    expect(() => packJobs([{ ...bad, account: new Uint8Array(33) }])).toThrow(/32 bytes/);
  });
});
