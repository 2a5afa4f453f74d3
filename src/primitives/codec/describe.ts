/**
 * Combinators that build described types (`Type<T>`): a strict SCALE codec plus the scale-info shape the metadata
 * needs. Names mirror scale-ts; named types take their scale-info path first.
 *
 * spec: ceremonies §0 (SCALE). scale-ts is lenient where the Rust codec (parity-scale-codec) rejects input, and a
 * runtime that must agree with the reference on which bytes are valid cannot be: scale-ts wraps out-of-range
 * integers, truncates over-long fixed byte arrays, reads any non-zero Option/bool byte as Some/true, accepts
 * non-canonical compacts, ignores trailing bytes and decodes a `subarray` from the start of its buffer. Every
 * codec here keeps scale-ts' value shapes but rejects all of that with `EncodeError` / `DecodeError` /
 * `BoundExceededError`, naming the type.
 */
import * as scale from 'scale-ts';
import { type Codec, createCodec, createDecoder } from 'scale-ts';
import { concatBytes, fromHex } from '../common/bytes.js';
import { EncointerError } from '../common/errors.js';
import { BoundExceededError, DecodeError, EncodeError } from './errors.js';
import type { Field, PrimitiveName, Type, TypeDef, TypeParam, VariantDef } from './types.js';

export { BoundExceededError, DecodeError, EncodeError } from './errors.js';

type Input = Uint8Array | ArrayBuffer | string;
type Name = string | (() => string);

/** scale-ts' decoding cursor: the bytes, the read position and the total length. */
interface Cursor {
  i: number;
  length: number;
}

const resolveName = (name: Name): string => (typeof name === 'string' ? name : name());
const messageOf = (e: unknown): string => (e instanceof Error ? e.message : String(e));
const hexByte = (b: number): string => `0x${b.toString(16).padStart(2, '0')}`;

// scale-ts passes its cursor through nested decoders unchanged and wraps anything else; this tells a nested call
// (continue at the cursor) from a top-level one (the whole input is one value).
const identity = createDecoder((bytes) => bytes);
// scale-ts wraps exactly the inputs that are not already its cursor class: asking it once for that class lets the
// check run without allocating a cursor per decode.
const CURSOR_CLASS = identity(new Uint8Array(0)).constructor as typeof Uint8Array;
const isCursor = (input: Input): boolean => input instanceof CURSOR_CLASS;

// scale-ts reads `view.buffer` from offset 0, so a top-level input must own its whole buffer.
const own = (bytes: Uint8Array): Uint8Array =>
  bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength ? bytes : new Uint8Array(bytes);

const ownInput = (typeName: string, input: Input): Uint8Array => {
  if (typeof input === 'string') {
    if (!/^0x([0-9a-fA-F]{2})*$/.test(input)) {
      throw new DecodeError(typeName, `expected 0x-prefixed hex, got '${input.slice(0, 20)}'`);
    }
    return fromHex(input);
  }
  if (input instanceof ArrayBuffer) return new Uint8Array(input.slice(0));
  return own(input);
};

// Described types carry their error name out of band, so that `Type` stays a plain interface.
const typeNames = new WeakMap<object, () => string>();

/** The name a type's errors use: its explicit name, the last segment of its path, or its shape. */
const nameOf = (t: Type<any>): string =>
  typeNames.get(t)?.() ?? (t.path.length > 0 ? t.path.at(-1)! : 'value');

interface TypeOptions {
  readonly path?: readonly string[];
  readonly params?: readonly TypeParam[];
  readonly docs?: readonly string[];
  /** The name errors use (default: the last path segment); a Rust alias such as `CeremonyIndexType`. */
  readonly name?: Name;
}

/**
 * Writes a value of a fixed encoded width into a caller's buffer. Integers, fixed byte arrays and structs made of
 * them have one, so that such a struct (an `AccountInfo`, most event bodies) encodes into one allocation instead of
 * one per field plus the joins. `write` checks the value exactly as the codec's `enc` does.
 */
interface FixedWriter {
  readonly width: number;
  readonly write: (value: any, out: Uint8Array, at: number) => void;
}

const fixedWriters = new WeakMap<Codec<any>, FixedWriter>();

const withWriter = <C extends Codec<any>>(codec: C, writer: FixedWriter): C => {
  fixedWriters.set(codec, writer);
  return codec;
};

/**
 * Wraps a codec and a shape into a described type. The codec's top-level `dec` decodes exactly one value from the
 * whole input; non-typed failures of `codec` surface as `EncodeError` / `DecodeError` naming the type.
 */
export const makeType = <T>(codec: Codec<T>, def: () => TypeDef, options: TypeOptions = {}): Type<T> => {
  const path = options.path ?? [];
  const explicit = options.name;
  const name = (): string =>
    explicit !== undefined ? resolveName(explicit) : path.length > 0 ? path.at(-1)! : def().tag;
  const whole = createDecoder((bytes) => {
    const value = codec.dec(bytes);
    const cursor = bytes as unknown as Cursor;
    if (cursor.i > cursor.length) throw new DecodeError(name(), 'unexpected end of input');
    if (cursor.i < cursor.length) {
      throw new DecodeError(name(), `${cursor.length - cursor.i} trailing bytes after the value`);
    }
    return value;
  });
  const strict = createCodec(
    (value: T) => {
      try {
        return codec.enc(value);
      } catch (e) {
        if (e instanceof EncointerError) throw e;
        throw new EncodeError(name(), messageOf(e));
      }
    },
    (input: Input) => {
      if (isCursor(input)) return codec.dec(input);
      const bytes = ownInput(name(), input);
      try {
        return whole(bytes);
      } catch (e) {
        if (e instanceof EncointerError) throw e;
        // DataView reads past the end raise RangeError: the input ended inside the value.
        throw new DecodeError(name(), e instanceof RangeError ? 'unexpected end of input' : messageOf(e));
      }
    },
  );
  const writer = fixedWriters.get(codec);
  if (writer !== undefined) {
    fixedWriters.set(strict, {
      width: writer.width,
      write: (value, out, at) => {
        try {
          writer.write(value, out, at);
        } catch (e) {
          if (e instanceof EncointerError) throw e;
          throw new EncodeError(name(), messageOf(e));
        }
      },
    });
  }
  const type: Type<T> = {
    codec: strict,
    def,
    path,
    params: options.params ?? [],
    docs: options.docs ?? [],
    enc: strict.enc,
    dec: strict.dec,
  };
  typeNames.set(type, name);
  return type;
};

