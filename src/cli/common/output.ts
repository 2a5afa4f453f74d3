/**
 * Printing: text for people, JSON for scripts (`--json` on every read command). JSON is printed with bigints as
 * decimal strings and byte arrays as 0x hex, so any JSON parser can read it.
 */
import { toHex } from '../../primitives/common/bytes.js';
import type { CliIo } from '../io.js';

/** JSON.stringify replacer for chain values. */
export const jsonReplacer = (_key: string, value: unknown): unknown => {
  if (typeof value === 'bigint') return value.toString();
  if (value instanceof Uint8Array) return toHex(value);
  return value;
};

export const toJson = (value: unknown): string => JSON.stringify(value, jsonReplacer, 2);

/** Prints `value` as JSON when `json` is set, otherwise the text `describe` renders. */
export const print = (
  io: CliIo,
  options: { json?: boolean },
  value: unknown,
  describe: (value: never) => string | readonly string[],
): void => {
  if (options.json === true) {
    io.out(toJson(value));
    return;
  }
  const text = describe(value as never);
  for (const line of typeof text === 'string' ? [text] : text) io.out(line);
};
