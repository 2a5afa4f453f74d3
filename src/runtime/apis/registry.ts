// spec: substrate-compat §7.3 (V15 `apis`), §7.4 (state_call: SCALE in, SCALE out), §8 (RuntimeVersion.apis ids)
/**
 * Runtime APIs, each declared once: its name and version (for `RuntimeVersion.apis`), its methods' inputs and output
 * as described types (for metadata V15 and for decoding `state_call` input / encoding its output), and the code
 * that answers.
 */
import { blake2b } from '@noble/hashes/blake2.js';
import { createDecoder } from 'scale-ts';
import type { Type } from '../../primitives/codec/types.js';
import { EncointerError } from '../../primitives/common/errors.js';
import type { RuntimeApiInfo } from '../framework/metadata.js';
import { OverlayState, type StateReader } from '../framework/state.js';
import type { RuntimeVersionValue } from '../types/substrate.js';

export interface ApiMethod {
  readonly name: string;
  // biome-ignore lint/suspicious/noExplicitAny: argument types are heterogeneous
  readonly inputs: readonly { readonly name: string; readonly type: Type<any> }[];
  // biome-ignore lint/suspicious/noExplicitAny: output types are heterogeneous
  readonly output: Type<any>;
  readonly docs?: readonly string[];
  /**
   * Answers the call. `state` is a scratch layer over the state queried: writes are discarded (as with
   * `state_call`). Arguments arrive decoded, in input order.
   */
  // biome-ignore lint/suspicious/noExplicitAny: argument values are heterogeneous
  readonly run: (state: OverlayState, ...args: any[]) => unknown;
}

export interface RuntimeApi {
  readonly name: string;
  readonly version: number;
  readonly docs?: readonly string[];
  readonly methods: readonly ApiMethod[];
}

/** Declares one method with typed arguments (a helper for inference; the registry stores it untyped). */
export const method = <M extends ApiMethod>(m: M): ApiMethod => m;

/** The method is not provided by this runtime (`state_call` error 4003 / chainHead `operationError`). */
export class UnknownRuntimeApiError extends EncointerError {
  constructor(readonly method: string) {
    super('UnknownRuntimeApi', `Client error: Exported method ${method} is not found`);
  }
}

/** The input bytes do not decode as the method's arguments. */
export class RuntimeApiInputError extends EncointerError {
  constructor(method: string, reason: string) {
    super('RuntimeApiInputError', `Client error: bad input data provided to ${method}: ${reason}`);
  }
}

/** The method exists in the declaration but this runtime cannot answer it. */
export class UnsupportedRuntimeApiError extends EncointerError {
  constructor(method: string, why: string) {
    super('UnsupportedRuntimeApi', `Client error: ${method} is not supported by this runtime: ${why}`);
  }
}

/** The 8-byte API id of `RuntimeVersion.apis`: blake2b-64 of the API trait name. */
export const apiId = (name: string): Uint8Array => blake2b(new TextEncoder().encode(name), { dkLen: 8 });

interface Cursor {
  i: number;
  length: number;
}

/** The registry of runtime APIs of one runtime. */
export class RuntimeApis {
  private readonly apis: RuntimeApi[] = [];
  private readonly methods = new Map<string, ApiMethod>();
  private generation = 0;
  private versionCache: { revision: number; apis: [Uint8Array, number][] } | undefined;
  private lastVersion:
    | { readonly base: Omit<RuntimeVersionValue, 'apis'>; readonly version: RuntimeVersionValue }
    | undefined;

  /** Adds an API; its methods become callable as `${api}_${method}`. */
  register(api: RuntimeApi): this {
    if (this.apis.some((a) => a.name === api.name))
      throw new Error(`runtime API ${api.name} is registered twice`);
    for (const m of api.methods) this.methods.set(`${api.name}_${m.name}`, m);
    this.apis.push(api);
    this.generation += 1;
    return this;
  }

  /** Changes whenever an API is registered (metadata caches key on it). */
  get revision(): number {
    return this.generation;
  }

  has(method: string): boolean {
    return this.methods.has(method);
  }

  /** `RuntimeVersion.apis`: (id, version) of every registered API, in registration order. */
  versionApis(): [Uint8Array, number][] {
    // Read for every signature check (spec version), so computed once per set of APIs.
    if (this.versionCache?.revision !== this.generation) {
      this.versionCache = {
        revision: this.generation,
        apis: this.apis.map((a) => [apiId(a.name), a.version]),
      };
    }
    return this.versionCache.apis;
  }

  /** The full runtime version: `base` plus the registered APIs. */
  runtimeVersion(base: Omit<RuntimeVersionValue, 'apis'>): RuntimeVersionValue {
    // Asked for on every signature check: one frozen object per base and set of APIs.
    const apis = this.versionApis();
    const last = this.lastVersion;
    if (last !== undefined && last.base === base && last.version.apis === apis) return last.version;
    const version = Object.freeze({ ...base, apis });
    this.lastVersion = { base, version };
    return version;
  }

  /** The metadata V15 `apis` list. */
  metadataApis(): RuntimeApiInfo[] {
    return this.apis.map((a) => ({
      name: a.name,
      docs: a.docs ?? [],
      methods: a.methods.map((m) => ({
        name: m.name,
        inputs: m.inputs,
        output: m.output,
        docs: m.docs ?? [],
      })),
    }));
  }

  /**
   * Answers `state_call(method, input)` on `state`: decodes the concatenated arguments, runs the method on a
   * scratch layer and returns the SCALE-encoded output.
   *
   * @example
   * apis.call(state, 'AccountNonceApi_account_nonce', alicePublicKey); // u32 LE
   */
  call(state: StateReader, name: string, input: Uint8Array): Uint8Array {
    const m = this.methods.get(name);
    if (m === undefined) throw new UnknownRuntimeApiError(name);
    const args = decodeArgs(name, m, input);
    const output = m.run(new OverlayState(state), ...args);
    return m.output.enc(output);
  }
}

const decodeArgs = (name: string, m: ApiMethod, input: Uint8Array): unknown[] => {
  const own = input.byteOffset === 0 && input.byteLength === input.buffer.byteLength ? input : input.slice();
  const parse = createDecoder((b) => {
    const values = m.inputs.map((i) => i.type.codec.dec(b));
    const cursor = b as unknown as Cursor;
    if (cursor.i > cursor.length) throw new RuntimeApiInputError(name, 'input too short');
    if (cursor.i !== cursor.length)
      throw new RuntimeApiInputError(name, `${cursor.length - cursor.i} bytes left over`);
    return values;
  });
  try {
    return parse(own);
  } catch (e) {
    if (e instanceof RuntimeApiInputError) throw e;
    throw new RuntimeApiInputError(name, e instanceof Error ? e.message : String(e));
  }
};
