// spec: substrate-compat §7.1 (metadata wrappers), §7.4 (state_call inputs/outputs), §8 (Core_version, API ids)
import { decAnyMetadata } from '@polkadot-api/substrate-bindings';
import { compact } from 'scale-ts';
import { describe, expect, it } from 'vitest';
import { u32, u64 } from '../../primitives/codec/describe.js';
import { concatBytes, fromHex, toHex } from '../../primitives/common/bytes.js';
import { REFERENCE_VERSION_BASE } from '../executive/config.js';
import { encodeHeader } from '../executive/header.js';
import { createTestChain, newEd25519Key, signExtrinsic } from '../executive/testSupport.js';
import { RuntimeVersion, Weight } from '../types/substrate.js';
import { apiId, RuntimeApiInputError, RuntimeApis, UnknownRuntimeApiError } from './registry.js';

const REFERENCE_APIS: [string, string, number][] = [
  ['Core', '0xdf6acb689907609b', 4],
  ['Metadata', '0x37e397fc7c91f5e4', 2],
  ['BlockBuilder', '0x40fe3ad401f8959a', 6],
  ['TaggedTransactionQueue', '0xd2bc9897eed08f15', 3],
  ['OffchainWorkerApi', '0xf78b278be53f454c', 2],
  ['AuraApi', '0xdd718d5cc53262d4', 1],
  ['SessionKeys', '0xab3c0572291feb8b', 1],
  ['GrandpaApi', '0xed99c5acb25eedf5', 3],
  ['AccountNonceApi', '0xbc9d89904f5b923f', 1],
  ['TransactionPaymentApi', '0x37c8bb1350a9a2a8', 4],
  ['TransactionPaymentCallApi', '0xf3ff14d5ab527059', 3],
  ['CeremoniesApi', '0x8cdf9e3e0b6d88cb', 1],
  ['CommunitiesApi', '0x7577ad567297b7d9', 1],
  ['BazaarApi', '0xbae02feb1e7a2e09', 1],
  ['BalancesTxPaymentApi', '0x8be5ded630a43ad4', 1],
];

// reference-metadata-spec30.json runtimeVersion.coreVersionScaleHex (Gesell v5 Core_version)
const GESELL_CORE_VERSION =
  '0x50656e636f696e7465722d6e6f64652d6e6f74656550656e636f696e7465722d6e6f64652d6e6f746565000000001e000000000000003cdf6acb689907609b0400000037e397fc7c91f5e40200000040fe3ad401f8959a06000000d2bc9897eed08f1503000000f78b278be53f454c02000000dd718d5cc53262d401000000ab3c0572291feb8b01000000ed99c5acb25eedf503000000bc9d89904f5b923f0100000037c8bb1350a9a2a804000000f3ff14d5ab527059030000008cdf9e3e0b6d88cb010000007577ad567297b7d901000000bae02feb1e7a2e09010000008be5ded630a43ad4010000000500000000';

const empty = new Uint8Array();

