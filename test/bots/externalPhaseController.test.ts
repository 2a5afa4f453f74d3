// spec: tooling §3.7 (simulate waits for phase.py; heartbeat while working), §5 (idle-driven phase controller)
/**
 * `bot simulate --no-advance-phases` on a node producing blocks on an interval, with `encointer phase-controller`
 * moving the phases after idle blocks: the bot waits for every phase, and its heartbeat keeps the controller from
 * changing the phase in the middle of a step.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/run.js';
import { type NodeProcess, startNodeProcess } from '../node/support/nodeProcess.js';

describe('bot simulate with an external phase controller (tooling §3.7, §5)', () => {
  let node: NodeProcess;
  let endpoint: string[];

  beforeAll(async () => {
    node = await startNodeProcess(['--tmp', '--block-time', '300']);
    endpoint = ['-u', 'ws://127.0.0.1', '-p', node.url.split(':').at(-1)!];
  });

  afterAll(async () => {
    expect(await node?.stop()).toBe(0);
  });

  it('waits for each phase the controller sets and grows as with --advance-phases', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'bot-external-'));
    const quiet = { out: () => {}, err: () => {} };
    const common = ['--dir', dir, '--ipfs-dir', path.join(dir, 'ipfs'), '--no-faucet-url', ...endpoint];
    const init = await runCli(
      ['bot', 'init', '--key-type', 'ed25519', '--locations', '5', '--seed', 'ext', ...common],
      quiet,
    );
    expect(init).toBe(0);
    const controller = runCli(
      ['phase-controller', '--idle-blocks', '5', '--max-changes', '8', ...endpoint],
      quiet,
    );
    const lines: string[] = [];
    const sim = await runCli(['bot', 'simulate', '--ceremonies', '3', '--no-advance-phases', ...common], {
      out: (t) => lines.push(t),
      err: (t) => lines.push(t),
    });
    expect({ sim, tail: sim === 0 ? [] : lines.slice(-5) }).toEqual({ sim: 0, tail: [] });
    expect(lines.some((l) => l.includes('event=wait'))).toBe(true);
    expect(lines.some((l) => l.includes('event=phase'))).toBe(false);
    expect(await controller).toBe(0);
    // Max population 50 (10 × 5 locations): 10, 10, then 10 + 10 endorsees + ⌊10/1.5⌋ = 26.
    expect(readFileSync(path.join(dir, 'bot-stats.csv'), 'utf8')).toBe('10, 0, 0\n10, 10, 0\n26, 36, 5\n');
  }, 120_000);
});
