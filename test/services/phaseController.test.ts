// spec: tooling §5 (phase.py: idle-driven phase controller), ceremonies §5.4 (`next_phase`)
/**
 * The phase controller against the real node process producing a block every 300 ms on 127.0.0.1: idle mode
 * advances after N blocks holding only the timestamp inherent and never while transactions keep arriving;
 * every-blocks mode changes every N blocks; bad input exits 2; SIGINT stops the binary cleanly.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/run.js';
import {
  type Account,
  CEREMONY_PHASES,
  type CeremonyPhase,
  type Connection,
  connect,
  getCurrentPhase,
  resolveSigner,
  transferNative,
} from '../../src/client/index.js';
import { type NodeProcess, startNodeProcess } from '../node/support/nodeProcess.js';
import { startCli } from './support/cliProcess.js';

interface Started {
  event: 'started';
  block: number;
  phase: CeremonyPhase;
  ceremonyIndex: number;
}
interface Changed {
  event: 'phaseChanged';
  change: number;
  phase: CeremonyPhase;
  ceremonyIndex: number;
  triggeredBy: number;
  counted: number;
  block: { number: number; hash: string };
  txHash: string;
}
type Line = Started | Changed | { event: 'stopped'; changes: number; reason: string } | { event: string };

const following = (p: CeremonyPhase): CeremonyPhase =>
  CEREMONY_PHASES[(CEREMONY_PHASES.indexOf(p) + 1) % CEREMONY_PHASES.length]!;

describe('phase controller against the real node (tooling §5)', () => {
  let node: NodeProcess;
  let conn: Connection;
  let port: string;

  /** Runs `encointer phase-controller … --json` in-process; resolves with the exit code and the JSON lines. */
  const controller = async (args: string[]): Promise<{ code: number; lines: Line[]; err: string[] }> => {
    const out: string[] = [];
    const err: string[] = [];
    const code = await runCli(['phase-controller', ...args, '--json', '-u', 'ws://127.0.0.1', '-p', port], {
      out: (s) => out.push(s),
      err: (s) => err.push(s),
    });
    return { code, lines: out.map((l) => JSON.parse(l) as Line), err };
  };

  beforeAll(async () => {
    node = await startNodeProcess(['--tmp', '--block-time', '300']);
    conn = await connect(node.url);
    port = new URL(node.url).port;
  });

  afterAll(async () => {
    conn?.disconnect();
    expect(await node?.stop()).toBe(0);
  });

  it('idle mode advances after exactly N blocks holding only inherents, cycling the phases', async () => {
    const { code, lines, err } = await controller(['--idle-blocks', '3', '--max-changes', '2']);
    expect([code, err]).toEqual([0, []]);
    const started = lines[0] as Started;
    const changes = lines.filter((l): l is Changed => l.event === 'phaseChanged');
    expect(lines.map((l) => l.event)).toEqual(['started', 'phaseChanged', 'phaseChanged', 'stopped']);
    expect(changes.map((c) => c.phase)).toEqual([
      following(started.phase),
      following(following(started.phase)),
    ]);
    expect(changes.map((c) => c.counted)).toEqual([3, 3]);
    // Three idle blocks above the start, then three above the block that carried the first change.
    expect(changes[0]!.triggeredBy).toBe(started.block + 3);
    expect(changes[1]!.triggeredBy).toBe(changes[0]!.block.number + 3);
    expect(changes[0]!.block.number).toBeGreaterThan(changes[0]!.triggeredBy);
    expect(await getCurrentPhase(conn)).toBe(changes[1]!.phase);
    expect(lines.at(-1)).toMatchObject({ event: 'stopped', changes: 2, reason: 'maxChanges' });
  });

  it('idle mode does not advance while transactions keep arriving, and does once they stop', async () => {
    // Four senders, each sending its next transfer as soon as the last one is in a block.
    const senders: Account[] = await Promise.all(
      ['//Bob', '//Charlie', '//Dave', '//Eve'].map((s) => resolveSigner(s)),
    );
    const dest = (await resolveSigner('//Ferdie')).address;
    const busyBlocks: number[] = [];
    let flooding = true;
    const flood = senders.map(async (signer) => {
      while (flooding) {
        const r = await transferNative(conn, { to: dest, amount: 10n ** 10n, signer });
        busyBlocks.push(r.block.number);
      }
    });
    while (busyBlocks.length < 2) await new Promise((r) => setTimeout(r, 50));
    const phaseBefore = await getCurrentPhase(conn);
    const run = controller(['--idle-blocks', '4', '--max-changes', '1']);
    await new Promise((r) => setTimeout(r, 5000)); // ≈ 16 blocks of traffic
    const phaseDuringFlood = await getCurrentPhase(conn);
    flooding = false;
    await Promise.all(flood);
    const { code, lines } = await run;
    expect(code).toBe(0);
    expect(phaseDuringFlood).toBe(phaseBefore);
    const started = lines[0] as Started;
    const change = lines.find((l): l is Changed => l.event === 'phaseChanged')!;
    const lastBusy = Math.max(...busyBlocks);
    // The traffic really covered the controller's run: never 4 quiet blocks in a row between its start and end.
    const covered = busyBlocks.filter((b) => b > started.block);
    expect(covered.length).toBeGreaterThan(8);
    const sorted = [...new Set(covered)].sort((a, b) => a - b);
    expect(sorted.every((b, i) => i === 0 || b - sorted[i - 1]! <= 4)).toBe(true);
    expect(change.phase).toBe(following(phaseBefore));
    expect(change.triggeredBy).toBe(lastBusy + 4);
  }, 120_000);

  it('every-blocks mode changes the phase every N blocks', async () => {
    const { code, lines } = await controller(['--every-blocks', '4', '--max-changes', '3']);
    expect(code).toBe(0);
    const started = lines[0] as Started;
    const changes = lines.filter((l): l is Changed => l.event === 'phaseChanged');
    expect(changes.map((c) => c.change)).toEqual([1, 2, 3]);
    expect(changes.map((c) => c.counted)).toEqual([4, 4, 4]);
    expect(changes[0]!.triggeredBy).toBe(started.block + 4);
    // Each change lands in the block after its trigger unless the node was slow to include it.
    for (const [i, c] of changes.entries()) {
      expect(c.block.number - c.triggeredBy).toBeGreaterThanOrEqual(1);
      if (i > 0) expect(c.triggeredBy - changes[i - 1]!.triggeredBy).toBeGreaterThanOrEqual(4);
      if (i > 0) expect(c.triggeredBy - changes[i - 1]!.block.number).toBeLessThanOrEqual(4);
    }
    let p = started.phase;
    for (const c of changes) {
      p = following(p);
      expect(c.phase).toBe(p);
    }
  });

  it.each([
    [['--idle-blocks', '0'], /--idle-blocks: expected an integer from 1/],
    [['--idle-blocks', '-2'], /--idle-blocks/],
    [['--every-blocks', '0'], /--every-blocks: expected an integer from 1/],
    [['--idle-blocks', 'three'], /--idle-blocks/],
    [['--idle-blocks', '3', '--every-blocks', '3'], /choose one mode/],
    [['--every-blocks', '3', '--wait-for-activity'], /only applies to --idle-blocks/],
    [['--max-changes', '0'], /--max-changes/],
  ])('refuses %j with exit 2', async (args, message) => {
    const { code, lines, err } = await controller(args);
    expect(code).toBe(2);
    expect(lines).toEqual([]);
    expect(err.join('\n')).toMatch(message);
  });

  it('the binary prints text lines and stops cleanly on SIGINT without changing the phase', async () => {
    const before = await getCurrentPhase(conn);
    const cli = startCli(['phase-controller', '--idle-blocks', '1000', '-u', 'ws://127.0.0.1', '-p', port]);
    let code: number | null;
    try {
      const line = await cli.waitForLine((l) => l.includes('phase controller at block #'));
      expect(line).toMatch(
        /: (Registering|Assigning|Attesting) of ceremony \d+; advancing after 1000 blocks/,
      );
    } finally {
      code = await cli.stop('SIGINT');
    }
    expect(code).toBe(0);
    expect(cli.lines().at(-1)).toMatch(/stopped after 0 phase change\(s\)$/);
    expect(await getCurrentPhase(conn)).toBe(before);
  });
});
