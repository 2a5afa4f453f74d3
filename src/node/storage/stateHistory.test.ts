// spec: ARCHITECTURE §5 (state layers per block over SQLite; bounded memory, older blocks read from the diffs)
import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { MemoryState } from '../../runtime/framework/state.js';
import { Header, type HeaderValue } from '../../runtime/pallets/system/types.js';
import { BestState } from './bestState.js';
import { ChainStore } from './chainStore.js';
import { diffAgainst, newValues, previousValues } from './stateDiff.js';
import { StateHistory } from './stateHistory.js';

const KEYS = ['0xa0', '0xa1', '0xa101', '0xb0', '0xb1'];
const PREFIXES = ['0x', '0xa', '0xa1', '0xb1', '0xc'];

const header = (number: number): HeaderValue => ({
  parent_hash: new Uint8Array(32),
  number,
  state_root: new Uint8Array(32),
  extrinsics_root: new Uint8Array(32),
  digest: { logs: [] },
});

const change = fc.tuple(fc.constantFrom(...KEYS), fc.option(fc.integer({ min: 0, max: 3 })));
const blocks = fc.array(fc.array(change, { maxLength: 4 }), { minLength: 1, maxLength: 12 });

describe('StateHistory (ARCHITECTURE §5)', () => {
  test.prop([blocks, fc.integer({ min: 1, max: 4 }), fc.integer({ min: 1, max: 3 })])(
    'every block reads as its snapshot, inside or beyond the in-memory window, with a tiny cache',
    (changesPerBlock, window, cacheEntries) => {
      const store = ChainStore.open(':memory:');
      const best = new BestState(store, cacheEntries);
      const history = new StateHistory(store, best, -1, window);
      const snapshots: MemoryState[] = [];
      const mirror = new MemoryState();
      changesPerBlock.forEach((changes, number) => {
        const set = new Map(changes.map(([k, x]) => [k, x === null ? null : Uint8Array.of(x)]));
        const diff = diffAgainst(set, best);
        const h = header(number);
        store.commitBlock({
          block: {
            number,
            hash: Uint8Array.of(number),
            header: h,
            headerBytes: Header.enc(h),
            timestamp: 0n,
          },
          extrinsics: [],
          extrinsicHashes: [],
          events: [],
          diff,
        });
        best.applyCommitted(newValues(diff));
        history.pushBlock(number, previousValues(diff));
        mirror.apply(set);
        snapshots.push(new MemoryState(mirror.entries()));
      });
      snapshots.forEach((snapshot, number) => {
        const reader = history.at(number);
        for (const k of KEYS) expect(reader.get(k), `block ${number} key ${k}`).toEqual(snapshot.get(k));
        for (const p of PREFIXES)
          expect(reader.keys(p), `block ${number} prefix ${p}`).toEqual(snapshot.keys(p));
      });
      expect(best.cachedEntries).toBeLessThanOrEqual(cacheEntries);
      store.close();
    },
  );
});
