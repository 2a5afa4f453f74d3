// spec: substrate-compat §5.7 (signed transfer vectors V1/V2), §6.2 (AccountInfo after V1), §6.3 (Gesell block #2
// events), §7.4 (validate_transaction and query_info outputs of V1)
import { describe, expect, it } from 'vitest';
import { u32 } from '../../primitives/codec/describe.js';
import { concatBytes, fromHex, toHex } from '../../primitives/common/bytes.js';
import { mortalEra } from '../extrinsic/era.js';
import { extrinsicHash } from '../extrinsic/uncheckedExtrinsic.js';
import { TotalIssuance } from '../pallets/balances/storage.js';
import { Account, EVENTS_KEY } from '../pallets/system/storage.js';
import { createTestChain, devKey, signExtrinsic } from './testSupport.js';

const ALICE = fromHex('0x88dc3417d5058ec4b4503e0c12ea1a0a89be200fe98922423d4334014fa6b0ee');
const BOB = fromHex('0x8eaf04151687736326c9fea17e25fc5287613693c912909cb226aa4794f26a48');
const A = toHex(ALICE).slice(2);
const B = toHex(BOB).slice(2);

const V1 = fromHex(
  `0x410284 00${A} 00c75c587125c912f48a590efa59df7ba299a822faaca350bb7b352b326536514ebeb5393710142cdb01ce0222af9c1811dad2db219cf2cd1ec106142e3471c00d 00000000 0a0300${B}070010a5d4e8`.replace(
    / /g,
    '',
  ),
);
const V2 = fromHex(
  `0x450284 00${A} 0099724bca345624c12742f3b36f72e4d0fba85d7895669e5cf1e819dedd46aa96d53d8846b54604ae6c2f94c03be49a749fb7a99c8a971e107616a0355f34c30d a502140000 0a0300${B}070010a5d4e8`.replace(
    / /g,
    '',
  ),
);

const FEE_LE = 'c2686a07000000000000000000000000'; // 124 414 146
const ONE_ERT_LE = '0010a5d4e80000000000000000000000'; // 10^12

/** Chopsticks' setup of the Gesell run: //Alice-ed25519 holds 10^18 in an account written by the old logic. */
const gesellLikeChain = () => {
  const chain = createTestChain();
  Account.set(chain.state, ALICE, {
    nonce: 0,
    consumers: 0,
    providers: 1,
    sufficients: 0,
    data: { free: 10n ** 18n, reserved: 0n, frozen: 0n, flags: 0n },
  });
  TotalIssuance.set(chain.state, 10n ** 18n);
  return chain;
};

const validate = (chain: ReturnType<typeof createTestChain>, xt: Uint8Array) =>
  toHex(
    chain.apis.call(
      chain.state,
      'TaggedTransactionQueue_validate_transaction',
      concatBytes(Uint8Array.of(2), xt, chain.bestHash),
    ),
  );

describe('substrate-compat §5.7/§6.3: V1 through the runtime, as in Gesell blocks #1 and #2', () => {
  const chain = gesellLikeChain();
  chain.block();

  it('V1 is 146 bytes and validates at block #1 exactly as the reference runtime answered', () => {
    expect(V1.length).toBe(146);
    expect(validate(chain, V1)).toBe(`0x009f2d0000000000000004${'90'}${A}00000000fdffffffffffffff01`);
  });

  it('query_info of V1 (length 146) gives weight 171 235 000 / 3 593, Normal, fee 124 414 146', () => {
    const out = chain.apis.call(
      chain.state,
      'TransactionPaymentApi_query_info',
      concatBytes(V1, u32.enc(146)),
    );
    expect(toHex(out)).toBe(`0xe25ad328253800${FEE_LE}`);
  });

  it('V1 with one signature nibble flipped is Invalid(BadProof) = 0x010004', () => {
    const flipped = Uint8Array.from(V1);
    flipped[37]! ^= 0x01;
    expect(validate(chain, flipped)).toBe('0x010004');
  });

  it('V2 (birth block 42 unknown) is Invalid(AncientBirthBlock) = 0x010005', () => {
    expect(V2.length).toBe(147);
    expect(validate(chain, V2)).toBe('0x010005');
  });

  it('block #2 applies the timestamp and V1 and holds the 8 events of §6.3 byte for byte', () => {
    chain.block((b) => {
      expect(b.applyExtrinsic(V1)).toEqual({ success: true, value: { success: true, value: undefined } });
    });
    // ApplyExtrinsic(phase) ++ event ++ no topics
    const record = (phase: number, event: string) => `00${toHex(u32.enc(phase)).slice(2)}${event}00`;
    const expected = [
      '20',
      record(0, '00004248ed4355170200'),
      record(1, `0a0e${A}`),
      record(1, `0a08${A}${FEE_LE}`),
      record(1, `0003${B}`),
      record(1, `0a00${B}${ONE_ERT_LE}`),
      record(1, `0a02${A}${B}${ONE_ERT_LE}`),
      record(1, `0b00${A}${FEE_LE}${'00'.repeat(16)}`),
      record(1, '0000a2fb7c4625380000'),
    ].join('');
    expect(toHex(chain.state.get(EVENTS_KEY)!)).toBe(`0x${expected}`);
  });

  it("Alice's System.Account after V1 is the §6.2 vector", () => {
    expect(toHex(chain.state.get(Account.key(ALICE))!)).toBe(
      `0x010000000000000001000000000000003e8754cbcab5e00d0000000000000000${'00'.repeat(32)}00000000000000000000000000000080`,
    );
    expect(TotalIssuance.get(chain.state)).toBe(10n ** 18n - 124_414_146n);
  });

  it('V1 again after inclusion is Invalid(Stale) = 0x010003', () => {
    expect(validate(chain, V1)).toBe('0x010003');
  });
});

