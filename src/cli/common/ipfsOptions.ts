// spec: tooling §7.1 (which IPFS: `-l/--ipfs-local`, IPFS_ADD_URL + IPFS_API_KEY, else embedded), §12 item 13
import { homedir } from 'node:os';
import path from 'node:path';
import { type Command, Option } from 'commander';
import { createIpfsStore, type IpfsStore } from '../../ipfs/index.js';

/** Where the embedded store keeps its blocks unless `--ipfs-dir` or ENCOINTER_IPFS_DIR say otherwise. */
export const DEFAULT_IPFS_DIR = path.join(homedir(), '.encointer-ts', 'ipfs');

export interface IpfsCliOptions {
  ipfsApi?: string;
  ipfsLocal?: boolean;
  ipfsDir?: string;
}

/**
 * Adds the IPFS store options to a command. Precedence: `--ipfs-api`, then `-l/--ipfs-local`, then the
 * IPFS_ADD_URL/IPFS_API_KEY environment (remote pinning service), else the embedded store in `--ipfs-dir`.
 */
export const addIpfsOptions = (command: Command): Command =>
  command
    .addOption(new Option('--ipfs-api <url>', 'Kubo RPC API of an IPFS daemon, e.g. http://127.0.0.1:5001'))
    .addOption(new Option('-l, --ipfs-local', 'use the IPFS daemon on this machine (http://127.0.0.1:5001)'))
    .addOption(
      new Option(
        '--ipfs-dir <dir>',
        `directory of the embedded IPFS store (default ${DEFAULT_IPFS_DIR})`,
      ).env('ENCOINTER_IPFS_DIR'),
    );

/** Opens the store the options select. */
export const ipfsStoreFor = (o: IpfsCliOptions): Promise<IpfsStore> =>
  createIpfsStore({
    ...(o.ipfsApi === undefined ? {} : { ipfsApi: o.ipfsApi }),
    ...(o.ipfsLocal === true ? { ipfsLocal: true } : {}),
    dataDir: o.ipfsDir ?? DEFAULT_IPFS_DIR,
  });

/** A human label of the selected store, for stderr notes. */
export const ipfsStoreLabel = (store: IpfsStore, o: IpfsCliOptions): string =>
  store.kind === 'embedded' ? `embedded IPFS store ${o.ipfsDir ?? DEFAULT_IPFS_DIR}` : 'IPFS daemon';
