/**
 * Starts the real node (`node dist/cli/main.js node …`, built by `npm test` before vitest) on 127.0.0.1 with a
 * free port and waits for its endpoint line; `stop` sends SIGTERM and waits for the exit.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const cli = path.join(repoRoot, 'dist/cli/main.js');

export interface NodeProcess {
  readonly url: string;
  readonly httpUrl: string;
  readonly output: () => string;
  /** Process id of the node (e.g. to read its CPU time from /proc). */
  readonly pid: number;
  /** Sends `signal` (default SIGTERM) and resolves with the exit code (null when killed; SIGKILL after 10 s). */
  stop(signal?: 'SIGTERM' | 'SIGINT' | 'SIGKILL'): Promise<number | null>;
}

/**
 * Spawns `encointer node --rpc-port 0 <args>` and resolves once it prints its RPC endpoint. `nodeFlags` go to
 * Node.js itself (e.g. `--cpu-prof`).
 */
export const startNodeProcess = async (
  args: readonly string[],
  timeoutMs = 30_000,
  nodeFlags: readonly string[] = [],
): Promise<NodeProcess> => {
  if (!existsSync(cli)) throw new Error(`${cli} is missing: run \`npm run build\` first`);
  const child: ChildProcess = spawn(
    process.execPath,
    [...nodeFlags, cli, 'node', '--rpc-port', '0', ...args],
    {
      cwd: repoRoot,
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let out = '';
  child.stdout!.on('data', (d: Buffer) => {
    out += d.toString();
  });
  child.stderr!.on('data', (d: Buffer) => {
    out += d.toString();
  });
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`node did not start within ${timeoutMs} ms:\n${out}`));
    }, timeoutMs);
    const check = () => {
      const m = /RPC endpoint: (ws:\/\/127\.0\.0\.1:\d+)/.exec(out);
      if (m !== null) {
        clearTimeout(timer);
        resolve(m[1]!);
      }
    };
    child.stdout!.on('data', check);
    exited.then((code) => {
      clearTimeout(timer);
      reject(new Error(`node exited with ${code} before listening:\n${out}`));
    });
  });
  let stopped: Promise<number | null> | undefined;
  return {
    url,
    httpUrl: url.replace('ws://', 'http://'),
    output: () => out,
    pid: child.pid!,
    stop: (signal = 'SIGTERM') => {
      stopped ??= (async () => {
        if (child.exitCode !== null) return child.exitCode;
        child.kill(signal);
        const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
        const code = await exited;
        clearTimeout(timer);
        return code;
      })();
      return stopped;
    },
  };
};

/** One JSON-RPC call over HTTP. */
export const rpcHttp = async (httpUrl: string, method: string, params: unknown[] = []): Promise<unknown> => {
  const res = await fetch(httpUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ jsonrpc: '2.0', id: 1, method, params }),
  });
  const body = (await res.json()) as { result?: unknown; error?: { code: number; message: string } };
  if (body.error !== undefined) throw new Error(`${method}: ${body.error.code} ${body.error.message}`);
  return body.result;
};
