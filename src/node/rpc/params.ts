// spec: substrate-compat §2 (lenient hex: "0x", "" and missing mean empty; numbers as JSON numbers or hex strings)
/** Zod schemas shared by the RPC methods' parameter tuples. */
import { z } from 'zod';
import { fromHex } from '../../primitives/common/bytes.js';

const HEX = /^(0x)?([0-9a-fA-F]{2})*$/;

/** Hex bytes; `""` and `"0x"` are empty. */
export const hexBytes = z
  .string()
  .regex(HEX, 'expected hex bytes')
  .transform((s) => fromHex(s.startsWith('0x') ? s : `0x${s}`));

/** A hex storage key or prefix, normalized to lowercase `0x` hex (the state's key form). */
export const storageKey = z
  .string()
  .regex(HEX, 'expected a hex storage key')
  .transform((s) => (s.startsWith('0x') ? s : `0x${s}`).toLowerCase());

/** A 32-byte block hash, lowercase. */
export const blockHash = z
  .string()
  .regex(/^0x[0-9a-fA-F]{64}$/, 'expected a 32-byte 0x hex block hash')
  .transform((s) => s.toLowerCase());

/** An optional block hash: missing or null mean the best block. */
export const at = blockHash.nullish().transform((s) => s ?? undefined);

/** A block number as a JSON number, a hex string (`"0x1b"`, `"0x0000001b"`) or a decimal string. */
export const blockNumber = z.union([
  z.number().int().nonnegative(),
  z
    .string()
    .regex(/^0x[0-9a-fA-F]+$/)
    .transform((s) => Number.parseInt(s, 16)),
  z
    .string()
    .regex(/^[0-9]+$/)
    .transform((s) => Number.parseInt(s, 10)),
]);

/** A subscription id as returned by a subscribe method (string; numbers are accepted and stringified). */
export const subscriptionId = z.union([z.string(), z.number().transform(String)]);

/** No parameters. */
export const none = z.tuple([]);
