/**
 * Assigns scale-info type ids (0..n−1, in order, as clients require: substrate-compat §7.2) to described types
 * and produces the metadata lookup.
 */
import { resolveType } from './describe.js';
import type { Type, TypeDef } from './types.js';

export interface LookupField {
  name: string | undefined;
  type: number;
  typeName: string | undefined;
  docs: string[];
}

export type LookupDef =
  | { tag: 'composite'; value: LookupField[] }
  | { tag: 'variant'; value: { name: string; fields: LookupField[]; index: number; docs: string[] }[] }
  | { tag: 'sequence'; value: number }
  | { tag: 'array'; value: { len: number; type: number } }
  | { tag: 'tuple'; value: number[] }
  | { tag: 'primitive'; value: { tag: string; value: undefined } }
  | { tag: 'compact'; value: number }
  | { tag: 'bitSequence'; value: { bitStoreType: number; bitOrderType: number } };

export interface LookupEntry {
  id: number;
  path: string[];
  params: { name: string; type: number | undefined }[];
  def: LookupDef;
  docs: string[];
}

export class TypeRegistry {
  private readonly ids = new Map<Type<any>, number>();
  private readonly anonymous = new Map<string, number>();
  private readonly entries: (LookupEntry | undefined)[] = [];

  /** The id of a type, registering it (and everything it refers to) on first sight. */
  id(type: Type<any>): number {
    const t = resolveType(type);
    const known = this.ids.get(t);
    if (known !== undefined) return known;

    if (t.path.length === 0) {
      // Anonymous types (primitives, Vec, arrays, tuples, Compact) are identified by structure, so that two
      // declarations of `Vec<u8>` share one entry. They cannot start a cycle on their own.
      const def = this.lookupDef(t.def());
      const key = JSON.stringify(def);
      let id = this.anonymous.get(key);
      if (id === undefined) {
        id = this.entries.length;
        this.entries.push({ id, path: [], params: [], def, docs: [...t.docs] });
        this.anonymous.set(key, id);
      }
      this.ids.set(t, id);
      return id;
    }

    // Named types reserve their id first, so a type that refers back to itself (through `lazy`) resolves.
    const id = this.entries.length;
    this.entries.push(undefined);
    this.ids.set(t, id);
    const params = t.params.map((p) => ({
      name: p.name,
      type: p.type === undefined ? undefined : this.id(p.type),
    }));
    this.entries[id] = { id, path: [...t.path], params, def: this.lookupDef(t.def()), docs: [...t.docs] };
    return id;
  }

  /** The lookup, in id order. */
  lookup(): LookupEntry[] {
    return this.entries.map((e, i) => {
      if (e === undefined) throw new Error(`type id ${i} was reserved but never defined`);
      return e;
    });
  }

  private lookupDef(def: TypeDef): LookupDef {
    const fieldsOf = (fields: TypeDef & { tag: 'composite' }): LookupField[] =>
      fields.value.map((f) => ({
        name: f.name,
        type: this.id(f.type),
        typeName: f.typeName,
        docs: [...f.docs],
      }));
    switch (def.tag) {
      case 'primitive':
        return { tag: 'primitive', value: { tag: def.value, value: undefined } };
      case 'compact':
        return { tag: 'compact', value: this.id(def.value) };
      case 'sequence':
        return { tag: 'sequence', value: this.id(def.value) };
      case 'array':
        return { tag: 'array', value: { len: def.value.len, type: this.id(def.value.type) } };
      case 'tuple':
        return { tag: 'tuple', value: def.value.map((t) => this.id(t)) };
      case 'composite':
        return { tag: 'composite', value: fieldsOf(def) };
      case 'variant':
        return {
          tag: 'variant',
          value: def.value.map((v) => ({
            name: v.name,
            index: v.index,
            docs: [...v.docs],
            fields: fieldsOf({ tag: 'composite', value: v.fields }),
          })),
        };
    }
  }
}