describe('runtime version (substrate-compat §8)', () => {
  it.each(REFERENCE_APIS)('the id of %s is blake2b-64 of its name: %s', (name, id) => {
    expect(toHex(apiId(name))).toBe(id);
  });

  it('with the 15 Gesell APIs registered, the version encodes exactly as Gesell v5 Core_version', () => {
    const apis = new RuntimeApis();
    for (const [name, , version] of REFERENCE_APIS) apis.register({ name, version, methods: [] });
    expect(toHex(RuntimeVersion.enc(apis.runtimeVersion(REFERENCE_VERSION_BASE)))).toBe(GESELL_CORE_VERSION);
  });

  it('Core_version lists exactly the APIs this runtime answers, with the reference versions', () => {
    const chain = createTestChain();
    const v = RuntimeVersion.dec(chain.apis.call(chain.state, 'Core_version', empty));
    expect(v.spec_version).toBe(30);
    expect(v.transaction_version).toBe(5);
    const byId = new Map(REFERENCE_APIS.map(([name, id, version]) => [id, [name, version]]));
    expect(v.apis.map(([id, version]) => [...byId.get(toHex(id))!, version])).toEqual([
      ['Core', 4, 4],
      ['Metadata', 2, 2],
      ['BlockBuilder', 6, 6],
      ['TaggedTransactionQueue', 3, 3],
      ['AccountNonceApi', 1, 1],
      ['TransactionPaymentApi', 4, 4],
      ['TransactionPaymentCallApi', 3, 3],
    ]);
  });

  it('an API registered later (an Encointer one) appears in Core_version and in metadata V15', () => {
    const chain = createTestChain();
    chain.apis.register({
      name: 'CeremoniesApi',
      version: 1,
      methods: [
        { name: 'answer', inputs: [{ name: 'x', type: u32 }], output: u32, run: (_s, x: number) => x + 1 },
      ],
    });
    const v = RuntimeVersion.dec(chain.apis.call(chain.state, 'Core_version', empty));
    expect(toHex(v.apis.at(-1)![0])).toBe('0x8cdf9e3e0b6d88cb');
    expect(toHex(chain.apis.call(chain.state, 'CeremoniesApi_answer', u32.enc(41)))).toBe('0x2a000000');
    const md = decAnyMetadata(chain.metadataAt(15)!).metadata.value as { apis: { name: string }[] };
    expect(md.apis.at(-1)!.name).toBe('CeremoniesApi');
    expect(() => chain.apis.register({ name: 'CeremoniesApi', version: 1, methods: [] })).toThrow(/twice/);
  });
});

describe('Metadata API (substrate-compat §7.1)', () => {
  const chain = createTestChain();
  const call = (name: string, input: Uint8Array = empty) => chain.apis.call(chain.state, name, input);

  it('metadata_versions is [14, 15]', () => {
    expect(toHex(call('Metadata_metadata_versions'))).toBe('0x080e0000000f000000');
  });

  it('metadata is OpaqueMetadata of V14; metadata_at_version wraps 14 and 15 in Some, anything else None', () => {
    const raw14 = chain.metadataAt(14)!;
    const raw15 = chain.metadataAt(15)!;
    expect(toHex(raw14.subarray(0, 5))).toBe('0x6d6574610e');
    expect(toHex(raw15.subarray(0, 5))).toBe('0x6d6574610f');
    expect(toHex(call('Metadata_metadata'))).toBe(toHex(concatBytes(compact.enc(raw14.length), raw14)));
    expect(toHex(call('Metadata_metadata_at_version', u32.enc(14)))).toBe(
      toHex(concatBytes(Uint8Array.of(1), compact.enc(raw14.length), raw14)),
    );
    expect(toHex(call('Metadata_metadata_at_version', u32.enc(15)))).toBe(
      toHex(concatBytes(Uint8Array.of(1), compact.enc(raw15.length), raw15)),
    );
    expect(toHex(call('Metadata_metadata_at_version', u32.enc(16)))).toBe('0x00');
  });
});

describe('state_call errors', () => {
  const chain = createTestChain();
  it('an unknown method fails with UnknownRuntimeApiError', () => {
    expect(() => chain.apis.call(chain.state, 'Foo_bar', empty)).toThrow(UnknownRuntimeApiError);
  });
  it('input with bytes left over, or too short, fails with RuntimeApiInputError', () => {
    expect(() => chain.apis.call(chain.state, 'AccountNonceApi_account_nonce', new Uint8Array(33))).toThrow(
      RuntimeApiInputError,
    );
    expect(() => chain.apis.call(chain.state, 'AccountNonceApi_account_nonce', new Uint8Array(31))).toThrow(
      RuntimeApiInputError,
    );
  });
});

