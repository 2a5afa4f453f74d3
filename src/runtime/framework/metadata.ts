/**
 * Metadata V14 and V15 generated from the pallet declarations (substrate-compat §7). Each blob has its own
 * lookup, numbered 0..n−1, so ids never mix across versions.
 */
import { metadata as metadataCodec } from '@polkadot-api/substrate-bindings';
import { TypeRegistry } from '../../primitives/codec/registry.js';
import type { Type } from '../../primitives/codec/types.js';
import { toHex } from '../../primitives/common/bytes.js';
import type { Pallet } from './pallet.js';
import type { Runtime } from './runtime.js';
import { metadataKeyType } from './storage.js';

export interface SignedExtensionInfo {
  readonly identifier: string;
  // biome-ignore lint/suspicious/noExplicitAny: extension types are heterogeneous
  readonly type: Type<any>;
  // biome-ignore lint/suspicious/noExplicitAny: extension types are heterogeneous
  readonly additionalSigned: Type<any>;
}

export interface RuntimeApiInfo {
  readonly name: string;
  readonly docs?: readonly string[];
  readonly methods: readonly {
    readonly name: string;
    // biome-ignore lint/suspicious/noExplicitAny: argument types are heterogeneous
    readonly inputs: readonly { readonly name: string; readonly type: Type<any> }[];
    // biome-ignore lint/suspicious/noExplicitAny: output types are heterogeneous
    readonly output: Type<any>;
    readonly docs?: readonly string[];
  }[];
}

/** What the metadata needs beyond the pallets: the extrinsic format, the runtime marker and the APIs. */
export interface MetadataExtras {
  // biome-ignore lint/suspicious/noExplicitAny: metadata types are heterogeneous
  readonly uncheckedExtrinsic: Type<any>;
  // biome-ignore lint/suspicious/noExplicitAny: metadata types are heterogeneous
  readonly address: Type<any>;
  // biome-ignore lint/suspicious/noExplicitAny: metadata types are heterogeneous
  readonly signature: Type<any>;
  // biome-ignore lint/suspicious/noExplicitAny: metadata types are heterogeneous
  readonly extra: Type<any>;
  readonly signedExtensions: readonly SignedExtensionInfo[];
  // biome-ignore lint/suspicious/noExplicitAny: metadata types are heterogeneous
  readonly runtimeType: Type<any>;
  readonly apis: readonly RuntimeApiInfo[];
  /** Types that must be in the lookup although nothing above refers to them (e.g. `EventRecord`). */
  // biome-ignore lint/suspicious/noExplicitAny: metadata types are heterogeneous
  readonly extraTypes?: readonly Type<any>[];
}

const MAGIC = 0x6174656d; // "meta", little-endian

const palletEntry = (registry: TypeRegistry, p: Pallet) => ({
  name: p.name,
  storage:
    p.storage === undefined || p.storage.length === 0
      ? undefined
      : {
          prefix: p.storage[0]!.prefix,
          items: p.storage.map((item) => {
            const keyType = metadataKeyType(item);
            return {
              name: item.name,
              modifier: item.modifier === 'Optional' ? 0 : 1,
              type:
                keyType === undefined
                  ? { tag: 'plain' as const, value: registry.id(item.value) }
                  : {
                      tag: 'map' as const,
                      value: {
                        hashers: item.keys.map((k) => ({ tag: hasherTag(k.hasher), value: undefined })),
                        key: registry.id(keyType),
                        value: registry.id(item.value),
                      },
                    },
              fallback: toHex(item.fallback),
              docs: [...item.docs],
            };
          }),
        },
  calls: p.callType === undefined ? undefined : registry.id(p.callType),
  events: p.events === undefined ? undefined : registry.id(p.events),
  constants: Object.entries(p.constants ?? {}).map(([name, c]) => ({
    name,
    type: registry.id(c.type),
    value: toHex(c.type.enc(c.value)),
    docs: [...(c.docs ?? [])],
  })),
  errors: p.errors === undefined ? undefined : registry.id(p.errors.type),
  index: p.index,
  docs: [...(p.docs ?? [])],
});

// The metadata enum spells the hashers without the underscore.
const hasherTag = (h: string) => h.replace('_', '') as 'Blake2128';

/** Metadata V14 bytes as `state_getMetadata` returns them (magic, version, body). */
export const buildMetadataV14 = (runtime: Runtime, extras: MetadataExtras): Uint8Array => {
  const registry = new TypeRegistry();
  const pallets = runtime.pallets.map((p) => palletEntry(registry, p));
  const extrinsic = {
    type: registry.id(extras.uncheckedExtrinsic),
    version: 4,
    signedExtensions: extras.signedExtensions.map((e) => ({
      identifier: e.identifier,
      type: registry.id(e.type),
      additionalSigned: registry.id(e.additionalSigned),
    })),
  };
  const type = registry.id(extras.runtimeType);
  registry.id(runtime.eventType);
  registry.id(runtime.errorType);
  for (const t of extras.extraTypes ?? []) registry.id(t);
  return metadataCodec.enc({
    magicNumber: MAGIC,
    metadata: {
      tag: 'v14',
      value: { lookup: registry.lookup(), pallets, extrinsic, type, apis: [] },
    },
  } as unknown as Parameters<typeof metadataCodec.enc>[0]);
};

/** Metadata V15 bytes (magic, version, body), with runtime APIs and outer enums. */
export const buildMetadataV15 = (runtime: Runtime, extras: MetadataExtras): Uint8Array => {
  const registry = new TypeRegistry();
  const pallets = runtime.pallets.map((p) => palletEntry(registry, p));
  const extrinsic = {
    version: 4,
    address: registry.id(extras.address),
    call: registry.id(runtime.callType),
    signature: registry.id(extras.signature),
    extra: registry.id(extras.extra),
    signedExtensions: extras.signedExtensions.map((e) => ({
      identifier: e.identifier,
      type: registry.id(e.type),
      additionalSigned: registry.id(e.additionalSigned),
    })),
  };
  const type = registry.id(extras.runtimeType);
  const apis = extras.apis.map((api) => ({
    name: api.name,
    docs: [...(api.docs ?? [])],
    methods: api.methods.map((m) => ({
      name: m.name,
      inputs: m.inputs.map((i) => ({ name: i.name, type: registry.id(i.type) })),
      output: registry.id(m.output),
      docs: [...(m.docs ?? [])],
    })),
  }));
  const outerEnums = {
    call: registry.id(runtime.callType),
    event: registry.id(runtime.eventType),
    error: registry.id(runtime.errorType),
  };
  registry.id(extras.uncheckedExtrinsic);
  for (const t of extras.extraTypes ?? []) registry.id(t);
  return metadataCodec.enc({
    magicNumber: MAGIC,
    metadata: {
      tag: 'v15',
      value: { lookup: registry.lookup(), pallets, extrinsic, type, apis, outerEnums, custom: [] },
    },
  } as unknown as Parameters<typeof metadataCodec.enc>[0]);
};
