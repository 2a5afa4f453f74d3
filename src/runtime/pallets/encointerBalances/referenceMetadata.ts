/**
 * Test support (not used by production code): a pallet's interface as the spec-30 reference metadata shows it
 * (`shared/spec/reference-metadata-spec30.json`) and as our declarations produce it, in one comparable shape.
 */
import { readFileSync } from 'node:fs';
import { resolveType } from '../../../primitives/codec/describe.js';
import type { AnyType, Field, TypeDef } from '../../../primitives/codec/types.js';
import { toHex } from '../../../primitives/common/bytes.js';
import type { Pallet } from '../../framework/pallet.js';
import { metadataKeyType } from '../../framework/storage.js';

const REFERENCE = new URL('../../../../../shared/spec/reference-metadata-spec30.json', import.meta.url);

export interface FieldSummary {
  name: string | null;
  typeName: string | null;
  type: string;
}
export interface VariantSummary {
  name: string;
  index: number;
  fields: FieldSummary[];
  docs: string[];
}
export interface PalletSummary {
  storage: {
    name: string;
    modifier: string;
    hashers: string[];
    key?: string;
    value: string;
    fallback: string;
  }[];
  calls: VariantSummary[];
  events: VariantSummary[];
  errors: VariantSummary[];
  constants: { name: string; type: string; value: string; docs: string[] }[];
}

interface RefType {
  path: string[];
  def: Record<string, unknown>;
}
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

// biome-ignore lint/suspicious/noExplicitAny: the reference JSON is untyped
let cache: { types: Map<number, RefType>; pallets: any[] } | undefined;
const reference = () => {
  if (cache === undefined) {
    const json = JSON.parse(readFileSync(REFERENCE, 'utf8'));
    const m = json.metadata.v15.metadata.v15;
    cache = {
      types: new Map(m.lookup.types.map((t: { id: number; type: RefType }) => [t.id, t.type])),
      pallets: m.pallets,
    };
  }
  return cache;
};

/** A type as text: its path if named, else its shape (`u32`, `Vec<…>`, `(…, …)`, `[u8; 5]`). */
const refTypeName = (id: number): string => {
  const t = reference().types.get(id)!;
  if (t.path.length > 0) return t.path.join('::');
  const [tag, value] = Object.entries(t.def)[0]! as [string, never];
  switch (tag) {
    case 'primitive':
      return (value as string).toLowerCase();
    case 'sequence':
      return `Vec<${refTypeName((value as { type: number }).type)}>`;
    case 'tuple':
      return `(${(value as number[]).map(refTypeName).join(', ')})`;
    case 'array':
      return `[${refTypeName((value as { type: number }).type)}; ${(value as { len: number }).len}]`;
    case 'compact':
      return `Compact<${refTypeName((value as { type: number }).type)}>`;
    default:
      return `<${tag}>`;
  }
};

const ourTypeName = (type: AnyType): string => {
  const t = resolveType(type);
  if (t.path.length > 0) return t.path.join('::');
  const def: TypeDef = t.def();
  switch (def.tag) {
    case 'primitive':
      return def.value;
    case 'sequence':
      return `Vec<${ourTypeName(def.value)}>`;
    case 'tuple':
      return `(${def.value.map(ourTypeName).join(', ')})`;
    case 'array':
      return `[${ourTypeName(def.value.type)}; ${def.value.len}]`;
    case 'compact':
      return `Compact<${ourTypeName(def.value)}>`;
    default:
      return `<${def.tag}>`;
  }
};

const refVariants = (id: number): VariantSummary[] =>
  ((reference().types.get(id)!.def as { variant: { variants: RefVariant[] } }).variant.variants ?? []).map(
    (v) => ({
      name: v.name,
      index: v.index,
      fields: v.fields.map((f) => ({ name: f.name, typeName: f.typeName, type: refTypeName(f.type) })),
      docs: v.docs,
    }),
  );

const ourVariants = (type: AnyType | undefined): VariantSummary[] => {
  if (type === undefined) return [];
  const def = type.def();
  if (def.tag !== 'variant') throw new Error('not an enum');
  return def.value.map((v) => ({
    name: v.name,
    index: v.index,
    fields: v.fields.map((f: Field) => ({
      name: f.name ?? null,
      typeName: f.typeName ?? null,
      type: ourTypeName(f.type),
    })),
    docs: [...v.docs],
  }));
};

/** The reference pallet `name` of spec 30. */
export const referencePallet = (name: string): PalletSummary => {
  const p = reference().pallets.find((x: { name: string }) => x.name === name);
  if (p === undefined) throw new Error(`no pallet ${name} in the reference metadata`);
  return {
    storage: (p.storage?.items ?? []).map(
      (i: {
        name: string;
        modifier: string;
        fallback: string;
        type: { plain?: number; map?: { hashers: string[]; key: number; value: number } };
      }) => ({
        name: i.name,
        modifier: i.modifier,
        hashers: i.type.map?.hashers ?? [],
        ...(i.type.map ? { key: refTypeName(i.type.map.key) } : {}),
        value: refTypeName(i.type.map?.value ?? i.type.plain!),
        fallback: i.fallback,
      }),
    ),
    calls: p.calls ? refVariants(p.calls.type) : [],
    events: p.events ? refVariants(p.events.type) : [],
    errors: p.errors ? refVariants(p.errors.type) : [],
    constants: p.constants.map((c: { name: string; type: number; value: string; docs: string[] }) => ({
      name: c.name,
      type: refTypeName(c.type),
      value: c.value,
      docs: c.docs,
    })),
  };
};

/** Our pallet declaration in the same shape. */
export const ourPallet = (pallet: Pallet): PalletSummary => ({
  storage: (pallet.storage ?? []).map((item) => {
    const keyType = metadataKeyType(item);
    return {
      name: item.name,
      modifier: item.modifier,
      hashers: item.keys.map((k) => k.hasher),
      ...(keyType ? { key: ourTypeName(keyType) } : {}),
      value: ourTypeName(item.value),
      fallback: toHex(item.fallback),
    };
  }),
  calls: ourVariants(pallet.callType),
  events: ourVariants(pallet.events),
  errors: ourVariants(pallet.errors?.type),
  constants: Object.entries(pallet.constants ?? {}).map(([name, c]) => ({
    name,
    type: ourTypeName(c.type),
    value: toHex(c.type.enc(c.value)),
    docs: [...(c.docs ?? [])],
  })),
});

/** Call variants without docs (ours are our own words; the reference's say "See `Pallet::x`"). */
export const withoutDocs = (variants: VariantSummary[]) => variants.map(({ docs: _docs, ...v }) => v);