// A type whose metadata entry is `base`'s (same lookup id): a variant that only differs in its error name or in
// how values are carried. A registry resolves it to `base` (see `resolveType`).
const withMetaBase = <T>(type: Type<T>, base: Type<any>): Type<T> => {
  const out: Type<T> & { readonly metaBase: Type<any> } = { ...type, metaBase: base };
  const name = typeNames.get(type);
  if (name !== undefined) typeNames.set(out, name);
  return out;
};

// The type whose metadata entry `t` shares. Generic combinators build on it, so that `Option<Moment>` and
// `Option<u64>` are one lookup entry. `lazy` is not followed: its target may not exist yet.
const metaRoot = (t: Type<any>): Type<any> => {
  let current = t;
  while ('metaBase' in current) current = (current as unknown as { metaBase: Type<any> }).metaBase;
  return current;
};

/** True for a described type (as opposed to a plain codec or any other value). */
export const isType = (value: unknown): value is Type<unknown> =>
  typeof value === 'object' &&
  value !== null &&
  'codec' in value &&
  typeof (value as { def?: unknown }).def === 'function' &&
  typeof (value as { enc?: unknown }).enc === 'function' &&
  typeof (value as { dec?: unknown }).dec === 'function';

// ---------------------------------------------------------------------------------------------------------------
// Primitives: range-checked on encode (scale-ts would wrap), exact on decode.

const primitiveDef = (name: PrimitiveName) => (): TypeDef => ({ tag: 'primitive', value: name });

const NUMBER_KINDS = {
  u8: [0, 0xff, scale.u8],
  u16: [0, 0xffff, scale.u16],
  u32: [0, 0xffff_ffff, scale.u32],
  i8: [-0x80, 0x7f, scale.i8],
  i16: [-0x8000, 0x7fff, scale.i16],
  i32: [-(2 ** 31), 2 ** 31 - 1, scale.i32],
} as const;
const BIGINT_KINDS = {
  u64: [0n, (1n << 64n) - 1n, scale.u64],
  u128: [0n, (1n << 128n) - 1n, scale.u128],
  u256: [0n, (1n << 256n) - 1n, scale.u256],
  i64: [-(1n << 63n), (1n << 63n) - 1n, scale.i64],
  i128: [-(1n << 127n), (1n << 127n) - 1n, scale.i128],
  i256: [-(1n << 255n), (1n << 255n) - 1n, scale.i256],
} as const;

// One canonical object per primitive; a named variant (a Rust alias) shares its metadata entry.
const canonical = new Map<string, Type<any>>();
const namedVariant = <T>(key: string, typeName: string, make: (name: string) => Type<T>): Type<T> => {
  let base = canonical.get(key) as Type<T> | undefined;
  if (base === undefined) {
    base = make(key);
    canonical.set(key, base);
  }
  return typeName === key ? base : withMetaBase(make(typeName), base);
};

/** A u8/u16/u32/i8/i16/i32 carried as a number, named `typeName` in errors (e.g. `CeremonyIndex`). */
export const int = (kind: keyof typeof NUMBER_KINDS, typeName: string = kind): Type<number> =>
  namedVariant(kind, typeName, (name) => {
    const [min, max, base] = NUMBER_KINDS[kind];
    const width = base.enc(0).length;
    const write = (v: number, out: Uint8Array, at: number): void => {
      if (typeof v !== 'number' || !Number.isInteger(v) || v < min || v > max) {
        throw new EncodeError(name, `${String(v)} is not a ${kind} (an integer in [${min}, ${max}])`);
      }
      // Little-endian two's complement, as scale-ts writes it, without a DataView per value.
      for (let k = 0, x = v; k < width; k++, x >>= 8) out[at + k] = x & 0xff;
    };
    const codec = createCodec((v: number) => {
      const out = new Uint8Array(width);
      write(v, out, 0);
      return out;
    }, base.dec);
    return makeType(withWriter(codec, { width, write }), primitiveDef(kind), { name });
  });

const MAX_SAFE = BigInt(Number.MAX_SAFE_INTEGER);

/** Writes the little-endian bytes of a non-negative safe integer at `at` (into zeroed bytes: higher ones stay 0). */
const writeSafeUintLe = (x: number, out: Uint8Array, at: number): void => {
  let lo = x % 0x1_0000_0000;
  let hi = (x - lo) / 0x1_0000_0000;
  for (let k = 0; k < 4; k++, lo >>>= 8) out[at + k] = lo & 0xff;
  for (let k = 4; k < 8; k++, hi >>>= 8) out[at + k] = hi & 0xff;
};

