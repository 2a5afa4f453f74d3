// spec: tooling §1.1 (`--cid` is checked against `CommunityIdentifiers`)
import { EncointerError } from '../../primitives/common/errors.js';

/** The cid is not registered on this chain. */
export class CommunityNotFoundError extends EncointerError {
  readonly cid: string;

  constructor(cid: string) {
    super(
      'CommunityNotFound',
      `community ${cid} does not exist on chain; list the registered ones with \`encointer community list\``,
    );
    this.cid = cid;
  }
}

/** The operation needs another ceremony phase. */
export class WrongPhaseError extends EncointerError {
  readonly phase: string;

  constructor(action: string, required: string, phase: string) {
    super('WrongPhase', `${action} is only possible in the ${required} phase; the chain is in ${phase}`);
    this.phase = phase;
  }
}
