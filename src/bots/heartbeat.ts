// spec: tooling §3.7 (heartbeat: a 1-unit transfer every 4 s while the bot works), §5.2 (idle-block controller)
/**
 * Keeps an idle-driven phase controller from changing the phase in the middle of a bot step: while a step runs,
 * a dedicated account sends 1 base unit to the first agent every 4 s, so blocks carry user transactions. Only used
 * when an external controller moves the phases (not with `--advance-phases`).
 */
import { getNativeBalance } from '../client/balances/getNativeBalance.js';
import { accountFromSecretUri } from '../client/keystore/keyPair.js';
import type { Account } from '../client/keystore/types.js';
import { toHex } from '../primitives/common/bytes.js';
import { blake2_256 } from '../primitives/common/hashing.js';
import type { BotContext } from './botContext.js';
import { BotStepError } from './errors.js';

export const HEARTBEAT_INTERVAL_MS = 4_000;

export class Heartbeat {
  private timer: NodeJS.Timeout | undefined;

  /** `intervalMs` must be well below the controller's idle window (idle blocks × block time). */
  constructor(
    private readonly ctx: BotContext,
    private readonly account: Account,
    private readonly intervalMs = HEARTBEAT_INTERVAL_MS,
  ) {}

  start(): void {
    if (this.timer !== undefined) return;
    this.timer = setInterval(() => this.beat(), this.intervalMs);
  }

  stop(): void {
    if (this.timer !== undefined) clearInterval(this.timer);
    this.timer = undefined;
  }

  private beat(): void {
    const to = this.ctx.agents[0]?.account.address;
    if (to === undefined) return;
    void this.ctx.txs
      .run([
        {
          signer: this.account,
          call: this.ctx.conn.api.tx.Balances.transfer_keep_alive({
            dest: { type: 'Id', value: to },
            value: 1n,
          }),
          tag: undefined,
        },
      ])
      .catch(() => undefined);
  }
}

/**
 * The heartbeat's own account (derived from the seed, not an agent: an agent's nonces belong to its phase steps),
 * funded on first use.
 */
export const heartbeatAccount = async (ctx: BotContext): Promise<Account> => {
  const secret = toHex(blake2_256(new TextEncoder().encode(`encointer-bot-heartbeat/${ctx.state.seed}`)));
  const account = await accountFromSecretUri(secret, ctx.state.keyType);
  if ((await getNativeBalance(ctx.conn, { account: account.address })).free === 0n) {
    const r = await ctx.funder.fund([account.address]);
    if (r.failed.length > 0) throw new BotStepError('the heartbeat account could not be funded');
  }
  return account;
};