/** A u64/u128/u256/i64/i128/i256 carried as a bigint, named `typeName` in errors (e.g. `Moment`). */
export const bigInt = (kind: keyof typeof BIGINT_KINDS, typeName: string = kind): Type<bigint> =>
  namedVariant(kind, typeName, (name) => {
    const [min, max, base] = BIGINT_KINDS[kind];
    const width = base.enc(0n).length;
    // The two large values used last and their bytes: the same ones often come back (pallet_balances' IS_NEW_LOGIC
    // flag, 2^127, is in every AccountData; a fee burn writes the total issuance in between).
    let lastLarge = 0n;
    let lastLargeBytes = base.enc(0n);
    let prevLarge = 0n;
    let prevLargeBytes = lastLargeBytes;
    // Writes into zeroed bytes (a fresh buffer).
    const write = (v: bigint, out: Uint8Array, at: number): void => {
      if (typeof v !== 'bigint' || v < min || v > max) {
        throw new EncodeError(name, `${String(v)} is not a ${kind} (a bigint in [${min}, ${max}])`);
      }
      // Most balances and weights fit a double exactly: their bytes need no bigint arithmetic.
      if (v >= 0n && v <= MAX_SAFE) {
        writeSafeUintLe(Number(v), out, at);
        return;
      }
      if (v !== lastLarge) {
        const bytes = v === prevLarge ? prevLargeBytes : base.enc(v);
        prevLarge = lastLarge;
        prevLargeBytes = lastLargeBytes;
        lastLarge = v;
        lastLargeBytes = bytes;
      }
      out.set(lastLargeBytes, at);
    };
    const codec = createCodec((v: bigint) => {
      const out = new Uint8Array(width);
      write(v, out, 0);
      return out;
    }, base.dec);
    return makeType(withWriter(codec, { width, write }), primitiveDef(kind), { name });
  });

/** `bool`: exactly 0x00 or 0x01, as Rust requires. */
export const bool: Type<boolean> = makeType(
  createCodec(
    (v: boolean) => {
      if (typeof v !== 'boolean') throw new EncodeError('bool', `${String(v)} is not a boolean`);
      return Uint8Array.of(v ? 1 : 0);
    },
    createDecoder((bytes) => {
      const b = scale.u8.dec(bytes);
      if (b > 1) throw new DecodeError('bool', `invalid byte ${hexByte(b)}`);
      return b === 1;
    }),
  ),
  primitiveDef('bool'),
  { name: 'bool' },
);

export const u8 = int('u8');
export const u16 = int('u16');
export const u32 = int('u32');
export const i8 = int('i8');
export const i16 = int('i16');
export const i32 = int('i32');
export const u64 = bigInt('u64');
export const u128 = bigInt('u128');
export const u256 = bigInt('u256');
export const i64 = bigInt('i64');
export const i128 = bigInt('i128');
export const i256 = bigInt('i256');

// ---------------------------------------------------------------------------------------------------------------
// Compact: canonical (shortest) encodings only, within the range of the underlying integer.

/** Reads a compact integer of at most `maxBytes` bytes; rejects non-canonical forms like parity-scale-codec. */
const readCompact = (bytes: Uint8Array, typeName: string, bits: 32 | 64 | 128): bigint => {
  const b0 = scale.u8.dec(bytes);
  const mode = b0 & 3;
  if (mode === 0) return BigInt(b0 >>> 2);
  let value: bigint;
  let min: bigint;
  if (mode === 1) {
    value = BigInt((b0 + scale.u8.dec(bytes) * 0x100) >>> 2);
    min = 1n << 6n;
  } else if (mode === 2) {
    value = BigInt(Math.floor((b0 + scale.u8.dec(bytes) * 0x100 + scale.u16.dec(bytes) * 0x1_0000) / 4));
    min = 1n << 14n;
  } else {
    const n = (b0 >>> 2) + 4;
    if (n > bits / 8) throw new DecodeError(typeName, `compact value does not fit in a u${bits}`);
    value = 0n;
    for (let k = 0; k < n; k++) value |= BigInt(scale.u8.dec(bytes)) << BigInt(8 * k);
    min = n === 4 ? 1n << 30n : 1n << BigInt(8 * (n - 1));
  }
  if (value < min) throw new DecodeError(typeName, `non-canonical compact encoding of ${value}`);
  return value;
};

/** The largest integer with a 1-, 2- or 4-byte compact encoding (lengths and counts in practice). */
export const MAX_SMALL_COMPACT = 0x3fff_ffff;

/** How many bytes the compact encoding of `n` (0 ≤ n ≤ MAX_SMALL_COMPACT) takes. */
export const smallCompactSize = (n: number): number => (n < 0x40 ? 1 : n < 0x4000 ? 2 : 4);

/**
 * Writes the compact encoding of `n` (0 ≤ n ≤ MAX_SMALL_COMPACT) into `out` at `at`; returns the end. For encoders
 * that size their whole output first and write into one buffer.
 */
export const writeSmallCompact = (out: Uint8Array, at: number, n: number): number => {
  if (n < 0x40) {
    out[at] = n << 2;
    return at + 1;
  }
  if (n < 0x4000) {
    out[at] = ((n << 2) | 1) & 0xff;
    out[at + 1] = n >>> 6;
    return at + 2;
  }
  const x = n * 4 + 2;
  out[at] = x & 0xff;
  out[at + 1] = (x >>> 8) & 0xff;
  out[at + 2] = (x >>> 16) & 0xff;
  out[at + 3] = x >>> 24;
  return at + 4;
};

