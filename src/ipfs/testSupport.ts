// Test helpers for src/ipfs (not exported from index.ts).
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
/** `../shared/test-data/encointer-node` (upstream `cli/test-data`). */
export const TEST_DATA = path.resolve(repoRoot, '../shared/test-data/encointer-node');

/** A fresh temporary directory and its cleanup. */
export async function tempDir(
  prefix = 'encointer-ipfs-',
): Promise<{ dir: string; cleanup: () => Promise<void> }> {
  const dir = await mkdtemp(path.join(tmpdir(), prefix));
  return { dir, cleanup: () => rm(dir, { recursive: true, force: true }) };
}

/** Reads a JSON file below TEST_DATA. */
export async function readTestJson(relative: string): Promise<Record<string, unknown>> {
  return JSON.parse(await readFile(path.join(TEST_DATA, relative), 'utf8')) as Record<string, unknown>;
}

/** The `community.meta.assets` CID of a community spec file below TEST_DATA. */
export async function specAssetsCid(relative: string): Promise<string> {
  const spec = (await readTestJson(relative)) as { community: { meta: { assets: string } } };
  return spec.community.meta.assets;
}
