// spec: tooling §3.2 (state files in the working directory), ARCHITECTURE §6 (bot state lives in one directory)
import path from 'node:path';

/** Where a bot community keeps its files; everything is relative to one directory (`--dir`, default cwd). */
export interface BotDir {
  readonly root: string;
  /** `my_keystore/`: every bot account, polkadot-js JSON files. */
  readonly keystore: string;
  /** `cid.txt`: the community identifier, as upstream tools expect it. */
  readonly cidFile: string;
  /** `bot-state.json`: agents, roles, seed and progress (resumable). */
  readonly stateFile: string;
  /** `bot-stats.csv`: one row per ceremony, upstream format (no header, `, ` separated). */
  readonly statsCsv: string;
  /** `bot-stats.json`: the same rows with exact values and block references. */
  readonly statsJson: string;
  /** `bot-community-log.txt`: readable run log. */
  readonly logFile: string;
  /** `.communities/`: generated community spec files. */
  readonly specDir: string;
  /** `ipfs/`: the embedded IPFS store (when no daemon is configured). */
  readonly ipfsDir: string;
  /** `bazaar/`: generated business and offering documents, as uploaded. */
  readonly bazaarDir: string;
}

/** The layout of a bot directory. */
export const botDir = (dir: string = process.cwd()): BotDir => {
  const root = path.resolve(dir);
  return {
    root,
    keystore: path.join(root, 'my_keystore'),
    cidFile: path.join(root, 'cid.txt'),
    stateFile: path.join(root, 'bot-state.json'),
    statsCsv: path.join(root, 'bot-stats.csv'),
    statsJson: path.join(root, 'bot-stats.json'),
    logFile: path.join(root, 'bot-community-log.txt'),
    specDir: path.join(root, '.communities'),
    ipfsDir: path.join(root, 'ipfs'),
    bazaarDir: path.join(root, 'bazaar'),
  };
};