/**
 * The SCALE compact encoding of a non-negative integer: the same bytes as scale-ts' `compact.enc`, without its
 * DataView per value and, below 2^53, without bigint arithmetic (weights and lengths are encoded every extrinsic).
 */
export const encodeCompact = (v: number | bigint): Uint8Array => {
  const n = Number(v);
  if (!(n >= 0 && n <= Number.MAX_SAFE_INTEGER)) return scale.compact.enc(v);
  if (n <= MAX_SMALL_COMPACT) {
    const out = new Uint8Array(smallCompactSize(n));
    writeSmallCompact(out, 0, n);
    return out;
  }
  // Big-integer mode: a length byte, then the fewest little-endian bytes that hold the value (at least 4).
  let width = 4;
  while (width < 7 && n >= 2 ** (8 * width)) width++;
  const out = new Uint8Array(1 + width);
  out[0] = ((width - 4) << 2) | 3;
  let lo = n % 0x1_0000_0000;
  let hi = (n - lo) / 0x1_0000_0000;
  for (let k = 1; k <= 4; k++, lo >>>= 8) out[k] = lo & 0xff;
  for (let k = 5; k <= width; k++, hi >>>= 8) out[k] = hi & 0xff;
  return out;
};

/** `tag` followed by `body`, in one allocation (enum, option and result encodings). */
const tagged = (tag: number, body: Uint8Array): Uint8Array => {
  const out = new Uint8Array(body.length + 1);
  out[0] = tag;
  out.set(body, 1);
  return out;
};

const decodeLength = (bytes: Uint8Array, typeName: string): number =>
  Number(readCompact(bytes, typeName, 32));

const compactCodec = <T extends number | bigint>(bits: 32 | 64 | 128, typeName: string): Codec<T> => {
  const max = (1n << BigInt(bits)) - 1n;
  const asNumber = bits === 32;
  return createCodec(
    (v: T) => {
      const ok = asNumber
        ? typeof v === 'number' && Number.isInteger(v) && v >= 0 && v <= Number(max)
        : typeof v === 'bigint' && v >= 0n && v <= max;
      if (!ok)
        throw new EncodeError(typeName, `${String(v)} is not a u${bits} ${asNumber ? 'number' : 'bigint'}`);
      return encodeCompact(v);
    },
    createDecoder((bytes) => {
      const value = readCompact(bytes, typeName, bits);
      return (asNumber ? Number(value) : value) as T;
    }),
  );
};

/** `Compact<u32>` as a number. */
export const compactU32: Type<number> = makeType(
  compactCodec<number>(32, 'Compact<u32>'),
  () => ({ tag: 'compact', value: u32 }),
  { name: 'Compact<u32>' },
);
/** `Compact<u64>` as a bigint. */
export const compactU64: Type<bigint> = makeType(
  compactCodec<bigint>(64, 'Compact<u64>'),
  () => ({ tag: 'compact', value: u64 }),
  { name: 'Compact<u64>' },
);
/** `Compact<u128>` as a bigint. */
export const compactU128: Type<bigint> = makeType(
  compactCodec<bigint>(128, 'Compact<u128>'),
  () => ({ tag: 'compact', value: u128 }),
  { name: 'Compact<u128>' },
);

/** `()`: the empty tuple. */
export const unit: Type<undefined> = makeType(scale._void, () => ({ tag: 'tuple', value: [] }), {
  name: '()',
});

// ---------------------------------------------------------------------------------------------------------------
// Strings, byte arrays and vectors.

const readExact = (bytes: Uint8Array, len: number, typeName: string): Uint8Array => {
  const cursor = bytes as unknown as Cursor;
  const available = Math.max(0, cursor.length - cursor.i);
  if (available < len) {
    throw new DecodeError(typeName, `expected ${len} bytes, the input ends after ${available}`);
  }
  // A copy (ArrayBuffer#slice is several times slower than copying a view).
  const out = new Uint8Array(bytes.buffer, cursor.i, len).slice();
  cursor.i += len;
  return out;
};

const requireBytes = (v: unknown, typeName: string): Uint8Array => {
  if (!(v instanceof Uint8Array)) throw new EncodeError(typeName, 'expected a Uint8Array');
  return v;
};

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** `String` (compact length + UTF-8); invalid UTF-8 is rejected on decode. */
export const str: Type<string> = makeType(
  createCodec(
    (v: string) => {
      if (typeof v !== 'string') throw new EncodeError('str', `${String(v)} is not a string`);
      return scale.str.enc(v);
    },
    createDecoder((bytes) => {
      const raw = readExact(bytes, decodeLength(bytes, 'str'), 'str');
      try {
        return utf8.decode(raw);
      } catch {
        throw new DecodeError('str', 'invalid UTF-8');
      }
    }),
  ),
  primitiveDef('str'),
  { name: 'str' },
);

const lengthPrefixedBytes = (typeName: string, max: number | undefined): Codec<Uint8Array> =>
  createCodec(
    (v: Uint8Array) => {
      requireBytes(v, typeName);
      if (max !== undefined && v.length > max)
        throw new BoundExceededError(typeName, 'encode', max, v.length);
      return concatBytes(encodeCompact(v.length), v);
    },
    createDecoder((bytes) => {
      const len = decodeLength(bytes, typeName);
      if (max !== undefined && len > max) throw new BoundExceededError(typeName, 'decode', max, len);
      return readExact(bytes, len, typeName);
    }),
  );

