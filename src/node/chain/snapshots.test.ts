// spec: ARCHITECTURE §5 (id-based snapshot/revert of the dev chain)
import { describe, expect, it } from 'vitest';
import { fromHex, toHex } from '../../primitives/common/bytes.js';
import { createEncointerRuntime } from '../../runtime/encointerRuntime.js';
import { ChainStore } from '../storage/chainStore.js';
import { Chain } from './chain.js';
import { SnapshotError, snapshotsOf } from './snapshots.js';

const START = 1_735_689_600_000n;
const KEY = '0x1234';
const OTHER = '0x5678';

const open = () =>
  Chain.open({
    runtime: createEncointerRuntime('dev'),
    store: ChainStore.open(':memory:'),
    startTime: () => START,
  });

const value = (chain: Chain, key: string) => {
  const v = chain.stateAt().get(key);
  return v === undefined ? undefined : toHex(v);
};

describe('snapshots (ARCHITECTURE §5)', () => {
  it('revert moves the head back to the snapshot block', () => {
    const chain = open();
    chain.newBlock();
    const snaps = snapshotsOf(chain);
    const id = snaps.take();
    const at = toHex(chain.best.hash);
    chain.newBlock();
    chain.newBlock();
    expect(chain.best.number).toBe(3);
    expect(toHex(snaps.revert(id).hash)).toBe(at);
    expect(chain.best.number).toBe(1);
  });

  it('undoes storage writes made to the snapshot block, and keeps writes made before it', () => {
    const chain = open();
    const snaps = snapshotsOf(chain);
    snaps.setStorage(new Map([[KEY, fromHex('0x01')]]));
    const id = snaps.take();
    snaps.setStorage(
      new Map([
        [KEY, fromHex('0x02')],
        [OTHER, fromHex('0x03')],
      ]),
    );
    snaps.setStorage(new Map([[KEY, null]]));
    expect(value(chain, KEY)).toBeUndefined();
    snaps.revert(id);
    expect(value(chain, KEY)).toBe('0x01');
    expect(value(chain, OTHER)).toBeUndefined();
  });

  it('writes to later blocks disappear with the blocks; nested snapshots revert one after the other', () => {
    const chain = open();
    const snaps = snapshotsOf(chain);
    const outer = snaps.take();
    snaps.setStorage(new Map([[KEY, fromHex('0xaa')]]));
    const inner = snaps.take();
    chain.newBlock();
    snaps.setStorage(new Map([[KEY, fromHex('0xbb')]]));
    snaps.revert(inner);
    expect(chain.best.number).toBe(0);
    expect(value(chain, KEY)).toBe('0xaa');
    snaps.revert(outer);
    expect(value(chain, KEY)).toBeUndefined();
  });

  it('consumes the reverted snapshot and later ones; refuses unknown ids and lost blocks', () => {
    const chain = open();
    const snaps = snapshotsOf(chain);
    const first = snaps.take();
    const second = snaps.take();
    snaps.revert(first);
    expect(() => snaps.revert(first)).toThrow(SnapshotError);
    expect(() => snaps.revert(second)).toThrow(/unknown snapshot id/);
    chain.newBlock();
    const high = snaps.take();
    chain.setHead(0);
    chain.newBlock({ timestamp: START + 60_000n }); // another block #1
    expect(() => snaps.revert(high)).toThrow(/no longer on the chain/);
  });
});
