// spec: tooling §5 (phase.py → `encointer phase-controller`), ARCHITECTURE §6 (structured logs, clean shutdown)
import type { Command } from 'commander';
import { InvalidInputError } from '../../primitives/common/errors.js';
import {
  type PhaseControllerEvent,
  type PhaseControllerMode,
  runPhaseController,
} from '../../services/phaseController/index.js';
import { createServiceLog } from '../../services/serviceLog.js';
import { stopOnSignals } from '../../services/stopSignal.js';
import { chainOptions, integerArg } from '../common/args.js';
import { signerFor, withConnection } from '../common/session.js';
import type { CliIo } from '../io.js';

/** Upstream `phase.py --idle-blocks` default. */
const DEFAULT_IDLE_BLOCKS = 10;
const MAX_BLOCKS = 1_000_000;

interface ControllerOptions {
  idleBlocks?: number;
  everyBlocks?: number;
  waitForActivity?: boolean;
  signer: string;
  maxChanges?: number;
}

const modeOf = (c: ControllerOptions): PhaseControllerMode => {
  if (c.idleBlocks !== undefined && c.everyBlocks !== undefined) {
    throw new InvalidInputError(
      '--idle-blocks/--every-blocks',
      'choose one mode: idle-driven or every N blocks',
    );
  }
  if (c.everyBlocks !== undefined) {
    if (c.waitForActivity === true) {
      throw new InvalidInputError('--wait-for-activity', 'only applies to --idle-blocks');
    }
    return { kind: 'every', everyBlocks: c.everyBlocks };
  }
  return {
    kind: 'idle',
    idleBlocks: c.idleBlocks ?? DEFAULT_IDLE_BLOCKS,
    waitForActivity: c.waitForActivity,
  };
};

const describeMode = (m: PhaseControllerMode): string =>
  m.kind === 'every'
    ? `changing the phase every ${m.everyBlocks} blocks`
    : `advancing after ${m.idleBlocks} blocks without user transactions${
        m.waitForActivity === true ? ' (once some activity was seen)' : ''
      }`;

const describe = (e: PhaseControllerEvent, mode: PhaseControllerMode): string => {
  switch (e.type) {
    case 'started':
      return `phase controller at block #${e.block}: ${e.phase} of ceremony ${e.ceremonyIndex}; ${describeMode(mode)}`;
    case 'phaseChanged':
      return `block #${e.block.number}: phase → ${e.phase} (ceremony ${e.ceremonyIndex}) after ${e.counted} ${
        mode.kind === 'idle' ? 'idle ' : ''
      }blocks, tx ${e.txHash}`;
    case 'retry':
      return `next_phase attempt ${e.attempt} failed, retrying: ${e.message}`;
    case 'stopped':
      return `stopped after ${e.changes} phase change(s)${e.reason === 'maxChanges' ? ' (--max-changes reached)' : ''}`;
  }
};

/** `encointer phase-controller`: advances the ceremony phase when the chain is idle, or every N blocks. */
export const registerPhaseControllerCommand = (program: Command, io: CliIo): void => {
  program
    .command('phase-controller')
    .description(
      `advance the ceremony phase (sudo next_phase) after N blocks without user transactions (default ${DEFAULT_IDLE_BLOCKS}), or every N blocks; needs a node producing blocks on an interval`,
    )
    .option(
      '--idle-blocks <n>',
      'advance after this many consecutive blocks holding only inherents',
      integerArg('--idle-blocks', 1, MAX_BLOCKS),
    )
    .option(
      '--every-blocks <n>',
      'instead, change the phase every n blocks',
      integerArg('--every-blocks', 1, MAX_BLOCKS),
    )
    .option(
      '--wait-for-activity',
      'idle mode: no change before the first user transaction (as upstream phase.py)',
    )
    .option('-s, --signer <account>', 'sudo account that signs next_phase', '//Alice')
    .option('--max-changes <k>', 'stop after k phase changes', integerArg('--max-changes', 1, MAX_BLOCKS))
    .action(async (c: ControllerOptions, command: Command) => {
      const mode = modeOf(c);
      const o = chainOptions(command);
      const log = createServiceLog(io.out, { json: o.json === true });
      const signer = await signerFor(c.signer, o);
      await withConnection(o, async (conn) => {
        const stop = stopOnSignals();
        try {
          await runPhaseController(conn, {
            mode,
            signer,
            maxChanges: c.maxChanges,
            signal: stop.signal,
            onEvent: (e) => {
              const { type, ...fields } = e;
              log(
                type,
                describe(e, mode),
                type === 'started' ? { ...fields, signer: signer.address } : fields,
              );
            },
          });
        } finally {
          stop.dispose();
        }
      });
    });
};
