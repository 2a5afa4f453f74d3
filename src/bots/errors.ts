// spec: tooling §3.8 (failed invariants end the run with exit 1)
import { EncointerError } from '../primitives/common/errors.js';

/** The bot directory is missing, incomplete or already initialised. */
export class BotStateError extends EncointerError {
  constructor(message: string) {
    super('BotState', message);
  }
}

/** One or more per-ceremony invariants failed (tooling §3.8). */
export class InvariantFailedError extends EncointerError {
  readonly failures: readonly string[];
  /** A failed run, not bad input: the process should exit with 1 (tooling §3.7). */
  readonly exitCode = 1;

  constructor(failures: readonly string[]) {
    super('InvariantFailed', `${failures.length} invariant(s) failed: ${failures.join('; ')}`);
    this.failures = failures;
  }
}

/** A bot step could not do its work (e.g. nobody could be funded). */
export class BotStepError extends EncointerError {
  constructor(message: string) {
    super('BotStep', message);
  }
}
