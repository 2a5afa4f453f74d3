// spec: substrate-compat §7.2–7.5 (metadata rules the clients rely on), §10 checklist items 4, 5, 10, 12, 14;
// reference-metadata-spec30 (System, RandomnessCollectiveFlip, Sudo, Balances, TransactionPayment, AssetTxPayment,
// "Extrinsic format and signed extensions")
import { decAnyMetadata } from '@polkadot-api/substrate-bindings';
import { describe, expect, it } from 'vitest';
import { fromHex, toHex } from '../../primitives/common/bytes.js';
import { createTestChain } from '../executive/testSupport.js';
import { RuntimeVersion } from '../types/substrate.js';
import { REFERENCE_PALLETS } from './referenceShell.fixture.js';

interface LookupEntry {
  id: number;
  path: string[];
  params: { name: string; type: number | undefined }[];
  def: { tag: string; value: unknown };
}
interface Field {
  name?: string;
  type: number;
  typeName?: string;
}
interface Variant {
  name: string;
  index: number;
  fields: Field[];
}
interface PalletMeta {
  name: string;
  index: number;
  calls?: number;
  events?: number;
  errors?: number;
  storage?: {
    prefix: string;
    items: {
      name: string;
      modifier: number;
      type: { tag: string; value: { hashers?: { tag: string }[] } };
      fallback: string;
    }[];
  };
  constants: { name: string; type: number; value: string }[];
}
interface MetadataBody {
  lookup: LookupEntry[];
  pallets: PalletMeta[];
  extrinsic: {
    type?: number;
    version: number;
    address?: number;
    signature?: number;
    call?: number;
    extra?: number;
    signedExtensions: { identifier: string; type: number; additionalSigned: number }[];
  };
  apis?: { name: string; methods: { name: string }[] }[];
  outerEnums?: { call: number; event: number; error: number };
}

const chain = createTestChain();

const decode = (version: 14 | 15) => {
  const decoded = decAnyMetadata(chain.metadataAt(version)!);
  expect(decoded.metadata.tag).toBe(`v${version}`);
  return decoded.metadata.value as unknown as MetadataBody;
};

const helpers = (md: MetadataBody) => {
  const type = (id: number) => md.lookup[id]!;
  const byPath = (path: string) => md.lookup.filter((t) => t.path.join('::') === path);
  const variants = (id: number) => type(id).def.value as Variant[];
  const fields = (id: number) => type(id).def.value as Field[];
  const pallet = (name: string) => md.pallets.find((p) => p.name === name)!;
  return { type, byPath, variants, fields, pallet };
};

const HASHER_NAMES: Record<string, string> = {
  Blake2128Concat: 'Blake2_128Concat',
  Twox64Concat: 'Twox64Concat',
};