describe('substrate-compat §5.7: the vectors re-signed with //Alice (ed25519, from the dev phrase via hdkd)', () => {
  const chain = createTestChain();
  const alice = devKey('//Alice', 'Ed25519');
  const transferCall = {
    tag: 'Balances',
    value: { tag: 'transfer_keep_alive', value: { dest: { tag: 'Id', value: BOB }, value: 10n ** 12n } },
  };

  it('//Alice ed25519 has the public key of the vectors', () => {
    expect(toHex(alice.publicKey)).toBe(toHex(ALICE));
  });

  it('V1 and V2 come out byte for byte (ed25519 signatures are deterministic)', () => {
    expect(toHex(signExtrinsic(chain, alice, transferCall, { nonce: 0 }))).toBe(toHex(V1));
    const v2 = signExtrinsic(chain, alice, transferCall, {
      nonce: 5,
      era: mortalEra(64, 42),
      birthHash: new Uint8Array(32).fill(0xab),
    });
    expect(toHex(v2)).toBe(toHex(V2));
  });

  it('V3 (payload over 256 bytes, signed hashed) has the documented transaction hash', () => {
    const remark = { tag: 'System', value: { tag: 'remark', value: { remark: new Uint8Array(300) } } };
    const v3 = signExtrinsic(chain, alice, remark, { nonce: 0 });
    expect(v3.length).toBe(409);
    expect(toHex(extrinsicHash(v3))).toBe(
      '0xdde579b30404e76986fbd8cf8f2f682e3d0f587e24cbdb628a761aae7f0337fa',
    );
  });
});

describe('sr25519 and ecdsa signers (substrate-compat §5.2 signature checks)', () => {
  it.each(['Sr25519', 'Ecdsa'] as const)('a //Alice %s transfer validates and applies', (scheme) => {
    const alice = devKey('//Alice', scheme);
    if (scheme === 'Sr25519') {
      // substrate-compat §6.1: //Alice sr25519 = 0xd435…a27d
      expect(toHex(alice.publicKey)).toBe(
        '0xd43593c715fdd31c61141abd04a99fd6822c8558854ccde39a5684e7a56da27d',
      );
    }
    const chain = createTestChain({ balances: [[alice.publicKey, 10n ** 15n]] });
    chain.block();
    const xt = signExtrinsic(
      chain,
      alice,
      {
        tag: 'Balances',
        value: { tag: 'transfer_allow_death', value: { dest: { tag: 'Id', value: BOB }, value: 10n ** 12n } },
      },
      { nonce: 0 },
    );
    expect(chain.executive.validateTransaction(chain.state, 'External', xt, chain.bestHash)).toMatchObject({
      success: true,
    });
    chain.block((b) =>
      expect(b.applyExtrinsic(xt)).toEqual({ success: true, value: { success: true, value: undefined } }),
    );
    const forged = Uint8Array.from(xt);
    forged[forged.length - 1]! ^= 1;
    expect(
      chain.executive.validateTransaction(chain.state, 'External', forged, chain.bestHash),
    ).toMatchObject({
      success: false,
      value: { tag: 'Invalid', value: { tag: 'BadProof' } },
    });
  });
});
