// spec: ARCHITECTURE §6 (services: structured logs)
/**
 * Structured logs for the long-running services: every entry has an event name, fields and a line for people.
 * Text mode prints `<ISO time> <message>`, JSON mode one object per line (bigints as decimal strings, bytes as
 * 0x hex) so scripts can follow a service with a line reader.
 */
import { toHex } from '../primitives/common/bytes.js';

export type LogFields = Readonly<Record<string, unknown>>;

/** Writes one entry: `event` names it, `message` is the text line, `fields` the structured data. */
export type ServiceLog = (event: string, message: string, fields?: LogFields) => void;

export interface ServiceLogOptions {
  /** One JSON object per line instead of text. */
  json?: boolean | undefined;
  /** Clock, for tests. */
  now?: (() => Date) | undefined;
}

/** JSON.stringify replacer for chain values. */
export const serviceJsonReplacer = (_key: string, value: unknown): unknown => {
  if (typeof value === 'bigint') return value.toString();
  if (value instanceof Uint8Array) return toHex(value);
  return value;
};

/** A log writing whole lines to `write` (without the trailing newline). */
export const createServiceLog =
  (
    write: (line: string) => void,
    { json = false, now = () => new Date() }: ServiceLogOptions = {},
  ): ServiceLog =>
  (event, message, fields = {}) => {
    const time = now().toISOString();
    write(json ? JSON.stringify({ time, event, ...fields }, serviceJsonReplacer) : `${time} ${message}`);
  };

/** A log that drops everything. */
export const silentLog: ServiceLog = () => {};
