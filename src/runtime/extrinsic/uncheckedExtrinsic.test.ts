// spec: substrate-compat §5.2 (extrinsic v4), §5.3 (signed payload, hashed above 256 bytes), §5.6 (extension set),
// §5.7 (vectors V1, V2, V3); reference-metadata-spec30 "Example (verified against the runtime)"
import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { concatBytes, fromHex, toHex } from '../../primitives/common/bytes.js';
import { blake2_256 } from '../../primitives/common/hashing.js';
import { verifyMultiSignature } from '../crypto/verify.js';
import { createTestChain } from '../executive/testSupport.js';
import { mortalEra } from './era.js';
import { encodeAdditionalSigned, encodeExtra } from './signedExtensions.js';
import {
  decodeExtrinsic,
  ExtrinsicDecodeError,
  encodeExtrinsic,
  extrinsicHash,
  signingPayload,
} from './uncheckedExtrinsic.js';

const { runtime } = createTestChain();
const callType = runtime.callType;

const A = '88dc3417d5058ec4b4503e0c12ea1a0a89be200fe98922423d4334014fa6b0ee';
const B = '8eaf04151687736326c9fea17e25fc5287613693c912909cb226aa4794f26a48';
const G = '45'.repeat(32);
const hex = (s: string) => fromHex(`0x${s.replace(/\s/g, '')}`);

const SIG_V1 =
  'c75c587125c912f48a590efa59df7ba299a822faaca350bb7b352b326536514ebeb5393710142cdb01ce0222af9c1811dad2db219cf2cd1ec106142e3471c00d';
const SIG_V2 =
  '99724bca345624c12742f3b36f72e4d0fba85d7895669e5cf1e819dedd46aa96d53d8846b54604ae6c2f94c03be49a749fb7a99c8a971e107616a0355f34c30d';
const SIG_V3 =
  '8783a29e67d4191576c846375ce114061132be547a45a3966a858fd7f46e35f5b3bd809c111c6b70b6977b915fad474526e9fc00281bb4dbd57c094916df410d';
const TRANSFER = `0a0300${B}070010a5d4e8`;
const REMARK_300 = `0000b104${'00'.repeat(300)}`;

const VECTORS = [
  {
    name: 'V1 immortal, nonce 0',
    bytes: hex(`4102 84 00${A} 00${SIG_V1} 00000000 ${TRANSFER}`),
    call: TRANSFER,
    extra: '00000000',
    additional: `1e000000 05000000 ${G} ${G}`,
    payload: `${TRANSFER} 00000000 1e000000 05000000 ${G} ${G}`,
    txHash: '0xb9bf17e8fe2eb5ec729c40b3b105bb689b42b4e6e2e09c1ef6baae824f857464',
    signature: SIG_V1,
    era: { type: 'Immortal' },
    nonce: 0,
  },
  {
    name: 'V2 mortal (64, 42), nonce 5',
    bytes: hex(`4502 84 00${A} 00${SIG_V2} a502140000 ${TRANSFER}`),
    call: TRANSFER,
    extra: 'a502140000',
    additional: `1e000000 05000000 ${G} ${'ab'.repeat(32)}`,
    payload: `${TRANSFER} a502140000 1e000000 05000000 ${G} ${'ab'.repeat(32)}`,
    txHash: '0x6de6f12f0de8980ed10e1f683b0fd072484acfcdc773b4ec82ba182fa5a2c879',
    signature: SIG_V2,
    era: mortalEra(64, 42),
    nonce: 5,
  },
  {
    name: 'V3 remark of 300 bytes (payload 380 bytes, hashed)',
    bytes: hex(`5d06 84 00${A} 00${SIG_V3} 00000000 ${REMARK_300}`),
    call: REMARK_300,
    extra: '00000000',
    additional: `1e000000 05000000 ${G} ${G}`,
    payload: `${REMARK_300} 00000000 1e000000 05000000 ${G} ${G}`,
    txHash: '0xdde579b30404e76986fbd8cf8f2f682e3d0f587e24cbdb628a761aae7f0337fa',
    signature: SIG_V3,
    era: { type: 'Immortal' },
    nonce: 0,
  },
] as const;

