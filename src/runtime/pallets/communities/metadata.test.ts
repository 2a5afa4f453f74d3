// spec: reference-metadata-spec30 EncointerCommunities (storage, calls, events, errors, constants) and CommunitiesApi
import { existsSync, readFileSync } from 'node:fs';
import { decAnyMetadata, Twox128 } from '@polkadot-api/substrate-bindings';
import { describe, expect, it } from 'vitest';
import { bytes, struct, tuple, unitStruct } from '../../../primitives/codec/describe.js';
import { toHex } from '../../../primitives/common/bytes.js';
import { buildMetadataV15, type MetadataExtras } from '../../framework/metadata.js';
import { Runtime } from '../../framework/runtime.js';
import { MultiAddress, MultiSignature } from '../../types/substrate.js';
import { createCommunitiesPallet, DEV_COMMUNITIES_CONFIG } from './pallet.js';
import { COMMUNITIES_API } from './runtimeApi.js';
import { communitiesStorage } from './storage.js';

const REFERENCE =
  process.env.ENCOINTER_REFERENCE_METADATA ?? '/work/shared/spec/reference-metadata-spec30.json';

// --- our metadata, decoded by polkadot-api ---------------------------------------------------------------------

interface OurType {
  id: number;
  path: string[];
  params: { name: string; type: number | undefined }[];
  def: { tag: string; value: unknown };
}
interface OurField {
  name: string | undefined;
  type: number;
  typeName: string | undefined;
  docs: string[];
}
interface OurVariant {
  name: string;
  index: number;
  fields: OurField[];
  docs: string[];
}
interface OurItem {
  name: string;
  modifier: number;
  type:
    | { tag: 'plain'; value: number }
    | { tag: 'map'; value: { hashers: { tag: string }[]; key: number; value: number } };
  fallback: string;
  docs: string[];
}
interface OurPallet {
  name: string;
  index: number;
  storage: { prefix: string; items: OurItem[] };
  calls: number;
  events: number;
  errors: number;
  constants: { name: string; type: number; value: string }[];
}
interface OurMetadata {
  lookup: OurType[];
  pallets: OurPallet[];
  apis: {
    name: string;
    methods: { name: string; inputs: { name: string; type: number }[]; output: number }[];
  }[];
}

const runtime = new Runtime({
  crate: 'encointer_node_notee_runtime',
  pallets: [createCommunitiesPallet(DEV_COMMUNITIES_CONFIG)],
});
const extras: MetadataExtras = {
  uncheckedExtrinsic: struct(['sp_runtime', 'generic', 'unchecked_extrinsic', 'UncheckedExtrinsic'], {
    bytes,
  }),
  address: MultiAddress,
  signature: MultiSignature,
  extra: tuple(),
  signedExtensions: [],
  runtimeType: unitStruct(['encointer_node_notee_runtime', 'Runtime']),
  apis: [COMMUNITIES_API],
};
const ours = decAnyMetadata(buildMetadataV15(runtime, extras)).metadata.value as unknown as OurMetadata;
const ourPallet = ours.pallets.find((p) => p.name === 'EncointerCommunities')!;
const ourType = (id: number) => ours.lookup[id]!;
const ourVariants = (id: number) => ourType(id).def.value as OurVariant[];

/** A structural name of one of our types: the path for named types, the shape for anonymous ones. */
const ourShape = (id: number): string => {
  const t = ourType(id);
  const param = t.params.find((p) => p.name === 'T' && p.type !== undefined);
  if (t.path.length > 0) return t.path.join('::') + (param ? `<${ourShape(param.type!)}>` : '');
  const v = t.def.value as never;
  switch (t.def.tag) {
    case 'primitive':
      return (t.def.value as { tag: string }).tag.toLowerCase();
    case 'sequence':
      return `Vec<${ourShape(v)}>`;
    case 'compact':
      return `Compact<${ourShape(v)}>`;
    case 'array':
      return `[${ourShape((v as { type: number }).type)}; ${(v as { len: number }).len}]`;
    case 'tuple':
      return `(${(v as number[]).map(ourShape).join(', ')})`;
    default:
      return t.def.tag;
  }
};

// --- the reference (reference-metadata-spec30.json) ------------------------------------------------------------

interface RefField {
  name: string | null;
  type: number;
  typeName: string | null;
  docs: string[];
}
interface RefVariant {
  name: string;
  index: number;
  fields: RefField[];
  docs: string[];
}
interface RefType {
  path: string[];
  params: { name: string; type: number | null }[];
  def: Record<string, unknown>;
}
interface RefItem {
  name: string;
  modifier: string;
  type: { plain?: number; map?: { hashers: string[]; key: number; value: number } };
  fallback: string;
  docs: string[];
}

