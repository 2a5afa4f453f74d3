/**
 * Combinators that build described types (`Type<T>`): a scale-ts codec plus the scale-info shape the metadata
 * needs. Names mirror scale-ts; named types take their scale-info path first.
 */
import * as scale from 'scale-ts';
import { type Codec, createCodec, createDecoder } from 'scale-ts';
import { EncointerError } from '../common/errors.js';
import type { Field, PrimitiveName, Type, TypeDef, TypeParam, VariantDef } from './types.js';

/** Bytes that do not decode as the expected type (wrong length, bad variant index, trailing bytes). */
export class DecodeError extends EncointerError {
  constructor(typeName: string, message: string) {
    super('DecodeError', `cannot decode ${typeName}: ${message}`);
  }
}

/** Input that a type cannot encode (too long for a bounded vector, wrong byte length, unknown variant). */
export class EncodeError extends EncointerError {
  constructor(typeName: string, message: string) {
    super('EncodeError', `cannot encode ${typeName}: ${message}`);
  }
}

const describeName = (path: readonly string[], fallback: string): string =>
  path.length > 0 ? path[path.length - 1]! : fallback;

// scale-ts reads `view.buffer` from offset 0, so a subarray must be copied before decoding.
const own = (bytes: Uint8Array): Uint8Array =>
  bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength ? bytes : bytes.slice();

interface Cursor {
  i: number;
  length: number;
}

interface TypeOptions {
  readonly path?: readonly string[];
  readonly params?: readonly TypeParam[];
  readonly docs?: readonly string[];
}

/** Wraps a codec and a shape into a described type. */
export const makeType = <T>(codec: Codec<T>, def: () => TypeDef, options: TypeOptions = {}): Type<T> => {
  const path = options.path ?? [];
  const name = describeName(path, def().tag);
  const whole = createDecoder((bytes) => {
    const cursor = bytes as unknown as Cursor;
    let value: T;
    try {
      value = codec.dec(bytes);
    } catch (e) {
      if (e instanceof EncointerError) throw e;
      throw new DecodeError(name, e instanceof Error ? e.message : String(e));
    }
    if (cursor.i > cursor.length) throw new DecodeError(name, 'input too short');
    if (cursor.i !== cursor.length) throw new DecodeError(name, `${cursor.length - cursor.i} trailing bytes`);
    return value;
  });
  return {
    codec,
    def,
    path,
    params: options.params ?? [],
    docs: options.docs ?? [],
    enc: (value) => codec.enc(value),
    dec: (bytes) => whole(typeof bytes === 'string' ? bytes : own(bytes)),
  };
};

const primitive = <T>(codec: Codec<T>, name: PrimitiveName): Type<T> =>
  makeType(codec, () => ({ tag: 'primitive', value: name }));

export const bool = primitive(scale.bool, 'bool');
export const str = primitive(scale.str, 'str');
export const u8 = primitive(scale.u8, 'u8');
export const u16 = primitive(scale.u16, 'u16');
export const u32 = primitive(scale.u32, 'u32');
export const u64 = primitive(scale.u64, 'u64');
export const u128 = primitive(scale.u128, 'u128');
export const u256 = primitive(scale.u256, 'u256');
export const i8 = primitive(scale.i8, 'i8');
export const i16 = primitive(scale.i16, 'i16');
export const i32 = primitive(scale.i32, 'i32');
export const i64 = primitive(scale.i64, 'i64');
export const i128 = primitive(scale.i128, 'i128');

const compactNumberCodec: Codec<number> = scale.enhanceCodec(scale.compact, Number, Number) as Codec<number>;
const compactBigCodec: Codec<bigint> = scale.enhanceCodec(
  scale.compact,
  (v: bigint) => v,
  (v) => BigInt(v),
) as Codec<bigint>;

