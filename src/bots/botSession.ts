// spec: tooling §3.2 (group options: faucet URL, IPFS), §3.7 (load agents, open the log), ARCHITECTURE §6
/** Opens a bot directory on a connection: state, agents, submitter, funder, IPFS store and reporters. */
import type { Connection } from '../client/connection/connect.js';
import type { Account } from '../client/keystore/types.js';
import { createIpfsStore } from '../ipfs/createIpfsStore.js';
import type { IpfsStore } from '../ipfs/ipfsStore.js';
import { loadAgents } from './agents.js';
import type { BotContext } from './botContext.js';
import { type BotDir, botDir } from './botDir.js';
import { BotLog } from './botLog.js';
import type { BotState } from './botState.js';
import { Funder } from './funding.js';
import { Progress, type ProgressSink } from './progress.js';
import { TxSubmitter } from './tx/txBatch.js';

export interface BotSessionOptions {
  /** `--dir`; default the working directory. */
  readonly dir?: string | undefined;
  readonly conn: Connection;
  /** `--faucet-url`; undefined: no faucet, direct transfers only. */
  readonly faucetUrl: string | undefined;
  /** `--funder`: pays direct transfers when the faucet does not. */
  readonly funder: Account;
  /** Signs sudo `next_phase`. */
  readonly sudo: Account;
  readonly ipfsLocal?: boolean | undefined;
  readonly ipfsApi?: string | undefined;
  /** Directory of the embedded IPFS store; default `<dir>/ipfs`. */
  readonly ipfsDir?: string | undefined;
  /** Where IPFS_ADD_URL / IPFS_API_KEY are read; default process.env (`{}`: never a pinning service). */
  readonly ipfsEnv?: Record<string, string | undefined> | undefined;
  readonly sink: ProgressSink;
  /** Inclusion timeout per transaction; default 120 000 ms. */
  readonly txTimeoutMs?: number | undefined;
}

/** A ready BotContext for `state` (whose agents' keys are loaded from the directory's keystore). */
export const openBot = async (o: BotSessionOptions, state: BotState): Promise<BotContext> => {
  const dir: BotDir = botDir(o.dir);
  const log = new BotLog(dir.logFile);
  const progress = new Progress(o.sink, log);
  const txs = await TxSubmitter.open(o.conn, {
    timeoutMs: o.txTimeoutMs ?? 120_000,
    onInFlight: (n) => progress.update({ inFlight: n }),
  });
  const funder = new Funder({ conn: o.conn, txs, faucetUrl: o.faucetUrl, funder: o.funder });
  let store: Promise<IpfsStore> | undefined;
  const agents = await loadAgents(dir.keystore, state);
  progress.update({ population: agents.length });
  return {
    conn: o.conn,
    dir,
    state,
    agents,
    txs,
    funder,
    sudo: o.sudo,
    progress,
    log,
    ipfs: () => {
      store ??= createIpfsStore({
        ...(o.ipfsApi === undefined ? {} : { ipfsApi: o.ipfsApi }),
        ...(o.ipfsLocal === true ? { ipfsLocal: true } : {}),
        dataDir: o.ipfsDir ?? dir.ipfsDir,
        ...(o.ipfsEnv === undefined ? {} : { env: o.ipfsEnv }),
      });
      return store;
    },
  };
};

/** Stops following blocks and clears the status line. */
export const closeBot = (ctx: BotContext): void => {
  ctx.txs.close();
  ctx.progress.close();
};
