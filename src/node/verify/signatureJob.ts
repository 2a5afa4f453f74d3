// spec: ARCHITECTURE §5 (signature checks are the hot path: verified in parallel, in batches)
/**
 * A signature to verify, and how a batch of them crosses to a worker thread: packed into one buffer that is
 * transferred, not copied, so a batch costs one message whatever its size.
 *
 *   batch = count:u32 ++ job*        job = scheme:u8 ++ sigLen:u8 ++ sig ++ account[32] ++ msgLen:u32 ++ msg
 */
import type { SignatureCheck } from '../../runtime/executive/executive.js';

/** One (signature, message, account) triple, as the executive checks it. */
export type SignatureJob = SignatureCheck;

const SCHEMES = ['Ed25519', 'Sr25519', 'Ecdsa'] as const;
const ACCOUNT_LEN = 32;

/** Packs jobs into one transferable buffer. */
export const packJobs = (jobs: readonly SignatureJob[]): Uint8Array<ArrayBuffer> => {
  let size = 4;
  for (const j of jobs) size += 2 + j.signature.value.length + ACCOUNT_LEN + 4 + j.message.length;
  const out = new Uint8Array(size);
  const view = new DataView(out.buffer);
  view.setUint32(0, jobs.length, true);
  let at = 4;
  for (const j of jobs) {
    const sig = j.signature.value;
    if (sig.length > 255) throw new RangeError(`a signature of ${sig.length} bytes is not a MultiSignature`);
    if (j.account.length !== ACCOUNT_LEN)
      throw new RangeError(`an account id has 32 bytes, not ${j.account.length}`);
    out[at] = SCHEMES.indexOf(j.signature.tag);
    out[at + 1] = sig.length;
    out.set(sig, at + 2);
    at += 2 + sig.length;
    out.set(j.account, at);
    at += ACCOUNT_LEN;
    view.setUint32(at, j.message.length, true);
    out.set(j.message, at + 4);
    at += 4 + j.message.length;
  }
  return out;
};

/** The jobs of a packed batch (views into `packed`, no copies). */
export const unpackJobs = (packed: Uint8Array): SignatureJob[] => {
  const view = new DataView(packed.buffer, packed.byteOffset, packed.byteLength);
  const count = view.getUint32(0, true);
  const jobs: SignatureJob[] = [];
  let at = 4;
  for (let i = 0; i < count; i++) {
    const tag = SCHEMES[packed[at]!];
    if (tag === undefined) throw new RangeError(`unknown signature scheme ${packed[at]}`);
    const sigLen = packed[at + 1]!;
    const value = packed.subarray(at + 2, at + 2 + sigLen);
    at += 2 + sigLen;
    const account = packed.subarray(at, at + ACCOUNT_LEN);
    at += ACCOUNT_LEN;
    const msgLen = view.getUint32(at, true);
    const message = packed.subarray(at + 4, at + 4 + msgLen);
    at += 4 + msgLen;
    jobs.push({ signature: { tag, value }, message, account });
  }
  return jobs;
};
