// spec: substrate-compat §6.5 (`:code` placeholder), §8 (bump the code with the runtime)
import { concatBytes } from '../../primitives/common/bytes.js';
import { blake2_256 } from '../../primitives/common/hashing.js';
import type { EncointerRuntime } from '../../runtime/encointerRuntime.js';
import { RuntimeVersion } from '../../runtime/types/substrate.js';

/** The well-known key `:code`. */
export const CODE_KEY = '0x3a636f6465';

const MAGIC = new TextEncoder().encode('encointer-ts-runtime');

/**
 * The `:code` value: not wasm, a placeholder whose bytes change whenever the runtime changes. papi hashes it to
 * identify the runtime and key its metadata cache, so it covers the version and the metadata.
 * Layout: `encointer-ts-runtime` ++ SCALE(RuntimeVersion) ++ blake2_256(metadata V15).
 */
export const runtimeCode = (runtime: EncointerRuntime): Uint8Array => {
  const metadata = runtime.metadataAt(15) ?? new Uint8Array();
  return concatBytes(MAGIC, RuntimeVersion.enc(runtime.executive.version()), blake2_256(metadata));
};
