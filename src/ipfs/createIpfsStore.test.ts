import { describe, expect, it } from 'vitest';
import { isCidV0 } from './cid.js';
import {
  createIpfsStore,
  UPSTREAM_ADD_FAILED_CID,
  UPSTREAM_PLACEHOLDER_FILE_CID,
  UPSTREAM_PLACEHOLDER_FOLDER_CID,
} from './createIpfsStore.js';
import { EmbeddedIpfsStore } from './embeddedStore.js';
import { KuboRpcStore } from './kuboRpcStore.js';
import { tempDir } from './testSupport.js';

describe('store selection (tooling §3.2 -l/--ipfs_local, §7.1 environment)', () => {
  it('--ipfs-api, then -l, then IPFS_ADD_URL/IPFS_API_KEY, else embedded', async () => {
    const t = await tempDir();
    try {
      const env = { IPFS_ADD_URL: 'https://ipfs.example:5001/api/v0/add', IPFS_API_KEY: 'u:p' };
      expect(
        await createIpfsStore({ ipfsApi: 'http://10.0.0.1:5001', ipfsLocal: true, env, dataDir: t.dir }),
      ).toBeInstanceOf(KuboRpcStore);
      expect((await createIpfsStore({ ipfsLocal: true, env: {}, dataDir: t.dir })).kind).toBe('kubo-rpc');
      expect((await createIpfsStore({ env, dataDir: t.dir })).kind).toBe('kubo-rpc');
      expect(await createIpfsStore({ env: {}, dataDir: t.dir })).toBeInstanceOf(EmbeddedIpfsStore);
    } finally {
      await t.cleanup();
    }
  });

  it('QUIRK tooling §3.3/§7.1: placeholders pass the chain check (46 base58 chars), QmDUMMY… is no real CID', () => {
    for (const cid of [
      UPSTREAM_PLACEHOLDER_FOLDER_CID,
      UPSTREAM_PLACEHOLDER_FILE_CID,
      UPSTREAM_ADD_FAILED_CID,
    ]) {
      expect(cid).toMatch(/^[1-9A-HJ-NP-Za-km-z]{46}$/);
    }
    expect(isCidV0(UPSTREAM_PLACEHOLDER_FOLDER_CID)).toBe(true);
    expect(isCidV0(UPSTREAM_PLACEHOLDER_FILE_CID)).toBe(true);
    // Its multihash claims a 31-byte digest, so no sha2-256 block can have it.
    expect(isCidV0(UPSTREAM_ADD_FAILED_CID)).toBe(false);
  });
});