const sequenceCodec = <T>(inner: Codec<T>, name: () => string, max: number | undefined): Codec<T[]> =>
  createCodec(
    (v: T[]) => {
      if (!Array.isArray(v)) throw new EncodeError(name(), 'expected an array');
      if (max !== undefined && v.length > max) throw new BoundExceededError(name(), 'encode', max, v.length);
      return concatBytes(encodeCompact(v.length), ...v.map((item) => inner.enc(item)));
    },
    createDecoder((bytes) => {
      const len = decodeLength(bytes, name());
      if (max !== undefined && len > max) throw new BoundExceededError(name(), 'decode', max, len);
      const cursor = bytes as unknown as Cursor;
      const out: T[] = [];
      for (let k = 0; k < len; k++) {
        // A length beyond the input fails here rather than after allocating `len` items.
        if (cursor.i > cursor.length) throw new DecodeError(name(), 'unexpected end of input');
        out.push(inner.dec(bytes));
      }
      return out;
    }),
  );

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
export const vec: <T>(inner: Type<T>) => Type<T[]> = memo(<T>(inner: Type<T>): Type<T[]> => {
  const name = () => `Vec<${nameOf(inner)}>`;
  const t = makeType(sequenceCodec(inner.codec, name, undefined), () => ({ tag: 'sequence', value: inner }), {
    name,
  });
  const root = metaRoot(inner);
  return root === inner ? t : withMetaBase(t, vec(root));
}) as <T>(inner: Type<T>) => Type<T[]>;

/** `Vec<u8>` as a Uint8Array. */
export const bytes: Type<Uint8Array> = makeType(
  lengthPrefixedBytes('Vec<u8>', undefined),
  () => ({ tag: 'sequence', value: u8 }),
  { name: 'Vec<u8>' },
);

/** `Vec<u8>` as a Uint8Array, named `typeName` in errors (same metadata as `bytes`). */
export const byteVec = (typeName: string): Type<Uint8Array> =>
  withMetaBase(
    makeType(lengthPrefixedBytes(typeName, undefined), () => ({ tag: 'sequence', value: u8 }), {
      name: typeName,
    }),
    bytes,
  );

const BOUNDED_VEC_PATH = ['bounded_collections', 'bounded_vec', 'BoundedVec'] as const;
// One metadata type per (element type, bound), as scale-info has one type id per Rust `BoundedVec<T, S>`.
const boundedMeta = new WeakMap<Type<any>, Map<number, Type<any>>>();
const boundedVecMeta = (element: Type<any>, max: number): Type<any> => {
  const inner = metaRoot(element);
  let byMax = boundedMeta.get(inner);
  if (byMax === undefined) {
    byMax = new Map();
    boundedMeta.set(inner, byMax);
  }
  let meta = byMax.get(max);
  if (meta === undefined) {
    const name = () => `BoundedVec<${nameOf(inner)}, ${max}>`;
    meta = makeType(
      sequenceCodec(inner.codec, name, max),
      () => ({
        tag: 'composite',
        value: [{ name: undefined, type: vec(inner), typeName: 'Vec<T>', docs: [] }],
      }),
      {
        path: BOUNDED_VEC_PATH,
        // The bound `S` is skipped in scale-info: the parameter is listed without a type.
        params: [
          { name: 'T', type: inner },
          { name: 'S', type: undefined },
        ],
        name,
      },
    );
    byMax.set(max, meta);
  }
  return meta;
};

// A bounded vector with its own error name whose metadata is the shared `BoundedVec<T, S>` entry.
const boundedWith = <T>(codec: Codec<T>, meta: Type<any>, typeName: string): Type<T> =>
  withMetaBase(makeType(codec, meta.def, { path: meta.path, params: meta.params, name: typeName }), meta);

/**
 * `BoundedVec<T, max>`: encodes like `Vec<T>`; a longer vector is refused on encode and on decode with a
 * `BoundExceededError` naming `typeName` (e.g. `Attestations`).
 */
export const boundedVec = <T>(inner: Type<T>, max: number, typeName: string): Type<T[]> =>
  boundedWith(
    sequenceCodec(inner.codec, () => typeName, max),
    boundedVecMeta(inner, max),
    typeName,
  );

/** `BoundedVec<u8, max>` as a Uint8Array (e.g. `PalletString`); longer input is refused, never truncated. */
export const boundedBytes = (max: number, typeName: string): Type<Uint8Array> =>
  boundedWith(lengthPrefixedBytes(typeName, max), boundedVecMeta(u8, max), typeName);

const fixedBytesCodec = (len: number, typeName: string): Codec<Uint8Array> => {
  const check = (v: Uint8Array): void => {
    if (requireBytes(v, typeName).length !== len) {
      throw new EncodeError(typeName, `expected ${len} bytes, got ${v.length}`);
    }
  };
  const codec = createCodec(
    (v: Uint8Array) => {
      check(v);
      return new Uint8Array(v);
    },
    createDecoder((bytes) => readExact(bytes, len, typeName)),
  );
  return withWriter(codec, {
    width: len,
    write: (v: Uint8Array, out, at) => {
      check(v);
      out.set(v, at);
    },
  });
};

const fixedBytesCache = new Map<number, Type<Uint8Array>>();
/** `[u8; len]` as a Uint8Array of exactly `len` bytes, named `typeName` in errors. */
export const fixedBytes = (len: number, typeName?: string): Type<Uint8Array> => {
  const make = (name: string) =>
    makeType(fixedBytesCodec(len, name), () => ({ tag: 'array', value: { len, type: u8 } }), { name });
  let t = fixedBytesCache.get(len);
  if (t === undefined) {
    t = make(`[u8; ${len}]`);
    fixedBytesCache.set(len, t);
  }
  return typeName === undefined ? t : withMetaBase(make(typeName), t);
};