describe('BlockBuilder and payment APIs (substrate-compat §7.4)', () => {
  const alice = newEd25519Key();
  const chain = createTestChain({ balances: [[alice.publicKey, 10n ** 15n]] });
  chain.block();
  const transfer = {
    tag: 'Balances',
    value: {
      tag: 'transfer_allow_death',
      value: { dest: { tag: 'Id', value: new Uint8Array(32).fill(9) }, value: 10n ** 12n },
    },
  };
  const xt = signExtrinsic(chain, alice, transfer, { nonce: 0 });

  it('apply_extrinsic dry-runs on a scratch layer: Ok(Ok(())) and nothing changes', () => {
    const out = chain.apis.call(chain.state, 'BlockBuilder_apply_extrinsic', xt);
    expect(toHex(out)).toBe('0x0000');
    expect(chain.executive.accountNonce(chain.state, alice.publicKey)).toBe(0);
  });

  it('inherent_extrinsics turns the timestamp inherent data into the bare Timestamp.set', () => {
    const data = concatBytes(
      Uint8Array.of(4),
      new TextEncoder().encode('timstap0'),
      Uint8Array.of(0x20),
      u64.enc(1_735_689_606_000n),
    );
    expect(toHex(chain.apis.call(chain.state, 'BlockBuilder_inherent_extrinsics', data))).toBe(
      '0x04280403000b7093291f9401',
    );
  });

  it('query_fee_details splits base, length and weight fee (multiplier 0 after block 1)', () => {
    const out = chain.apis.call(
      chain.state,
      'TransactionPaymentApi_query_fee_details',
      concatBytes(xt, u32.enc(xt.length)),
    );
    const le = (v: bigint) =>
      toHex(new Uint8Array(16).map((_, i) => Number((v >> BigInt(8 * i)) & 0xffn))).slice(2);
    expect(toHex(out)).toBe(`0x01${le(124_414_000n)}${le(BigInt(xt.length))}${le(0n)}${le(0n)}`);
  });

  it('query_weight_to_fee is the ref time (IdentityFee) and query_length_to_fee one per byte', () => {
    expect(
      toHex(
        chain.apis.call(
          chain.state,
          'TransactionPaymentApi_query_weight_to_fee',
          Weight.enc({ ref_time: 1000n, proof_size: 5n }),
        ),
      ),
    ).toBe(`0x${'e803'}${'00'.repeat(14)}`);
    expect(
      toHex(chain.apis.call(chain.state, 'TransactionPaymentCallApi_query_length_to_fee', u32.enc(146))),
    ).toBe(`0x92${'00'.repeat(15)}`);
  });

  it('query_info of a bare extrinsic has no fee', () => {
    const bare = chain.executive.encodeBare({ tag: 'Timestamp', value: { tag: 'set', value: { now: 5n } } });
    const out = chain.apis.call(
      chain.state,
      'TransactionPaymentApi_query_info',
      concatBytes(bare, u32.enc(bare.length)),
    );
    expect(toHex(out.subarray(out.length - 17))).toBe(`0x02${'00'.repeat(16)}`);
  });

  it('account_nonce takes the raw 32-byte account id', () => {
    expect(toHex(chain.apis.call(chain.state, 'AccountNonceApi_account_nonce', alice.publicKey))).toBe(
      '0x00000000',
    );
    expect(fromHex('0x00000000')).toEqual(u32.enc(0));
  });
});

describe('Core_execute_block', () => {
  it('re-executes a block built elsewhere from the same genesis, and rejects one with an invalid extrinsic', () => {
    const builder = createTestChain();
    const built = builder.block();
    const block = concatBytes(
      encodeHeader({ ...built.header, state_root: new Uint8Array(32) }),
      compact.enc(built.builder.extrinsics.length),
      ...built.builder.extrinsics,
    );
    const fresh = createTestChain();
    expect(toHex(fresh.apis.call(fresh.state, 'Core_execute_block', block))).toBe('0x');
    const twice = concatBytes(
      encodeHeader({ ...built.header, state_root: new Uint8Array(32) }),
      compact.enc(2),
      built.builder.extrinsics[0]!,
      built.builder.extrinsics[0]!,
    );
    expect(() => fresh.apis.call(fresh.state, 'Core_execute_block', twice)).toThrow(
      /extrinsic 1 is not valid/,
    );
  });
});
