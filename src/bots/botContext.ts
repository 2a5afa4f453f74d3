// spec: tooling §3.2 (group options), §3.5 (agents); ARCHITECTURE §6 (bot state in one directory)
/** Everything a phase step needs: the connection, the submitter, the agents, the directory and the reporters. */
import type { Connection } from '../client/connection/connect.js';
import type { Account } from '../client/keystore/types.js';
import type { IpfsStore } from '../ipfs/ipfsStore.js';
import { toHex } from '../primitives/common/bytes.js';
import { ss58Decode } from '../primitives/common/ss58.js';
import type { Agent } from './agents.js';
import type { BotDir } from './botDir.js';
import type { BotLog } from './botLog.js';
import { type BotState, saveBotState } from './botState.js';
import type { Funder } from './funding.js';
import type { Progress } from './progress.js';
import { SeededRandom } from './seededRandom.js';
import type { TxSubmitter } from './tx/txBatch.js';

export interface BotContext {
  readonly conn: Connection;
  readonly dir: BotDir;
  readonly state: BotState;
  /** Every agent, in creation order (bootstrappers first). */
  readonly agents: Agent[];
  readonly txs: TxSubmitter;
  readonly funder: Funder;
  /** Signs `next_phase` (sudo key on dev chains). */
  readonly sudo: Account;
  readonly progress: Progress;
  readonly log: BotLog;
  /** The IPFS store, opened on first use. */
  readonly ipfs: () => Promise<IpfsStore>;
}

/** A hex account id, to compare addresses written with any SS58 prefix. */
export const accountKey = (address: string): string => toHex(ss58Decode(address, 'address'));

/** The community of the bot directory (BotStateError-free: init has stored it). */
export const communityOf = (ctx: BotContext): string => ctx.state.community!.cid;

/** Agent lookup by address (any SS58 prefix). */
export const agentIndex = (ctx: BotContext): Map<string, Agent> =>
  new Map(ctx.agents.map((a) => [accountKey(a.record.address), a]));

/** A random stream of the run's seed. */
export const rngOf = (ctx: BotContext, label: string): SeededRandom =>
  new SeededRandom(ctx.state.seed, label);

/** Persists the state (after every step, so an interrupted run resumes with the accounts it made). */
export const saveState = (ctx: BotContext): Promise<void> => saveBotState(ctx.dir.stateFile, ctx.state);