/** `Compact<u32>` as a number. */
export const compactU32 = makeType(compactNumberCodec, () => ({ tag: 'compact', value: u32 }));
/** `Compact<u64>` as a bigint. */
export const compactU64 = makeType(compactBigCodec, () => ({ tag: 'compact', value: u64 }));
/** `Compact<u128>` as a bigint. */
export const compactU128 = makeType(compactBigCodec, () => ({ tag: 'compact', value: u128 }));

/** `()`: the empty tuple. */
export const unit: Type<undefined> = makeType(scale._void, () => ({ tag: 'tuple', value: [] }));

// Generic combinators are memoised per argument, so the same logical type is the same object and appears once
// in a metadata lookup.
const memo = <K extends object, V>(make: (k: K) => V): ((k: K) => V) => {
  const cache = new WeakMap<K, V>();
  return (k) => {
    let v = cache.get(k);
    if (v === undefined) {
      v = make(k);
      cache.set(k, v);
    }
    return v;
  };
};

/** `Vec<T>`. */
export const vec: <T>(inner: Type<T>) => Type<T[]> = memo(<T>(inner: Type<T>) =>
  makeType(scale.Vector(inner.codec) as Codec<T[]>, () => ({ tag: 'sequence', value: inner })),
) as <T>(inner: Type<T>) => Type<T[]>;

/** `Vec<u8>` as a Uint8Array. */
export const bytes: Type<Uint8Array> = makeType(scale.Bytes(), () => ({ tag: 'sequence', value: u8 }));

/** `Vec<u8>` bounded to `max` bytes (`BoundedVec<u8, max>`; same metadata as `Vec<u8>`). */
export const boundedBytes = (max: number, typeName: string): Type<Uint8Array> => {
  const check = (v: Uint8Array, fail: (m: string) => Error): Uint8Array => {
    if (v.length > max) throw fail(`${v.length} bytes exceed the bound of ${max}`);
    return v;
  };
  const codec = createCodec(
    (v: Uint8Array) => scale.Bytes().enc(check(v, (m) => new EncodeError(typeName, m))),
    createDecoder((b) => check(scale.Bytes().dec(b), (m) => new DecodeError(typeName, m))),
  );
  return makeType(codec, () => ({ tag: 'sequence', value: u8 }));
};

const fixedBytesCache = new Map<number, Type<Uint8Array>>();
/** `[u8; len]` as a Uint8Array of exactly `len` bytes. */
export const fixedBytes = (len: number): Type<Uint8Array> => {
  let t = fixedBytesCache.get(len);
  if (t === undefined) {
    const inner = scale.Bytes(len);
    const codec = createCodec((v: Uint8Array) => {
      if (v.length !== len) throw new EncodeError(`[u8; ${len}]`, `got ${v.length} bytes`);
      return inner.enc(v);
    }, inner.dec);
    t = makeType(codec, () => ({ tag: 'array', value: { len, type: u8 } }));
    fixedBytesCache.set(len, t);
  }
  return t;
};

/** `[T; len]` for a non-byte element type. */
export const array = <T>(inner: Type<T>, len: number): Type<T[]> => {
  const codec = createCodec((v: T[]) => {
    if (v.length !== len) throw new EncodeError(`[T; ${len}]`, `got ${v.length} elements`);
    return scale.Vector(inner.codec, len).enc(v);
  }, scale.Vector(inner.codec, len).dec);
  return makeType(codec as Codec<T[]>, () => ({ tag: 'array', value: { len, type: inner } }));
};

type TypeValues<Ts extends readonly Type<any>[]> = {
  -readonly [K in keyof Ts]: Ts[K] extends Type<infer V> ? V : never;
};

const tupleCache = new Map<string, unknown>();
const tupleIds = new WeakMap<object, number>();
let nextTupleId = 0;
/** `(A, B, ...)`. */
export const tuple = <Ts extends readonly Type<any>[]>(...items: Ts): Type<TypeValues<Ts>> => {
  const key = items
    .map((t) => {
      let id = tupleIds.get(t);
      if (id === undefined) {
        id = nextTupleId++;
        tupleIds.set(t, id);
      }
      return id;
    })
    .join(',');
  let t = tupleCache.get(key) as Type<TypeValues<Ts>> | undefined;
  if (t === undefined) {
    const codec = scale.Tuple(...items.map((i) => i.codec)) as unknown as Codec<TypeValues<Ts>>;
    t = makeType(codec, () => ({ tag: 'tuple', value: items }));
    tupleCache.set(key, t);
  }
  return t;
};

