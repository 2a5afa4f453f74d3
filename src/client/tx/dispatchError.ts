// spec: substrate-compat (DispatchError, ModuleError), ARCHITECTURE §3 item 7
import { fromHex } from '../../primitives/common/bytes.js';
import type { ChainMetadata } from '../common/metadata.js';
import type { DispatchErrorInfo } from './errors.js';

interface EnumValue {
  type: string;
  value?: unknown;
}

const isEnum = (v: unknown): v is EnumValue =>
  typeof v === 'object' && v !== null && typeof (v as EnumValue).type === 'string';

/**
 * Resolves a papi-decoded `DispatchError` to names and docs. papi usually maps module errors to
 * `{ type: 'Module', value: { type: <pallet>, value: { type: <error> } } }`; a raw `{ index, error }` is resolved
 * through the metadata.
 */
export const resolveDispatchError = (value: unknown, metadata: ChainMetadata): DispatchErrorInfo => {
  if (!isEnum(value)) {
    return { kind: 'Unknown', pallet: undefined, error: 'Unknown', docs: [JSON.stringify(String(value))] };
  }
  if (value.type === 'Module') {
    const inner = value.value;
    if (isEnum(inner)) {
      const error = isEnum(inner.value) ? inner.value.type : 'Unknown';
      return { kind: 'Module', pallet: inner.type, error, docs: metadata.errorDocs(inner.type, error) };
    }
    const raw = inner as { index?: number; error?: string | Uint8Array };
    const errorBytes = typeof raw.error === 'string' ? fromHex(raw.error) : (raw.error ?? new Uint8Array());
    const resolved = metadata.moduleError(raw.index ?? -1, errorBytes[0] ?? -1);
    if (resolved !== undefined) {
      return { kind: 'Module', ...resolved, docs: metadata.errorDocs(resolved.pallet, resolved.error) };
    }
    return {
      kind: 'Module',
      pallet: `#${raw.index}`,
      error: `#${errorBytes[0]}`,
      docs: ['the metadata knows no such pallet error'],
    };
  }
  // Token(FundsUnavailable), Arithmetic(Overflow), … name the nested variant; BadOrigin etc. stand alone.
  const error = isEnum(value.value) ? value.value.type : value.type;
  return { kind: value.type, pallet: undefined, error, docs: metadata.errorDocs(undefined, error) };
};