const arrayCache = new WeakMap<Type<any>, Map<number, Type<any>>>();
/** `[T; len]` for a non-byte element type. */
export const array = <T>(inner: Type<T>, len: number): Type<T[]> => {
  let byLen = arrayCache.get(inner);
  if (byLen === undefined) {
    byLen = new Map();
    arrayCache.set(inner, byLen);
  }
  let t = byLen.get(len) as Type<T[]> | undefined;
  if (t === undefined) {
    const root = metaRoot(inner);
    t = root === inner ? makeArray(inner, len) : withMetaBase(makeArray(inner, len), array(root, len));
    byLen.set(len, t);
  }
  return t;
};

const makeArray = <T>(inner: Type<T>, len: number): Type<T[]> => {
  const name = () => `[${nameOf(inner)}; ${len}]`;
  const codec = createCodec(
    (v: T[]) => {
      if (!Array.isArray(v) || v.length !== len) {
        throw new EncodeError(
          name(),
          `expected ${len} elements, got ${Array.isArray(v) ? v.length : 'none'}`,
        );
      }
      return concatBytes(...v.map((item) => inner.codec.enc(item)));
    },
    createDecoder((bytes) => Array.from({ length: len }, () => inner.codec.dec(bytes))),
  );
  return makeType(codec, () => ({ tag: 'array', value: { len, type: inner } }), { name });
};

// ---------------------------------------------------------------------------------------------------------------
// Tuples, structs, enums.

type TypeValues<Ts extends readonly Type<any>[]> = {
  -readonly [K in keyof Ts]: Ts[K] extends Type<infer V> ? V : never;
};

const tupleCache = new Map<string, unknown>();
const tupleIds = new WeakMap<object, number>();
let nextTupleId = 0;
/** `(A, B, ...)`, carried as an array. */
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
    const codec = tupleCodec(items.map((i) => i.codec)) as unknown as Codec<TypeValues<Ts>>;
    t = makeType(codec, () => ({ tag: 'tuple', value: items }), {
      name: () => `(${items.map(nameOf).join(', ')})`,
    });
    const roots = items.map(metaRoot);
    if (roots.some((r, k) => r !== items[k])) t = withMetaBase(t, tuple(...roots));
    tupleCache.set(key, t);
  }
  return t;
};

/** A field with the Rust type name and docs that metadata shows beside it. */
export interface FieldSpec<T> {
  readonly type: Type<T>;
  readonly typeName?: string;
  readonly docs?: readonly string[];
}

const typeOf = <T>(f: Type<T> | FieldSpec<T>): Type<T> =>
  'codec' in f ? (f as Type<T>) : (f as FieldSpec<T>).type;

const field = (name: string | undefined, spec: Type<any> | FieldSpec<any>): Field => {
  const f: FieldSpec<unknown> =
    'codec' in spec ? { type: spec as Type<unknown> } : (spec as FieldSpec<unknown>);
  return { name, type: f.type, typeName: f.typeName, docs: f.docs ?? [] };
};

type FieldsValue<F extends Record<string, Type<any> | FieldSpec<any>>> = {
  [K in keyof F]: F[K] extends Type<infer V> ? V : F[K] extends FieldSpec<infer W> ? W : never;
};

/** Concatenates encoded parts into one buffer (one allocation). */
const joinParts = (parts: Uint8Array[]): Uint8Array => {
  let len = 0;
  for (const p of parts) len += p.length;
  const out = new Uint8Array(len);
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
};

// scale-ts' Tuple and Struct encode and decode the same bytes, but through intermediate arrays and
// `Object.fromEntries`; these loops do the same field by field (storage values are decoded many times per block).
const tupleCodec = (codecs: readonly Codec<any>[]): Codec<any[]> => {
  const encs = codecs.map((c) => c.enc);
  const decs = codecs.map((c) => c.dec);
  const n = codecs.length;
  return createCodec(
    (v: any[]) => {
      const parts = new Array<Uint8Array>(n);
      for (let k = 0; k < n; k++) parts[k] = encs[k]!(v[k]);
      return joinParts(parts);
    },
    createDecoder((bytes) => {
      const out = new Array<unknown>(n);
      for (let k = 0; k < n; k++) out[k] = decs[k]!(bytes);
      return out;
    }),
  );
};

const structCodec = (fields: Record<string, Type<any> | FieldSpec<any>>): Codec<any> => {
  const keys = Object.keys(fields);
  const encs = keys.map((k) => typeOf(fields[k]!).codec.enc);
  const decs = keys.map((k) => typeOf(fields[k]!).codec.dec);
  const n = keys.length;
  const decode = createDecoder((bytes) => {
    const out: Record<string, unknown> = {};
    for (let k = 0; k < n; k++) out[keys[k]!] = decs[k]!(bytes);
    return out;
  });
  const writers = keys.map((k) => fixedWriters.get(typeOf(fields[k]!).codec));
  if (n === 0 || writers.some((w) => w === undefined)) {
    return createCodec((v: Record<string, unknown>) => {
      const parts = new Array<Uint8Array>(n);
      for (let k = 0; k < n; k++) parts[k] = encs[k]!(v[keys[k]!]);
      return joinParts(parts);
    }, decode);
  }
  // Every field has a fixed width: write them one after the other into one buffer.
  const fixed = writers as FixedWriter[];
  const width = fixed.reduce((sum, w) => sum + w.width, 0);
  const write = (v: Record<string, unknown>, out: Uint8Array, at: number): void => {
    for (let k = 0, pos = at; k < n; k++) {
      const w = fixed[k]!;
      w.write(v[keys[k]!], out, pos);
      pos += w.width;
    }
  };
  const codec = createCodec((v: Record<string, unknown>) => {
    const out = new Uint8Array(width);
    write(v, out, 0);
    return out;
  }, decode);
  return withWriter(codec, { width, write });
};

