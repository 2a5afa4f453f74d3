/**
 * Described types: one declaration gives both the SCALE codec and the metadata type (scale-info `PortableType`).
 *
 * ARCHITECTURE §3.2 "declare once": a storage item, call argument, event field or constant is declared with a
 * `Type<T>`, and the runtime derives the codec, the storage key and the metadata entry from that same object.
 */
import type { Codec } from 'scale-ts';

export type PrimitiveName =
  | 'bool'
  | 'char'
  | 'str'
  | 'u8'
  | 'u16'
  | 'u32'
  | 'u64'
  | 'u128'
  | 'u256'
  | 'i8'
  | 'i16'
  | 'i32'
  | 'i64'
  | 'i128'
  | 'i256';

export interface Field {
  readonly name: string | undefined;
  readonly type: Type<any>;
  readonly typeName: string | undefined;
  readonly docs: readonly string[];
}

export interface VariantDef {
  readonly name: string;
  readonly index: number;
  readonly fields: readonly Field[];
  readonly docs: readonly string[];
}

export interface TypeParam {
  readonly name: string;
  readonly type: Type<any> | undefined;
}

/** The metadata shape of a type, with children as described types (ids are assigned by a registry). */
export type TypeDef =
  | { readonly tag: 'primitive'; readonly value: PrimitiveName }
  | { readonly tag: 'compact'; readonly value: Type<any> }
  | { readonly tag: 'sequence'; readonly value: Type<any> }
  | { readonly tag: 'array'; readonly value: { readonly len: number; readonly type: Type<any> } }
  | { readonly tag: 'tuple'; readonly value: readonly Type<any>[] }
  | { readonly tag: 'composite'; readonly value: readonly Field[] }
  | { readonly tag: 'variant'; readonly value: readonly VariantDef[] };

export interface Type<T> {
  readonly codec: Codec<T>;
  /** Resolved lazily so that recursive types (a call that carries a call) can be declared. */
  readonly def: () => TypeDef;
  /** scale-info path, e.g. `['sp_core', 'crypto', 'AccountId32']`; empty for anonymous types. */
  readonly path: readonly string[];
  readonly params: readonly TypeParam[];
  readonly docs: readonly string[];
  /** Encodes a value; throws on values the type cannot hold. */
  readonly enc: (value: T) => Uint8Array;
  /**
   * Decodes exactly one value from the whole input (0x-hex, an ArrayBuffer or any Uint8Array view, decoded by
   * its own bytes); throws `DecodeError` on short input, trailing bytes or any non-canonical encoding.
   */
  readonly dec: (bytes: Uint8Array | ArrayBuffer | string) => T;
}

/** A described type of any value type, for collections of types (`Type` is invariant in its value). */
export type AnyType = Type<any>;

/** The TypeScript value type of a described type. */
export type ValueOf<D> = D extends Type<infer T> ? T : never;
