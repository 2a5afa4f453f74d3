// spec: substrate-compat §6.6 option 2 (root_n = blake2_256(root_{n−1} ++ SCALE(sorted changes)))

import { fc, test } from '@fast-check/vitest';
import { blake2b } from '@noble/hashes/blake2.js';
import { describe, expect, it } from 'vitest';
import { toHex } from '../../primitives/common/bytes.js';
import {
  encodeChangesFast,
  encodeChangesGeneral,
  genesisStateRoot,
  nextStateRoot,
} from './stateCommitment.js';

const blake = (bytes: number[]) => toHex(blake2b(Uint8Array.from(bytes), { dkLen: 32 }));
const zeros = (n: number) => new Array<number>(n).fill(0);

describe('state commitment (substrate-compat §6.6 option 2)', () => {
  it('hashes the zero root with the SCALE list of (key, Some(value)) for genesis', () => {
    // Vec len 1 (04), key Vec<u8> [01] (04 01), Some (01), value Vec<u8> [02] (04 02).
    const expected = blake([...zeros(32), 0x04, 0x04, 0x01, 0x01, 0x04, 0x02]);
    expect(toHex(genesisStateRoot([['0x01', Uint8Array.of(2)]]))).toBe(expected);
  });

  it('chains the parent root and encodes a deletion as None, keys sorted', () => {
    const parent = new Uint8Array(32).fill(7);
    const root = nextStateRoot(parent, [
      ['0x02', null],
      ['0x01', Uint8Array.of(0xaa, 0xbb)],
    ]);
    const expected = blake([
      ...new Array<number>(32).fill(7),
      0x08,
      0x04,
      0x01,
      0x01,
      0x08,
      0xaa,
      0xbb,
      0x04,
      0x02,
      0x00,
    ]);
    expect(toHex(root)).toBe(expected);
  });

  const entries = fc.uniqueArray(
    fc.tuple(
      fc.uint8Array({ minLength: 1, maxLength: 8 }).map(toHex),
      fc.option(fc.uint8Array({ maxLength: 8 })),
    ),
    { selector: ([k]) => k, maxLength: 12 },
  );

  test.prop([entries])('does not depend on the order changes are listed in', (list) => {
    const parent = new Uint8Array(32);
    expect(nextStateRoot(parent, [...list].reverse())).toEqual(nextStateRoot(parent, list));
  });

  test.prop([entries.filter((l) => l.length > 0), fc.nat()])(
    'changes when any value changes',
    (list, pick) => {
      const parent = new Uint8Array(32);
      const i = pick % list.length;
      const [k, v] = list[i]!;
      const altered = [...list];
      altered[i] = [k, v === null ? new Uint8Array() : null];
      expect(toHex(nextStateRoot(parent, altered))).not.toBe(toHex(nextStateRoot(parent, list)));
    },
  );
});

describe('state commitment encoding: the one-buffer path against scale-ts', () => {
  const hexKey = fc
    .tuple(fc.uint8Array({ minLength: 0, maxLength: 90 }), fc.boolean())
    .map(([b, upper]) => (upper ? `0x${toHex(b).slice(2).toUpperCase()}` : toHex(b)));
  // Lengths across the compact modes: 1 byte (< 64), 2 bytes (< 2^14) and 4 bytes.
  const value = fc.option(
    fc.oneof(
      fc.uint8Array({ maxLength: 80 }),
      fc.integer({ min: 60, max: 70_000 }).map((n) => new Uint8Array(n).fill(n & 0xff)),
    ),
  );
  const changes = fc.uniqueArray(fc.tuple(hexKey, value), { selector: ([k]) => k, maxLength: 80 });

  test.prop([fc.uint8Array({ minLength: 32, maxLength: 32 }), changes], { numRuns: 60 })(
    'writes the same bytes',
    (parent, list) => {
      const sorted = [...list].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
      expect(toHex(encodeChangesFast(parent, sorted)!)).toBe(toHex(encodeChangesGeneral(parent, sorted)));
    },
  );

  it('leaves keys that are not hex digit pairs to the general path', () => {
    const parent = new Uint8Array(32);
    expect(encodeChangesFast(parent, [['0x0g', null]])).toBeUndefined();
    expect(encodeChangesFast(parent, [['0x012', null]])).toBeUndefined();
    expect(encodeChangesFast(parent, [['01', null]])).toBeUndefined();
    expect(toHex(nextStateRoot(parent, [['0x0g', null]]))).toBe(
      toHex(blake2b(encodeChangesGeneral(parent, [['0x0g', null]]), { dkLen: 32 })),
    );
  });
});
