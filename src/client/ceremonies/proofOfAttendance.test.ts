import { verify as sr25519Verify } from '@scure/sr25519';
import { describe, expect, it } from 'vitest';
import { parseCid } from '../../primitives/cid/cidString.js';
import { fromHex, toHex } from '../../primitives/common/bytes.js';
import { resolveSigner } from '../keystore/resolveSigner.js';
import {
  encodeProofOfAttendance,
  proofOfAttendanceMessage,
  signProofOfAttendance,
} from './proofOfAttendance.js';

const ALICE_PUBLIC = '0xd43593c715fdd31c61141abd04a99fd6822c8558854ccde39a5684e7a56da27d';
const BOB_PUBLIC = '0x8eaf04151687736326c9fea17e25fc5287613693c912909cb226aa4794f26a48';

describe('proof of attendance (ceremonies §7.4)', () => {
  it('signs SCALE((prover, cindex)): 32 bytes of the prover then the u32 little-endian, 36 bytes', () => {
    const m = proofOfAttendanceMessage('5GrwvaEF5zXb26Fz9rcQpDWS57CtERHpNehXCPcNoHGKutQY', 258);
    expect(m).toHaveLength(36);
    expect(toHex(m)).toBe(`${ALICE_PUBLIC}02010000`);
  });

  it('is signed by the attendee for a prover; the community is not signed', async () => {
    const alice = await resolveSigner('//Alice');
    const cid = parseCid('gbsuv7YXq9G');
    const proof = signProofOfAttendance({
      attendee: alice,
      prover: fromHex(BOB_PUBLIC),
      cid,
      ceremonyIndex: 3,
    });
    expect(toHex(proof.proverPublic)).toBe(BOB_PUBLIC);
    expect(toHex(proof.attendeePublic)).toBe(ALICE_PUBLIC);
    expect(proof.attendeeSignature.type).toBe('Sr25519');
    const signed = new Uint8Array([...Buffer.from(BOB_PUBLIC.slice(2), 'hex'), 3, 0, 0, 0]);
    expect(sr25519Verify(signed, proof.attendeeSignature.value, alice.publicKey)).toBe(true);
    const other = signProofOfAttendance({
      attendee: alice,
      prover: fromHex(BOB_PUBLIC),
      cid: 'sqm1v79KBZ3',
      ceremonyIndex: 3,
    });
    expect(sr25519Verify(signed, other.attendeeSignature.value, alice.publicKey)).toBe(true);
    // prover 32 + cindex 4 + cid 9 + attendee 32 + MultiSignature (1 + 64)
    expect(encodeProofOfAttendance(proof)).toHaveLength(142);
  });
});