const field = (name: string | undefined, spec: Type<any> | FieldSpec<any>): Field => {
  const isSpec = 'type' in spec && !('codec' in spec);
  const f = isSpec ? (spec as FieldSpec<unknown>) : { type: spec as Type<unknown> };
  return { name, type: f.type, typeName: f.typeName, docs: f.docs ?? [] };
};

/** A field with the Rust type name and docs that metadata shows beside it. */
export interface FieldSpec<T> {
  readonly type: Type<T>;
  readonly typeName?: string;
  readonly docs?: readonly string[];
}

type FieldsValue<F extends Record<string, Type<any> | FieldSpec<any>>> = {
  [K in keyof F]: F[K] extends Type<infer V> ? V : F[K] extends FieldSpec<infer W> ? W : never;
};

const typeOf = <T>(f: Type<T> | FieldSpec<T>): Type<T> =>
  'codec' in f ? (f as Type<T>) : (f as FieldSpec<T>).type;

/** A named struct: `path { a: A, b: B }`, encoded field by field in declaration order. */
export const struct = <F extends Record<string, Type<any> | FieldSpec<any>>>(
  path: readonly string[],
  fields: F,
  options: Omit<TypeOptions, 'path'> = {},
): Type<FieldsValue<F>> => {
  const codecs = Object.fromEntries(Object.entries(fields).map(([k, f]) => [k, typeOf(f).codec]));
  const codec = scale.Struct(codecs as any) as unknown as Codec<FieldsValue<F>>;
  return makeType(
    codec,
    () => ({ tag: 'composite', value: Object.entries(fields).map(([k, f]) => field(k, f)) }),
    { ...options, path },
  );
};

/**
 * A named composite with one field whose value is carried unwrapped: a Rust newtype such as
 * `AccountId32([u8; 32])`, or, with `fieldName`, a one-field struct such as `FixedU128 { bits: u128 }`.
 */
export const newtype = <T>(
  path: readonly string[],
  inner: Type<T> | FieldSpec<T>,
  options: Omit<TypeOptions, 'path'> & { readonly fieldName?: string } = {},
): Type<T> =>
  makeType(typeOf(inner).codec, () => ({ tag: 'composite', value: [field(options.fieldName, inner)] }), {
    ...options,
    path,
  });

/** A named composite with no fields (a Rust unit struct, e.g. a signed extension without data). */
export const unitStruct = (
  path: readonly string[],
  options: Omit<TypeOptions, 'path'> = {},
): Type<undefined> => makeType(scale._void, () => ({ tag: 'composite', value: [] }), { ...options, path });

/** One variant of an enum: its index, and its data as a struct of named fields, one unnamed type, or nothing. */
export interface VariantSpec<T> {
  readonly index: number;
  readonly fields?: Type<T> | Record<string, Type<any> | FieldSpec<any>>;
  readonly docs?: readonly string[];
}

type VariantValue<V extends VariantSpec<any>> =
  V['fields'] extends Type<infer T>
    ? T
    : V['fields'] extends Record<string, Type<any> | FieldSpec<any>>
      ? FieldsValue<V['fields']>
      : undefined;

/** The value of an enum type: `{ tag, value }`, as scale-ts and polkadot-api represent enums. */
export type EnumValue<V extends Record<string, VariantSpec<any>>> = {
  [K in keyof V]: { tag: K; value: VariantValue<V[K]> };
}[keyof V];