describe.each([14, 15] as const)('metadata V%i (substrate-compat §7.5 client rules)', (version) => {
  const md = decode(version);
  const { type, byPath, variants, fields, pallet } = helpers(md);

  it('has contiguous lookup ids 0..n−1', () => {
    expect(md.lookup.map((t) => t.id)).toEqual(md.lookup.map((_, i) => i));
  });

  it('declares extrinsic version 4 and the Gesell extension set in order, CheckMortality by that name', () => {
    expect(md.extrinsic.version).toBe(4);
    expect(md.extrinsic.signedExtensions.map((e) => e.identifier)).toEqual([
      'CheckSpecVersion',
      'CheckTxVersion',
      'CheckGenesis',
      'CheckMortality',
      'CheckNonce',
      'CheckWeight',
      'ChargeAssetTxPayment',
    ]);
    const additional = md.extrinsic.signedExtensions.map((e) => type(e.additionalSigned).def);
    expect(additional.map((d) => d.tag)).toEqual([
      'primitive',
      'primitive',
      'composite',
      'composite',
      'tuple',
      'tuple',
      'tuple',
    ]);
  });

  it('has exactly one AccountId32, a composite of [u8; 32]', () => {
    const ids = md.lookup.filter((t) => t.path.at(-1) === 'AccountId32');
    expect(ids).toHaveLength(1);
    expect(ids[0]!.path).toEqual(['sp_core', 'crypto', 'AccountId32']);
    const inner = type(fields(ids[0]!.id)[0]!.type).def;
    expect(inner).toMatchObject({ tag: 'array', value: { len: 32 } });
  });

  it('Option and Result have the bare paths and parameters T / T, E', () => {
    const options = byPath('Option');
    expect(options.length).toBeGreaterThan(0);
    for (const o of options) expect(o.params.map((p) => p.name)).toEqual(['T']);
    const results = byPath('Result');
    expect(results.length).toBeGreaterThan(0);
    for (const r of results) expect(r.params.map((p) => p.name)).toEqual(['T', 'E']);
    for (const r of results)
      expect(variants(r.id).map((v) => [v.name, v.index])).toEqual([
        ['Ok', 0],
        ['Err', 1],
      ]);
  });

  it('ModuleError has fields index: u8 and error: [u8; 4]', () => {
    const [me] = byPath('sp_runtime::ModuleError');
    expect(fields(me!.id).map((f) => f.name)).toEqual(['index', 'error']);
    expect(type(fields(me!.id)[1]!.type).def).toMatchObject({ tag: 'array', value: { len: 4 } });
  });

  it('MultiAddress has Id(AccountId32) = 0 and MultiSignature has Ed25519, Sr25519, Ecdsa', () => {
    const [addr] = byPath('sp_runtime::multiaddress::MultiAddress');
    const id = variants(addr!.id).find((v) => v.name === 'Id')!;
    expect(id.index).toBe(0);
    expect(type(id.fields[0]!.type).path).toEqual(['sp_core', 'crypto', 'AccountId32']);
    const [sig] = byPath('sp_runtime::MultiSignature');
    expect(variants(sig!.id).map((v) => [v.name, v.index])).toEqual([
      ['Ed25519', 0],
      ['Sr25519', 1],
      ['Ecdsa', 2],
    ]);
  });

  it('ChargeAssetTxPayment is a struct with tip (Compact<u128>) then asset_id (Option<CommunityIdentifier>)', () => {
    const ext = md.extrinsic.signedExtensions.find((e) => e.identifier === 'ChargeAssetTxPayment')!;
    expect(type(ext.type).path).toEqual(['pallet_asset_tx_payment', 'ChargeAssetTxPayment']);
    const [tip, asset] = fields(ext.type);
    expect([tip!.name, asset!.name]).toEqual(['tip', 'asset_id']);
    expect(type(tip!.type).def.tag).toBe('compact');
    const option = type(asset!.type);
    expect(option.path).toEqual(['Option']);
    expect(type(option.params[0]!.type!).path).toEqual([
      'encointer_primitives',
      'communities',
      'CommunityIdentifier',
    ]);
  });

  it('EventRecord has params E = RuntimeEvent, T = H256 and fields phase, event, topics', () => {
    const [record] = byPath('frame_system::EventRecord');
    expect(record!.params.map((p) => [p.name, type(p.type!).path.join('::')])).toEqual([
      ['E', 'encointer_node_notee_runtime::RuntimeEvent'],
      ['T', 'primitive_types::H256'],
    ]);
    expect(fields(record!.id).map((f) => f.name)).toEqual(['phase', 'event', 'topics']);
  });

  it('UncheckedExtrinsic is in the lookup with params Address, Call, Signature, Extra', () => {
    const [uxt] = byPath('sp_runtime::generic::unchecked_extrinsic::UncheckedExtrinsic');
    expect(uxt!.params.map((p) => p.name)).toEqual(['Address', 'Call', 'Signature', 'Extra']);
    expect(type(uxt!.params[0]!.type!).path.join('::')).toBe('sp_runtime::multiaddress::MultiAddress');
    expect(type(uxt!.params[1]!.type!).path.join('::')).toBe('encointer_node_notee_runtime::RuntimeCall');
    expect(type(uxt!.params[2]!.type!).path.join('::')).toBe('sp_runtime::MultiSignature');
    expect(type(uxt!.params[3]!.type!).def.tag).toBe('tuple');
    if (version === 14) expect(md.extrinsic.type).toBe(uxt!.id);
  });

  it('System.Version is a RuntimeVersion struct equal to Core_version', () => {
    const v = pallet('System').constants.find((c) => c.name === 'Version')!;
    expect(type(v.type).path).toEqual(['sp_version', 'RuntimeVersion']);
    const core = chain.apis.call(chain.state, 'Core_version', new Uint8Array());
    expect(v.value).toBe(toHex(core));
    expect(RuntimeVersion.dec(fromHex(v.value))).toMatchObject({
      spec_name: 'encointer-node-notee',
      spec_version: 30,
    });
  });

  it.each(Object.entries(REFERENCE_PALLETS))(
    '%s matches the reference: index, calls, events, errors, storage',
    (name, ref) => {
      const p = pallet(name);
      expect(p.index).toBe(ref.index);
      const list = (id: number | undefined) =>
        id === undefined
          ? undefined
          : variants(id).map((v) => [v.index, v.name, v.fields.map((f) => f.name ?? null)]);
      if ('calls' in ref) expect(list(p.calls)).toEqual(ref.calls);
      if ('events' in ref) expect(list(p.events)).toEqual(ref.events);
      if ('errors' in ref) expect(variants(p.errors!).map((v) => v.name)).toEqual(ref.errors);
      // The framework omits an empty storage section; the reference has `AssetTxPayment` with no items.
      if ('storage' in ref && ref.storage.length > 0) {
        expect(p.storage!.prefix).toBe(name);
        expect(
          p.storage!.items.map((i) => [
            i.name,
            i.modifier === 0 ? 'Optional' : 'Default',
            (i.type.value.hashers ?? []).map((h) => HASHER_NAMES[h.tag] ?? h.tag),
            i.fallback,
          ]),
        ).toEqual(ref.storage);
      }
    },
  );

  it.each([
    ['System', ['BlockWeights', 'BlockLength', 'BlockHashCount', 'DbWeight', 'SS58Prefix']],
    ['Balances', ['ExistentialDeposit', 'MaxLocks', 'MaxReserves', 'MaxHolds', 'MaxFreezes']],
    ['TransactionPayment', ['OperationalFeeMultiplier']],
  ] as const)('%s constants have the reference values byte for byte', (name, names) => {
    const ref = REFERENCE_PALLETS[name].constants as readonly (readonly [string, string])[];
    const ours = pallet(name).constants;
    for (const c of names) {
      expect([c, ours.find((o) => o.name === c)?.value]).toEqual(ref.find(([n]) => n === c));
    }
  });

  it('the outer enums index variants by pallet index', () => {
    const [call] = byPath('encointer_node_notee_runtime::RuntimeCall');
    expect(variants(call!.id).map((v) => [v.name, v.index])).toEqual(
      [
        ['System', 0],
        ['Sudo', 5],
        ['Balances', 10],
        ['Timestamp', 3],
      ].sort((a, b) => (a[1] as number) - (b[1] as number)),
    );
    const [event] = byPath('encointer_node_notee_runtime::RuntimeEvent');
    expect(variants(event!.id).map((v) => v.index)).toEqual([0, 5, 10, 11, 12]);
  });
});