const loadReference = () => {
  const json = JSON.parse(readFileSync(REFERENCE, 'utf8'));
  const md = json.metadata.v15.metadata.v15;
  const types = new Map<number, RefType>(
    (md.lookup.types as { id: number; type: RefType }[]).map((t) => [t.id, t.type]),
  );
  const pallet = (md.pallets as { name: string }[]).find(
    (p) => p.name === 'EncointerCommunities',
  ) as unknown as {
    index: number;
    storage: { prefix: string; items: RefItem[] };
    calls: { type: number };
    events: { type: number };
    errors: { type: number };
    constants: { name: string; type: number; value: string }[];
  };
  const api = (md.apis as { name: string }[]).find((a) => a.name === 'CommunitiesApi') as unknown as {
    methods: { name: string; inputs: { name: string; type: number }[]; output: number }[];
  };
  const variants = (id: number) => (types.get(id)!.def.variant as { variants: RefVariant[] }).variants;
  const shape = (id: number): string => {
    const t = types.get(id)!;
    const param = t.params.find((p) => p.name === 'T' && p.type !== null);
    if (t.path.length > 0) return t.path.join('::') + (param ? `<${shape(param.type!)}>` : '');
    const [tag, v] = Object.entries(t.def)[0] as [string, never];
    switch (tag) {
      case 'primitive':
        return String(v).toLowerCase();
      case 'sequence':
        return `Vec<${shape((v as { type: number }).type)}>`;
      case 'compact':
        return `Compact<${shape((v as { type: number }).type)}>`;
      case 'array':
        return `[${shape((v as { type: number }).type)}; ${(v as { len: number }).len}]`;
      case 'tuple':
        return `(${(v as number[]).map(shape).join(', ')})`;
      default:
        return tag;
    }
  };
  return { pallet, api, variants, shape };
};

const variantSummary = (v: {
  name: string;
  index: number;
  fields: { name: unknown; typeName: unknown }[];
  docs: string[];
}) => ({
  name: v.name,
  index: v.index,
  fields: v.fields.map((f) => [f.name ?? null, f.typeName ?? null]),
  docs: v.docs,
});
const hasherName = (h: string) => h.replace(/_/g, '');