/** A named struct: `path { a: A, b: B }`, encoded field by field in declaration order. */
export const struct = <F extends Record<string, Type<any> | FieldSpec<any>>>(
  path: readonly string[],
  fields: F,
  options: Omit<TypeOptions, 'path'> = {},
): Type<FieldsValue<F>> =>
  makeType(
    structCodec(fields) as Codec<FieldsValue<F>>,
    () => ({ tag: 'composite', value: Object.entries(fields).map(([k, f]) => field(k, f)) }),
    { ...options, path },
  );

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

type FieldList = readonly (Type<any> | FieldSpec<any>)[];

/**
 * One variant of an enum: its index, and its data as named fields (a record), one unnamed field (a type, carried
 * unwrapped), several unnamed fields (a list, carried as an array), or nothing.
 */
export interface VariantSpec<T> {
  readonly index: number;
  readonly fields?: Type<T> | FieldList | Record<string, Type<any> | FieldSpec<any>>;
  readonly docs?: readonly string[];
}

type ListValue<L extends FieldList> = {
  -readonly [K in keyof L]: L[K] extends Type<infer V> ? V : L[K] extends FieldSpec<infer W> ? W : never;
};

type VariantValue<V extends VariantSpec<any>> =
  V['fields'] extends Type<infer T>
    ? T
    : V['fields'] extends FieldList
      ? ListValue<V['fields']>
      : V['fields'] extends Record<string, Type<any> | FieldSpec<any>>
        ? FieldsValue<V['fields']>
        : undefined;

/** The value of an enum type: `{ tag, value }`, as scale-ts and polkadot-api represent enums. */
export type EnumValue<V extends Record<string, VariantSpec<any>>> = {
  [K in keyof V]: { tag: K; value: VariantValue<V[K]> };
}[keyof V];

interface VariantBody {
  readonly codec: Codec<any>;
  readonly fields: () => Field[];
}

const variantBody = (spec: VariantSpec<any>): VariantBody => {
  const f = spec.fields;
  if (f === undefined) return { codec: unit.codec, fields: () => [] };
  if (Array.isArray(f)) {
    const list = f as FieldList;
    return {
      codec: tupleCodec(list.map((x) => typeOf(x).codec)) as Codec<any>,
      fields: () => list.map((x) => field(undefined, x)),
    };
  }
  if (isType(f)) {
    // An anonymous composite stands for the variant's own fields (e.g. unnamed fields with type names).
    const flatten = (): Field[] => {
      const def = f.path.length === 0 ? f.def() : undefined;
      return def?.tag === 'composite' ? [...def.value] : [field(undefined, f)];
    };
    return { codec: f.codec, fields: flatten };
  }
  const named = f as Record<string, Type<any> | FieldSpec<any>>;
  return {
    codec: structCodec(named),
    fields: () => Object.entries(named).map(([k, x]) => field(k, x)),
  };
};

/**
 * A variant's single unnamed field that shows its Rust type name in metadata (`PhaseChangedTo(CeremonyPhaseType)`)
 * while the value stays unwrapped. Only meaningful as a variant's `fields`.
 */
export const unnamedField = <T>(type: Type<T>, typeName: string): Type<T> =>
  makeType(type.codec, () => ({ tag: 'composite', value: [field(undefined, { type, typeName })] }));