describe('metadata V15 additions (substrate-compat §7.3)', () => {
  const md = decode(15);
  const { type } = helpers(md);

  it('names address, call, signature and extra types at the client paths', () => {
    expect(type(md.extrinsic.address!).path.join('::')).toBe('sp_runtime::multiaddress::MultiAddress');
    expect(type(md.extrinsic.call!).path.join('::')).toBe('encointer_node_notee_runtime::RuntimeCall');
    expect(type(md.extrinsic.signature!).path.join('::')).toBe('sp_runtime::MultiSignature');
    expect((type(md.extrinsic.extra!).def.value as number[]).length).toBe(7);
  });

  it('lists the registered runtime APIs, and the outer enums', () => {
    expect(md.apis!.map((a) => a.name)).toEqual([
      'Core',
      'Metadata',
      'BlockBuilder',
      'TaggedTransactionQueue',
      'AccountNonceApi',
      'TransactionPaymentApi',
      'TransactionPaymentCallApi',
    ]);
    expect(md.apis![1]!.methods.map((m) => m.name)).toEqual([
      'metadata',
      'metadata_at_version',
      'metadata_versions',
    ]);
    expect(type(md.outerEnums!.event).path.at(-1)).toBe('RuntimeEvent');
    expect(type(md.outerEnums!.error).path.at(-1)).toBe('RuntimeError');
  });
});
