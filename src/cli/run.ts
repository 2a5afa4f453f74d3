import { CommanderError } from 'commander';
import { ConnectionError, ExtrinsicFailedError, TransactionRejectedError } from '../client/index.js';
import { EncointerError } from '../primitives/common/errors.js';
import { type CliIo, processIo } from './io.js';
import { buildProgram } from './program.js';

/** Exit code for a chain-side failure: a failed extrinsic, a refused transaction, an unreachable node. */
export const EXIT_FAILED = 1;
/** Exit code for input the user must correct (malformed file, bad address, value out of range). */
export const EXIT_BAD_INPUT = 2;

/**
 * Runs the CLI on `argv` (without the node and script entries) and returns the exit code instead of exiting,
 * so tests can drive it in-process as well as through the compiled binary.
 */
export const runCli = async (argv: readonly string[], io: CliIo = processIo): Promise<number> => {
  const program = buildProgram(io);
  try {
    await program.parseAsync([...argv], { from: 'user' });
    return 0;
  } catch (e) {
    if (e instanceof CommanderError) {
      // --help and --version end through here with exit code 0; usage errors were already printed.
      return e.exitCode === 0 ? 0 : EXIT_BAD_INPUT;
    }
    if (
      e instanceof ExtrinsicFailedError ||
      e instanceof ConnectionError ||
      e instanceof TransactionRejectedError
    ) {
      // A failed extrinsic's message names the pallet error and what the metadata says it means.
      io.err(`error: ${e.message}`);
      for (const line of e.details) io.err(`  ${line}`);
      return EXIT_FAILED;
    }
    if (e instanceof EncointerError) {
      io.err(`error: ${e.message}`);
      // An error may name its own exit code (e.g. a failed bot invariant exits 1); bad input is 2.
      const own = (e as { exitCode?: unknown }).exitCode;
      return typeof own === 'number' ? own : EXIT_BAD_INPUT;
    }
    io.err(`internal error: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
    return 1;
  }
};
