import { describe, expect, it } from 'vitest';
import { accountFromSecretUri } from '../../client/keystore/keyPair.js';
import { concatBytes, fromHex, toHex } from '../../primitives/common/bytes.js';
import { type SigningContext, signExtrinsic } from './extrinsicSigner.js';

// substrate-compat §5.7: spec 30, tx version 5, genesis 32 × 0x45, the Gesell v5 extension set of §5.6.
const CONTEXT: SigningContext = {
  genesisHash: new Uint8Array(32).fill(0x45),
  specVersion: 30,
  transactionVersion: 5,
  extensions: [
    'CheckSpecVersion',
    'CheckTxVersion',
    'CheckGenesis',
    'CheckMortality',
    'CheckNonce',
    'CheckWeight',
    'ChargeAssetTxPayment',
  ],
};

describe('hand-built signed extrinsics (substrate-compat §5.7 vectors)', () => {
  it('V1: transfer_keep_alive from //Alice ed25519, immortal, nonce 0', async () => {
    const alice = await accountFromSecretUri('//Alice', 'ed25519');
    expect(toHex(alice.accountId)).toBe('0x88dc3417d5058ec4b4503e0c12ea1a0a89be200fe98922423d4334014fa6b0ee');
    const call = fromHex(
      '0x0a03008eaf04151687736326c9fea17e25fc5287613693c912909cb226aa4794f26a48070010a5d4e8',
    );
    const tx = signExtrinsic(CONTEXT, alice, call, 0);
    expect(toHex(tx.bytes)).toBe(
      '0x4102840088dc3417d5058ec4b4503e0c12ea1a0a89be200fe98922423d4334014fa6b0ee00c75c587125c912f48a590efa59df7ba299a822faaca350bb7b352b326536514ebeb5393710142cdb01ce0222af9c1811dad2db219cf2cd1ec106142e3471c00d000000000a03008eaf04151687736326c9fea17e25fc5287613693c912909cb226aa4794f26a48070010a5d4e8',
    );
    expect(toHex(tx.hash)).toBe('0xb9bf17e8fe2eb5ec729c40b3b105bb689b42b4e6e2e09c1ef6baae824f857464');
  });

  it('V3: a payload over 256 bytes is signed as its blake2_256', async () => {
    const alice = await accountFromSecretUri('//Alice', 'ed25519');
    const call = concatBytes(fromHex('0x0000b104'), new Uint8Array(300));
    const tx = signExtrinsic(CONTEXT, alice, call, 0);
    expect(tx.bytes.length).toBe(409);
    expect(toHex(tx.bytes.slice(0, 37))).toBe(
      '0x5d06840088dc3417d5058ec4b4503e0c12ea1a0a89be200fe98922423d4334014fa6b0ee00',
    );
    expect(toHex(tx.bytes.slice(37, 101))).toBe(
      '0x8783a29e67d4191576c846375ce114061132be547a45a3966a858fd7f46e35f5b3bd809c111c6b70b6977b915fad474526e9fc00281bb4dbd57c094916df410d',
    );
    expect(toHex(tx.hash)).toBe('0xdde579b30404e76986fbd8cf8f2f682e3d0f587e24cbdb628a761aae7f0337fa');
  });

  it('the nonce goes into the extra as a compact integer', async () => {
    const alice = await accountFromSecretUri('//Alice', 'ed25519');
    const call = fromHex(
      '0x0a03008eaf04151687736326c9fea17e25fc5287613693c912909cb226aa4794f26a48070010a5d4e8',
    );
    const tx = signExtrinsic(CONTEXT, alice, call, 5);
    // After 0x84, address (33 bytes) and signature (65 bytes): era 00, Compact(5) = 14, tip 00, asset None 00.
    expect(toHex(tx.bytes.slice(2 + 1 + 33 + 65, 2 + 1 + 33 + 65 + 4))).toBe('0x00140000');
  });

  it('sr25519 signers use MultiSignature variant 1', async () => {
    const alice = await accountFromSecretUri('//Alice', 'sr25519');
    const tx = signExtrinsic(CONTEXT, alice, fromHex('0x0000'), 0);
    expect(tx.bytes[2 + 1 + 33]).toBe(1);
  });

  it('refuses a signed extension it does not know', async () => {
    const alice = await accountFromSecretUri('//Alice', 'ed25519');
    expect(() => signExtrinsic({ ...CONTEXT, extensions: ['CheckEra'] }, alice, new Uint8Array(), 0)).toThrow(
      /CheckEra/,
    );
  });
});
