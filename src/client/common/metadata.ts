// spec: substrate-compat (metadata V14/V15), ARCHITECTURE §3 item 7 (pallet error names and docs)
import { decAnyMetadata, type UnifiedMetadata, unifyMetadata } from '@polkadot-api/substrate-bindings';
import type { Connection } from '../connection/connect.js';
import type { HexString } from './types.js';

/** The chain's metadata, decoded once per connection and runtime. */
export interface ChainMetadata {
  readonly metadata: UnifiedMetadata;
  hasPallet(name: string): boolean;
  /** Docs of `Pallet::Error::name`, or of a variant of a `sp_runtime` error enum when `pallet` is undefined. */
  errorDocs(pallet: string | undefined, error: string): string[];
  /** Resolves a raw `ModuleError { index, error }` to pallet and error names. */
  moduleError(index: number, errorByte: number): { pallet: string; error: string } | undefined;
}

type LookupEntry = UnifiedMetadata['lookup'][number];
type Variant = { name: string; index: number; docs: string[]; fields: { type: number }[] };

const variantsOf = (entry: LookupEntry | undefined): Variant[] =>
  entry?.def.tag === 'variant' ? (entry.def.value as Variant[]) : [];

const build = (metadata: UnifiedMetadata): ChainMetadata => {
  const lookup = metadata.lookup;
  const pallet = (name: string) => metadata.pallets.find((p) => p.name === name);
  const dispatchError = lookup.find((t) => t.path.join('::') === 'sp_runtime::DispatchError');
  return {
    metadata,
    hasPallet: (name) => pallet(name) !== undefined,
    errorDocs: (palletName, error) => {
      if (palletName !== undefined) {
        const ref = pallet(palletName)?.errors;
        return variantsOf(ref ? lookup[ref.type] : undefined).find((v) => v.name === error)?.docs ?? [];
      }
      // A runtime-level error: a DispatchError variant, or a variant of one of its nested enums (TokenError, …).
      const top = variantsOf(dispatchError);
      const direct = top.find((v) => v.name === error);
      if (direct !== undefined) return direct.docs;
      for (const v of top) {
        const nested = v.fields[0] === undefined ? undefined : lookup[v.fields[0].type];
        const hit = variantsOf(nested).find((n) => n.name === error);
        if (hit !== undefined) return hit.docs;
      }
      return [];
    },
    moduleError: (index, errorByte) => {
      const p = metadata.pallets.find((x) => x.index === index);
      if (p?.errors === undefined) return undefined;
      const v = variantsOf(lookup[p.errors.type]).find((x) => x.index === errorByte);
      return v === undefined ? undefined : { pallet: p.name, error: v.name };
    },
  };
};

/** The decoded metadata of the runtime at `at` (default: the finalized block), memoised per connection. */
export const getChainMetadata = async (conn: Connection, at?: HexString): Promise<ChainMetadata> => {
  const block = at ?? ((await conn.client.getFinalizedBlock()).hash as HexString);
  const key = 'metadata';
  const cached = conn.cache.get(key) as Promise<ChainMetadata> | undefined;
  if (cached !== undefined) return cached;
  const loading = conn.client.getMetadata(block).then((raw) => build(unifyMetadata(decAnyMetadata(raw))));
  conn.cache.set(key, loading);
  loading.catch(() => conn.cache.delete(key));
  return loading;
};

/** Forgets the cached metadata (after a runtime upgrade). */
export const forgetChainMetadata = (conn: Connection): void => {
  conn.cache.delete('metadata');
};