/** A named enum with data: `path::{ A(...) = i, B { .. } = j }`. Indices need not be contiguous. */
export const enumType = <V extends Record<string, VariantSpec<any>>>(
  path: readonly string[],
  variants: V,
  options: Omit<TypeOptions, 'path'> = {},
): Type<EnumValue<V>> => {
  const names = Object.keys(variants);
  const bodies = new Map(names.map((n) => [n, variantBody(variants[n]!)]));
  const indexByTag = new Map(names.map((n) => [n, variants[n]!.index]));
  const tagByIndex = new Map(names.map((n) => [variants[n]!.index, n]));
  const typeName = () => (options.name === undefined ? (path.at(-1) ?? 'enum') : resolveName(options.name));
  const codec = createCodec(
    (v: EnumValue<V>) => {
      const tag = v !== null && typeof v === 'object' ? v.tag : undefined;
      const index = typeof tag === 'string' ? indexByTag.get(tag) : undefined;
      if (index === undefined) throw new EncodeError(typeName(), `unknown variant '${String(tag)}'`);
      return tagged(index, bodies.get(tag as string)!.codec.enc(v.value));
    },
    createDecoder((b) => {
      const index = scale.u8.dec(b);
      const tag = tagByIndex.get(index);
      if (tag === undefined) throw new DecodeError(typeName(), `unknown variant index ${index}`);
      return { tag, value: bodies.get(tag)!.codec.dec(b) } as EnumValue<V>;
    }),
  );
  const variantDefs = (): VariantDef[] =>
    names.map((n) => ({
      name: n,
      index: variants[n]!.index,
      fields: bodies.get(n)!.fields(),
      docs: variants[n]!.docs ?? [],
    }));
  return makeType(codec, () => ({ tag: 'variant', value: variantDefs() }), {
    ...options,
    path,
    name: typeName,
  });
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
  const indexByName = new Map<string, number>(entries);
  const nameByIndex = new Map(entries.map(([n, i]) => [i, n]));
  const typeName = () => (options.name === undefined ? (path.at(-1) ?? 'enum') : resolveName(options.name));
  const codec = createCodec(
    (v: N) => {
      const index = typeof v === 'string' ? indexByName.get(v) : undefined;
      if (index === undefined) throw new EncodeError(typeName(), `unknown variant '${String(v)}'`);
      return Uint8Array.of(index);
    },
    createDecoder((b) => {
      const index = scale.u8.dec(b);
      const name = nameByIndex.get(index);
      if (name === undefined) throw new DecodeError(typeName(), `unknown variant index ${index}`);
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
    { ...options, path, name: typeName },
  );
};

/** `Option<T>` (path `Option`, parameter `T`), carried as `T | undefined`; an option byte above 0x01 is rejected. */
export const option: <T>(inner: Type<T>) => Type<T | undefined> = memo(
  <T>(inner: Type<T>): Type<T | undefined> => {
    const root = metaRoot(inner);
    const t = makeOption(inner);
    return root === inner ? t : withMetaBase(t, option(root));
  },
) as <T>(inner: Type<T>) => Type<T | undefined>;

const makeOption = <T>(inner: Type<T>): Type<T | undefined> => {
  const name = () => `Option<${nameOf(inner)}>`;
  const codec = createCodec(
    (v: T | undefined) => (v === undefined ? Uint8Array.of(0) : tagged(1, inner.codec.enc(v))),
    createDecoder((bytes) => {
      const b = scale.u8.dec(bytes);
      if (b === 0) return undefined;
      if (b === 1) return inner.codec.dec(bytes);
      throw new DecodeError(name(), `invalid option byte ${hexByte(b)}`);
    }),
  );
  return makeType(
    codec,
    () => ({
      tag: 'variant',
      value: [
        { name: 'None', index: 0, fields: [], docs: [] },
        { name: 'Some', index: 1, fields: [field(undefined, inner)], docs: [] },
      ],
    }),
    { path: ['Option'], params: [{ name: 'T', type: inner }], name },
  );
};

export type ResultValue<T, E> = { success: true; value: T } | { success: false; value: E };

const resultCache = new WeakMap<Type<any>, WeakMap<Type<any>, Type<any>>>();
/** `Result<T, E>` (path `Result`, parameters `T`, `E`); a result byte above 0x01 is rejected. */
export const result = <T, E>(ok: Type<T>, err: Type<E>): Type<ResultValue<T, E>> => {
  let byErr = resultCache.get(ok);
  if (byErr === undefined) {
    byErr = new WeakMap();
    resultCache.set(ok, byErr);
  }
  let t = byErr.get(err) as Type<ResultValue<T, E>> | undefined;
  if (t === undefined) {
    const [okRoot, errRoot] = [metaRoot(ok), metaRoot(err)];
    t = makeResult(ok, err);
    if (okRoot !== ok || errRoot !== err) t = withMetaBase(t, result(okRoot, errRoot));
    byErr.set(err, t);
  }
  return t;
};

const makeResult = <T, E>(ok: Type<T>, err: Type<E>): Type<ResultValue<T, E>> => {
  const name = () => `Result<${nameOf(ok)}, ${nameOf(err)}>`;
  const codec = createCodec(
    (v: ResultValue<T, E>) =>
      v.success ? tagged(0, ok.codec.enc(v.value)) : tagged(1, err.codec.enc(v.value)),
    createDecoder((bytes): ResultValue<T, E> => {
      const b = scale.u8.dec(bytes);
      if (b === 0) return { success: true, value: ok.codec.dec(bytes) };
      if (b === 1) return { success: false, value: err.codec.dec(bytes) };
      throw new DecodeError(name(), `invalid result byte ${hexByte(b)}`);
    }),
  );
  return makeType(
    codec,
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
      name,
    },
  );
};

/** A type declared later (for recursion, e.g. `Sudo::sudo(call: Box<RuntimeCall>)`). */
export const lazy = <T>(get: () => Type<T>): Type<T> => {
  let resolved: Type<T> | undefined;
  const target = (): Type<T> => {
    resolved ??= get();
    return resolved;
  };
  // The target's own codec tells a top-level call from a nested one, so both are passed straight through.
  const codec = createCodec(
    (v: T) => target().codec.enc(v),
    (b: Input) => target().codec.dec(b),
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
  typeNames.set(lazyType, () => nameOf(target()));
  return lazyType;
};

/**
 * Follows `lazy`, `mapType` and bounded-vector indirections to the declared type, so that a registry sees one
 * object per metadata type.
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
export const mapType = <I, O>(t: Type<I>, to: (value: O) => I, from: (value: I) => O): Type<O> =>
  withMetaBase(
    makeType(scale.enhanceCodec(t.codec, to, from), t.def, {
      path: t.path,
      params: t.params,
      docs: t.docs,
      name: () => nameOf(t),
    }),
    t,
  );

/**
 * Decodes one value from the start of `bytes` and says how many bytes it took (for keys that are followed by
 * more data, such as the parts of a storage key).
 */
export const decodePrefix = <T>(type: Type<T>, bytes: Uint8Array): [T, number] => {
  const dec = createDecoder((b) => {
    const value = type.codec.dec(b);
    return [value, (b as unknown as Cursor).i] as [T, number];
  });
  let decoded: [T, number];
  try {
    decoded = dec(own(bytes));
  } catch (e) {
    if (e instanceof EncointerError) throw e;
    throw new DecodeError(nameOf(type), e instanceof RangeError ? 'unexpected end of input' : messageOf(e));
  }
  if (decoded[1] > bytes.length) throw new DecodeError(nameOf(type), 'unexpected end of input');
  return decoded;
};
