// spec: tooling §3.2, §7.1 — which store a tool uses: `--ipfs-api URL`, then `-l/--ipfs-local` (Kubo on
// localhost), then IPFS_ADD_URL + IPFS_API_KEY (remote pinning service), else the embedded store.
import type { CidV0 } from './cid.js';
import { EmbeddedIpfsStore } from './embeddedStore.js';
import type { IpfsStore } from './ipfsStore.js';
import { KuboRpcStore, LOCAL_KUBO_API, remoteStoreFromEnv } from './kuboRpcStore.js';

/**
 * QUIRK: tooling §7.1 — with neither `-l` nor the environment, upstream's helper skipped the upload and returned
 * fixed CIDs. The folder value is not the CID of any test-data folder; the file value happens to be the real CID
 * of `assets/icons/community_icon.png`. The embedded store replaces both; they stay here for tools that must
 * reproduce upstream output.
 */
export const UPSTREAM_PLACEHOLDER_FOLDER_CID: CidV0 = 'QmP2fzfikh7VqTu8pvzd2G2vAd4eK7EaazXTEgqGN6AWoD';
export const UPSTREAM_PLACEHOLDER_FILE_CID: CidV0 = 'QmWgTp4fBkxyUhnMrx4UVVqQ2McTQKJzq8yq3J5tCzdtfx';
/** QUIRK: tooling §3.3 — what `bot-community.py init` put on chain when the asset upload raised. */
export const UPSTREAM_ADD_FAILED_CID: CidV0 = 'QmDUMMYikh7VqTu8pvzd2G2vAd4eK7EaazXTEgqGN6AWoD';

export interface IpfsStoreOptions {
  /** `--ipfs-api URL`: an external Kubo daemon's RPC address. */
  ipfsApi?: string;
  /** `-l/--ipfs-local`: the Kubo daemon on this machine. */
  ipfsLocal?: boolean;
  /** Environment holding IPFS_ADD_URL / IPFS_API_KEY; default process.env. */
  env?: Record<string, string | undefined>;
  /** Directory of the embedded store, used when nothing else is configured. */
  dataDir: string;
}

/** Picks and opens the store the options ask for. */
export async function createIpfsStore(options: IpfsStoreOptions): Promise<IpfsStore> {
  if (options.ipfsApi !== undefined) return new KuboRpcStore({ apiUrl: options.ipfsApi });
  if (options.ipfsLocal) return new KuboRpcStore({ apiUrl: LOCAL_KUBO_API });
  const remote = remoteStoreFromEnv(options.env ?? process.env);
  if (remote !== undefined) return remote;
  return EmbeddedIpfsStore.open(options.dataDir);
}