describe('signed extrinsic vectors (substrate-compat §5.7)', () => {
  it.each(VECTORS)('$name: decodes to its parts and re-encodes byte for byte', (v) => {
    const xt = decodeExtrinsic(callType, v.bytes);
    expect(xt.signed?.address).toEqual({ tag: 'Id', value: hex(A) });
    expect(xt.signed?.signature).toEqual({ tag: 'Ed25519', value: hex(v.signature) });
    expect(xt.signed?.extra).toEqual({ era: v.era, nonce: v.nonce, tip: 0n, assetId: undefined });
    expect(toHex(xt.signed!.extraBytes)).toBe(toHex(hex(v.extra)));
    expect(toHex(xt.callBytes)).toBe(toHex(hex(v.call)));
    expect(toHex(encodeExtrinsic(callType, { call: xt.call, signed: xt.signed }))).toBe(toHex(v.bytes));
    expect(toHex(extrinsicHash(v.bytes))).toBe(v.txHash);
  });

  it.each(VECTORS)('$name: the signature verifies over the signing payload', (v) => {
    const xt = decodeExtrinsic(callType, v.bytes);
    const additional = hex(v.additional);
    const message = signingPayload(xt.callBytes, xt.signed!.extraBytes, additional);
    const payload = hex(v.payload);
    expect(toHex(message)).toBe(toHex(payload.length > 256 ? blake2_256(payload) : payload));
    expect(verifyMultiSignature(xt.signed!.signature, message, hex(A))).toBe(true);
    expect(verifyMultiSignature(xt.signed!.signature, concatBytes(message, Uint8Array.of(0)), hex(A))).toBe(
      false,
    );
  });

  it('V3: the payload is 380 bytes and the signed message is its blake2_256 0x6d5d…030a', () => {
    const v = VECTORS[2];
    expect(v.bytes.length).toBe(409);
    expect(hex(v.payload).length).toBe(380);
    const xt = decodeExtrinsic(callType, v.bytes);
    expect(toHex(signingPayload(xt.callBytes, xt.signed!.extraBytes, hex(v.additional)))).toBe(
      '0x6d5dc4d8f438e57e4c9b3cf7ba3577341438b75a177236bdb54087153337030a',
    );
  });

  it('V1 call is Balances.transfer_keep_alive(Id(Bob), 10^12)', () => {
    expect(decodeExtrinsic(callType, VECTORS[0].bytes).call).toEqual({
      tag: 'Balances',
      value: { tag: 'transfer_keep_alive', value: { dest: { tag: 'Id', value: hex(B) }, value: 10n ** 12n } },
    });
  });

  it('extra and additionalSigned encoders reproduce the V2 bytes', () => {
    expect(toHex(encodeExtra({ era: mortalEra(64, 42), nonce: 5, tip: 0n, assetId: undefined }))).toBe(
      '0xa502140000',
    );
    expect(
      toHex(
        encodeAdditionalSigned({
          specVersion: 30,
          transactionVersion: 5,
          genesisHash: hex(G),
          birthHash: hex('ab'.repeat(32)),
        }),
      ),
    ).toBe(toHex(hex(VECTORS[1].additional)));
  });

  it('asset_id Some(cid) encodes after the tip (ChargeAssetTxPayment: tip, then asset_id)', () => {
    const cid = { geohash: new TextEncoder().encode('u0qj9'), digest: hex('01020304') };
    expect(toHex(encodeExtra({ era: { type: 'Immortal' }, nonce: 1, tip: 2n, assetId: cid }))).toBe(
      '0x00040801' + '7530716a39' + '01020304',
    );
  });
});

describe('reference-metadata-spec30 example extrinsic (dest //Bob ed25519)', () => {
  const bytes = fromHex(
    '0x4102840088dc3417d5058ec4b4503e0c12ea1a0a89be200fe98922423d4334014fa6b0ee00160e33f7aefe327972b2d484aaaf15cad9ddfbb2d6577c6af19a64736a04b725482d4fdc68a588fd66986a4288a2186e7af4157658efa4469c1c3cff6bddd60d000000000a0300d17c2d7823ebf260fd138f2d7e27d114c0145d968b5ff5006125f2414fadae69070010a5d4e8',
  );
  const payload = fromHex(
    '0x0a0300d17c2d7823ebf260fd138f2d7e27d114c0145d968b5ff5006125f2414fadae69070010a5d4e8000000001e0000000500000045454545454545454545454545454545454545454545454545454545454545454545454545454545454545454545454545454545454545454545454545454545',
  );

  it('decodes, and its signature verifies over the documented payload', () => {
    const xt = decodeExtrinsic(callType, bytes);
    const additional = hex(`1e000000 05000000 ${G} ${G}`);
    const message = signingPayload(xt.callBytes, xt.signed!.extraBytes, additional);
    expect(toHex(message)).toBe(toHex(payload));
    expect(verifyMultiSignature(xt.signed!.signature, message, hex(A))).toBe(true);
  });
});

describe('bare extrinsics and malformed input (substrate-compat §5.1–5.2)', () => {
  it('decodes the Gesell block #1 timestamp inherent 0x280403000b7093291f9401', () => {
    const xt = decodeExtrinsic(callType, fromHex('0x280403000b7093291f9401'));
    expect(xt.signed).toBeUndefined();
    expect(xt.call).toEqual({ tag: 'Timestamp', value: { tag: 'set', value: { now: 1_735_689_606_000n } } });
    expect(toHex(encodeExtrinsic(callType, { call: xt.call }))).toBe('0x280403000b7093291f9401');
  });

  it.each([
    ['a length prefix that does not match', '0x2c0403000b7093291f9401'],
    ['version 5', '0x280503000b7093291f9401'],
    ['an unknown pallet', '0x28047f000b7093291f9401'],
    ['trailing bytes after the call', '0x2c0403000b7093291f940100'],
    ['a truncated signed extrinsic', `0x${'0c8400'}${A.slice(0, 4)}`],
  ])('rejects %s with ExtrinsicDecodeError', (_, bytes) => {
    expect(() => decodeExtrinsic(callType, fromHex(bytes))).toThrow(ExtrinsicDecodeError);
  });

  test.prop([fc.bigInt({ min: 0n, max: 2n ** 64n - 1n })])('bare Timestamp.set round-trips', (now) => {
    const call = { tag: 'Timestamp', value: { tag: 'set', value: { now } } };
    const bytes = encodeExtrinsic(callType, { call });
    expect(decodeExtrinsic(callType, bytes).call).toEqual(call);
  });
});