describe('metadata of EncointerCommunities (reference-metadata-spec30)', () => {
  it('storage item keys: prefix 0x385e5224… and the twox128 of each name, in reference order', () => {
    // From the reference's storage table.
    const expected: [string, string][] = [
      ['CommunityIdentifiersByGeohash', '09ddb29e2135d0bb2fcf29ccdc228db4'],
      ['Locations', 'db2bb9522a3355121031ac01f0c7a80e'],
      ['Bootstrappers', 'c02befc6a61949c466271d825e069487'],
      ['CommunityIdentifiers', 'c146a0b15c1cb180ee0017da80ac43cc'],
      ['CommunityMetadata', '2fcbb14bacf659b59d4332845a5d7097'],
      ['NominalIncome', '24a811bb1e5ebd8cb51dca6fc01cfcf4'],
      ['MinSolarTripTimeS', 'b57b711155e19a81a6cc0cb3d34bacc0'],
      ['MaxSpeedMps', '9324b6d2ba2832f145bd82d7272f828a'],
    ];
    expect(communitiesStorage.map((i) => [i.name, i.itemKey])).toEqual(
      expected.map(([n, h]) => [n, `0x385e522434d0fcd4d6f7ac9825fc853e${h}`]),
    );
    expect(toHex(Twox128(new TextEncoder().encode('EncointerCommunities')))).toBe(
      '0x385e522434d0fcd4d6f7ac9825fc853e',
    );
  });

  it('storage hashers and defaults as the reference tables list them', () => {
    const table: [string, string[], string][] = [
      ['CommunityIdentifiersByGeohash', ['Identity'], '0x00'],
      ['Locations', ['Blake2128Concat', 'Identity'], '0x00'],
      ['Bootstrappers', ['Blake2128Concat'], '0x00'],
      ['CommunityIdentifiers', [], '0x00'],
      [
        'CommunityMetadata',
        ['Blake2128Concat'],
        '0x1c44656661756c740c444546b844656661753174436964546861743173343643686172616374657273316e4c656e6774683131313131313131313100012844656661756c7455726c0000',
      ],
      ['NominalIncome', ['Blake2128Concat'], '0x00000000000000000000000000000000'],
      ['MinSolarTripTimeS', [], '0x00000000'],
      ['MaxSpeedMps', [], '0x00000000'],
    ];
    expect(
      ourPallet.storage.items.map((i) => [
        i.name,
        i.type.tag === 'map' ? i.type.value.hashers.map((h) => h.tag) : [],
        i.fallback,
      ]),
    ).toEqual(table);
    expect(ourPallet.storage.items.every((i) => i.modifier === 1)).toBe(true);
    expect(ourPallet.index).toBe(62);
  });

  describe.skipIf(!existsSync(REFERENCE))('compared with reference-metadata-spec30.json', () => {
    const ref = existsSync(REFERENCE) ? loadReference() : undefined;

    it('storage: names, modifiers, hashers, fallbacks and docs', () => {
      const refItems = ref!.pallet.storage.items.map((i) => ({
        name: i.name,
        modifier: i.modifier,
        hashers: (i.type.map?.hashers ?? []).map(hasherName),
        fallback: i.fallback,
        docs: i.docs,
      }));
      const ourItems = ourPallet.storage.items.map((i) => ({
        name: i.name,
        modifier: i.modifier === 1 ? 'Default' : 'Optional',
        hashers: i.type.tag === 'map' ? i.type.value.hashers.map((h) => h.tag) : [],
        fallback: i.fallback,
        docs: i.docs,
      }));
      expect(ourItems).toEqual(refItems);
      expect(ourPallet.storage.prefix).toBe(ref!.pallet.storage.prefix);
    });

    it('calls: names, indices, argument names and type names', () => {
      expect(ourVariants(ourPallet.calls).map((v) => ({ ...variantSummary(v), docs: [] }))).toEqual(
        ref!.variants(ref!.pallet.calls.type).map((v) => ({ ...variantSummary(v), docs: [] })),
      );
    });

    it('events: names, indices, field type names and docs (single-field type names: known deviation)', () => {
      const refEvents = ref!.variants(ref!.pallet.events.type).map(variantSummary);
      // Deviation (events.ts): a single unnamed field is carried unwrapped and so has no type name in our metadata.
      const single = refEvents.filter((v) => v.fields.length === 1);
      expect(single.map((v) => [v.name, v.fields[0]![1]])).toEqual([
        ['CommunityRegistered', 'CommunityIdentifier'],
        ['MetadataUpdated', 'CommunityIdentifier'],
        ['MinSolarTripTimeSUpdated', 'MinSolarTripTimeType'],
        ['MaxSpeedMpsUpdated', 'MaxSpeedMpsType'],
        ['CommunityPurged', 'CommunityIdentifier'],
      ]);
      const withoutSingleTypeNames = refEvents.map((v) =>
        v.fields.length === 1 ? { ...v, fields: [[null, null]] } : v,
      );
      expect(ourVariants(ourPallet.events).map(variantSummary)).toEqual(withoutSingleTypeNames);
    });

    it('errors: names, indices and docs', () => {
      expect(ourVariants(ourPallet.errors).map(variantSummary)).toEqual(
        ref!.variants(ref!.pallet.errors.type).map(variantSummary),
      );
    });

    it('constants: names, values and types', () => {
      expect(ourPallet.constants.map((c) => [c.name, c.value, ourShape(c.type)])).toEqual(
        ref!.pallet.constants.map((c) => [c.name, c.value, ref!.shape(c.type)]),
      );
    });

    it('types of storage keys and values, call arguments and event fields', () => {
      const storageShapes = (
        items: { name: string; key?: number; value: number }[],
        shape: (id: number) => string,
      ) => items.map((i) => [i.name, i.key === undefined ? null : shape(i.key), shape(i.value)]);
      expect(
        storageShapes(
          ourPallet.storage.items.map((i) =>
            i.type.tag === 'map'
              ? { name: i.name, key: i.type.value.key, value: i.type.value.value }
              : { name: i.name, value: i.type.value },
          ),
          ourShape,
        ),
      ).toEqual(
        storageShapes(
          ref!.pallet.storage.items.map((i) =>
            i.type.map
              ? { name: i.name, key: i.type.map.key, value: i.type.map.value }
              : { name: i.name, value: i.type.plain! },
          ),
          ref!.shape,
        ),
      );
      const fieldShapes = (
        vs: { name: string; fields: { type: number }[] }[],
        shape: (id: number) => string,
      ) => vs.map((v) => [v.name, v.fields.map((f) => shape(f.type))]);
      expect(fieldShapes(ourVariants(ourPallet.calls), ourShape)).toEqual(
        fieldShapes(ref!.variants(ref!.pallet.calls.type), ref!.shape),
      );
      expect(fieldShapes(ourVariants(ourPallet.events), ourShape)).toEqual(
        fieldShapes(ref!.variants(ref!.pallet.events.type), ref!.shape),
      );
    });

    it('CommunitiesApi: methods, inputs and output types', () => {
      const summary = (
        methods: { name: string; inputs: { name: string; type: number }[]; output: number }[],
        shape: (id: number) => string,
      ) => methods.map((m) => [m.name, m.inputs.map((i) => [i.name, shape(i.type)]), shape(m.output)]);
      const api = ours.apis.find((a) => a.name === 'CommunitiesApi')!;
      expect(summary(api.methods, ourShape)).toEqual(summary(ref!.api.methods, ref!.shape));
    });
  });
});
