// spec: substrate-compat §6.3 (System.Events is a SCALE Vec of records)
import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { bytes, vec } from '../../primitives/codec/describe.js';
import { EventLog } from './eventLog.js';

describe('EventLog', () => {
  test.prop([fc.array(fc.uint8Array({ minLength: 0, maxLength: 300 }), { maxLength: 120 })])(
    'its view is always the SCALE Vec of the records appended (across buffer growth and prefix widths)',
    (records) => {
      const log = new EventLog();
      // Records are arbitrary bytes here; encode each as a Vec<u8> so the whole view decodes as Vec<Vec<u8>>.
      const views: Uint8Array[] = [];
      for (const r of records) {
        log.append(bytes.enc(r));
        views.push(log.snapshot());
      }
      expect(vec(bytes).dec(log.view())).toEqual(records);
      for (const [i, v] of views.entries()) expect(vec(bytes).dec(v)).toEqual(records.slice(0, i + 1));
      expect(log.count).toBe(records.length);
    },
  );
});
