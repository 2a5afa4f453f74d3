/**
 * Runs the compiled CLI (`node dist/cli/main.js …`, built by `npm test` before vitest) as a child process, for
 * the long-running services: collects stdout lines, waits for a line, and stops it with a real signal.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const cli = path.join(repoRoot, 'dist/cli/main.js');

export interface CliProcess {
  readonly lines: () => string[];
  readonly stderr: () => string;
  /** The first stdout line matching `test`, waiting up to `timeoutMs`. */
  waitForLine(test: (line: string) => boolean, timeoutMs?: number): Promise<string>;
  /** Sends `signal` and resolves with the exit code (SIGKILL after 15 s: then null). */
  stop(signal?: 'SIGINT' | 'SIGTERM'): Promise<number | null>;
  readonly exited: Promise<number | null>;
}

export const startCli = (args: readonly string[]): CliProcess => {
  if (!existsSync(cli)) throw new Error(`${cli} is missing: run \`npm run build\` first`);
  const child: ChildProcess = spawn(process.execPath, [cli, ...args], {
    cwd: repoRoot,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const lines: string[] = [];
  let partial = '';
  let err = '';
  const waiters = new Set<() => void>();
  child.stdout!.on('data', (d: Buffer) => {
    partial += d.toString();
    const parts = partial.split('\n');
    partial = parts.pop()!;
    lines.push(...parts);
    for (const w of [...waiters]) w();
  });
  child.stderr!.on('data', (d: Buffer) => {
    err += d.toString();
  });
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return {
    lines: () => [...lines],
    stderr: () => err,
    exited,
    waitForLine: (test, timeoutMs = 30_000) =>
      new Promise((resolve, reject) => {
        const check = () => {
          const found = lines.find(test);
          if (found === undefined) return;
          done();
          resolve(found);
        };
        const timer = setTimeout(() => {
          done();
          reject(new Error(`no matching line within ${timeoutMs} ms:\n${lines.join('\n')}\n${err}`));
        }, timeoutMs);
        const done = () => {
          clearTimeout(timer);
          waiters.delete(check);
        };
        void exited.then(() => {
          if (!waiters.has(check)) return;
          done();
          reject(new Error(`process exited before the line appeared:\n${lines.join('\n')}\n${err}`));
        });
        waiters.add(check);
        check();
      }),
    stop: async (signal = 'SIGINT') => {
      if (child.exitCode !== null) return child.exitCode;
      child.kill(signal);
      const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
      const code = await exited;
      clearTimeout(timer);
      return code;
    },
  };
};
