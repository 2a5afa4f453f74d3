// spec: substrate-compat §5.3 (the signed payload), §3.4 (BadProof); ARCHITECTURE §5 (a node may hand the executive
// a verifier that remembers what it already verified; the default verifies every time)
import { describe, expect, it } from 'vitest';
import { verifyMultiSignature } from '../crypto/verify.js';
import { decodeExtrinsic } from '../extrinsic/uncheckedExtrinsic.js';
import type { RuntimeCallValue } from '../framework/pallet.js';
import type { SignatureVerifier } from './executive.js';
import { createTestChain, newEd25519Key, signExtrinsic } from './testSupport.js';
import { describeValidityError } from './validity.js';

const ERT = 10n ** 12n;

const setup = () => {
  const alice = newEd25519Key();
  const bob = newEd25519Key();
  const chain = createTestChain({ balances: [[alice.publicKey, 1_000n * ERT]] });
  chain.block(); // sets BlockHash(0)
  const call: RuntimeCallValue = {
    tag: 'Balances',
    value: { tag: 'transfer_keep_alive', value: { dest: { tag: 'Id', value: bob.publicKey }, value: ERT } },
  };
  const xt = signExtrinsic(chain, alice, call, { nonce: 0 });
  const forged = signExtrinsic(chain, alice, call, { nonce: 0, specVersion: 1 });
  return { chain, alice, xt, forged };
};

/** A verifier that records what it was asked and answers `verdict` (or the real answer). */
const recording = (verdict?: boolean) => {
  const asked: Uint8Array[] = [];
  const verify: SignatureVerifier = (signature, message, account) => {
    asked.push(message);
    return verdict ?? verifyMultiSignature(signature, message, account);
  };
  return { asked, verify };
};

describe('the executive with a given signature verifier (ARCHITECTURE §5)', () => {
  it('signatureCheck gives the message and signer that validation verifies', () => {
    const { chain, alice, xt } = setup();
    const x = decodeExtrinsic(chain.runtime.callType, xt);
    const check = chain.executive.signatureCheck(chain.state, x, chain.bestNumber + 1);
    expect(check.account).toEqual(alice.publicKey);
    expect(verifyMultiSignature(check.signature, check.message, check.account)).toBe(true);
    const { asked, verify } = recording();
    chain.executive.validateTransaction(chain.state, 'External', xt, chain.bestHash, verify);
    expect(asked).toEqual([check.message]);
  });

  it('validation asks the given verifier, and refuses with BadProof when it says no', () => {
    const { chain, xt } = setup();
    const no = recording(false);
    const r = chain.executive.validateTransaction(chain.state, 'External', xt, chain.bestHash, no.verify);
    expect(r.success ? 'Ok' : describeValidityError(r.value)).toBe('Transaction has a bad signature');
    expect(no.asked).toHaveLength(1);
  });

  it('without a verifier, a forged signature is refused; the default is the real verification', () => {
    const { chain, forged } = setup();
    const r = chain.executive.validateTransaction(chain.state, 'External', forged, chain.bestHash);
    expect(r.success ? 'Ok' : describeValidityError(r.value)).toBe('Transaction has a bad signature');
  });

  it('a block built with a verifier asks it for every signed extrinsic, and keeps BadProof out', () => {
    const { chain, xt, forged } = setup();
    const { asked, verify } = recording();
    const builder = chain.executive.initializeBlock(
      chain.state,
      { number: chain.bestNumber + 1, parentHash: chain.bestHash },
      { verifySignature: verify },
    );
    builder.applyTimestamp(1_735_689_600_000n + 60_000n);
    const results = [builder.applyExtrinsic(forged), builder.applyExtrinsic(xt)];
    expect(asked).toHaveLength(2);
    expect(results[0]).toMatchObject({
      success: false,
      value: { tag: 'Invalid', value: { tag: 'BadProof' } },
    });
    expect(results[1]).toMatchObject({ success: true, value: { success: true } });
    expect(builder.extrinsics).toHaveLength(2); // the timestamp and the valid transfer
  });
});