/** A named enum with data: `path::{ A(...) = i, B { .. } = j }`. Indices need not be contiguous. */
export const enumType = <V extends Record<string, VariantSpec<any>>>(
  path: readonly string[],
  variants: V,
  options: Omit<TypeOptions, 'path'> = {},
): Type<EnumValue<V>> => {
  const innerOf = (v: VariantSpec<any>): Type<any> => {
    if (v.fields === undefined) return unit;
    if ('codec' in v.fields && 'def' in v.fields) return v.fields as Type<unknown>;
    // Anonymous struct for named fields: encoded like a struct, not part of the lookup.
    const entries = Object.entries(v.fields);
    const codec = scale.Struct(Object.fromEntries(entries.map(([k, f]) => [k, typeOf(f).codec])) as any);
    return makeType(codec, () => ({ tag: 'composite', value: entries.map(([k, f]) => field(k, f)) }));
  };
  const names = Object.keys(variants);
  const inners = names.map((n) => innerOf(variants[n]!));
  const indexByTag = new Map(names.map((n) => [n, variants[n]!.index]));
  const nameByIndex = new Map(names.map((n) => [variants[n]!.index, n]));
  const typeName = describeName(path, 'enum');
  const codec = createCodec(
    (v: EnumValue<V>) => {
      const index = indexByTag.get(v.tag as string);
      if (index === undefined) throw new EncodeError(typeName, `unknown variant '${String(v.tag)}'`);
      const inner = inners[names.indexOf(v.tag as string)]!;
      const body = inner.codec.enc(v.value);
      const out = new Uint8Array(1 + body.length);
      out[0] = index;
      out.set(body, 1);
      return out;
    },
    createDecoder((b) => {
      const cursor = b as unknown as Cursor & Uint8Array;
      const index = cursor[cursor.i]!;
      cursor.i += 1;
      const tag = nameByIndex.get(index);
      if (tag === undefined) throw new DecodeError(typeName, `unknown variant index ${index}`);
      const value = inners[names.indexOf(tag)]!.codec.dec(b);
      return { tag, value } as EnumValue<V>;
    }),
  );
  const variantDefs = (): VariantDef[] =>
    names.map((n, i) => {
      const spec = variants[n]!;
      const inner = inners[i]!;
      let fields: Field[] = [];
      if (spec.fields !== undefined) {
        fields =
          inner.path.length === 0 && inner.def().tag === 'composite'
            ? [...(inner.def() as { value: readonly Field[] }).value]
            : [field(undefined, inner)];
      }
      return { name: n, index: spec.index, fields, docs: spec.docs ?? [] };
    });
  return makeType(codec, () => ({ tag: 'variant', value: variantDefs() }), { ...options, path });
};

/**
 * A named enum without data, carried as its variant name (`'Registering' | 'Assigning' | ...`). Variants are
 * indexed in order unless explicit indices are given.
 */
export const unitEnum = <N extends string>(
  path: readonly string[],
  names: readonly N[] | Readonly<Record<N, number>>,
  options: Omit<TypeOptions, 'path'> & { readonly variantDocs?: Partial<Record<N, readonly string[]>> } = {},
): Type<N> => {
  const entries: [N, number][] = Array.isArray(names)
    ? (names as readonly N[]).map((n, i) => [n, i])
    : (Object.entries(names) as [N, number][]);
  const indexByName = new Map(entries);
  const nameByIndex = new Map(entries.map(([n, i]) => [i, n]));
  const typeName = describeName(path, 'enum');
  const codec = createCodec(
    (v: N) => {
      const index = indexByName.get(v);
      if (index === undefined) throw new EncodeError(typeName, `unknown variant '${v}'`);
      return Uint8Array.of(index);
    },
    createDecoder((b) => {
      const cursor = b as unknown as Cursor & Uint8Array;
      const index = cursor[cursor.i]!;
      cursor.i += 1;
      const name = nameByIndex.get(index);
      if (name === undefined) throw new DecodeError(typeName, `unknown variant index ${index}`);
      return name;
    }),
  );
  return makeType(
    codec,
    () => ({
      tag: 'variant',
      value: entries.map(([name, index]) => ({
        name,
        index,
        fields: [],
        docs: [...(options.variantDocs?.[name] ?? [])],
      })),
    }),
    { ...options, path },
  );
};

