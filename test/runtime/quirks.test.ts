// spec: ceremonies §10 items 24, 26, 28 and economy §10 item 1, shown on the assembled runtime; ceremonies §5.2
/**
 * Quirks that only show on the whole runtime: the time-driven scheduler of the production-like preset (one phase
 * change per block, strict deadline), the never-written `LastCeremonyBlock`, and the constants where the book or
 * the code comments disagree with what runs. Expected values come from the spec text.
 */
import { decAnyMetadata } from '@polkadot-api/substrate-bindings';
import { describe, expect, it } from 'vitest';
import { demurrageFactor } from '../../src/primitives/demurrage/index.js';
import {
  CurrentCeremonyIndex,
  CurrentPhase,
  LastCeremonyBlock,
  NextPhaseTimestamp,
} from '../../src/runtime/pallets/scheduler/storage.js';
import { createChain, devSigner, NEXT_PHASE } from './chain.js';

const HOUR = 3_600_000n;
const DAY = 24n * HOUR;
/** 2025-01-01 00:00 UTC. */
const MIDNIGHT = 1_735_689_600_000n;

/** ceremonies §5.2 `resync_and_set` for a deadline `t` at time `now` and cycle `c`. */
const resync = (t: bigint, now: bigint, c: bigint) =>
  t < now ? t + c * ((now - t) / c + 1n) : t - c * ((t - now) / c);

const position = (chain: ReturnType<typeof createChain>) => [
  CurrentCeremonyIndex.get(chain.state),
  CurrentPhase.get(chain.state),
];

type Constants = { name: string; value: string }[];
const constantsOf = (chain: ReturnType<typeof createChain>, pallet: string): Map<string, string> => {
  // biome-ignore lint/suspicious/noExplicitAny: the decoded metadata is walked by name only
  const m = decAnyMetadata(chain.rt.metadataAt(15)!).metadata as any;
  const p = m.value.pallets.find((x: { name: string }) => x.name === pallet);
  return new Map((p.constants as Constants).map((c) => [c.name, c.value]));
};

describe('QUIRK ceremonies §10 item 24: the time-driven scheduler (production-like preset, 7 d / 1 d / 2 d)', () => {
  const CYCLE = 10n * DAY;
  const GENESIS = MIDNIGHT + 5n * HOUR;

  it('a block far past several deadlines changes the phase once; a block exactly at the deadline not at all', () => {
    const chain = createChain('production-like', { genesisTime: GENESIS });
    // First block: the schedule is anchored at 00:00 UTC of the genesis day plus the Registering duration.
    chain.block();
    const first = MIDNIGHT + 7n * DAY;
    expect(NextPhaseTimestamp.get(chain.state)).toBe(first);
    expect(position(chain)).toEqual([1, 'Registering']);

    // 30 days later three deadlines have passed, but only Registering → Assigning happens in this block.
    const late = GENESIS + 30n * DAY;
    chain.block([], late);
    expect(position(chain)).toEqual([1, 'Assigning']);
    expect(chain.events('EncointerScheduler', 'PhaseChangedTo').map((e) => e.value)).toEqual(['Assigning']);
    const next = resync(first + DAY, late, CYCLE);
    expect(next).toBe(MIDNIGHT + 38n * DAY);
    expect(NextPhaseTimestamp.get(chain.state)).toBe(next);

    // `NextPhaseTimestamp < now` is strict: a block stamped exactly at the deadline changes nothing.
    chain.block([], next);
    expect(position(chain)).toEqual([1, 'Assigning']);
    chain.block([], next + 6_000n);
    expect(position(chain)).toEqual([1, 'Attesting']);
    expect(chain.events('EncointerScheduler', 'PhaseChangedTo').map((e) => [e.block, e.value])).toEqual([
      [2, 'Assigning'],
      [4, 'Attesting'],
    ]);
  });
});

describe('QUIRK ceremonies §10 item 26: LastCeremonyBlock is declared but never written', () => {
  it('declared in the metadata (default 0) and absent from storage after full cycles of either preset', () => {
    const dev = createChain('dev');
    const alice = devSigner('Alice');
    for (let i = 0; i < 6; i++) dev.block([{ by: alice, call: NEXT_PHASE }]);
    expect(position(dev)).toEqual([3, 'Registering']);
    expect(dev.state.get(LastCeremonyBlock.key())).toBeUndefined();

    const prod = createChain('production-like', { genesisTime: MIDNIGHT });
    prod.block();
    for (const day of [7n, 8n, 10n, 17n, 18n, 20n]) prod.block([], MIDNIGHT + day * DAY + 1n);
    expect(position(prod)).toEqual([3, 'Registering']);
    expect(prod.state.get(LastCeremonyBlock.key())).toBeUndefined();

    // biome-ignore lint/suspicious/noExplicitAny: the decoded metadata is walked by name only
    const m = decAnyMetadata(dev.rt.metadataAt(14)!).metadata as any;
    const scheduler = m.value.pallets.find((p: { name: string }) => p.name === 'EncointerScheduler');
    const item = scheduler.storage.items.find((i: { name: string }) => i.name === 'LastCeremonyBlock');
    expect(item).toMatchObject({ modifier: 1, fallback: '0x00000000' });
  });
});

describe('QUIRK ceremonies §10 item 28: the book is outdated, the runtime constants are authoritative', () => {
  it('dev runtime: 15 seats per meetup (book: 12) and newbie divider 2, i.e. at most 1/3 newbies (book: 1/4)', () => {
    const c = constantsOf(createChain('dev'), 'EncointerCeremonies');
    expect(c.get('MeetupSizeTarget')).toBe('0x0f00000000000000');
    expect(c.get('MeetupNewbieLimitDivider')).toBe('0x0200000000000000');
    expect(c.get('MeetupMinSize')).toBe('0x0300000000000000');
  });
});

describe('QUIRK economy §10 item 1: the default demurrage was derived for 5 s blocks, the runtime makes 6 s blocks', () => {
  it('DefaultDemurrage = 0x1E3F0A8A973 halves in 6 151 680 blocks, which at 6 s are ≈ 427.2 days, not 356', () => {
    const chain = createChain('dev');
    const balances = constantsOf(chain, 'EncointerBalances');
    // I64F64 bits 0x1E3F0A8A973, little-endian over 16 bytes.
    expect(balances.get('DefaultDemurrage')).toBe('0x73a9a8f0e30100000000000000000000');
    const timestamp = constantsOf(chain, 'Timestamp');
    // MinimumPeriod is half the block time: 3 000 ms → 6 s blocks.
    expect(timestamp.get('MinimumPeriod')).toBe('0xb80b000000000000');
    const factor = demurrageFactor(0x1e3f0a8a973n, 6_151_680n);
    expect(factor).toBe(0x80000000000b5fd8n); // economy §2.4 table: 0.5000000000000404
    const halfLifeDays = (6_151_680 * 6) / 86_400;
    expect(halfLifeDays).toBeCloseTo(427.2, 1);
    expect((6_151_680 * 5) / 86_400).toBe(356);
  });
});