/** `Option<T>` (path `Option`, parameter `T`), carried as `T | undefined`. */
export const option: <T>(inner: Type<T>) => Type<T | undefined> = memo(<T>(inner: Type<T>) =>
  makeType(
    scale.Option(inner.codec),
    () => ({
      tag: 'variant',
      value: [
        { name: 'None', index: 0, fields: [], docs: [] },
        { name: 'Some', index: 1, fields: [field(undefined, inner)], docs: [] },
      ],
    }),
    { path: ['Option'], params: [{ name: 'T', type: inner }] },
  ),
) as <T>(inner: Type<T>) => Type<T | undefined>;

export type ResultValue<T, E> = { success: true; value: T } | { success: false; value: E };

/** `Result<T, E>` (path `Result`, parameters `T`, `E`). */
export const result = <T, E>(ok: Type<T>, err: Type<E>): Type<ResultValue<T, E>> =>
  makeType(
    scale.Result(ok.codec, err.codec) as Codec<ResultValue<T, E>>,
    () => ({
      tag: 'variant',
      value: [
        { name: 'Ok', index: 0, fields: [field(undefined, ok)], docs: [] },
        { name: 'Err', index: 1, fields: [field(undefined, err)], docs: [] },
      ],
    }),
    {
      path: ['Result'],
      params: [
        { name: 'T', type: ok },
        { name: 'E', type: err },
      ],
    },
  );

/** A type declared later (for recursion, e.g. `Sudo::sudo(call: Box<RuntimeCall>)`). */
export const lazy = <T>(get: () => Type<T>): Type<T> => {
  let resolved: Type<T> | undefined;
  const target = (): Type<T> => {
    resolved ??= get();
    return resolved;
  };
  const codec = createCodec(
    (v: T) => target().codec.enc(v),
    createDecoder((b) => target().codec.dec(b)),
  );
  const lazyType: Type<T> & { readonly target: () => Type<T> } = {
    codec,
    def: () => target().def(),
    get path() {
      return target().path;
    },
    get params() {
      return target().params;
    },
    get docs() {
      return target().docs;
    },
    enc: (v) => target().enc(v),
    dec: (b) => target().dec(b),
    target,
  };
  return lazyType;
};

/**
 * Follows `lazy` and `mapType` indirections to the declared type, so that a registry sees one object per
 * metadata type.
 */
export const resolveType = (t: Type<any>): Type<any> => {
  let current: Type<any> = t;
  for (;;) {
    if ('target' in current) current = (current as unknown as { target: () => Type<unknown> }).target();
    else if ('metaBase' in current) current = (current as unknown as { metaBase: Type<unknown> }).metaBase;
    else return current;
  }
};

/**
 * Maps a described type's values through a conversion (e.g. a u32 carried as a bigint), keeping its metadata
 * type: both appear as one entry in a lookup.
 */
export const mapType = <I, O>(t: Type<I>, to: (value: O) => I, from: (value: I) => O): Type<O> => {
  const mapped: Type<O> & { readonly metaBase: Type<I> } = {
    ...makeType(scale.enhanceCodec(t.codec, to, from), t.def, {
      path: t.path,
      params: t.params,
      docs: t.docs,
    }),
    metaBase: t,
  };
  return mapped;
};

/**
 * Decodes one value from the start of `bytes` and says how many bytes it took (for keys that are followed by
 * more data, such as the parts of a storage key).
 */
export const decodePrefix = <T>(type: Type<T>, bytes: Uint8Array): [T, number] => {
  const dec = createDecoder((b) => {
    const value = type.codec.dec(b);
    return [value, (b as unknown as Cursor).i] as [T, number];
  });
  const [value, used] = dec(own(bytes));
  if (used > bytes.length) throw new DecodeError(describeName(type.path, type.def().tag), 'input too short');
  return [value, used];
};
